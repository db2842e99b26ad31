using System;

namespace B2B2C.Sdk.Tests;

public sealed class CurrencyTests
{
    [Theory]
    [InlineData("EUR", 978, 2)]
    [InlineData("JPY", 392, 0)]
    [InlineData("KWD", 414, 3)]
    [InlineData("CLF", 990, 4)]
    public void FromCode_KnownCode_ReturnsIsoData(string code, int number, int minorUnit)
    {
        Currency currency = Currency.FromCode(code);

        Assert.Equal(code, currency.Code);
        Assert.Equal(number, currency.NumericCode);
        Assert.Equal(minorUnit, currency.MinorUnit);
    }

    [Fact]
    public void FromCode_UnknownCode_ThrowsNamingTheCode()
    {
        ArgumentException error = Assert.Throws<ArgumentException>(() => Currency.FromCode("ABC"));

        Assert.Contains("'ABC'", error.Message, StringComparison.Ordinal);
    }
}
