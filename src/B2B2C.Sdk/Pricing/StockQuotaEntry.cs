using System;

namespace B2B2C.Sdk.Pricing;

/// <summary>A compiled quota: its period and its quantities in the article's stock unit.</summary>
internal sealed record StockQuotaEntry(DateTimeOffset Start, DateTimeOffset End, decimal Allocated, decimal Consumed)
{
    /// <summary>Gets what is left: allocated less consumed, never below zero.</summary>
    public decimal Remaining => Allocated > Consumed ? Allocated - Consumed : 0m;

    /// <summary>Whether the period includes the moment.</summary>
    public bool Covers(DateTimeOffset at) => Start <= at && at < End;
}
