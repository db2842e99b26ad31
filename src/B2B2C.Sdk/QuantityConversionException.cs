using System;
using System.Globalization;

namespace B2B2C.Sdk;

/// <summary>
/// The exception thrown when a <see cref="Quantity"/> cannot be converted exactly into another unit: the units
/// measure different dimensions, the result is not whole in a discrete unit, or it has no exact decimal value.
/// </summary>
/// <remarks>Instances are immutable once thrown; the message names the value and both units.</remarks>
public sealed class QuantityConversionException : InvalidOperationException
{
    /// <summary>Initializes a new instance of the <see cref="QuantityConversionException"/> class for a failed
    /// conversion.</summary>
    /// <param name="value">The value that was to be converted.</param>
    /// <param name="fromUnit">The unit of <paramref name="value"/>.</param>
    /// <param name="toUnit">The unit asked for.</param>
    /// <param name="reason">Why the conversion is not exact, as the end of a sentence.</param>
    /// <param name="innerException">The exception that caused this one, if any.</param>
    public QuantityConversionException(
        decimal value,
        UnitOfMeasure fromUnit,
        UnitOfMeasure toUnit,
        string reason,
        Exception? innerException = null)
        : base(
            string.Create(CultureInfo.InvariantCulture, $"{value} {fromUnit} cannot be converted exactly to {toUnit}: {reason}."),
            innerException)
    {
        Value = value;
        FromUnit = fromUnit;
        ToUnit = toUnit;
    }

    /// <summary>Initializes a new instance of the <see cref="QuantityConversionException"/> class.</summary>
    public QuantityConversionException()
        : base("A quantity cannot be converted exactly to the requested unit.")
    {
    }

    /// <summary>Initializes a new instance of the <see cref="QuantityConversionException"/> class with a message.</summary>
    /// <param name="message">The message.</param>
    public QuantityConversionException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="QuantityConversionException"/> class with a message and a
    /// cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The exception that caused this one.</param>
    public QuantityConversionException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Gets the value that was to be converted (zero when constructed from a message only).</summary>
    public decimal Value { get; }

    /// <summary>Gets the unit the value was in (<see cref="UnitOfMeasure.Piece"/> when constructed from a message only).</summary>
    public UnitOfMeasure FromUnit { get; }

    /// <summary>Gets the unit asked for (<see cref="UnitOfMeasure.Piece"/> when constructed from a message only).</summary>
    public UnitOfMeasure ToUnit { get; }
}
