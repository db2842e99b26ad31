using System.Collections.Immutable;

namespace B2B2C.Sdk.Pricing;

/// <summary>The stock of one article in one warehouse: on hand, reserved, and the receipts expected.</summary>
/// <remarks>Immutable. The quantity available now is <see cref="OnHand"/> less <see cref="Reserved"/>.</remarks>
public sealed record StockLevel
{
    /// <summary>Gets the article.</summary>
    public required Sku Sku { get; init; }

    /// <summary>Gets the warehouse; it must be one of the book's warehouses.</summary>
    public required WarehouseId Warehouse { get; init; }

    /// <summary>Gets the quantity physically in the warehouse; not negative.</summary>
    public required Quantity OnHand { get; init; }

    /// <summary>Gets the part of <see cref="OnHand"/> already promised to orders; not negative and not above it.</summary>
    public Quantity Reserved { get; init; }

    /// <summary>Gets the quantities expected into the warehouse.</summary>
    public ImmutableArray<StockReceipt> Receipts { get; init; } = [];
}
