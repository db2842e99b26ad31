namespace B2B2C.Sdk.Pricing;

/// <summary>A purchase that does not count towards a rebate, and why.</summary>
/// <param name="Purchase">The purchase.</param>
/// <param name="Reason">The first reason that applies.</param>
/// <param name="Explanation">A sentence naming the values that decided it.</param>
/// <remarks>Immutable.</remarks>
public sealed record RebateIgnoredPurchase(RebatePurchase Purchase, RebateIgnoreReason Reason, string Explanation);
