namespace B2B2C.Sdk.Pricing;

/// <summary>A compiled stock level: the warehouse, the quantity available now and the receipts, earliest first, in the stock unit.</summary>
internal sealed record StockWarehouseEntry(StockWarehouse Warehouse, decimal Available, StockReceiptEntry[] Receipts);
