using System;

namespace B2B2C.Sdk.Pricing;

/// <summary>
/// An allocation quota: how much of a scarce article one distributor customer may order in a period, and how much of
/// it is already consumed.
/// </summary>
/// <remarks>Immutable. A distributor without a quota in force for an article is limited by the stock only.</remarks>
public sealed record StockQuota
{
    /// <summary>Gets the distributor customer the quota is for.</summary>
    public required CustomerId Customer { get; init; }

    /// <summary>Gets the article.</summary>
    public required Sku Sku { get; init; }

    /// <summary>Gets the start of the period, inclusive.</summary>
    public required DateTimeOffset PeriodStart { get; init; }

    /// <summary>Gets the end of the period, exclusive.</summary>
    public required DateTimeOffset PeriodEnd { get; init; }

    /// <summary>Gets the quantity allocated for the period; not negative.</summary>
    public required Quantity Allocated { get; init; }

    /// <summary>Gets the quantity already ordered against the quota in the period; not negative.</summary>
    public Quantity Consumed { get; init; }
}
