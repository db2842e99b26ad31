using System;

namespace B2B2C.Sdk.Pricing;

/// <summary>A quantity expected into a warehouse on a date: a supplier delivery or a transfer.</summary>
/// <param name="ExpectedAt">When the quantity is expected to be available.</param>
/// <param name="Quantity">The quantity expected; positive, convertible exactly into the article's stock unit.</param>
/// <remarks>Immutable. Receipts expected before the moment asked about are overdue and promise nothing.</remarks>
public sealed record StockReceipt(DateTimeOffset ExpectedAt, Quantity Quantity);
