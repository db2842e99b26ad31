using System;

namespace B2B2C.Sdk.Pricing;

/// <summary>An offer for one line: the price the asker pays and the availability it may see.</summary>
/// <remarks>Immutable.</remarks>
public sealed record Offer
{
    /// <summary>Gets the article.</summary>
    public required Sku Sku { get; init; }

    /// <summary>Gets the quantity asked for, in the unit it was asked in.</summary>
    public required Quantity Quantity { get; init; }

    /// <summary>Gets the moment the offer is for.</summary>
    public required DateTimeOffset At { get; init; }

    /// <summary>Gets the price, from the pricing engine, exactly as <see cref="PricingEngine.Price(PricingContext, Sku, Quantity, DateTimeOffset)"/> gives it.</summary>
    public required PriceResult Price { get; init; }

    /// <summary>Gets the availability as the asker's audience may see it.</summary>
    public required AvailabilityView Availability { get; init; }

    /// <summary>Gets the version label of the stock book the availability was computed from.</summary>
    public required string StockVersion { get; init; }
}
