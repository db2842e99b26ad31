namespace B2B2C.Sdk.Pricing;

/// <summary>A promotion a cart quote applied, with the discount it gave in total.</summary>
/// <param name="Promotion">The promotion.</param>
/// <param name="Name">The promotion's name, or <see langword="null"/>.</param>
/// <param name="Discount">
/// The discount it gave, positive: for line-level effects the exact sum of its line adjustments (before rounding),
/// for cart-level effects the amount allocated to the lines.
/// </param>
/// <param name="BudgetCapped">Whether what was left of the promotion's budget capped the discount (a partial application).</param>
/// <remarks>Immutable.</remarks>
public sealed record AppliedPromotion(PromotionId Promotion, string? Name, Money Discount, bool BudgetCapped);
