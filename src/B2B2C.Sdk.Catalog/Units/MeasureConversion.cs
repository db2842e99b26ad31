namespace B2B2C.Sdk.Catalog.Units;

/// <summary>The result of converting a value from one <see cref="MeasureUnit"/> into another.</summary>
/// <remarks>
/// <see cref="Value"/> never carries trailing zeros after the decimal point and is never negative zero. When the
/// true result is a decimal number that <see cref="decimal"/> holds (at most 28 decimal places and at most 2^96 - 1
/// as a mantissa), the conversion is exact. Otherwise, for example 1 °F in °C (-155/9), <see cref="Value"/> is the
/// true result rounded half to even (<see cref="System.MidpointRounding.ToEven"/>) to the nearest decimal with at
/// most 28 decimal places, which keeps 28 or 29 significant digits, and <see cref="IsExact"/> is
/// <see langword="false"/>. The value is immutable.
/// </remarks>
/// <param name="Value">The converted value.</param>
/// <param name="IsExact"><see langword="true"/> when <paramref name="Value"/> is the true result, <see langword="false"/> when it was rounded.</param>
public readonly record struct MeasureConversion(decimal Value, bool IsExact);
