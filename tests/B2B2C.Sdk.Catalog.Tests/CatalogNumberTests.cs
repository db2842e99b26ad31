using System;
using System.Globalization;
using B2B2C.Sdk.Testing;
using FsCheck;
using FsCheck.Fluent;

namespace B2B2C.Sdk.Catalog.Tests;

public sealed class CatalogNumberTests
{
    /// <summary>Any decimal: every mantissa, sign and scale.</summary>
    private static Gen<decimal> AnyDecimal { get; } =
        from low in Gen.Choose(int.MinValue, int.MaxValue)
        from mid in Gen.Choose(int.MinValue, int.MaxValue)
        from high in Gen.Frequency((2, Gen.Constant(0)), (1, Gen.Choose(0, 1000)), (2, Gen.Choose(int.MinValue, int.MaxValue)))
        from negative in Gen.Elements(true, false)
        from scale in Gen.Choose(0, 28)
        select new decimal(low, mid, high, negative, (byte)scale);

    private static Gen<decimal> SmallDecimal { get; } =
        from mantissa in Gen.Choose(-100_000, 100_000)
        from scale in Gen.Choose(0, 6)
        select new decimal(Math.Abs(mantissa), 0, 0, mantissa < 0, (byte)scale);

    [Theory]
    [InlineData("0.36719999999999997", "0.36719999999999997")]
    [InlineData("63.0", "63")]
    [InlineData("63", "63")]
    [InlineData("0.50", "0.5")]
    [InlineData("-0.0", "0")]
    [InlineData("-0.000", "0")]
    [InlineData("100", "100")]
    [InlineData("1200.00", "1200")]
    [InlineData("-4.70", "-4.7")]
    [InlineData("0.0000000000000000000000000001", "0.0000000000000000000000000001")]
    [InlineData("79228162514264337593543950335", "79228162514264337593543950335")]
    [InlineData("-79228162514264337593543950335", "-79228162514264337593543950335")]
    [InlineData("7.9228162514264337593543950335", "7.9228162514264337593543950335")]
    public void Format_Value_IsCanonical(string literal, string expected)
    {
        decimal value = decimal.Parse(literal, NumberStyles.Float, CultureInfo.InvariantCulture);

        Assert.Equal(expected, CatalogNumber.Format(value));
    }

    [Fact]
    public void Format_SpecialValues_AreCanonical()
    {
        Assert.Equal("0", CatalogNumber.Format(-0.0m));
        Assert.Equal("0", CatalogNumber.Format(decimal.Negate(0m)));
        Assert.Equal("63", CatalogNumber.Format(63.0m));
        Assert.Equal("0.0000000000000000000000000001", CatalogNumber.Format(1E-28m));
        Assert.Equal("79228162514264337593543950335", CatalogNumber.Format(decimal.MaxValue));
        Assert.Equal("-79228162514264337593543950335", CatalogNumber.Format(decimal.MinValue));
    }

    [Theory]
    [InlineData("63", 2, "63.00")]
    [InlineData("0.125", 2, "0.13")]
    [InlineData("-0.125", 2, "-0.13")]
    [InlineData("2.5", 0, "3")]
    [InlineData("0.5", 3, "0.500")]
    [InlineData("-0.001", 2, "0.00")]
    [InlineData("-0.4", 0, "0")]
    [InlineData("1234567.891", 1, "1234567.9")]
    public void Format_FixedDecimals_RoundsHalfAwayFromZeroAndPads(string literal, int decimals, string expected)
    {
        decimal value = decimal.Parse(literal, NumberStyles.Float, CultureInfo.InvariantCulture);

        Assert.Equal(expected, CatalogNumber.Format(value, decimals));
    }

