using System.Collections.Immutable;

namespace B2B2C.Sdk.Pricing;

/// <summary>One quoted line of a cart: its base price, every adjustment, and the resulting net, tax and gross amounts.</summary>
/// <remarks>Immutable. The rounded net amounts of all lines add up exactly to the cart's net total.</remarks>
public sealed record QuotedLine
{
    /// <summary>Gets the line's position in the request.</summary>
    public required int Index { get; init; }

    /// <summary>Gets the article.</summary>
    public required Sku Sku { get; init; }

    /// <summary>Gets the quantity asked for.</summary>
    public required Quantity Quantity { get; init; }

    /// <summary>Gets the base price, as a single-line price would give it (with the family tier when one applied).</summary>
    public required PriceResult BasePrice { get; init; }

    /// <summary>Gets whether the line is priced.</summary>
    public PriceStatus Status => BasePrice.Status;

    /// <summary>
    /// Gets every adjustment after the base price, in the order applied. The net amount is the base line amount plus
    /// every adjustment except <see cref="PriceAdjustmentKind.FamilyTier"/> (already in the base price) and
    /// <see cref="PriceAdjustmentKind.Tax"/> (which is <see cref="TaxAmount"/>, not part of the net).
    /// </summary>
    public ImmutableArray<PriceAdjustment> Adjustments { get; init; } = [];

    /// <summary>Gets the net line amount after every adjustment, rounded to the currency's minor unit.</summary>
    public required Money NetAmount { get; init; }

    /// <summary>Gets the tax on the line (zero where tax is not computed).</summary>
    public required Money TaxAmount { get; init; }

    /// <summary>Gets the tax rate applied to the line, or <see langword="null"/> when no tax was computed.</summary>
    public decimal? TaxRate { get; init; }

    /// <summary>Gets the net amount plus tax.</summary>
    public Money GrossAmount => NetAmount + TaxAmount;
}
