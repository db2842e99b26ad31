using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Text.Json;

namespace B2B2C.Sdk.Tests;

public sealed class CurrencyTests
{
    private static readonly string[] s_fundCodes = ["BOV", "CHE", "CHW", "CLF", "COU", "MXV", "USN", "UYI", "XAD"];

    [Theory]
    [InlineData("EUR", 978, 2)]
    [InlineData("USD", 840, 2)]
    [InlineData("GBP", 826, 2)]
    [InlineData("CHF", 756, 2)]
    [InlineData("CNY", 156, 2)]
    [InlineData("INR", 356, 2)]
    [InlineData("BRL", 986, 2)]
    [InlineData("AUD", 36, 2)]
    [InlineData("CAD", 124, 2)]
    [InlineData("SEK", 752, 2)]
    [InlineData("NOK", 578, 2)]
    [InlineData("DKK", 208, 2)]
    [InlineData("PLN", 985, 2)]
    [InlineData("CZK", 203, 2)]
    [InlineData("HUF", 348, 2)]
    [InlineData("MXN", 484, 2)]
    [InlineData("ZAR", 710, 2)]
    [InlineData("TRY", 949, 2)]
    [InlineData("ALL", 8, 2)]
    [InlineData("DZD", 12, 2)]
    [InlineData("JPY", 392, 0)]
    [InlineData("KRW", 410, 0)]
    [InlineData("CLP", 152, 0)]
    [InlineData("ISK", 352, 0)]
    [InlineData("VND", 704, 0)]
    [InlineData("PYG", 600, 0)]
    [InlineData("UGX", 800, 0)]
    [InlineData("KMF", 174, 0)]
    [InlineData("VUV", 548, 0)]
    [InlineData("XOF", 952, 0)]
    [InlineData("XAF", 950, 0)]
    [InlineData("XPF", 953, 0)]
    [InlineData("UYI", 940, 0)]
    [InlineData("KWD", 414, 3)]
    [InlineData("BHD", 48, 3)]
    [InlineData("JOD", 400, 3)]
    [InlineData("OMR", 512, 3)]
    [InlineData("TND", 788, 3)]
    [InlineData("LYD", 434, 3)]
    [InlineData("IQD", 368, 3)]
    [InlineData("CLF", 990, 4)]
    [InlineData("UYW", 927, 4)]
    [InlineData("XCG", 532, 2)]
    [InlineData("XAD", 396, 2)]
    [InlineData("ZWG", 924, 2)]
    [InlineData("SLE", 925, 2)]
    [InlineData("VED", 926, 2)]
    [InlineData("VES", 928, 2)]
    [InlineData("STN", 930, 2)]
    [InlineData("MRU", 929, 2)]
    public void FromCode_KnownCode_ReturnsIsoData(string code, int number, int minorUnit)
    {
        Currency currency = Currency.FromCode(code);

        Assert.Equal(code, currency.Code);
        Assert.Equal(number, currency.NumericCode);
        Assert.Equal(minorUnit, currency.MinorUnit);
        Assert.Equal(currency, Currency.FromNumericCode(number));
    }

    [Theory]
    [InlineData("EUR", "Euro")]
    [InlineData("KMF", "Comorian Franc")]
    [InlineData("XCG", "Caribbean Guilder")]
    [InlineData("VED", "Bolívar Soberano")]
    public void EnglishName_KnownCode_IsTrimmedIsoName(string code, string name)
    {
        Assert.Equal(name, Currency.FromCode(code).EnglishName);
    }

    [Fact]
    public void IsFund_AllCurrencies_FlagsExactlyTheIsoFunds()
    {
        string[] funds = Currency.All.Where(c => c.IsFund).Select(c => c.Code).ToArray();

        Assert.Equal(s_fundCodes, funds);
        Assert.False(Currency.EUR.IsFund);
        Assert.False(Currency.UYW.IsFund);
    }

