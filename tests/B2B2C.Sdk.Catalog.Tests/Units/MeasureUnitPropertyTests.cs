using System.Linq;
using B2B2C.Sdk.Catalog.Units;
using B2B2C.Sdk.Testing;
using FsCheck;
using FsCheck.Fluent;

namespace B2B2C.Sdk.Catalog.Tests.Units;

public sealed class MeasureUnitPropertyTests
{
    private static readonly MeasureUnit[] s_units = [.. MeasureUnitTable.Default.Units];

    /// <summary>Decimals with at most 12 significant digits and at most 12 decimal places, so conversions stay in range.</summary>
    private static Gen<decimal> Values { get; } =
        from high in Gen.Choose(-999_999, 999_999)
        from low in Gen.Choose(0, 999_999)
        from scale in Gen.Choose(0, 12)
        select (((long)high * 1_000_000L) + (high < 0 ? -low : low)) * new decimal(1, 0, 0, false, (byte)scale);

    private static Gen<(MeasureUnit From, MeasureUnit To)> SameDimensionPairs { get; } =
        from source in Gen.Elements(s_units)
        from target in Gen.Elements(s_units.Where(u => u.Dimension == source.Dimension).ToArray())
        select (source, target);

    [Fact]
    public void ConvertTo_ExactThenBack_ReturnsTheOriginal_Property()
    {
        Properties.ForAll(
            from pair in SameDimensionPairs
            from value in Values
            select (pair.From, pair.To, value),
            c =>
            {
                Assert.True(c.From.TryConvertTo(c.value, c.To, out MeasureConversion forward));
                if (!forward.IsExact)
                {
                    return;
                }

                MeasureConversion back = c.To.ConvertTo(forward.Value, c.From);
                Assert.True(back.IsExact);
                Assert.Equal(c.value, back.Value);
            },
            cases: 1000);
    }

    [Fact]
    public void ConvertTo_ThroughTheBaseUnit_EqualsTheDirectConversion_Property()
    {
        Properties.ForAll(
            from pair in SameDimensionPairs
            from value in Values
            select (pair.From, pair.To, value),
            c =>
            {
                MeasureUnit baseUnit = s_units.Single(u => u.Dimension == c.From.Dimension && u.Factor == 1m && u.Offset == 0m && u.Divisor == 1m);
                MeasureConversion toBase = c.From.ConvertTo(c.value, baseUnit);
                MeasureConversion direct = c.From.ConvertTo(c.value, c.To);
                if (!toBase.IsExact)
                {
                    return;
                }

                MeasureConversion viaBase = baseUnit.ConvertTo(toBase.Value, c.To);
                Assert.Equal(viaBase.IsExact, direct.IsExact);
                Assert.Equal(viaBase.Value, direct.Value);
            },
            cases: 1000);
    }

    [Fact]
    public void ConvertTo_SiPrefixedUnits_AreAlwaysExactInRange_Property()
    {
        MeasureUnit[] prefixed = s_units.Where(u => u.Offset == 0m && u.Divisor == 1m && IsPowerOfTen(u.Factor)).ToArray();
        Properties.ForAll(
            from source in Gen.Elements(prefixed)
            from target in Gen.Elements(prefixed.Where(u => u.Dimension == source.Dimension).ToArray())
            from value in Values
            select (source, target, value),
            c => c.source.ConvertTo(c.value, c.target).IsExact);
    }

    [Fact]
    public void ConvertTo_Result_IsCanonical_Property()
    {
        Properties.ForAll(
            from pair in SameDimensionPairs
            from value in Values
            select (pair.From, pair.To, value),
            c =>
            {
                decimal result = c.From.ConvertTo(c.value, c.To).Value;
                Assert.Equal(CatalogNumber.Format(result), result.ToString(System.Globalization.CultureInfo.InvariantCulture));
            });
    }

    private static bool IsPowerOfTen(decimal value)
    {
        string text = CatalogNumber.Format(value);
        return text.TrimStart('0', '.').TrimEnd('0') == "1";
    }
}
