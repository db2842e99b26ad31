using System.Collections.Immutable;

namespace B2B2C.Sdk.Pricing;

/// <summary>A quoted cart: every line with its adjustments, the cart-level adjustments, and the totals.</summary>
/// <remarks>
/// Immutable. <see cref="NetTotal"/> is exactly the sum of the lines' rounded <see cref="QuotedLine.NetAmount"/>;
/// cart-level discounts are allocated to lines with <see cref="Money.Allocate(System.ReadOnlySpan{decimal})"/> so
/// this always holds.
/// </remarks>
public sealed record CartQuote
{
    /// <summary>Gets the book's version label.</summary>
    public required string SnapshotVersion { get; init; }

    /// <summary>Gets the sequence number of the snapshot that quoted the cart.</summary>
    public required long SnapshotSequence { get; init; }

    /// <summary>Gets the currency of every amount.</summary>
    public required Currency Currency { get; init; }

    /// <summary>Gets the quoted lines, in request order.</summary>
    public required ImmutableArray<QuotedLine> Lines { get; init; }

    /// <summary>Gets cart-level adjustments (before they were allocated to lines), for display.</summary>
    public ImmutableArray<PriceAdjustment> CartAdjustments { get; init; } = [];

    /// <summary>Gets the sum of the priced lines' net amounts.</summary>
    public required Money NetTotal { get; init; }

    /// <summary>Gets the sum of the lines' tax.</summary>
    public required Money TaxTotal { get; init; }

    /// <summary>Gets the net total plus tax.</summary>
    public Money GrossTotal => NetTotal + TaxTotal;

    /// <summary>Gets a value indicating whether every line is priced.</summary>
    public bool IsComplete { get; init; }

    /// <summary>Gets whether the asker is shown net or gross amounts (from <see cref="PricingContext.PriceDisplay"/>).</summary>
    public PriceDisplay PriceDisplay { get; init; }

    /// <summary>Gets the total to show the asker: <see cref="GrossTotal"/> for a gross display, otherwise <see cref="NetTotal"/>.</summary>
    public Money DisplayTotal => PriceDisplay == PriceDisplay.Gross ? GrossTotal : NetTotal;

    /// <summary>Gets what the quote could not do as the book asks (a missing tax rate, a missing reference price), so nothing is left out silently.</summary>
    public ImmutableArray<QuoteWarning> Warnings { get; init; } = [];

    /// <summary>Gets the promotions applied, in the order applied, each with its total discount.</summary>
    public ImmutableArray<AppliedPromotion> Promotions { get; init; } = [];

    /// <summary>Gets the promotions that target something in the cart but did not apply, with what was missing.</summary>
    public ImmutableArray<PromotionNearMiss> NearMisses { get; init; } = [];
}
