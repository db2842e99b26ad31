namespace B2B2C.Sdk.Pricing;

/// <summary>One line of a cart or bill of materials to quote: an article and a quantity.</summary>
/// <param name="Sku">The article.</param>
/// <param name="Quantity">The quantity, in any unit the article is priced in or convertible to.</param>
/// <remarks>Immutable.</remarks>
public sealed record CartLine(Sku Sku, Quantity Quantity);
