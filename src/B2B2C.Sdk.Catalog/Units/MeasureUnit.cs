using System;
using System.Globalization;
using System.Numerics;

namespace B2B2C.Sdk.Catalog.Units;

/// <summary>
/// A technical unit of measurement such as the kiloohm or the degree Celsius: its UN/ECE Recommendation 20 code, its
/// symbol, its dimension, and an exact conversion to the dimension's base unit.
/// </summary>
/// <remarks>
/// <para>
/// A value <c>v</c> in this unit is <c>(v × Factor + Offset) / Divisor</c> in the base unit of
/// <see cref="Dimension"/>. Keeping the divisor apart makes every conversion an exact rational: the degree Fahrenheit
/// is <c>(v × 5 + 2298.35) / 9</c> kelvin, which no decimal factor could express. SI-prefixed units have a power of
/// ten as <see cref="Factor"/>, so conversions between them only move the decimal point and are exact whenever the
/// result fits in a <see cref="decimal"/> (4.7 µF is exactly 4700 nF). See <see cref="MeasureConversion"/> for what
/// happens when the true result is not a decimal.
/// </para>
/// <para>
/// Instances are immutable and thread-safe and compare by reference: the built-in units are single instances shared
/// by <see cref="MeasureUnitTable.Default"/> and every table derived from it.
/// </para>
/// </remarks>
public sealed class MeasureUnit
{
    private readonly bool _isPlainScale;
    private readonly UInt128 _coefficient;
    private readonly int _exponent;

    /// <summary>Initializes a unit.</summary>
    /// <param name="code">The UN/ECE Recommendation 20 common code (for example <c>B49</c>), or a code of the caller's own for a unit the recommendation lacks.</param>
    /// <param name="symbol">The symbol as SI writes it, for example <c>kΩ</c>.</param>
    /// <param name="name">The English name, for example <c>kiloohm</c>.</param>
    /// <param name="dimension">What the unit measures.</param>
    /// <param name="factor">The multiplier to the base unit (before <paramref name="divisor"/>); positive.</param>
    /// <param name="offset">The offset added before dividing; non-zero only for temperature scales.</param>
    /// <param name="divisor">The divisor applied last; positive, 1 for all but a few units.</param>
    /// <exception cref="ArgumentException"><paramref name="code"/>, <paramref name="symbol"/> or <paramref name="name"/> is empty or has leading or trailing white space.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="dimension"/> is not defined, <paramref name="factor"/> or <paramref name="divisor"/> is not positive, or <paramref name="offset"/> is non-zero outside <see cref="MeasureDimension.Temperature"/>.</exception>
    public MeasureUnit(
        string code,
        string symbol,
        string name,
        MeasureDimension dimension,
        decimal factor,
        decimal offset = 0m,
        decimal divisor = 1m)
    {
        RequireText(code, nameof(code));
        RequireText(symbol, nameof(symbol));
        RequireText(name, nameof(name));
        if (!Enum.IsDefined(dimension))
        {
            throw new ArgumentOutOfRangeException(nameof(dimension), dimension, "The dimension is not defined.");
        }

        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(factor);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(divisor);
        if (offset != 0m && dimension != MeasureDimension.Temperature)
        {
            throw new ArgumentOutOfRangeException(nameof(offset), offset, "Only temperature scales have an offset.");
        }

        Code = code;
        Symbol = symbol;
        Name = name;
        Dimension = dimension;
        Factor = ExactDecimal.Normalize(factor);
        Offset = ExactDecimal.Normalize(offset);
        Divisor = ExactDecimal.Normalize(divisor);
        _isPlainScale = Offset == 0m && Divisor == 1m;
        _coefficient = ExactDecimal.Decompose(Factor, out int scale, out _);
        _exponent = -scale;
        while (_coefficient % 10 == UInt128.Zero)
        {
            _coefficient /= 10;
            _exponent++;
        }
    }

    /// <summary>Gets the UN/ECE Recommendation 20 common code, for example <c>B49</c> for the kiloohm.</summary>
    public string Code { get; }

    /// <summary>Gets the symbol, for example <c>kΩ</c>.</summary>
    public string Symbol { get; }

    /// <summary>Gets the English name, for example <c>kiloohm</c>.</summary>
    public string Name { get; }

    /// <summary>Gets what the unit measures.</summary>
    public MeasureDimension Dimension { get; }

    /// <summary>Gets the multiplier to the base unit: base = (value × <see cref="Factor"/> + <see cref="Offset"/>) / <see cref="Divisor"/>.</summary>
    public decimal Factor { get; }

    /// <summary>Gets the offset added before dividing; zero except for the degree Celsius and the degree Fahrenheit.</summary>
    public decimal Offset { get; }

    /// <summary>Gets the divisor applied last; 1 except where the factor is not a finite decimal (°F, km/h, psi).</summary>
    public decimal Divisor { get; }

