using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json.Serialization;
using B2B2C.Sdk.Serialization;

namespace B2B2C.Sdk;

/// <summary>
/// An exact amount of a <see cref="UnitOfMeasure"/>: 5,000 pieces, 2 reels of 5,000 pieces, 0.25 metres of cable.
/// </summary>
/// <remarks>
/// <para>
/// The value is a <see cref="decimal"/> and never passes through binary floating point. A quantity in a discrete unit
/// (pieces, dozens, any pack) is always whole: 2.5 reels cannot be constructed. Quantities may be negative, for
/// returns and stock corrections.
/// </para>
/// <para>
/// Conversion is exact or fails: <see cref="ConvertTo(UnitOfMeasure)"/> throws a
/// <see cref="QuantityConversionException"/> when the units measure different dimensions, when the result is not whole
/// in a discrete unit (12,000 pieces are 2.4 reels of 5,000), or when it has no exact decimal value. Nothing is ever
/// rounded.
/// </para>
/// <para>
/// Equality is structural: the same value (1.0 equals 1.00) in the same unit. <c>1000 MMT</c> and <c>1 MTR</c> are
/// not equal, because a quantity keeps the unit it was written in, but they compare as the same amount with
/// <see cref="CompareTo(Quantity)"/> and the comparison operators.
/// </para>
/// <para>
/// In JSON a quantity is <c>{"value":"5000","unit":"H87"}</c>, the value a string with its exact scale; see
/// <see cref="QuantityJsonConverter"/>.
/// </para>
/// <para>
/// <c>default(Quantity)</c> is zero pieces (<c>0 H87</c>). The value is immutable and thread-safe.
/// </para>
/// </remarks>
[JsonConverter(typeof(QuantityJsonConverter))]
public readonly struct Quantity : IEquatable<Quantity>, IComparable<Quantity>, ISpanParsable<Quantity>
{
    /// <summary>Initializes a new instance of the <see cref="Quantity"/> struct.</summary>
    /// <param name="value">The amount; whole when <paramref name="unit"/> is discrete.</param>
    /// <param name="unit">The unit of measure.</param>
    /// <exception cref="ArgumentException"><paramref name="unit"/> is discrete and <paramref name="value"/> is not
    /// whole.</exception>
    public Quantity(decimal value, UnitOfMeasure unit)
    {
        if (unit.IsDiscrete && !decimal.IsInteger(value))
        {
            throw new ArgumentException(NotWholeMessage(value, unit), nameof(value));
        }

        Value = value;
        Unit = unit;
    }

    /// <summary>Gets the amount, in <see cref="Unit"/>.</summary>
    public decimal Value { get; }

    /// <summary>Gets the unit of measure.</summary>
    public UnitOfMeasure Unit { get; }

    /// <summary>Gets a value indicating whether the amount is zero.</summary>
    public bool IsZero => Value == 0;

    /// <summary>Creates a quantity; the same as the constructor.</summary>
    /// <param name="value">The amount; whole when <paramref name="unit"/> is discrete.</param>
    /// <param name="unit">The unit of measure.</param>
    /// <returns>The quantity.</returns>
    /// <exception cref="ArgumentException"><paramref name="unit"/> is discrete and <paramref name="value"/> is not
    /// whole.</exception>
    public static Quantity Of(decimal value, UnitOfMeasure unit) => new(value, unit);

    /// <summary>Creates a quantity of pieces (H87).</summary>
    /// <param name="count">The number of pieces; whole.</param>
    /// <returns>The quantity.</returns>
    /// <exception cref="ArgumentException"><paramref name="count"/> is not whole.</exception>
    public static Quantity Pieces(decimal count) => new(count, UnitOfMeasure.Piece);

    /// <summary>Parses the invariant form written by <see cref="ToString"/>: a decimal number with a point, one space
    /// and a unit, for example <c>5000 H87</c>, <c>0.25 MTR</c> or <c>2 REEL(5000 H87)</c>.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: the form is always invariant.</param>
    /// <returns>The quantity.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="s"/> is not a quantity in the invariant form, or its value is
    /// not whole in a discrete unit.</exception>
    public static Quantity Parse(string s, IFormatProvider? provider = null)
    {
        ArgumentNullException.ThrowIfNull(s);
        return Parse(s.AsSpan(), provider);
    }

    /// <summary>Parses the invariant form written by <see cref="ToString"/>, for example <c>5000 H87</c>.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: the form is always invariant.</param>
    /// <returns>The quantity.</returns>
    /// <exception cref="FormatException"><paramref name="s"/> is not a quantity in the invariant form, or its value is
    /// not whole in a discrete unit.</exception>
    public static Quantity Parse(ReadOnlySpan<char> s, IFormatProvider? provider = null)
    {
        if (!TryParse(s, provider, out Quantity result))
        {
            throw new FormatException(
                $"'{s}' is not a quantity; expected a decimal number with a point, one space and a unit, such as '5000 H87', '0.25 MTR' or '2 REEL(5000 H87)', with a whole number for discrete units.");
        }

        return result;
    }

    /// <summary>Tries to parse the invariant form written by <see cref="ToString"/>, for example <c>5000 H87</c>.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: the form is always invariant.</param>
    /// <param name="result">The quantity when parsed; otherwise <c>default</c>.</param>
    /// <returns><see langword="true"/> when <paramref name="s"/> is a valid quantity in the invariant form.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Quantity result)
        => TryParse(s.AsSpan(), provider, out result);

    /// <summary>Tries to parse the invariant form written by <see cref="ToString"/>, for example <c>5000 H87</c>.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: the form is always invariant.</param>
    /// <param name="result">The quantity when parsed; otherwise <c>default</c>.</param>
    /// <returns><see langword="true"/> when <paramref name="s"/> is a valid quantity in the invariant form.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out Quantity result)
    {
        result = default;
        int space = s.IndexOf(' ');
        if (space <= 0
            || !decimal.TryParse(
                s[..space],
                NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
                CultureInfo.InvariantCulture,
                out decimal value)
            || !UnitOfMeasure.TryParse(s[(space + 1)..], CultureInfo.InvariantCulture, out UnitOfMeasure unit)
            || (unit.IsDiscrete && !decimal.IsInteger(value)))
        {
            return false;
        }

        result = new Quantity(value, unit);
        return true;
    }

    /// <summary>Adds two quantities of one dimension; the right operand is converted exactly into the left's unit.</summary>
    /// <param name="left">The first quantity, whose unit the result keeps.</param>
    /// <param name="right">The quantity to add.</param>
    /// <returns>The sum, in <paramref name="left"/>'s unit.</returns>
    /// <exception cref="QuantityConversionException"><paramref name="right"/> cannot be converted exactly into
    /// <paramref name="left"/>'s unit.</exception>
    /// <exception cref="OverflowException">The sum is outside the range of <see cref="decimal"/>.</exception>
    public static Quantity operator +(Quantity left, Quantity right)
        => new(left.Value + right.ConvertTo(left.Unit).Value, left.Unit);

    /// <summary>Subtracts a quantity of the same dimension; the right operand is converted exactly into the left's unit.</summary>
    /// <param name="left">The quantity to subtract from, whose unit the result keeps.</param>
    /// <param name="right">The quantity to subtract.</param>
    /// <returns>The difference, in <paramref name="left"/>'s unit; it may be negative.</returns>
    /// <exception cref="QuantityConversionException"><paramref name="right"/> cannot be converted exactly into
    /// <paramref name="left"/>'s unit.</exception>
    /// <exception cref="OverflowException">The difference is outside the range of <see cref="decimal"/>.</exception>
    public static Quantity operator -(Quantity left, Quantity right)
        => new(left.Value - right.ConvertTo(left.Unit).Value, left.Unit);

    /// <summary>Multiplies a quantity by a number, keeping its unit.</summary>
    /// <param name="quantity">The quantity.</param>
    /// <param name="multiplier">The number to multiply by.</param>
    /// <returns>The product, in <paramref name="quantity"/>'s unit.</returns>
    /// <exception cref="ArgumentException">The product is not whole in a discrete unit, or has no exact decimal
    /// value.</exception>
    /// <exception cref="OverflowException">The product is outside the range of <see cref="decimal"/>.</exception>
    public static Quantity operator *(Quantity quantity, decimal multiplier) => quantity.Multiply(multiplier);

    /// <summary>Multiplies a quantity by a number, keeping its unit.</summary>
    /// <param name="multiplier">The number to multiply by.</param>
    /// <param name="quantity">The quantity.</param>
    /// <returns>The product, in <paramref name="quantity"/>'s unit.</returns>
    /// <exception cref="ArgumentException">The product is not whole in a discrete unit, or has no exact decimal
    /// value.</exception>
    /// <exception cref="OverflowException">The product is outside the range of <see cref="decimal"/>.</exception>
    public static Quantity operator *(decimal multiplier, Quantity quantity) => quantity.Multiply(multiplier);

    /// <summary>Determines whether two quantities have the same value and the same unit.</summary>
    /// <param name="left">The first quantity.</param>
    /// <param name="right">The second quantity.</param>
    /// <returns><see langword="true"/> when value and unit are equal.</returns>
    public static bool operator ==(Quantity left, Quantity right) => left.Equals(right);

    /// <summary>Determines whether two quantities differ in value or unit.</summary>
    /// <param name="left">The first quantity.</param>
    /// <param name="right">The second quantity.</param>
    /// <returns><see langword="true"/> when value or unit differ.</returns>
    public static bool operator !=(Quantity left, Quantity right) => !left.Equals(right);

    /// <summary>Determines whether the left quantity is the smaller amount; see <see cref="CompareTo(Quantity)"/>.</summary>
    /// <param name="left">The first quantity.</param>
    /// <param name="right">The second quantity, of the same dimension.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is less.</returns>
    /// <exception cref="ArgumentException">The quantities measure different dimensions.</exception>
    public static bool operator <(Quantity left, Quantity right) => left.CompareTo(right) < 0;

    /// <summary>Determines whether the left quantity is the larger amount; see <see cref="CompareTo(Quantity)"/>.</summary>
    /// <param name="left">The first quantity.</param>
    /// <param name="right">The second quantity, of the same dimension.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is more.</returns>
    /// <exception cref="ArgumentException">The quantities measure different dimensions.</exception>
    public static bool operator >(Quantity left, Quantity right) => left.CompareTo(right) > 0;

    /// <summary>Determines whether the left quantity is at most the right; see <see cref="CompareTo(Quantity)"/>.</summary>
    /// <param name="left">The first quantity.</param>
    /// <param name="right">The second quantity, of the same dimension.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is less or the same amount.</returns>
    /// <exception cref="ArgumentException">The quantities measure different dimensions.</exception>
    public static bool operator <=(Quantity left, Quantity right) => left.CompareTo(right) <= 0;

    /// <summary>Determines whether the left quantity is at least the right; see <see cref="CompareTo(Quantity)"/>.</summary>
    /// <param name="left">The first quantity.</param>
    /// <param name="right">The second quantity, of the same dimension.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is more or the same amount.</returns>
    /// <exception cref="ArgumentException">The quantities measure different dimensions.</exception>
    public static bool operator >=(Quantity left, Quantity right) => left.CompareTo(right) >= 0;

    /// <summary>Adds a quantity of the same dimension; the named alternative to the <c>+</c> operator.</summary>
    /// <param name="other">The quantity to add.</param>
    /// <returns>The sum, in this quantity's unit.</returns>
    /// <exception cref="QuantityConversionException"><paramref name="other"/> cannot be converted exactly into this
    /// quantity's unit.</exception>
    /// <exception cref="OverflowException">The sum is outside the range of <see cref="decimal"/>.</exception>
    public Quantity Add(Quantity other) => this + other;

    /// <summary>Subtracts a quantity of the same dimension; the named alternative to the <c>-</c> operator.</summary>
    /// <param name="other">The quantity to subtract.</param>
    /// <returns>The difference, in this quantity's unit.</returns>
    /// <exception cref="QuantityConversionException"><paramref name="other"/> cannot be converted exactly into this
    /// quantity's unit.</exception>
    /// <exception cref="OverflowException">The difference is outside the range of <see cref="decimal"/>.</exception>
    public Quantity Subtract(Quantity other) => this - other;

    /// <summary>Multiplies the quantity by a number, keeping its unit; the named alternative to the <c>*</c> operator.</summary>
    /// <param name="multiplier">The number to multiply by.</param>
    /// <returns>The product.</returns>
    /// <exception cref="ArgumentException">The product is not whole in a discrete unit, or has no exact decimal
    /// value.</exception>
    /// <exception cref="OverflowException">The product is outside the range of <see cref="decimal"/>.</exception>
    public Quantity Multiply(decimal multiplier)
    {
        decimal product = Value * multiplier;
        if (multiplier != 0 && product / multiplier != Value)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"{this} multiplied by {multiplier} has no exact decimal value."),
                nameof(multiplier));
        }

        if (Unit.IsDiscrete && !decimal.IsInteger(product))
        {
            throw new ArgumentException(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"{this} multiplied by {multiplier} is {product}, which is not whole, but {Unit} is counted in whole units."),
                nameof(multiplier));
        }

        return new Quantity(product, Unit);
    }

    /// <summary>Converts the quantity exactly into another unit of the same dimension.</summary>
    /// <param name="unit">The unit to convert to.</param>
    /// <returns>The same amount in <paramref name="unit"/>: 10,000 H87 gives 2 <c>REEL(5000 H87)</c>, 250 MMT gives
    /// 0.25 MTR.</returns>
    /// <exception cref="QuantityConversionException">The units measure different dimensions, the result is not whole in
    /// a discrete unit, or it has no exact decimal value.</exception>
    public Quantity ConvertTo(UnitOfMeasure unit)
    {
        string? reason = TryConvert(unit, out Quantity result, out OverflowException? overflow);
        if (reason is not null)
        {
            throw new QuantityConversionException(Value, Unit, unit, reason, overflow);
        }

        return result;
    }

    /// <summary>Tries to convert the quantity exactly into another unit of the same dimension.</summary>
    /// <param name="unit">The unit to convert to.</param>
    /// <param name="result">The converted quantity when exact; otherwise <c>default</c>.</param>
    /// <returns><see langword="true"/> when the conversion is exact; see <see cref="ConvertTo(UnitOfMeasure)"/>.</returns>
    public bool TryConvertTo(UnitOfMeasure unit, out Quantity result)
        => TryConvert(unit, out result, out _) is null;

    /// <summary>
    /// Splits the quantity into as many whole <paramref name="pack"/> units as it holds and a remainder in this
    /// quantity's unit: 12,000 H87 gives 2 <c>REEL(5000 H87)</c> and a remainder of 2,000 H87.
    /// </summary>
    /// <param name="pack">The unit to fill, usually a pack; it must measure the same dimension.</param>
    /// <param name="remainder">What does not fill a whole <paramref name="pack"/>, in this quantity's unit; it has the
    /// sign of this quantity.</param>
    /// <returns>The whole number of <paramref name="pack"/> units, truncated towards zero.</returns>
    /// <exception cref="QuantityConversionException">The units measure different dimensions, or the remainder cannot be
    /// expressed exactly in this quantity's unit (1,000 DZN into reels of 5,000 pieces leaves 2,000 pieces, which is
    /// not a whole number of dozens).</exception>
    /// <exception cref="OverflowException">The quantity in base units is outside the range of <see cref="decimal"/>.</exception>
    public Quantity ToWholePacks(UnitOfMeasure pack, out Quantity remainder)
    {
        if (Unit.Dimension != pack.Dimension)
        {
            throw new QuantityConversionException(Value, Unit, pack, DimensionReason(pack));
        }

        decimal packFactor = pack.FactorToBase;
        decimal total = Value * Unit.FactorToBase;
        decimal count = decimal.Truncate(total / packFactor);
        decimal rest = total - (count * packFactor);
        if (rest != 0 && Math.Sign(rest) != Math.Sign(total))
        {
            count -= Math.Sign(total);
            rest += Math.Sign(total) * packFactor;
        }
        else if (Math.Abs(rest) >= packFactor)
        {
            count += Math.Sign(total);
            rest -= Math.Sign(total) * packFactor;
        }

        decimal restInUnit = rest / Unit.FactorToBase;
        if (restInUnit * Unit.FactorToBase != rest || (Unit.IsDiscrete && !decimal.IsInteger(restInUnit)))
        {
            throw new QuantityConversionException(
                Value,
                Unit,
                pack,
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"the remainder of {rest} base units after {count} whole {pack} is not an exact amount of {Unit}"));
        }

        remainder = new Quantity(restInUnit, Unit);
        return new Quantity(count, pack);
    }

    /// <summary>
    /// Compares the amounts of two quantities of one dimension, whatever their units: 1,000 MMT and 1 MTR compare as
    /// equal.
    /// </summary>
    /// <param name="other">The quantity to compare with.</param>
    /// <returns>Less than zero, zero or more than zero as this amount is less than, the same as or more than
    /// <paramref name="other"/>'s.</returns>
    /// <exception cref="ArgumentException"><paramref name="other"/> measures another dimension.</exception>
    /// <exception cref="OverflowException">An amount in base units is outside the range of <see cref="decimal"/>.</exception>
    public int CompareTo(Quantity other)
    {
        if (Unit.Dimension != other.Unit.Dimension)
        {
            throw new ArgumentException(
                $"{this} and {other} measure different dimensions ({Unit.Dimension} and {other.Unit.Dimension}) and cannot be compared.",
                nameof(other));
        }

        decimal factor = Unit.FactorToBase;
        decimal otherFactor = other.Unit.FactorToBase;
        return factor == otherFactor
            ? Value.CompareTo(other.Value)
            : (Value * factor).CompareTo(other.Value * otherFactor);
    }

    /// <inheritdoc/>
    public bool Equals(Quantity other) => Value == other.Value && Unit.Equals(other.Unit);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Quantity other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Value, Unit);

    /// <summary>Returns the invariant form: the value with a point, one space and the unit, for example
    /// <c>5000 H87</c> or <c>2 REEL(5000 H87)</c>.</summary>
    /// <returns>The invariant form, which <see cref="Parse(string, IFormatProvider?)"/> reads back.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Value} {Unit}");

    internal static string NotWholeMessage(decimal value, UnitOfMeasure unit)
        => string.Create(
            CultureInfo.InvariantCulture,
            $"The value {value} is not whole, but {unit} is a discrete unit counted in whole units.");

    private string DimensionReason(UnitOfMeasure unit)
        => $"{Unit} measures {Unit.Dimension} and {unit} measures {unit.Dimension}";

    private string? TryConvert(UnitOfMeasure unit, out Quantity result, out OverflowException? overflow)
    {
        result = default;
        overflow = null;
        if (Unit.Dimension != unit.Dimension)
        {
            return DimensionReason(unit);
        }

        decimal fromFactor = Unit.FactorToBase;
        decimal toFactor = unit.FactorToBase;
        decimal converted = Value;
        try
        {
            decimal total = Value * fromFactor;
            if (total / fromFactor != Value)
            {
                return "the amount in base units has no exact decimal value";
            }

            if (fromFactor != toFactor)
            {
                converted = total / toFactor;
            }

            if (unit.IsDiscrete && !decimal.IsInteger(converted))
            {
                return string.Create(
                    CultureInfo.InvariantCulture,
                    $"the result {converted} is not whole, but {unit} is counted in whole units");
            }

            if (converted * toFactor != total)
            {
                return "the result has no exact decimal value";
            }
        }
        catch (OverflowException exception)
        {
            overflow = exception;
            return "the result is outside the range of decimal";
        }

        result = new Quantity(converted, unit);
        return null;
    }
}
