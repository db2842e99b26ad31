using System.Collections.Immutable;

namespace B2B2C.Sdk.Pricing;

/// <summary>What one warehouse holds of an article, as a distributor sees it.</summary>
/// <remarks>Immutable. Quantities are in the article's stock unit.</remarks>
public sealed record AvailabilityWarehouse
{
    /// <summary>Gets the warehouse identifier.</summary>
    public required WarehouseId Warehouse { get; init; }

    /// <summary>Gets the warehouse's display name.</summary>
    public required string Name { get; init; }

    /// <summary>Gets the ISO 3166-1 alpha-2 code of the warehouse's country.</summary>
    public required string Country { get; init; }

    /// <summary>Gets the quantity available now: on hand less reserved.</summary>
    public required Quantity Available { get; init; }

    /// <summary>Gets the receipts expected from the moment asked about on, earliest first.</summary>
    public ImmutableArray<StockReceipt> Receipts { get; init; } = [];
}
