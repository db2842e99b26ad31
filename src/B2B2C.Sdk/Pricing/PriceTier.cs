namespace B2B2C.Sdk.Pricing;

/// <summary>One step of a quantity ladder: from <see cref="MinQuantity"/> units on, the price per basis is <see cref="Price"/>.</summary>
/// <param name="MinQuantity">The quantity, in the entry's unit, from which the tier applies; the first tier usually starts at the entry's minimum.</param>
/// <param name="Price">The price of the entry's basis quantity (per piece, per 1,000 pieces, per reel) in the list's currency.</param>
/// <remarks>An immutable value.</remarks>
public readonly record struct PriceTier(decimal MinQuantity, decimal Price);
