using System.Collections.Immutable;

namespace B2B2C.Sdk.Pricing;

/// <summary>
/// Everything availability is computed from, as data: the warehouses, how each article is stocked, the stock per
/// article and warehouse with its expected receipts, and the distributors' allocation quotas. Compiled into a
/// <see cref="StockSnapshot"/>.
/// </summary>
/// <remarks>Immutable; compile it again after a change and publish the new snapshot.</remarks>
public sealed record StockBook
{
    /// <summary>Gets the book's version label, carried by the snapshot compiled from it.</summary>
    public required string Version { get; init; }

    /// <summary>Gets the warehouses.</summary>
    public ImmutableArray<StockWarehouse> Warehouses { get; init; } = [];

    /// <summary>Gets how articles are stocked: unit and supplier lead time.</summary>
    public ImmutableArray<StockItem> Items { get; init; } = [];

    /// <summary>Gets the stock per article and warehouse.</summary>
    public ImmutableArray<StockLevel> Levels { get; init; } = [];

    /// <summary>Gets the distributors' allocation quotas.</summary>
    public ImmutableArray<StockQuota> Quotas { get; init; } = [];
}
