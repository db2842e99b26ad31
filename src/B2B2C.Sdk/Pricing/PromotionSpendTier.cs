namespace B2B2C.Sdk.Pricing;

/// <summary>One tier of a spend-threshold promotion: from a net subtotal of the targeted lines, an amount or a percentage off.</summary>
/// <param name="Threshold">The net subtotal of the targeted lines (rounded line amounts) from which the tier applies.</param>
/// <param name="Percent">The percentage off the subtotal, 0 to 100; <see langword="null"/> when the tier gives an amount.</param>
/// <param name="Amount">The amount off; <see langword="null"/> when the tier gives a percentage.</param>
/// <remarks>Immutable. Exactly one of <paramref name="Percent"/> and <paramref name="Amount"/> is given; the compiler checks it.</remarks>
public sealed record PromotionSpendTier(Money Threshold, decimal? Percent, Money? Amount);