    [Fact]
    public void Format_DecimalsOutOfRange_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => CatalogNumber.Format(1m, -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => CatalogNumber.Format(1m, 29));
    }

    [Fact]
    public void TryFormat_SmallBuffer_ReturnsFalse()
    {
        Span<char> buffer = stackalloc char[3];

        Assert.False(CatalogNumber.TryFormat(1234m, buffer, out int written));
        Assert.Equal(0, written);
        Assert.True(CatalogNumber.TryFormat(63.00m, buffer, out written));
        Assert.Equal("63", buffer[..written].ToString());
    }

    [Theory]
    [InlineData("0.36719999999999997", "0.36719999999999997")]
    [InlineData("1.5E-9", "0.0000000015")]
    [InlineData("4.7e3", "4700")]
    [InlineData("4.7E+3", "4700")]
    [InlineData(" 42 ", "42")]
    [InlineData("+7", "7")]
    [InlineData("-0", "0")]
    [InlineData(".5", "0.5")]
    [InlineData("5.", "5")]
    [InlineData("007.50", "7.5")]
    [InlineData("1E28", "10000000000000000000000000000")]
    [InlineData("1E-28", "0.0000000000000000000000000001")]
    [InlineData("0e99999999999", "0")]
    [InlineData("79228162514264337593543950335", "79228162514264337593543950335")]
    [InlineData("1.000000000000000000000000000000000000000000", "1")]
    [InlineData("100000000000000000000000000000000000000000e-20", "1000000000000000000000")]
    public void TryParse_PlainNumber_IsExact(string text, string expected)
    {
        Assert.True(CatalogNumber.TryParse(text, out decimal value));

        Assert.Equal(expected, value.ToString(CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("-Infinity")]
    [InlineData("∞")]
    [InlineData("0x1F")]
    [InlineData("1,000")]
    [InlineData("1 000")]
    [InlineData("0,5")]
    [InlineData("1.2.3")]
    [InlineData(".")]
    [InlineData("-")]
    [InlineData("e5")]
    [InlineData("1e")]
    [InlineData("1e+")]
    [InlineData("1E-29")]
    [InlineData("79228162514264337593543950336")]
    [InlineData("1E29")]
    [InlineData("0.12345678901234567890123456789")]
    [InlineData("1.00000000000000000000000000000000000000001")]
    [InlineData("(5)")]
    [InlineData("5-")]
    [InlineData("−5")]
    public void TryParse_NotAnExactDecimal_ReturnsFalse(string text)
    {
        Assert.False(CatalogNumber.TryParse(text, out decimal value));
        Assert.Equal(0m, value);
    }

    [Fact]
    public void FormatThenTryParse_ReturnsAnEqualDecimal_Property()
    {
        Properties.ForAll(
            Gen.OneOf(AnyDecimal, SmallDecimal),
            value =>
            {
                Assert.True(CatalogNumber.TryParse(CatalogNumber.Format(value), out decimal parsed));
                Assert.Equal(value, parsed);
            },
            cases: 1000);
    }

    [Fact]
    public void Format_NeverNegativeZeroTrailingZerosOrExponent_Property()
    {
        Properties.ForAll(
            Gen.OneOf(AnyDecimal, SmallDecimal),
            value =>
            {
                string text = CatalogNumber.Format(value);
                Assert.NotEqual("-0", text);
                Assert.DoesNotContain('e', text);
                Assert.DoesNotContain('E', text);
                Assert.DoesNotContain(',', text);
                Assert.DoesNotContain('+', text);
                Assert.True(text.Length <= CatalogNumber.MaxFormattedLength);
                if (text.Contains('.', StringComparison.Ordinal))
                {
                    Assert.False(text.EndsWith('0') || text.EndsWith('.'), text);
                }

                Assert.Equal(value == 0m, text == "0");
                Assert.Equal(text.StartsWith('-'), value < 0m);
            },
            cases: 1000);
    }

    [Fact]
    public void Format_SameValueAtAnyScale_GivesTheSameText_Property()
    {
        Properties.ForAll(
            from value in SmallDecimal
            from zeros in Gen.Choose(0, 20)
            select (value, padded: value * new decimal(1, 0, 0, false, (byte)zeros) * DecimalPowerOfTen(zeros)),
            c => CatalogNumber.Format(c.value) == CatalogNumber.Format(c.padded));
    }

    [Fact]
    public void TryFormat_MatchesFormat_Property()
    {
        Properties.ForAll(
            AnyDecimal,
            value =>
            {
                Span<char> buffer = stackalloc char[CatalogNumber.MaxFormattedLength];
                Assert.True(CatalogNumber.TryFormat(value, buffer, out int written));
                Assert.Equal(CatalogNumber.Format(value), buffer[..written].ToString());
            });
    }

    [Fact]
    public void TryParse_AgreesWithDecimalParse_Property()
    {
        Properties.ForAll(
            from value in Gen.OneOf(AnyDecimal, SmallDecimal)
            from exponent in Gen.Choose(-5, 5)
            select (value, exponent),
            c =>
            {
                string text = c.value.ToString(CultureInfo.InvariantCulture) + "E" + c.exponent.ToString(CultureInfo.InvariantCulture);
                if (CatalogNumber.TryParse(text, out decimal parsed))
                {
                    Assert.Equal(decimal.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture), parsed);
                }
            });
    }

    private static decimal DecimalPowerOfTen(int exponent)
    {
        decimal result = 1m;
        for (int i = 0; i < exponent; i++)
        {
            result *= 10m;
        }

        return result;
    }
}
