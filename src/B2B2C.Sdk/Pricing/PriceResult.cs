using System.Runtime.InteropServices;

namespace B2B2C.Sdk.Pricing;

/// <summary>
/// The price of one line for one asker: status, unit price with its basis, exact and rounded line amount, and where
/// the price came from. A value type, so the fast path allocates nothing.
/// </summary>
/// <remarks>
/// For a volume ladder <see cref="UnitPrice"/> is the reached tier's price per basis (2.90 EUR per 1,000 pieces);
/// for a graduated ladder it is the line amount for the priced quantity, which states the blended unit price exactly.
/// <c>default</c> is an unpriced result. Immutable.
/// </remarks>
[StructLayout(LayoutKind.Auto)]
public readonly struct PriceResult
{
    internal PriceResult(
        PriceStatus status,
        UnitPrice unitPrice,
        Money lineAmount,
        Money roundedLineAmount,
        Quantity pricedQuantity,
        PriceSourceKind source,
        PriceListId priceList,
        int tierIndex,
        long snapshotSequence)
    {
        Status = status;
        UnitPrice = unitPrice;
        LineAmount = lineAmount;
        RoundedLineAmount = roundedLineAmount;
        PricedQuantity = pricedQuantity;
        Source = source;
        PriceList = priceList;
        TierIndex = tierIndex;
        SnapshotSequence = snapshotSequence;
    }

    /// <summary>Gets whether a price applies, and if not, why not.</summary>
    public PriceStatus Status { get; }

    /// <summary>Gets a value indicating whether a price applies.</summary>
    public bool IsPriced => Status == PriceStatus.Priced;

    /// <summary>Gets the unit price with its basis; see the remarks.</summary>
    public UnitPrice UnitPrice { get; }

    /// <summary>Gets the exact line amount, before any rounding.</summary>
    public Money LineAmount { get; }

    /// <summary>Gets the line amount rounded to the currency's minor unit with the engine's midpoint rule.</summary>
    public Money RoundedLineAmount { get; }

    /// <summary>Gets the quantity as priced, in the winning entry's unit.</summary>
    public Quantity PricedQuantity { get; }

    /// <summary>Gets the kind of source the price came from.</summary>
    public PriceSourceKind Source { get; }

    /// <summary>Gets the price list the price came from; <c>default</c> when unpriced.</summary>
    public PriceListId PriceList { get; }

    /// <summary>Gets the index of the tier reached in the winning entry's ladder; -1 when unpriced.</summary>
    public int TierIndex { get; }

    /// <summary>Gets the sequence number of the snapshot that produced the price.</summary>
    public long SnapshotSequence { get; }

    internal static PriceResult Unpriced(PriceStatus status, long snapshotSequence)
        => new(status, default, default, default, default, default, default, -1, snapshotSequence);
}
