namespace B2B2C.Sdk.Pricing;

/// <summary>How an article is stocked: the unit its stock is counted in and the supplier lead time for back-orders.</summary>
/// <remarks>
/// Immutable. An article with stock levels but no item is counted in pieces and has no lead time, so a quantity its
/// stock and receipts do not cover has no date.
/// </remarks>
public sealed record StockItem
{
    /// <summary>Gets the article.</summary>
    public required Sku Sku { get; init; }

    /// <summary>Gets the unit stock, receipts and quotas are counted in; pieces by default.</summary>
    public UnitOfMeasure Unit { get; init; } = UnitOfMeasure.Piece;

    /// <summary>
    /// Gets the supplier lead time in days: a quantity that stock and receipts do not cover can ship this many days
    /// after it is asked for; <see langword="null"/> when the article cannot be back-ordered from a supplier.
    /// </summary>
    public int? LeadTimeDays { get; init; }
}
