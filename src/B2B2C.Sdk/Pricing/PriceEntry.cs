using System;
using System.Collections.Immutable;

namespace B2B2C.Sdk.Pricing;

/// <summary>
/// One price of one article in a price list: a quantity ladder for a unit and basis (3.42 EUR per 1,000 pieces from
/// 1 piece, 2.90 EUR from 10,000 pieces), with optional quantity rules, validity window and channel.
/// </summary>
/// <remarks>
/// <para>
/// Tier prices are per <see cref="PriceBasis"/> units of <see cref="Unit"/>, so sub-cent unit prices keep every
/// digit. A request in another unit of the same dimension is converted exactly into <see cref="Unit"/>; when that is
/// not possible (12,000 pieces against a price per reel of 5,000) the entry does not apply, and the proof says so.
/// </para>
/// <para>Quantity rules and windows make the entry applicable or not; they never change its price. Immutable.</para>
/// </remarks>
public sealed record PriceEntry
{
    /// <summary>Gets the article priced.</summary>
    public required Sku Sku { get; init; }

    /// <summary>Gets the unit the entry prices and its tiers count in; pieces by default.</summary>
    public UnitOfMeasure Unit { get; init; } = UnitOfMeasure.Piece;

    /// <summary>Gets how many <see cref="Unit"/> a tier price is for: 1 by default, 1,000 for a price per thousand.</summary>
    public decimal PriceBasis { get; init; } = 1m;

    /// <summary>Gets how the ladder prices a line; <see cref="TierKind.Volume"/> by default.</summary>
    public TierKind TierKind { get; init; }

    /// <summary>Gets the quantity ladder, ordered by <see cref="PriceTier.MinQuantity"/>; at least one tier.</summary>
    public required ImmutableArray<PriceTier> Tiers { get; init; }

    /// <summary>Gets the smallest quantity the entry applies to, or <see langword="null"/> for no minimum.</summary>
    public decimal? MinQuantity { get; init; }

    /// <summary>Gets the largest quantity the entry applies to, or <see langword="null"/> for no maximum.</summary>
    public decimal? MaxQuantity { get; init; }

    /// <summary>Gets the multiple the quantity must be of (a reel multiple, a pack of 10), or <see langword="null"/>.</summary>
    public decimal? OrderMultiple { get; init; }

    /// <summary>Gets when the entry starts to apply (inclusive), or <see langword="null"/> to follow its list.</summary>
    public DateTimeOffset? ValidFrom { get; init; }

    /// <summary>Gets when the entry stops applying (exclusive), or <see langword="null"/> to follow its list.</summary>
    public DateTimeOffset? ValidTo { get; init; }

    /// <summary>Gets the only channel the entry applies in, or <see langword="null"/> to follow its list.</summary>
    public ChannelId? Channel { get; init; }
}
