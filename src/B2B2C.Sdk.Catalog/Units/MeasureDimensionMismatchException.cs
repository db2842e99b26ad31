using System;
using System.Globalization;

namespace B2B2C.Sdk.Catalog.Units;

/// <summary>
/// The exception thrown when a value is converted between units that measure different dimensions, for example
/// millimetres into grams.
/// </summary>
/// <remarks>Instances are immutable once thrown; the message names both units and their dimensions.</remarks>
public sealed class MeasureDimensionMismatchException : InvalidOperationException
{
    /// <summary>Initializes a new instance of the <see cref="MeasureDimensionMismatchException"/> class for two units.</summary>
    /// <param name="fromUnit">The unit of the value.</param>
    /// <param name="toUnit">The unit asked for.</param>
    /// <exception cref="ArgumentNullException">A unit is <see langword="null"/>.</exception>
    public MeasureDimensionMismatchException(MeasureUnit fromUnit, MeasureUnit toUnit)
        : base(MessageFor(fromUnit, toUnit))
    {
        FromUnit = fromUnit;
        ToUnit = toUnit;
    }

    /// <summary>Initializes a new instance of the <see cref="MeasureDimensionMismatchException"/> class.</summary>
    public MeasureDimensionMismatchException()
        : base("The units measure different dimensions.")
    {
    }

    /// <summary>Initializes a new instance of the <see cref="MeasureDimensionMismatchException"/> class with a message.</summary>
    /// <param name="message">The message.</param>
    public MeasureDimensionMismatchException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="MeasureDimensionMismatchException"/> class with a message
    /// and a cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The exception that caused this one.</param>
    public MeasureDimensionMismatchException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Gets the unit of the value, or <see langword="null"/> when constructed from a message only.</summary>
    public MeasureUnit? FromUnit { get; }

    /// <summary>Gets the unit asked for, or <see langword="null"/> when constructed from a message only.</summary>
    public MeasureUnit? ToUnit { get; }

    private static string MessageFor(MeasureUnit fromUnit, MeasureUnit toUnit)
    {
        ArgumentNullException.ThrowIfNull(fromUnit);
        ArgumentNullException.ThrowIfNull(toUnit);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{fromUnit.Name} ({fromUnit.Code}) measures {fromUnit.Dimension} and cannot be converted to {toUnit.Name} ({toUnit.Code}), which measures {toUnit.Dimension}.");
    }
}
