using System;
using B2B2C.Sdk.Pricing;
using B2B2C.Sdk.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace B2B2C.Sdk.Tests.Pricing;

public sealed class PricingB2B2CBuilderExtensionsTests
{
    private static readonly Sku s_sku = new("CRIMP-TOOL-01");

    private static PriceBook Book(decimal price) => new()
    {
        Version = "di-1",
        PriceLists =
        [
            new PriceList
            {
                Id = new PriceListId("LIST-EUR"),
                Kind = PriceSourceKind.List,
                Currency = Currency.EUR,
                Entries = [new PriceEntry { Sku = s_sku, Tiers = [new(1m, price)] }],
            },
        ],
    };

    [Fact]
    public void AddPricing_ResolvesAnEngineUsingTheSharedRoundingAndClock()
    {
        var clock = new ManualTimeProvider(new DateTimeOffset(2026, 11, 20, 0, 0, 0, TimeSpan.Zero));
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(clock);
        services.AddB2B2C(b => b
            .Configure(o => o.Rounding = MidpointRounding.AwayFromZero)
            .AddPricing(Book(0.125m)));
        using ServiceProvider provider = services.BuildServiceProvider();

        PricingEngine engine = provider.GetRequiredService<PricingEngine>();
        PriceResult result = engine.Price(new PricingContext { Currency = Currency.EUR }, s_sku, Quantity.Pieces(1m));

        Assert.Equal(MidpointRounding.AwayFromZero, engine.Rounding);
        Assert.Equal(Money.Of(0.13m, Currency.EUR), result.RoundedLineAmount);
        Assert.Same(engine, provider.GetRequiredService<PricingEngine>());
    }

    [Fact]
    public void AddPricing_InvalidBook_ThrowsListingTheErrorsWhenResolved()
    {
        var services = new ServiceCollection();
        services.AddB2B2C(b => b.AddPricing(Book(-1m)));
        using ServiceProvider provider = services.BuildServiceProvider();

        PriceBookException error = Assert.Throws<PriceBookException>(() => provider.GetRequiredService<PricingEngine>());

        Assert.Contains(error.Errors, e => e.Code == "PB205");
        Assert.Contains("tiers[0].price", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddPricing_CalledTwice_KeepsTheFirstBook()
    {
        var services = new ServiceCollection();
        services.AddB2B2C(b => b.AddPricing(Book(1m)).AddPricing(Book(2m)));
        using ServiceProvider provider = services.BuildServiceProvider();

        PriceResult result = provider.GetRequiredService<PricingEngine>()
            .Price(new PricingContext { Currency = Currency.EUR }, s_sku, Quantity.Pieces(1m), DateTimeOffset.UnixEpoch);

        Assert.Equal(Money.Of(1m, Currency.EUR), result.LineAmount);
    }
}
