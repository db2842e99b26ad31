using System;
using B2B2C.Sdk.Pricing;
using B2B2C.Sdk.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace B2B2C.Sdk.Tests.Pricing;

public sealed class OffersB2B2CBuilderExtensionsTests
{
    [Fact]
    public void AddOffers_WithPricing_ResolvesOneEngineOverTheRegisteredPricingAndClock()
    {
        var at = new DateTimeOffset(2026, 11, 20, 10, 0, 0, TimeSpan.Zero);
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(new ManualTimeProvider(at));
        services.AddB2B2C(b => b.AddPricing(OfferEngineTests.Prices()).AddOffers(_ => OfferEngineTests.Stock()));
        using ServiceProvider provider = services.BuildServiceProvider();

        OfferEngine engine = provider.GetRequiredService<OfferEngine>();
        Offer offer = engine.OfferFor(new PricingContext { Currency = Currency.EUR }, new Sku("RC0603-10K"), Quantity.Pieces(100m));

        Assert.Same(provider.GetRequiredService<PricingEngine>(), engine.Pricing);
        Assert.Same(engine, provider.GetRequiredService<OfferEngine>());
        Assert.Equal(at, offer.At);
        Assert.Equal(AvailabilityStatus.InStock, offer.Availability.Status);
    }

    [Fact]
    public void AddOffers_InvalidBook_ThrowsListingTheErrorsWhenResolved()
    {
        var services = new ServiceCollection();
        services.AddB2B2C(b => b.AddPricing(OfferEngineTests.Prices()).AddOffers(OfferEngineTests.Stock() with { Version = "" }));
        using ServiceProvider provider = services.BuildServiceProvider();

        StockBookException error = Assert.Throws<StockBookException>(() => provider.GetRequiredService<OfferEngine>());

        Assert.Equal("SB001", Assert.Single(error.Errors).Code);
    }

    [Fact]
    public void AddOffers_CalledTwice_KeepsTheFirstBook()
    {
        var services = new ServiceCollection();
        services.AddB2B2C(b => b
            .AddPricing(OfferEngineTests.Prices())
            .AddOffers(OfferEngineTests.Stock("first"))
            .AddOffers(OfferEngineTests.Stock("second")));
        using ServiceProvider provider = services.BuildServiceProvider();

        Assert.Equal("first", provider.GetRequiredService<OfferEngine>().Stock.Version);
    }
}
