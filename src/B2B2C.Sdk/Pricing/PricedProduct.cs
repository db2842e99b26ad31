using System.Collections.Immutable;

namespace B2B2C.Sdk.Pricing;

/// <summary>
/// What the price book knows about an article beyond its prices: the family its tiers may be counted across, the
/// categories promotions target, its tax category and its cost (for price floors).
/// </summary>
/// <remarks>Immutable. Articles without an entry here have no family, no category, the default tax category and no cost.</remarks>
public sealed record PricedProduct
{
    /// <summary>Gets the article.</summary>
    public required Sku Sku { get; init; }

    /// <summary>
    /// Gets the product family or material group (for example all 0603 thick-film resistors). In a cart quote, lines
    /// of one family priced from the same list and unit by volume ladders reach their tier by the family's total
    /// quantity; by graduated ladders, the family's total fills the bands once and each line pays its share by quantity.
    /// </summary>
    public string? Family { get; init; }

    /// <summary>Gets the categories the article belongs to, for targeting promotions and discounts.</summary>
    public ImmutableArray<string> Categories { get; init; } = [];

    /// <summary>Gets the tax category, for example <c>standard</c> or <c>reduced</c>; <see langword="null"/> for the standard rate.</summary>
    public string? TaxCategory { get; init; }

    /// <summary>Gets the cost of one piece (or one unit of the article's base unit), for price floors; <see langword="null"/> when unknown.</summary>
    public Money? Cost { get; init; }
}
