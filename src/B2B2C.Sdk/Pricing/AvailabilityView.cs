using System;
using System.Collections.Immutable;

namespace B2B2C.Sdk.Pricing;

/// <summary>
/// The availability of a quantity of an article as one asker may see it: for everyone a status and the date the
/// whole quantity can ship; for a distributor also the stock per warehouse, the receipts, its quota and what it may
/// order now.
/// </summary>
/// <remarks>
/// <para>
/// A <see cref="AvailabilityAudience.Public"/> view leaves <see cref="AvailableNow"/>, <see cref="OrderableNow"/>,
/// <see cref="Quota"/> and <see cref="LeadTimeDays"/> <see langword="null"/> and <see cref="Warehouses"/> empty: a
/// general customer learns whether and when, never where or how much.
/// </para>
/// <para>Quantities are in the article's stock unit. Immutable.</para>
/// </remarks>
public sealed record AvailabilityView
{
    /// <summary>Gets who the view is for.</summary>
    public required AvailabilityAudience Audience { get; init; }

    /// <summary>Gets whether, and when, the quantity can ship.</summary>
    public required AvailabilityStatus Status { get; init; }

    /// <summary>
    /// Gets the earliest moment the whole quantity can ship: the moment asked about when in stock, otherwise the
    /// earlier of the receipt that completes it and the supplier lead time; <see langword="null"/> when there is no date.
    /// </summary>
    public DateTimeOffset? ShipDate { get; init; }

    /// <summary>Gets the quantity asked for, in the article's stock unit; <see langword="null"/> when it does not convert.</summary>
    public Quantity? RequestedQuantity { get; init; }

    /// <summary>Gets a sentence explaining a status that carries no date, or <see langword="null"/>.</summary>
    public string? Reason { get; init; }

    /// <summary>Gets, for a distributor, the quantity available now across the warehouses.</summary>
    public Quantity? AvailableNow { get; init; }

    /// <summary>
    /// Gets, for a distributor, the most it may order now: the smaller of <see cref="AvailableNow"/> and what remains
    /// of its quota (the stock alone when no quota is in force).
    /// </summary>
    public Quantity? OrderableNow { get; init; }

    /// <summary>Gets, for a distributor, its allocation quota in force for the article, or <see langword="null"/> when it has none.</summary>
    public AvailabilityQuota? Quota { get; init; }

    /// <summary>Gets, for a distributor, the supplier lead time in days, or <see langword="null"/>.</summary>
    public int? LeadTimeDays { get; init; }

    /// <summary>Gets, for a distributor, the stock per warehouse, ordered by warehouse identifier (ordinal).</summary>
    public ImmutableArray<AvailabilityWarehouse> Warehouses { get; init; } = [];
}
