using System;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace B2B2C.Sdk.Tests;

public sealed class B2B2CServiceCollectionExtensionsTests
{
    private static readonly Currency s_eur = Currency.FromCode("EUR");
    private static readonly Currency s_usd = Currency.FromCode("USD");

    [Fact]
    public async Task AddB2B2C_ComposesConverterWithFixedRates()
    {
        var services = new ServiceCollection();
        services.AddB2B2C(b => b
            .Configure(o => o.DefaultCurrency = "EUR")
            .UseFixedExchangeRates([new ExchangeRate(s_eur, s_usd, 1.1m, DateTimeOffset.MinValue, "contract")]));
        using ServiceProvider provider = services.BuildServiceProvider(validateScopes: true);

        CurrencyConverter converter = provider.GetRequiredService<CurrencyConverter>();
        CurrencyConversion conversion = await converter.ConvertAsync(Money.Of(10m, s_eur), s_usd);

        Assert.Equal(Money.Of(11m, s_usd), conversion.Result);
        Assert.Same(TimeProvider.System, provider.GetRequiredService<TimeProvider>());
        Assert.Equal(s_eur, provider.GetRequiredService<IOptions<B2B2COptions>>().Value.GetDefaultCurrency());
    }

    [Fact]
    public void AddB2B2C_CalledTwice_RegistersOnce()
    {
        var services = new ServiceCollection();
        services.AddB2B2C();
        services.AddB2B2C();

        Assert.Single(services, d => d.ServiceType == typeof(CurrencyConverter));
        Assert.Single(services, d => d.ServiceType == typeof(TimeProvider));
        Assert.Single(services, d => d.ServiceType == typeof(IValidateOptions<B2B2COptions>));
    }

    [Fact]
    public void AddB2B2C_KeepsAClockRegisteredBefore()
    {
        var clock = new Testing.ManualTimeProvider();
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(clock);
        services.AddB2B2C();
        using ServiceProvider provider = services.BuildServiceProvider();

        Assert.Same(clock, provider.GetRequiredService<TimeProvider>());
    }

    [Fact]
    public void UseExchangeRates_Twice_TheLastWins()
    {
        var first = new FixedExchangeRateSource([]);
        var second = new FixedExchangeRateSource([]);
        var services = new ServiceCollection();
        services.AddB2B2C(b => b.UseExchangeRates(first).UseExchangeRates(second));
        using ServiceProvider provider = services.BuildServiceProvider();

        Assert.Same(second, provider.GetRequiredService<IExchangeRateSource>());
    }

    [Fact]
    public void InvalidOptions_FailAtStartUpListingEveryProblem()
    {
        var services = new ServiceCollection();
        services.AddB2B2C(b => b.Configure(o =>
        {
            o.DefaultCurrency = "EURO";
            o.Rounding = (MidpointRounding)42;
        }));
        using ServiceProvider provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Equal(2, error.Failures.Count());
        Assert.Contains(error.Failures, f => f.Contains("'EURO'", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.Contains("Rounding", StringComparison.Ordinal));
    }

    [Fact]
    public void ValidOptions_PassStartUpValidation()
    {
        var services = new ServiceCollection();
        services.AddB2B2C(b => b.Configure(o => o.Rounding = MidpointRounding.AwayFromZero));
        using ServiceProvider provider = services.BuildServiceProvider();

        provider.GetRequiredService<IStartupValidator>().Validate();

        Assert.Equal(MidpointRounding.AwayFromZero, provider.GetRequiredService<IOptions<B2B2COptions>>().Value.Rounding);
    }
}