    /// <summary>Returns whether values in this unit can be converted into <paramref name="other"/>: both measure the same dimension.</summary>
    /// <param name="other">The other unit.</param>
    /// <returns><see langword="true"/> when the dimensions are the same.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is <see langword="null"/>.</exception>
    public bool CanConvertTo(MeasureUnit other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Dimension == other.Dimension;
    }

    /// <summary>Converts a value in this unit into <paramref name="target"/>.</summary>
    /// <param name="value">The value in this unit.</param>
    /// <param name="target">The unit to convert into.</param>
    /// <returns>The converted value and whether it is exact (see <see cref="MeasureConversion"/>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="target"/> is <see langword="null"/>.</exception>
    /// <exception cref="MeasureDimensionMismatchException">The units measure different dimensions.</exception>
    /// <exception cref="OverflowException">The result is beyond the range of <see cref="decimal"/>.</exception>
    public MeasureConversion ConvertTo(decimal value, MeasureUnit target)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (!CanConvertTo(target))
        {
            throw new MeasureDimensionMismatchException(this, target);
        }

        if (!TryConvertCore(value, target, out MeasureConversion result))
        {
            throw new OverflowException(string.Create(
                CultureInfo.InvariantCulture,
                $"{CatalogNumber.Format(value)} {Symbol} in {target.Symbol} is beyond the range of decimal."));
        }

        return result;
    }

    /// <summary>Converts a value in this unit into <paramref name="target"/> without throwing.</summary>
    /// <param name="value">The value in this unit.</param>
    /// <param name="target">The unit to convert into.</param>
    /// <param name="result">The converted value and whether it is exact; <c>default</c> when the conversion fails.</param>
    /// <returns><see langword="false"/> when the units measure different dimensions or the result is beyond the range of <see cref="decimal"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="target"/> is <see langword="null"/>.</exception>
    public bool TryConvertTo(decimal value, MeasureUnit target, out MeasureConversion result)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (!CanConvertTo(target))
        {
            result = default;
            return false;
        }

        return TryConvertCore(value, target, out result);
    }

    /// <summary>Returns the symbol, for example <c>kΩ</c>.</summary>
    /// <returns>The symbol.</returns>
    public override string ToString() => Symbol;

    private bool TryConvertCore(decimal value, MeasureUnit target, out MeasureConversion result)
    {
        if (_isPlainScale && target._isPlainScale && _coefficient == target._coefficient)
        {
            switch (ExactDecimal.TryShift(value, _exponent - target._exponent, out decimal shifted))
            {
                case ExactDecimal.ShiftOutcome.Exact:
                    result = new MeasureConversion(shifted, IsExact: true);
                    return true;
                case ExactDecimal.ShiftOutcome.Overflow:
                    result = default;
                    return false;
            }
        }

        // target = (v·Fa·Db + Oa·Db − Ob·Da) / (Da·Fb), all exact.
        var v = Scaled.Of(value);
        var fa = Scaled.Of(Factor);
        var oa = Scaled.Of(Offset);
        var da = Scaled.Of(Divisor);
        var fb = Scaled.Of(target.Factor);
        var ob = Scaled.Of(target.Offset);
        var db = Scaled.Of(target.Divisor);
        Scaled numerator = (v * fa * db) + (oa * db) - (ob * da);
        Scaled denominator = da * fb;

        // numerator / denominator = n·10^-ns / (d·10^-ds) = n·10^ds / (d·10^ns)
        BigInteger top = numerator.Mantissa * BigInteger.Pow(10, denominator.Scale);
        BigInteger bottom = denominator.Mantissa * BigInteger.Pow(10, numerator.Scale);
        if (!ExactDecimal.TryFromRatio(top, bottom, out decimal converted, out bool exact))
        {
            result = default;
            return false;
        }

        result = new MeasureConversion(converted, exact);
        return true;
    }

    private static void RequireText(string value, string parameterName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value, parameterName);
        if (char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1]))
        {
            throw new ArgumentException("The text has leading or trailing white space.", parameterName);
        }
    }

    /// <summary>An exact decimal number: <see cref="Mantissa"/> × 10^-<see cref="Scale"/>.</summary>
    private readonly record struct Scaled(BigInteger Mantissa, int Scale)
    {
        public static Scaled Of(decimal value) => new(ExactDecimal.ToBigInteger(value, out int scale), scale);

        public static Scaled operator *(Scaled left, Scaled right)
            => new(left.Mantissa * right.Mantissa, left.Scale + right.Scale);

        public static Scaled operator +(Scaled left, Scaled right)
        {
            int scale = Math.Max(left.Scale, right.Scale);
            return new(Align(left, scale) + Align(right, scale), scale);
        }

        public static Scaled operator -(Scaled left, Scaled right)
        {
            int scale = Math.Max(left.Scale, right.Scale);
            return new(Align(left, scale) - Align(right, scale), scale);
        }

        private static BigInteger Align(Scaled value, int scale)
            => value.Mantissa * BigInteger.Pow(10, scale - value.Scale);
    }
}
