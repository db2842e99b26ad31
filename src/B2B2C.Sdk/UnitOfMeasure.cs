using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json.Serialization;
using B2B2C.Sdk.Serialization;

namespace B2B2C.Sdk;

/// <summary>
/// A unit of measure: a standard unit known by its UN/ECE Recommendation 20 common code (H87 piece, MTR metre,
/// KGM kilogram, ...) or a pack unit such as a reel of 5,000 pieces, with its dimension and its exact factor to the
/// dimension's base unit.
/// </summary>
/// <remarks>
/// <para>
/// Standard units are <see cref="Piece"/> (H87), <see cref="One"/> (C62), <see cref="Each"/> (EA), <see cref="Pair"/>
/// (PR), <see cref="Dozen"/> (DZN), <see cref="Metre"/> (MTR), <see cref="Centimetre"/> (CMT),
/// <see cref="Millimetre"/> (MMT), <see cref="Kilometre"/> (KMT), <see cref="Kilogram"/> (KGM), <see cref="Gram"/>
/// (GRM), <see cref="Litre"/> (LTR), <see cref="Millilitre"/> (MLT) and <see cref="SquareMetre"/> (MTK). Every count
/// unit is discrete: quantities in it must be whole.
/// </para>
/// <para>
/// H87 (piece), C62 (one) and EA (each) are interchangeable: all three are the count base unit with factor 1, so
/// converting between them always succeeds and never changes the value, and arithmetic mixes them freely. They are
/// nevertheless different units for <see cref="Equals(UnitOfMeasure)"/>, so that the code a trading partner sent is
/// kept and sent back unchanged.
/// </para>
/// <para>
/// A pack unit (<see cref="Pack(string, decimal, UnitOfMeasure)"/>) holds a fixed amount of another unit, for example
/// <c>REEL(5000 H87)</c> or <c>REEL(100 MTR)</c>. Pack sizes differ per product, so two pack units are equal only when
/// their code, size and contents are equal. Packs are always discrete. There is no standard "set" unit, because a
/// set's size depends on the product: write it as a pack, for example <c>SET(4 H87)</c>.
/// </para>
/// <para>
/// In JSON a unit is its invariant form as a string, <c>"H87"</c> or <c>"REEL(5000 H87)"</c>, also as a dictionary
/// key; see <see cref="UnitOfMeasureJsonConverter"/>.
/// </para>
/// <para>
/// <c>default(UnitOfMeasure)</c> is <see cref="Piece"/>. The value is immutable and thread-safe.
/// </para>
/// </remarks>
[JsonConverter(typeof(UnitOfMeasureJsonConverter))]
public readonly struct UnitOfMeasure : IEquatable<UnitOfMeasure>, ISpanParsable<UnitOfMeasure>
{
    /// <summary>The largest number of characters a pack code may have.</summary>
    public const int MaxPackCodeLength = 20;

    /// <summary>The deepest nesting of packs allowed, for example a box of reels of pieces has depth 2.</summary>
    public const int MaxPackDepth = 8;

    private readonly UnitDefinition? _definition;

    internal UnitOfMeasure(UnitDefinition definition) => _definition = definition;

    /// <summary>Gets the piece (H87), the base unit of <see cref="UnitDimension.Count"/>.</summary>
    public static UnitOfMeasure Piece => new(StandardUnitTable.Piece);

    /// <summary>Gets the unit "one" (C62), a count unit interchangeable with <see cref="Piece"/>.</summary>
    public static UnitOfMeasure One => new(StandardUnitTable.One);

    /// <summary>Gets the unit "each" (EA), a count unit interchangeable with <see cref="Piece"/>.</summary>
    public static UnitOfMeasure Each => new(StandardUnitTable.Each);

    /// <summary>Gets the pair (PR): two pieces.</summary>
    public static UnitOfMeasure Pair => new(StandardUnitTable.Pair);

    /// <summary>Gets the dozen (DZN): twelve pieces.</summary>
    public static UnitOfMeasure Dozen => new(StandardUnitTable.Dozen);

    /// <summary>Gets the metre (MTR), the base unit of <see cref="UnitDimension.Length"/>.</summary>
    public static UnitOfMeasure Metre => new(StandardUnitTable.Metre);

    /// <summary>Gets the centimetre (CMT): 0.01 metre.</summary>
    public static UnitOfMeasure Centimetre => new(StandardUnitTable.Centimetre);

    /// <summary>Gets the millimetre (MMT): 0.001 metre.</summary>
    public static UnitOfMeasure Millimetre => new(StandardUnitTable.Millimetre);

    /// <summary>Gets the kilometre (KMT): 1,000 metres.</summary>
    public static UnitOfMeasure Kilometre => new(StandardUnitTable.Kilometre);

    /// <summary>Gets the kilogram (KGM), the base unit of <see cref="UnitDimension.Mass"/>.</summary>
    public static UnitOfMeasure Kilogram => new(StandardUnitTable.Kilogram);

    /// <summary>Gets the gram (GRM): 0.001 kilogram.</summary>
    public static UnitOfMeasure Gram => new(StandardUnitTable.Gram);

    /// <summary>Gets the litre (LTR), the base unit of <see cref="UnitDimension.Volume"/>.</summary>
    public static UnitOfMeasure Litre => new(StandardUnitTable.Litre);

    /// <summary>Gets the millilitre (MLT): 0.001 litre.</summary>
    public static UnitOfMeasure Millilitre => new(StandardUnitTable.Millilitre);

    /// <summary>Gets the square metre (MTK), the base unit of <see cref="UnitDimension.Area"/>.</summary>
    public static UnitOfMeasure SquareMetre => new(StandardUnitTable.SquareMetre);

    /// <summary>Gets every standard unit, the ones <see cref="FromCode(string)"/> knows.</summary>
    public static IReadOnlyList<UnitOfMeasure> StandardUnits => StandardUnitTable.All;

    /// <summary>Gets the unit code: the UN/ECE Recommendation 20 code of a standard unit, or the code of a pack.</summary>
    public string Code => Definition.Code;

    /// <summary>Gets the dimension the unit measures.</summary>
    public UnitDimension Dimension => Definition.Dimension;

    /// <summary>
    /// Gets the exact number of the dimension's base units in one of this unit: 1 for H87, 0.001 for MMT, 5,000 for
    /// <c>REEL(5000 H87)</c>, 100 for <c>REEL(100 MTR)</c>.
    /// </summary>
    public decimal FactorToBase => Definition.Factor;

    /// <summary>Gets a value indicating whether quantities in this unit must be whole (count units and every pack).</summary>
    public bool IsDiscrete => Definition.IsDiscrete;

    /// <summary>Gets a value indicating whether the unit is a pack of another unit.</summary>
    public bool IsPack => Definition.Contents is not null;

    /// <summary>Gets how many <see cref="PackContents"/> one pack holds, or <see langword="null"/> for a standard unit.</summary>
    public decimal? PackSize => IsPack ? Definition.PackSize : null;

    /// <summary>Gets the unit a pack holds, or <see langword="null"/> for a standard unit.</summary>
    public UnitOfMeasure? PackContents => Definition.Contents is { } contents ? new UnitOfMeasure(contents) : null;

    internal UnitDefinition Definition => _definition ?? StandardUnitTable.Piece;

    /// <summary>Creates a pack unit: a fixed amount of another unit sold as one, such as a reel, a box or a bag.</summary>
    /// <param name="code">The pack's code: 1 to <see cref="MaxPackCodeLength"/> ASCII letters or digits, for example
    /// <c>REEL</c>; it must not be the code of a standard unit.</param>
    /// <param name="size">How many <paramref name="contents"/> one pack holds; positive, and whole when the contents are
    /// discrete.</param>
    /// <param name="contents">The unit the pack holds, for example <see cref="Piece"/> or <see cref="Metre"/>, or another
    /// pack.</param>
    /// <returns>The pack unit, for example <c>REEL(5000 H87)</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is not a valid pack code, <paramref name="size"/> is
    /// not positive or not whole for discrete contents, the packs nest deeper than <see cref="MaxPackDepth"/>, or the
    /// pack's factor cannot be represented exactly.</exception>
    public static UnitOfMeasure Pack(string code, decimal size, UnitOfMeasure contents)
    {
        ArgumentNullException.ThrowIfNull(code);
        string? error = TryCreatePack(code.AsSpan(), size, contents.Definition, out UnitDefinition? pack);
        if (error is not null)
        {
            throw new ArgumentException(error, nameof(code));
        }

        return new UnitOfMeasure(pack!);
    }

    /// <summary>Returns the standard unit with the given UN/ECE Recommendation 20 code.</summary>
    /// <param name="code">The code, for example <c>H87</c> or <c>MTR</c>; upper case, as the recommendation writes it.</param>
    /// <returns>The unit.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is not the code of a standard unit.</exception>
    public static UnitOfMeasure FromCode(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (!TryFromCode(code.AsSpan(), out UnitOfMeasure unit))
        {
            throw new ArgumentException(UnknownCodeMessage(code.AsSpan()), nameof(code));
        }

        return unit;
    }

    /// <summary>Looks up the standard unit with the given UN/ECE Recommendation 20 code.</summary>
    /// <param name="code">The code, for example <c>H87</c>; lower case is not accepted.</param>
    /// <param name="unit">The unit when found; otherwise <c>default</c> (<see cref="Piece"/>).</param>
    /// <returns><see langword="true"/> when <paramref name="code"/> is the code of a standard unit.</returns>
    public static bool TryFromCode(ReadOnlySpan<char> code, out UnitOfMeasure unit)
    {
        UnitDefinition? definition = StandardUnitTable.Find(code);
        unit = definition is null ? default : new UnitOfMeasure(definition);
        return definition is not null;
    }

    /// <summary>Parses the invariant form written by <see cref="ToString"/>: a standard code or a pack such as
    /// <c>REEL(5000 H87)</c>.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: the form does not depend on culture.</param>
    /// <returns>The unit.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="s"/> is not a unit in the invariant form.</exception>
    public static UnitOfMeasure Parse(string s, IFormatProvider? provider = null)
    {
        ArgumentNullException.ThrowIfNull(s);
        return Parse(s.AsSpan(), provider);
    }

    /// <summary>Parses the invariant form written by <see cref="ToString"/>: a standard code or a pack such as
    /// <c>REEL(5000 H87)</c>.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: the form does not depend on culture.</param>
    /// <returns>The unit.</returns>
    /// <exception cref="FormatException"><paramref name="s"/> is not a unit in the invariant form.</exception>
    public static UnitOfMeasure Parse(ReadOnlySpan<char> s, IFormatProvider? provider = null)
    {
        if (!TryParse(s, provider, out UnitOfMeasure unit))
        {
            throw new FormatException(NotAUnitMessage(s));
        }

        return unit;
    }

    /// <summary>Tries to parse the invariant form written by <see cref="ToString"/>.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: the form does not depend on culture.</param>
    /// <param name="result">The unit when parsed; otherwise <c>default</c> (<see cref="Piece"/>).</param>
    /// <returns><see langword="true"/> when <paramref name="s"/> is a unit in the invariant form.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out UnitOfMeasure result)
        => TryParse(s.AsSpan(), provider, out result);

    /// <summary>Tries to parse the invariant form written by <see cref="ToString"/>.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: the form does not depend on culture.</param>
    /// <param name="result">The unit when parsed; otherwise <c>default</c> (<see cref="Piece"/>).</param>
    /// <returns><see langword="true"/> when <paramref name="s"/> is a unit in the invariant form.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out UnitOfMeasure result)
    {
        UnitDefinition? definition = ParseDefinition(s, 0);
        result = definition is null ? default : new UnitOfMeasure(definition);
        return definition is not null;
    }

    /// <summary>Determines whether two units are the same unit.</summary>
    /// <param name="left">The first unit.</param>
    /// <param name="right">The second unit.</param>
    /// <returns><see langword="true"/> when both are the same standard unit, or packs with equal code, size and contents.</returns>
    public static bool operator ==(UnitOfMeasure left, UnitOfMeasure right) => left.Equals(right);

    /// <summary>Determines whether two units differ.</summary>
    /// <param name="left">The first unit.</param>
    /// <param name="right">The second unit.</param>
    /// <returns><see langword="true"/> when the units differ.</returns>
    public static bool operator !=(UnitOfMeasure left, UnitOfMeasure right) => !left.Equals(right);

    /// <summary>Returns the exact factor that converts a value in this unit into <paramref name="other"/>: 1 MMT is
    /// 0.001 MTR, 1 <c>REEL(5000 H87)</c> is 5,000 H87.</summary>
    /// <param name="other">The unit to convert to; it must measure the same dimension.</param>
    /// <returns>The number of <paramref name="other"/> in one of this unit.</returns>
    /// <exception cref="ArgumentException"><paramref name="other"/> measures another dimension, or the factor has no
    /// exact decimal representation (a pack of 7 pieces is 7/12 of a dozen).</exception>
    public decimal ConversionFactorTo(UnitOfMeasure other)
    {
        if (Dimension != other.Dimension)
        {
            throw new ArgumentException(
                $"{this} measures {Dimension} and {other} measures {other.Dimension}; units convert only within one dimension.",
                nameof(other));
        }

        decimal factor = FactorToBase / other.FactorToBase;
        if (factor * other.FactorToBase != FactorToBase)
        {
            throw new ArgumentException(
                $"The factor from {this} to {other} has no exact decimal representation.",
                nameof(other));
        }

        return factor;
    }

    /// <inheritdoc/>
    public bool Equals(UnitOfMeasure other) => Definition.Equals(other.Definition);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is UnitOfMeasure other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => Definition.GetHashCode();

    /// <summary>Returns the invariant form: the code of a standard unit (<c>H87</c>) or a pack with its size and
    /// contents (<c>REEL(5000 H87)</c>).</summary>
    /// <returns>The invariant form, which <see cref="Parse(string, IFormatProvider?)"/> reads back.</returns>
    public override string ToString() => Format(Definition);

    internal static string NotAUnitMessage(ReadOnlySpan<char> s)
        => $"'{s}' is not a unit of measure; expected a UN/ECE Recommendation 20 code such as H87 or MTR, or a pack such as REEL(5000 H87).";

    internal static string UnknownCodeMessage(ReadOnlySpan<char> code)
        => $"'{code}' is not the code of a standard unit of measure (UN/ECE Recommendation 20 codes such as H87, C62, EA, PR, DZN, MTR, MMT, KGM, LTR or MTK); pack units are created with UnitOfMeasure.Pack.";

    private static string Format(UnitDefinition definition)
        => definition.Contents is null
            ? definition.Code
            : string.Create(
                CultureInfo.InvariantCulture,
                $"{definition.Code}({definition.PackSize} {Format(definition.Contents)})");

    private static string? TryCreatePack(ReadOnlySpan<char> code, decimal size, UnitDefinition contents, out UnitDefinition? pack)
    {
        pack = null;
        if (code.IsEmpty || code.Length > MaxPackCodeLength || !IsAsciiLettersOrDigits(code))
        {
            return $"'{code}' is not a pack code; use 1 to {MaxPackCodeLength} ASCII letters or digits, for example REEL.";
        }

        if (StandardUnitTable.Find(code) is not null)
        {
            return $"'{code}' is the code of a standard unit of measure and cannot name a pack.";
        }

        if (size <= 0)
        {
            return string.Create(CultureInfo.InvariantCulture, $"The size {size} of pack '{code}' is not positive.");
        }

        if (contents.IsDiscrete && !decimal.IsInteger(size))
        {
            return string.Create(
                CultureInfo.InvariantCulture,
                $"The size {size} of pack '{code}' is not whole, but its contents {Format(contents)} are counted in whole units.");
        }

        if (contents.Depth + 1 > MaxPackDepth)
        {
            return $"Pack '{code}' would nest more than {MaxPackDepth} packs deep.";
        }

        decimal factor;
        try
        {
            factor = size * contents.Factor;
        }
        catch (OverflowException)
        {
            factor = 0;
        }

        if (factor == 0 || factor / size != contents.Factor)
        {
            return string.Create(
                CultureInfo.InvariantCulture,
                $"Pack '{code}' of {size} {Format(contents)} holds more base units than a decimal represents exactly.");
        }

        pack = new UnitDefinition(code.ToString(), size, contents, factor);
        return null;
    }

    private static UnitDefinition? ParseDefinition(ReadOnlySpan<char> s, int depth)
    {
        int open = s.IndexOf('(');
        if (open < 0)
        {
            return StandardUnitTable.Find(s);
        }

        if (depth >= MaxPackDepth || s[^1] != ')')
        {
            return null;
        }

        ReadOnlySpan<char> inner = s[(open + 1)..^1];
        int space = inner.IndexOf(' ');
        if (space <= 0
            || !decimal.TryParse(inner[..space], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal size))
        {
            return null;
        }

        UnitDefinition? contents = ParseDefinition(inner[(space + 1)..], depth + 1);
        if (contents is null)
        {
            return null;
        }

        return TryCreatePack(s[..open], size, contents, out UnitDefinition? pack) is null ? pack : null;
    }

    private static bool IsAsciiLettersOrDigits(ReadOnlySpan<char> code)
    {
        foreach (char c in code)
        {
            if (!char.IsAsciiLetterOrDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
