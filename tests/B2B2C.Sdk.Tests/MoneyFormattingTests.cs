using System;
using System.Globalization;
using B2B2C.Sdk.Testing;

namespace B2B2C.Sdk.Tests;

public sealed class MoneyFormattingTests
{
    private static readonly CultureInfo s_us = CultureInfo.GetCultureInfo("en-US");
    private static readonly CultureInfo s_de = CultureInfo.GetCultureInfo("de-DE");
    private static readonly Currency s_eur = Currency.FromCode("EUR");

    [Theory]
    [InlineData("1234.5", "G", "en-US", "EUR 1,234.50")]
    [InlineData("1234.5", "G", "de-DE", "EUR 1.234,50")]
    [InlineData("0.00342", "G", "en-US", "EUR 0.00342")]
    [InlineData("-12", "G", "en-US", "EUR -12.00")]
    [InlineData("1234.5", "N", "en-US", "1,234.50")]
    [InlineData("1234.5", "N3", "en-US", "1,234.500")]
    [InlineData("1234.5", "C", "en-US", "€1,234.50")]
    [InlineData("1234.5", "C", "de-DE", "1.234,50 €")]
    [InlineData("1234.555", "C", "en-US", "€1,234.56")]
    [InlineData("1234.5", "C0", "en-US", "€1,235")]
    [InlineData("1234.5000", "R", "de-DE", "EUR 1234.5000")]
    public void ToString_FormatsPerFormatAndCulture(string amount, string format, string culture, string expected)
    {
        var money = Money.Of(decimal.Parse(amount, CultureInfo.InvariantCulture), s_eur);

        Assert.Equal(expected, money.ToString(format, CultureInfo.GetCultureInfo(culture)));
    }

    [Fact]
    public void ToString_Yen_HasNoDecimals()
    {
        Assert.Equal("JPY 1,235", Money.Of(1235m, "JPY").ToString(null, s_us));
    }

    [Fact]
    public void ToString_UnknownFormat_Throws()
    {
        Assert.Throws<FormatException>(() => Money.Of(1m, s_eur).ToString("X", s_us));
        Assert.Throws<FormatException>(() => Money.Of(1m, s_eur).ToString("G2", s_us));
    }

    [Fact]
    public void TryFormat_SmallBuffer_ReturnsFalse()
    {
        Span<char> buffer = stackalloc char[4];

        Assert.False(Money.Of(1234m, s_eur).TryFormat(buffer, out int written, "G", s_us));
        Assert.Equal(0, written);
    }

    [Fact]
    public void InterpolatedString_UsesTheFormat()
    {
        Money money = Money.Of(5m, s_eur);

        Assert.Equal("Total: €5.00", string.Create(s_us, $"Total: {money:C}"));
    }

    [Theory]
    [InlineData("EUR 12.34", "en-US", "12.34", "EUR")]
    [InlineData("12.34 EUR", "en-US", "12.34", "EUR")]
    [InlineData("EUR12.34", "en-US", "12.34", "EUR")]
    [InlineData("  USD 1,234.56  ", "en-US", "1234.56", "USD")]
    [InlineData("EUR -5", "en-US", "-5", "EUR")]
    [InlineData("-EUR 5", "en-US", "-5", "EUR")]
    [InlineData("-12.34 EUR", "en-US", "-12.34", "EUR")]
    [InlineData("1.234,50 €", "de-DE", "1234.50", "EUR")]
    [InlineData("€1,234.50", "en-US", "1234.50", "EUR")]
    [InlineData("-€3.10", "en-US", "-3.10", "EUR")]
    [InlineData("£7", "en-US", "7", "GBP")]
    [InlineData("KWD 1.234", "en-US", "1.234", "KWD")]
    public void Parse_AcceptsCodesAndSymbolsOnEitherSide(string text, string culture, string amount, string code)
    {
        Money parsed = Money.Parse(text, CultureInfo.GetCultureInfo(culture));

        Assert.Equal(Money.Of(decimal.Parse(amount, CultureInfo.InvariantCulture), code), parsed);
    }

    [Fact]
    public void Parse_KeepsTheWrittenScale()
    {
        Assert.Equal(4, Money.Parse("EUR 1.5000", s_us).Amount.Scale);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("12.34", "names no currency")]
    [InlineData("EUR", "is not a number")]
    [InlineData("EUR abc", "'abc' is not a number")]
    [InlineData("ABC 12", "'ABC' is not an active ISO 4217")]
    [InlineData("EUR 12.34.56", "is not a number")]
    [InlineData("hello world", "names no currency")]
    public void Parse_Garbage_ThrowsSayingWhatIsWrong(string text, string expectedFragment)
    {
        FormatException error = Assert.Throws<FormatException>(() => Money.Parse(text, s_us));

        Assert.Contains(expectedFragment, error.Message, StringComparison.Ordinal);
        Assert.False(Money.TryParse(text, s_us, out _));
    }

    [Fact]
    public void Parse_WithKnownCurrency_AcceptsBareNumberAndRejectsOtherCurrency()
    {
        Assert.Equal(Money.Of(12.34m, s_eur), Money.Parse("12.34", s_eur, s_us));
        Assert.Equal(Money.Of(12.34m, s_eur), Money.Parse("€12.34", s_eur, s_us));
        FormatException error = Assert.Throws<FormatException>(() => Money.Parse("USD 12.34", s_eur, s_us));
        Assert.Contains("not an amount in EUR", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ThrowsOnNull()
    {
        Assert.Throws<ArgumentNullException>(() => Money.Parse(null!, s_us));
    }

    [Fact]
    public void FormatThenParse_RoundTrips_Property()
    {
        CultureInfo[] cultures = [CultureInfo.InvariantCulture, s_us, s_de, CultureInfo.GetCultureInfo("fr-FR"), CultureInfo.GetCultureInfo("ja-JP")];
        Properties.ForAll(
            MoneyArbitraries.UnroundedMoney,
            money =>
            {
                foreach (CultureInfo culture in cultures)
                {
                    Assert.Equal(money, Money.Parse(money.ToString("G", culture), culture));
                    Money exact = Money.Parse(money.ToInvariantString(), CultureInfo.InvariantCulture);
                    Assert.Equal(money.Amount.Scale, exact.Amount.Scale);
                    Assert.Equal(money, exact);
                }
            });
    }
}
