using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;

namespace B2B2C.Sdk.Pricing;

/// <summary>Thrown when a price book cannot be loaded or compiled; lists every problem with its location.</summary>
/// <remarks>
/// <para>
/// When <see cref="PriceBookJson"/> rejects a document, <see cref="Path"/>, <see cref="LineNumber"/> and
/// <see cref="BytePositionInLine"/> say where, and <see cref="Errors"/> holds the one problem found; when compilation
/// fails, <see cref="Errors"/> lists every error and the location properties are <see langword="null"/>.
/// </para>
/// <para>Not transient: the data must be fixed. The snapshot in force is unchanged.</para>
/// </remarks>
public sealed class PriceBookException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="PriceBookException"/> class.</summary>
    public PriceBookException()
        : this("The price book is invalid.")
    {
    }

    /// <summary>Initializes a new instance of the <see cref="PriceBookException"/> class.</summary>
    /// <param name="message">The message.</param>
    public PriceBookException(string message)
        : base(message)
    {
        Errors = [];
    }

    /// <summary>Initializes a new instance of the <see cref="PriceBookException"/> class.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The exception that caused this one.</param>
    public PriceBookException(string message, Exception? innerException)
        : base(message, innerException)
    {
        Errors = [];
    }

    /// <summary>Initializes a new instance of the <see cref="PriceBookException"/> class listing the errors.</summary>
    /// <param name="errors">The errors found.</param>
    public PriceBookException(ImmutableArray<PricingDiagnostic> errors)
        : base($"The price book has {errors.Length} error(s):{Environment.NewLine}{string.Join(Environment.NewLine, errors.Take(50))}")
    {
        Errors = errors;
    }

    /// <summary>Initializes a new instance of the <see cref="PriceBookException"/> class for one problem in a JSON document.</summary>
    /// <param name="code">The problem's stable code, for example <c>PB903</c>.</param>
    /// <param name="path">The JSON path of the value, for example <c>$.priceLists[0].currency</c>.</param>
    /// <param name="problem">What is wrong and what was expected.</param>
    /// <param name="lineNumber">The line of the problem, counted from 1.</param>
    /// <param name="bytePositionInLine">The byte in that line where the problem starts, counted from 1.</param>
    /// <param name="innerException">The exception that caused this one, if any.</param>
    internal PriceBookException(string code, string path, string problem, long lineNumber, long bytePositionInLine, Exception? innerException)
        : base(
            string.Create(CultureInfo.InvariantCulture, $"Invalid price book JSON at {path} (line {lineNumber}, byte {bytePositionInLine}): {problem}"),
            innerException)
    {
        string located = string.Create(CultureInfo.InvariantCulture, $"{problem} (line {lineNumber}, byte {bytePositionInLine})");
        Errors = [new PricingDiagnostic(PricingDiagnosticSeverity.Error, code, path, located)];
        Path = path;
        LineNumber = lineNumber;
        BytePositionInLine = bytePositionInLine;
    }

    /// <summary>Gets the errors, each naming its path.</summary>
    public ImmutableArray<PricingDiagnostic> Errors { get; }

    /// <summary>
    /// Gets the JSON path of the value a price book document was rejected for, for example
    /// <c>$.priceLists[3].entries[12].tiers[1].price</c>, or <see langword="null"/> when the exception does not come
    /// from reading JSON.
    /// </summary>
    public string? Path { get; }

    /// <summary>Gets the line of the problem in the JSON document, counted from 1, or <see langword="null"/> when the exception does not come from reading JSON.</summary>
    public long? LineNumber { get; }

    /// <summary>
    /// Gets the position of the problem in its line, in UTF-8 bytes counted from 1, or <see langword="null"/> when the
    /// exception does not come from reading JSON.
    /// </summary>
    public long? BytePositionInLine { get; }
}
