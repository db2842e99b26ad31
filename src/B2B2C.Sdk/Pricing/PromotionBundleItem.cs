namespace B2B2C.Sdk.Pricing;

/// <summary>One article of a bundle and how many units of it one bundle holds.</summary>
/// <param name="Sku">The article.</param>
/// <param name="Quantity">The units of the article in one bundle, counted in the unit the article's line is priced in; positive.</param>
/// <remarks>Immutable.</remarks>
public sealed record PromotionBundleItem(Sku Sku, decimal Quantity);
