using System;
using System.Threading;
using System.Threading.Tasks;
using B2B2C.Sdk.Testing;

namespace B2B2C.Sdk.Tests;

public sealed class CurrencyConverterTests
{
    private static readonly Currency s_eur = Currency.FromCode("EUR");
    private static readonly Currency s_usd = Currency.FromCode("USD");
    private static readonly Currency s_jpy = Currency.FromCode("JPY");
    private static readonly DateTimeOffset s_monday = new(2026, 11, 16, 0, 0, 0, TimeSpan.Zero);

    private static readonly ExchangeRate[] s_rates =
    [
        new(s_eur, s_usd, 1.0832m, s_monday, "ECB reference"),
        new(s_eur, s_usd, 1.0850m, s_monday.AddDays(1), "ECB reference"),
        new(s_eur, s_jpy, 162.37m, s_monday, "ECB reference"),
    ];

    [Fact]
    public async Task ConvertAsync_UsesTheRateInForceAndRecordsIt()
    {
        var converter = new CurrencyConverter(new FixedExchangeRateSource(s_rates));

        CurrencyConversion conversion = await converter.ConvertAsync(Money.Of(100.005m, s_eur), s_usd, s_monday.AddHours(12));

        Assert.Equal(1.0832m, conversion.Rate!.Rate);
        Assert.Equal("ECB reference", conversion.Rate.Source);
        Assert.Equal(Money.Of(108.325416m, s_usd), conversion.Exact);
        Assert.Equal(Money.Of(108.33m, s_usd), conversion.Result);
        Assert.Equal(Money.Of(100.005m, s_eur), conversion.Original);
    }

    [Fact]
    public async Task ConvertAsync_WithoutTime_UsesTheInjectedClock()
    {
        var clock = new ManualTimeProvider(s_monday.AddDays(2));
        var converter = new CurrencyConverter(new FixedExchangeRateSource(s_rates), clock);

        CurrencyConversion conversion = await converter.ConvertAsync(Money.Of(100m, s_eur), s_usd);

        Assert.Equal(1.0850m, conversion.Rate!.Rate);
        Assert.Equal(Money.Of(108.50m, s_usd), conversion.Result);
    }

    [Fact]
    public async Task ConvertAsync_RoundsToTheTargetMinorUnitWithTheNamedMode()
    {
        var converter = new CurrencyConverter(new FixedExchangeRateSource(s_rates));

        CurrencyConversion toEven = await converter.ConvertAsync(Money.Of(0.5m, s_eur), s_jpy, s_monday, MidpointRounding.ToEven);
        CurrencyConversion up = await converter.ConvertAsync(Money.Of(0.5m, s_eur), s_jpy, s_monday, MidpointRounding.ToPositiveInfinity);

        Assert.Equal(81m, toEven.Result.Amount);
        Assert.Equal(82m, up.Result.Amount);
        Assert.Equal(MidpointRounding.ToPositiveInfinity, up.Rounding);
    }

    [Fact]
    public async Task ConvertAsync_SameCurrency_IsIdentityWithoutRate()
    {
        var converter = new CurrencyConverter(new FixedExchangeRateSource([]));

        CurrencyConversion conversion = await converter.ConvertAsync(Money.Of(1.234m, s_eur), s_eur);

        Assert.Null(conversion.Rate);
        Assert.Equal(Money.Of(1.234m, s_eur), conversion.Result);
    }

    [Fact]
    public async Task ConvertAsync_NoRate_ThrowsNamingThePairAndTime()
    {
        var converter = new CurrencyConverter(new FixedExchangeRateSource(s_rates));

        ExchangeRateNotFoundException error = await Assert.ThrowsAsync<ExchangeRateNotFoundException>(
            () => converter.ConvertAsync(Money.Of(1m, s_usd), s_eur, s_monday).AsTask());

        Assert.Contains("USD to EUR", error.Message, StringComparison.Ordinal);
        Assert.Equal(s_usd, error.BaseCurrency);
    }

    [Fact]
    public async Task ConvertAsync_BeforeTheFirstRate_Throws()
    {
        var converter = new CurrencyConverter(new FixedExchangeRateSource(s_rates));

        await Assert.ThrowsAsync<ExchangeRateNotFoundException>(
            () => converter.ConvertAsync(Money.Of(1m, s_eur), s_usd, s_monday.AddTicks(-1)).AsTask());
    }

    [Fact]
    public async Task FixedSource_DerivedInverse_IsMarkedAndUsed()
    {
        var converter = new CurrencyConverter(new FixedExchangeRateSource(s_rates, deriveInverseRates: true));

        CurrencyConversion conversion = await converter.ConvertAsync(Money.Of(108.32m, s_usd), s_eur, s_monday);

        Assert.True(conversion.Rate!.IsInverted);
        Assert.Equal(Money.Of(100m, s_eur), conversion.Result);
        Assert.Contains("inverted", conversion.Rate.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void FixedSource_PublishedReverseRate_WinsOverInversion()
    {
        var source = new FixedExchangeRateSource([.. s_rates, new(s_usd, s_eur, 0.92m, s_monday, "Treasury")], deriveInverseRates: true);

        Assert.True(source.TryGetRate(s_usd, s_eur, s_monday, out ExchangeRate? rate));
        Assert.Equal(0.92m, rate!.Rate);
        Assert.False(rate.IsInverted);
    }

    [Fact]
    public void FixedSource_DuplicateEffectiveTime_IsRejected()
    {
        ArgumentException error = Assert.Throws<ArgumentException>(
            () => new FixedExchangeRateSource([s_rates[0], s_rates[0] with { }]));

        Assert.Contains("EUR/USD", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FixedSource_Cancelled_Throws()
    {
        var source = new FixedExchangeRateSource(s_rates);

        await Assert.ThrowsAsync<OperationCanceledException>(
            () => source.GetRateAsync(s_eur, s_usd, s_monday, new CancellationToken(canceled: true)).AsTask());
    }

    [Fact]
    public void ExchangeRate_InvalidArguments_AreRejected()
    {
        Assert.Throws<ArgumentException>(() => new ExchangeRate(s_eur, s_eur, 1m, s_monday, "x"));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ExchangeRate(s_eur, s_usd, 0m, s_monday, "x"));
        Assert.Throws<ArgumentException>(() => new ExchangeRate(s_eur, s_usd, 1m, s_monday, " "));
    }

    [Fact]
    public void ExchangeRate_ConvertWrongCurrency_Throws()
    {
        Assert.Throws<CurrencyMismatchException>(() => s_rates[0].Convert(Money.Of(1m, s_usd)));
    }
}