    [Theory]
    [InlineData("XAU")]
    [InlineData("XAG")]
    [InlineData("XPD")]
    [InlineData("XPT")]
    [InlineData("XDR")]
    [InlineData("XXX")]
    [InlineData("XTS")]
    [InlineData("XSU")]
    [InlineData("XUA")]
    [InlineData("XBA")]
    public void MinorUnit_NotApplicable_IsNullWithZeroMinimalAmount(string code)
    {
        Currency currency = Currency.FromCode(code);

        Assert.Null(currency.MinorUnit);
        Assert.Equal(0m, currency.MinimalAmount);
    }

    [Theory]
    [InlineData("EUR", "0.01")]
    [InlineData("JPY", "1")]
    [InlineData("KWD", "0.001")]
    [InlineData("CLF", "0.0001")]
    public void MinimalAmount_KnownCode_IsOneMinorUnit(string code, string expected)
    {
        decimal minimal = Currency.FromCode(code).MinimalAmount;

        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), minimal);
        Assert.Equal(expected, minimal.ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void MinorUnitOrThrow_NotApplicable_ThrowsNamingTheCode()
    {
        InvalidOperationException error = Assert.Throws<InvalidOperationException>(() => Currency.XAU.MinorUnitOrThrow("Rounding"));

        Assert.Contains("XAU", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, Currency.EUR.MinorUnitOrThrow("Rounding"));
    }

    [Fact]
    public void All_EveryCurrency_RoundTripsThroughCodeAndNumber()
    {
        foreach (Currency currency in Currency.All)
        {
            Assert.Equal(currency, Currency.FromCode(currency.Code));
            Assert.Equal(currency, Currency.Parse(currency.Code, CultureInfo.InvariantCulture));
            Assert.Equal(currency, Currency.FromNumericCode(currency.NumericCode));
            Assert.True(Currency.TryFromNumericCode(currency.NumericCode, out Currency byNumber));
            Assert.Equal(currency, byNumber);
        }
    }

    [Fact]
    public void All_List_IsSortedDistinctAndComplete()
    {
        IReadOnlyList<Currency> all = Currency.All;

        Assert.InRange(all.Count, 150, 190);
        for (int i = 1; i < all.Count; i++)
        {
            Assert.True(string.CompareOrdinal(all[i - 1].Code, all[i].Code) < 0, $"{all[i - 1]} should sort before {all[i]}.");
            Assert.True(all[i - 1] < all[i]);
        }

        Assert.Equal(all.Count, all.Select(c => c.NumericCode).Distinct().Count());
        Assert.Equal(CurrencyTable.Entries.Length, all.Count);
        Assert.Contains(Currency.XXX, all);
        Assert.Contains(Currency.EUR, all);
    }

    [Fact]
    public void GeneratedProperties_EveryCurrency_HasPropertyNamedAfterItsCode()
    {
        PropertyInfo[] properties = typeof(Currency)
            .GetProperties(BindingFlags.Public | BindingFlags.Static)
            .Where(p => p.PropertyType == typeof(Currency))
            .ToArray();

        Assert.Equal(Currency.All.Count, properties.Length);
        foreach (PropertyInfo property in properties)
        {
            var currency = (Currency)property.GetValue(null)!;
            Assert.Equal(property.Name, currency.Code);
        }

        Assert.Equal(Currency.FromCode("EUR"), Currency.EUR);
        Assert.Equal("ALL", Currency.ALL.Code);
        Assert.Equal("Lek", Currency.ALL.EnglishName);
    }

    [Fact]
    public void Default_Currency_IsXxx()
    {
        Currency none = default;

        Assert.Equal("XXX", none.Code);
        Assert.Equal(999, none.NumericCode);
        Assert.Null(none.MinorUnit);
        Assert.Equal(Currency.XXX, none);
        Assert.Equal(Currency.FromCode("XXX"), none);
        Assert.Equal(CurrencyData.NotApplicable, CurrencyTable.Entries[0].MinorUnit);
    }

    [Theory]
    [InlineData("ABC")]
    [InlineData("eur")]
    [InlineData("Eur")]
    [InlineData("EU")]
    [InlineData("EURO")]
    [InlineData("")]
    [InlineData(" EUR")]
    [InlineData("E1R")]
    [InlineData("ÉUR")]
    [InlineData("DEM")]
    [InlineData("HRK")]
    [InlineData("ANG")]
    [InlineData("SLL")]
    [InlineData("BGN")]
    [InlineData("ZWL")]
    public void FromCode_UnknownCode_ThrowsNamingTheCode(string code)
    {
        ArgumentException error = Assert.Throws<ArgumentException>(() => Currency.FromCode(code));

        Assert.Contains($"'{code}'", error.Message, StringComparison.Ordinal);
        Assert.Equal("code", error.ParamName);
    }

    [Theory]
    [InlineData("ABC")]
    [InlineData("usd")]
    [InlineData("US")]
    [InlineData("USDX")]
    [InlineData("HRK")]
    public void Parse_UnknownCode_ThrowsFormatExceptionNamingTheCode(string code)
    {
        FormatException error = Assert.Throws<FormatException>(() => Currency.Parse(code, CultureInfo.InvariantCulture));
        FormatException spanError = Assert.Throws<FormatException>(() => Currency.Parse(code.AsSpan(), CultureInfo.InvariantCulture));

        Assert.Contains($"'{code}'", error.Message, StringComparison.Ordinal);
        Assert.Contains($"'{code}'", spanError.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ABC")]
    [InlineData("eur")]
    [InlineData("EU")]
    [InlineData("EURO")]
    [InlineData("DEM")]
    [InlineData("ANG")]
    [InlineData(null)]
    public void TryFromCode_UnknownCode_ReturnsFalse(string? code)
    {
        Assert.False(Currency.TryFromCode(code.AsSpan(), out Currency currency));
        Assert.Equal(default, currency);
        Assert.False(Currency.TryParse(code, CultureInfo.InvariantCulture, out Currency parsed));
        Assert.Equal(default, parsed);
    }

    [Fact]
    public void TryFromCode_KnownCode_ReturnsCurrency()
    {
        Assert.True(Currency.TryFromCode("JPY", out Currency currency));
        Assert.Equal(Currency.JPY, currency);
        Assert.True(Currency.TryParse("JPY".AsSpan(), CultureInfo.InvariantCulture, out Currency parsed));
        Assert.Equal(Currency.JPY, parsed);
    }

    [Fact]
    public void FromCode_Null_ThrowsArgumentNullException()
    {
        Assert.Throws<ArgumentNullException>(() => Currency.FromCode(null!));
        Assert.Throws<ArgumentNullException>(() => Currency.Parse((string)null!, CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(1000)]
    [InlineData(191)]
    [InlineData(975)]
    public void FromNumericCode_UnknownNumber_ThrowsNamingTheNumber(int number)
    {
        ArgumentException error = Assert.Throws<ArgumentException>(() => Currency.FromNumericCode(number));

        Assert.Contains(number.ToString("000", CultureInfo.InvariantCulture), error.Message, StringComparison.Ordinal);
        Assert.False(Currency.TryFromNumericCode(number, out _));
    }

    [Theory]
    [InlineData(null, "EUR")]
    [InlineData("", "EUR")]
    [InlineData("G", "EUR")]
    [InlineData("g", "EUR")]
    [InlineData("S", "€")]
    [InlineData("s", "€")]
    [InlineData("N", "Euro")]
    [InlineData("n", "Euro")]
    public void ToString_Format_GivesCodeSymbolOrName(string? format, string expected)
    {
        Assert.Equal(expected, Currency.EUR.ToString(format, CultureInfo.InvariantCulture));
    }

    [Fact]
    public void ToString_NoSymbol_FallsBackToCode()
    {
        Assert.Equal("AED", Currency.AED.ToString("S", CultureInfo.InvariantCulture));
        Assert.Equal("EUR", Currency.EUR.ToString());
        Assert.Equal("¥ JPY", string.Create(CultureInfo.InvariantCulture, $"{Currency.JPY:S} {Currency.JPY}"));
    }

    [Theory]
    [InlineData("X")]
    [InlineData("GG")]
    [InlineData("C")]
    public void ToString_UnknownFormat_ThrowsFormatException(string format)
    {
        FormatException error = Assert.Throws<FormatException>(() => Currency.EUR.ToString(format, CultureInfo.InvariantCulture));

        Assert.Contains($"'{format}'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryFormat_Destination_WritesWhenLargeEnough()
    {
        Span<char> small = stackalloc char[2];
        Span<char> large = stackalloc char[8];

        Assert.False(Currency.EUR.TryFormat(small, out int none, "G", CultureInfo.InvariantCulture));
        Assert.Equal(0, none);
        Assert.True(Currency.EUR.TryFormat(large, out int written, "N", CultureInfo.InvariantCulture));
        Assert.Equal("Euro", large[..written].ToString());
    }

    [Fact]
    public void Equality_SameAndDifferentCodes_BehaveAsValues()
    {
        Currency euro = Currency.FromCode("EUR");

        Assert.True(euro == Currency.EUR);
        Assert.False(euro != Currency.EUR);
        Assert.True(euro != Currency.USD);
        Assert.True(euro.Equals(Currency.EUR));
        Assert.True(euro.Equals((object)Currency.EUR));
        Assert.False(euro.Equals((object)"EUR"));
        Assert.False(euro.Equals(null));
        Assert.Equal(euro.GetHashCode(), Currency.EUR.GetHashCode());
        Assert.NotEqual(euro.GetHashCode(), Currency.USD.GetHashCode());
    }

    [Fact]
    public void CompareTo_Codes_OrdersByCodeOrdinal()
    {
        Assert.True(Currency.EUR.CompareTo(Currency.USD) < 0);
        Assert.True(Currency.XXX.CompareTo(Currency.AED) > 0);
        Assert.Equal(0, Currency.EUR.CompareTo(Currency.FromCode("EUR")));
        Assert.True(Currency.EUR <= Currency.EUR);
        Assert.True(Currency.USD >= Currency.EUR);
        Assert.True(Currency.USD > Currency.EUR);
        Assert.Equal(1, Currency.EUR.CompareTo(null));
        Assert.Equal(0, Currency.EUR.CompareTo((object)Currency.EUR));
        Assert.Throws<ArgumentException>(() => Currency.EUR.CompareTo((object)"EUR"));
    }

    [Fact]
    public void Json_Code_RoundTrips()
    {
        string json = JsonSerializer.Serialize(Currency.EUR);

        Assert.Equal("\"EUR\"", json);
        Assert.Equal(Currency.EUR, JsonSerializer.Deserialize<Currency>(json));
        Assert.Equal(Currency.EUR, JsonSerializer.Deserialize<Currency>("\"\\u0045UR\""));
    }

    [Fact]
    public void Json_NullableCurrency_RoundTripsNull()
    {
        Assert.Equal("null", JsonSerializer.Serialize<Currency?>(null));
        Assert.Null(JsonSerializer.Deserialize<Currency?>("null"));
        Assert.Equal(Currency.JPY, JsonSerializer.Deserialize<Currency?>("\"JPY\""));
    }

    [Theory]
    [InlineData("\"ABC\"", "'ABC'")]
    [InlineData("\"eur\"", "'eur'")]
    [InlineData("\"HRK\"", "'HRK'")]
    [InlineData("\"NOT-A-CURRENCY\"", "'NOT-A-CURRENCY'")]
    [InlineData("978", "978")]
    [InlineData("null", "Null")]
    [InlineData("{}", "StartObject")]
    public void Json_InvalidValue_ThrowsJsonExceptionNamingTheValue(string json, string expected)
    {
        JsonException error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Currency>(json));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_DictionaryKey_RoundTrips()
    {
        var rates = new Dictionary<Currency, decimal> { [Currency.EUR] = 1.5m, [Currency.JPY] = 160m };

        string json = JsonSerializer.Serialize(rates);
        Dictionary<Currency, decimal>? back = JsonSerializer.Deserialize<Dictionary<Currency, decimal>>(json);

        Assert.Equal("{\"EUR\":1.5,\"JPY\":160}", json);
        Assert.NotNull(back);
        Assert.Equal(rates, back);
    }

    [Fact]
    public void Json_UnknownDictionaryKey_ThrowsJsonExceptionNamingTheCode()
    {
        JsonException error = Assert.Throws<JsonException>(
            () => JsonSerializer.Deserialize<Dictionary<Currency, decimal>>("{\"ABC\":1}"));

        Assert.Contains("'ABC'", error.Message, StringComparison.Ordinal);
    }
}
