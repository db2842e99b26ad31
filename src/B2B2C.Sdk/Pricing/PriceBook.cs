using System.Collections.Immutable;

namespace B2B2C.Sdk.Pricing;

/// <summary>
/// Everything prices are computed from, as data: the distributor hierarchy, the price lists and the access sequence
/// that orders the sources. Loaded from JSON or built in code, then compiled into a
/// <see cref="PricingSnapshot"/>.
/// </summary>
/// <remarks>Immutable; compile it again after a change, or apply one list's change incrementally to a snapshot.</remarks>
public sealed record PriceBook
{
    /// <summary>The access sequence used when a book names none: contract, hierarchy node, segment, list price.</summary>
    public static readonly ImmutableArray<PriceSourceKind> DefaultAccessSequence =
        [PriceSourceKind.Contract, PriceSourceKind.HierarchyNode, PriceSourceKind.Segment, PriceSourceKind.List];

    /// <summary>Gets the book's version label, carried by every price and proof computed from it.</summary>
    public required string Version { get; init; }

    /// <summary>Gets the nodes of the distributor hierarchy.</summary>
    public ImmutableArray<HierarchyNode> Hierarchy { get; init; } = [];

    /// <summary>Gets the price lists.</summary>
    public ImmutableArray<PriceList> PriceLists { get; init; } = [];

    /// <summary>Gets what the book knows about articles: families, categories, tax categories and costs.</summary>
    public ImmutableArray<PricedProduct> Products { get; init; } = [];

    /// <summary>Gets the order in which source kinds are consulted; the first that yields an applicable price wins.</summary>
    public ImmutableArray<PriceSourceKind> AccessSequence { get; init; } = DefaultAccessSequence;

    /// <summary>Gets the segment discounts, quantity discounts and surcharges applied to cart lines after their base price.</summary>
    public ImmutableArray<AdjustmentRule> Adjustments { get; init; } = [];

    /// <summary>Gets the price floor (cost plus a minimum margin), or <see langword="null"/> for none.</summary>
    public FloorPolicy? Floor { get; init; }

    /// <summary>Gets the channel price corridors: lower bounds tied to a reference segment's price.</summary>
    public ImmutableArray<ChannelCorridor> Corridors { get; init; } = [];

    /// <summary>Gets the price endings of consumer channels (for example .99).</summary>
    public ImmutableArray<PriceEnding> PriceEndings { get; init; } = [];

    /// <summary>Gets the tax rates by country and tax category.</summary>
    public ImmutableArray<TaxRate> TaxRates { get; init; } = [];

    /// <summary>Gets where cart quotes round tax; <see cref="TaxRounding.PerLine"/> by default.</summary>
    public TaxRounding TaxRounding { get; init; }

    /// <summary>Gets the promotions a cart quote may apply; see <see cref="Promotion"/>.</summary>
    public ImmutableArray<Promotion> Promotions { get; init; } = [];
}
