namespace B2B2C.Sdk.Pricing;

/// <summary>One step of a quantity discount ladder: from <paramref name="MinQuantity"/> on, <paramref name="Percent"/> off.</summary>
/// <param name="MinQuantity">The line quantity, in the rule's <see cref="AdjustmentRule.Unit"/>, from which the step applies (inclusive).</param>
/// <param name="Percent">The percentage off, from 0 to 100.</param>
/// <remarks>Immutable.</remarks>
public sealed record QuantityDiscountTier(decimal MinQuantity, decimal Percent);
