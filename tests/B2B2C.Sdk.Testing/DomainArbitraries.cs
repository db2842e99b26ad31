using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;

namespace B2B2C.Sdk.Testing;

/// <summary>
/// FsCheck generators and arbitraries for the SDK's domain types: units of measure (standard and pack units),
/// quantities that respect their unit's rules, and valid identifier strings.
/// </summary>
/// <remarks>
/// Every value produced is valid for its type: a quantity in a discrete unit is whole, an identifier string passes
/// identifier validation. The members are stateless and thread-safe.
/// </remarks>
public static class DomainArbitraries
{
    private static readonly string[] s_packCodes = ["REEL", "PK", "BOX", "BAG", "TRAY", "TUBE", "SET"];

    private static readonly string[] s_edgeAtoms = ["A", "z", "0", "9", "-", "_", ".", "/", "#", "é", "ß", "Ω", "中", "😀"];

    /// <summary>Generates one of the standard units (<see cref="UnitOfMeasure.StandardUnits"/>).</summary>
    /// <returns>The generator.</returns>
    public static Gen<UnitOfMeasure> StandardUnit() => Gen.Elements(UnitOfMeasure.StandardUnits.ToArray());

    /// <summary>Generates a pack of pieces such as <c>REEL(5000 H87)</c>, with a size from 1 to 20,000.</summary>
    /// <returns>The generator.</returns>
    public static Gen<UnitOfMeasure> PackOfPieces()
        => from code in Gen.Elements(s_packCodes)
           from size in Gen.Choose(1, 20_000)
           select UnitOfMeasure.Pack(code, size, UnitOfMeasure.Piece);

    /// <summary>Generates a pack of a length unit, such as <c>REEL(100 MTR)</c> or <c>REEL(0.5 MTR)</c>.</summary>
    /// <returns>The generator.</returns>
    public static Gen<UnitOfMeasure> PackOfLength()
        => from code in Gen.Elements(s_packCodes)
           from hundredths in Gen.Choose(1, 100_000)
           from contents in Gen.Elements(UnitOfMeasure.Metre, UnitOfMeasure.Millimetre)
           select UnitOfMeasure.Pack(code, hundredths / 100m, contents);

    /// <summary>Generates any unit: standard units, packs of pieces, packs of length and boxes of reels.</summary>
    /// <returns>The generator.</returns>
    public static Gen<UnitOfMeasure> UnitGen()
    {
        Gen<UnitOfMeasure> boxOfReels =
            from reel in PackOfPieces()
            from count in Gen.Choose(1, 50)
            select UnitOfMeasure.Pack("BOX", count, reel);
        return Gen.Frequency(
            (4, StandardUnit()),
            (3, PackOfPieces()),
            (2, PackOfLength()),
            (1, boxOfReels));
    }

    /// <summary>Generates a value valid in <paramref name="unit"/>: a whole number from -1,000,000 to 1,000,000 for
    /// a discrete unit, otherwise a number with up to three decimals.</summary>
    /// <param name="unit">The unit the value is for.</param>
    /// <returns>The generator.</returns>
    public static Gen<decimal> ValueFor(UnitOfMeasure unit)
    {
        Gen<int> whole = Gen.Choose(-1_000_000, 1_000_000);
        if (unit.IsDiscrete)
        {
            return whole.Select(n => (decimal)n);
        }

        return from n in whole
               from scale in Gen.Choose(0, 3)
               select new decimal(Math.Abs(n), 0, 0, n < 0, (byte)scale);
    }

    /// <summary>Generates a quantity in <paramref name="unit"/>; see <see cref="ValueFor(UnitOfMeasure)"/>.</summary>
    /// <param name="unit">The unit.</param>
    /// <returns>The generator.</returns>
    public static Gen<Quantity> QuantityIn(UnitOfMeasure unit)
        => ValueFor(unit).Select(value => Quantity.Of(value, unit));

    /// <summary>Generates a quantity in any unit from <see cref="UnitGen"/>.</summary>
    /// <returns>The generator.</returns>
    public static Gen<Quantity> QuantityGen()
        => from unit in UnitGen()
           from quantity in QuantityIn(unit)
           select quantity;

    /// <summary>Gets an arbitrary of quantities in any unit (see <see cref="QuantityGen"/>), without shrinking.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Quantity> Quantities() => QuantityGen().ToArbitrary();

    /// <summary>Gets an arbitrary of units (see <see cref="UnitGen"/>), without shrinking.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<UnitOfMeasure> Units() => UnitGen().ToArbitrary();

    /// <summary>
    /// Generates a valid identifier string: 1 to 120 characters of ASCII and non-ASCII letters, digits, punctuation,
    /// inner spaces and surrogate pairs, never starting or ending with white space.
    /// </summary>
    /// <returns>The generator.</returns>
    public static Gen<string> IdentifierTextGen()
    {
        Gen<string> printable = Gen.Choose(0x21, 0x7E).Select(c => ((char)c).ToString());
        Gen<string> edge = Gen.Frequency((3, printable), (1, Gen.Elements(s_edgeAtoms)));
        Gen<string> inner = Gen.Frequency((6, edge), (1, Gen.Constant(" ")));
        Gen<string> longer =
            from count in Gen.Choose(0, 58)
            from first in edge
            from middle in Gen.ArrayOf(inner, count)
            from last in edge
            select first + string.Concat(middle) + last;
        return Gen.Frequency((1, edge), (9, longer));
    }

    /// <summary>Gets an arbitrary of valid identifier strings (see <see cref="IdentifierTextGen"/>), without shrinking.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<string> IdentifierStrings() => IdentifierTextGen().ToArbitrary();

    /// <summary>Gets an arbitrary of valid <see cref="Sku"/> values built from <see cref="IdentifierTextGen"/>.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Sku> Skus() => IdentifierTextGen().Select(text => new Sku(text)).ToArbitrary();
}
