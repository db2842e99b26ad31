using System.Collections.Frozen;

namespace B2B2C.Sdk.Pricing;

/// <summary>Everything compiled about one article's stock, in its stock unit.</summary>
/// <param name="Unit">The unit stock is counted in.</param>
/// <param name="LeadTimeDays">The supplier lead time in days, or <see langword="null"/>.</param>
/// <param name="Warehouses">The stock per warehouse, ordered by warehouse identifier (ordinal).</param>
/// <param name="Available">The quantity available now across the warehouses.</param>
/// <param name="Receipts">Every warehouse's receipts, earliest first (then by warehouse and quantity).</param>
/// <param name="Quotas">The quotas per customer identifier, earliest period first.</param>
internal sealed record StockEntry(
    UnitOfMeasure Unit,
    int? LeadTimeDays,
    StockWarehouseEntry[] Warehouses,
    decimal Available,
    StockReceiptEntry[] Receipts,
    FrozenDictionary<string, StockQuotaEntry[]> Quotas);
