using System;
using System.Collections.Immutable;

namespace B2B2C.Sdk.Pricing;

/// <summary>
/// A rule that changes a cart line's net amount after its base price: a segment discount, a quantity discount or a
/// surcharge. Rules are data in the <see cref="PriceBook"/> and are applied by <see cref="PricingEngine.QuoteCart(PricingContext, System.Collections.Generic.IReadOnlyList{CartLine}, DateTimeOffset)"/>.
/// </summary>
/// <remarks>
/// <para>
/// A rule applies to a line when every condition it sets holds: the asker's channel is <see cref="Channel"/>, the
/// moment is in [<see cref="ValidFrom"/>, <see cref="ValidTo"/>), and the article is one of <see cref="Skus"/>, or of
/// one of <see cref="Families"/>, or in one of <see cref="Categories"/> (no target at all means every article).
/// Surcharges also honour <see cref="MinQuantity"/> and <see cref="MaxQuantity"/> (inclusive, in <see cref="Unit"/>).
/// </para>
/// <para>
/// Of the segment discounts that apply to a line, only the largest is taken (then the lower <see cref="Id"/>, ordinal);
/// the same holds for quantity discounts. Every surcharge that applies is added. Percentages are taken of the line's
/// exact net amount after the previous steps. Immutable.
/// </para>
/// </remarks>
public sealed record AdjustmentRule
{
    /// <summary>Gets the rule's identifier, unique among the book's adjustment rules; adjustments name it as their source.</summary>
    public required string Id { get; init; }

    /// <summary>Gets what the rule does.</summary>
    public required AdjustmentRuleKind Kind { get; init; }

    /// <summary>Gets a human-readable name, used in the adjustment's sentence.</summary>
    public string? Name { get; init; }

    /// <summary>Gets the segment a <see cref="AdjustmentRuleKind.SegmentDiscount"/> is for; only askers of this segment get it.</summary>
    public SegmentId? Segment { get; init; }

    /// <summary>Gets the percentage, from 0 to 100: off for a segment discount, on top for a percentage surcharge.</summary>
    public decimal? Percent { get; init; }

    /// <summary>Gets the fixed amount a surcharge adds to each line it applies to; it applies only to carts in its currency.</summary>
    public Money? Amount { get; init; }

    /// <summary>Gets the unit quantities of the rule (<see cref="Tiers"/>, <see cref="MinQuantity"/>, <see cref="MaxQuantity"/>) are counted in.</summary>
    /// <value><see cref="UnitOfMeasure.Piece"/> by default. A line whose quantity cannot be converted to it does not meet a quantity condition.</value>
    public UnitOfMeasure Unit { get; init; } = UnitOfMeasure.Piece;

    /// <summary>Gets the ladder of a <see cref="AdjustmentRuleKind.QuantityDiscount"/>, in increasing quantity; the highest step reached applies.</summary>
    public ImmutableArray<QuantityDiscountTier> Tiers { get; init; } = [];

    /// <summary>Gets the smallest line quantity (inclusive, in <see cref="Unit"/>) a surcharge applies to, or <see langword="null"/> for no minimum.</summary>
    public decimal? MinQuantity { get; init; }

    /// <summary>Gets the largest line quantity (inclusive, in <see cref="Unit"/>) a surcharge applies to, or <see langword="null"/> for no maximum.</summary>
    public decimal? MaxQuantity { get; init; }

    /// <summary>Gets the articles the rule targets.</summary>
    public ImmutableArray<Sku> Skus { get; init; } = [];

    /// <summary>Gets the product families the rule targets (see <see cref="PricedProduct.Family"/>).</summary>
    public ImmutableArray<string> Families { get; init; } = [];

    /// <summary>Gets the categories the rule targets (see <see cref="PricedProduct.Categories"/>).</summary>
    public ImmutableArray<string> Categories { get; init; } = [];

    /// <summary>Gets the only channel the rule applies in, or <see langword="null"/> for every channel.</summary>
    public ChannelId? Channel { get; init; }

    /// <summary>Gets when the rule starts to apply (inclusive), or <see langword="null"/> for always.</summary>
    public DateTimeOffset? ValidFrom { get; init; }

    /// <summary>Gets when the rule stops applying (exclusive), or <see langword="null"/> for never.</summary>
    public DateTimeOffset? ValidTo { get; init; }
}
