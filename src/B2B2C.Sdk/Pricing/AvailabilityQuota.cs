using System;

namespace B2B2C.Sdk.Pricing;

/// <summary>A distributor's allocation quota for an article in the period in force, as it sees it.</summary>
/// <remarks>Immutable. Quantities are in the article's stock unit.</remarks>
public sealed record AvailabilityQuota
{
    /// <summary>Gets the start of the period, inclusive.</summary>
    public required DateTimeOffset PeriodStart { get; init; }

    /// <summary>Gets the end of the period, exclusive.</summary>
    public required DateTimeOffset PeriodEnd { get; init; }

    /// <summary>Gets the quantity allocated for the period.</summary>
    public required Quantity Allocated { get; init; }

    /// <summary>Gets the quantity already ordered against the quota.</summary>
    public required Quantity Consumed { get; init; }

    /// <summary>Gets what is left of the quota: allocated less consumed, never below zero.</summary>
    public required Quantity Remaining { get; init; }
}
