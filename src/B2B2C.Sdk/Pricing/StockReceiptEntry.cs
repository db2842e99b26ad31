using System;

namespace B2B2C.Sdk.Pricing;

/// <summary>A compiled receipt: its date and its quantity in the article's stock unit.</summary>
internal readonly record struct StockReceiptEntry(DateTimeOffset At, decimal Quantity);
