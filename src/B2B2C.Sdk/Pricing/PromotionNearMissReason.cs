namespace B2B2C.Sdk.Pricing;

/// <summary>Why a promotion that targets something in the cart did not apply.</summary>
public enum PromotionNearMissReason
{
    /// <summary>The promotion starts later.</summary>
    NotStarted = 0,

    /// <summary>The promotion is for other segments.</summary>
    Segment,

    /// <summary>The promotion is for other hierarchy nodes.</summary>
    Node,

    /// <summary>The promotion is for other channels.</summary>
    Channel,

    /// <summary>The promotion is for other customers, or needs an identified customer.</summary>
    Customer,

    /// <summary>The promotion's amounts are in another currency.</summary>
    Currency,

    /// <summary>The promotion's total usage limit is reached.</summary>
    UsageLimit,

    /// <summary>The customer's usage limit is reached.</summary>
    CustomerUsageLimit,

    /// <summary>The promotion's budget is spent.</summary>
    BudgetExhausted,

    /// <summary>The targeted lines do not reach the lowest spend threshold; <see cref="PromotionNearMiss.Shortfall"/> says by how much.</summary>
    SpendMore,

    /// <summary>More units are needed (buy X get Y, bundles); <see cref="PromotionNearMiss.MissingQuantity"/> says how many.</summary>
    AddQuantity,

    /// <summary>The promotion gives nothing on this cart (for example its fixed price is above the current price).</summary>
    NoDiscount,

    /// <summary>The promotion applies, but a better combination excludes it; <see cref="PromotionNearMiss.BlockedBy"/> names what it conflicts with.</summary>
    NotCombinable,
}
