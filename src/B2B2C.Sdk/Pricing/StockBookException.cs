using System;
using System.Collections.Immutable;
using System.Linq;

namespace B2B2C.Sdk.Pricing;

/// <summary>Thrown when a stock book cannot be loaded or compiled; lists every problem with its location.</summary>
/// <remarks>Not transient: the data must be fixed. The snapshot in force is unchanged.</remarks>
public sealed class StockBookException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="StockBookException"/> class.</summary>
    public StockBookException()
        : this("The stock book is invalid.")
    {
    }

    /// <summary>Initializes a new instance of the <see cref="StockBookException"/> class.</summary>
    /// <param name="message">The message.</param>
    public StockBookException(string message)
        : base(message)
    {
        Errors = [];
    }

    /// <summary>Initializes a new instance of the <see cref="StockBookException"/> class.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The exception that caused this one.</param>
    public StockBookException(string message, Exception? innerException)
        : base(message, innerException)
    {
        Errors = [];
    }

    /// <summary>Initializes a new instance of the <see cref="StockBookException"/> class listing the errors.</summary>
    /// <param name="errors">The errors found.</param>
    public StockBookException(ImmutableArray<StockDiagnostic> errors)
        : base($"The stock book has {errors.Length} error(s):{Environment.NewLine}{string.Join(Environment.NewLine, errors.Take(50))}")
    {
        Errors = errors;
    }

    /// <summary>Gets the errors, each naming its path.</summary>
    public ImmutableArray<StockDiagnostic> Errors { get; }
}
