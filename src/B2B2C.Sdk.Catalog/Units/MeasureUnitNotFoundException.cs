using System;
using System.Collections.Generic;
using System.Globalization;

namespace B2B2C.Sdk.Catalog.Units;

/// <summary>
/// The exception thrown when a <see cref="MeasureUnitTable"/> knows no unit by the given code, symbol or alias.
/// </summary>
/// <remarks>
/// Instances are immutable once thrown. <see cref="MeasureUnitTable.Find"/> sets <see cref="Text"/> and quotes it
/// in the message.
/// </remarks>
public sealed class MeasureUnitNotFoundException : KeyNotFoundException
{
    /// <summary>Initializes a new instance of the <see cref="MeasureUnitNotFoundException"/> class.</summary>
    public MeasureUnitNotFoundException()
        : base("No measure unit is known by that code, symbol or alias.")
    {
    }

    /// <summary>Initializes a new instance of the <see cref="MeasureUnitNotFoundException"/> class with a message.</summary>
    /// <param name="message">The message.</param>
    public MeasureUnitNotFoundException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="MeasureUnitNotFoundException"/> class with a message and
    /// a cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The exception that caused this one.</param>
    public MeasureUnitNotFoundException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    private MeasureUnitNotFoundException(string message, string text)
        : base(message)
    {
        Text = text;
    }

    /// <summary>Gets the text that was looked up, or <see langword="null"/> when constructed from a message only.</summary>
    public string? Text { get; }

    /// <summary>Creates the exception for a text no unit is known by.</summary>
    internal static MeasureUnitNotFoundException ForText(string text)
        => new(
            string.Create(
                CultureInfo.InvariantCulture,
                $"No measure unit is known by the code, symbol or alias '{text}'. Codes are UN/ECE Recommendation 20 common codes (case-sensitive, for example B49); symbols are case-sensitive as in SI (mW is milliwatt, MW megawatt)."),
            text);
}
