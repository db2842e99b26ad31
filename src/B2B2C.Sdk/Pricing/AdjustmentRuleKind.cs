namespace B2B2C.Sdk.Pricing;

/// <summary>The kinds of <see cref="AdjustmentRule"/> a price book can hold.</summary>
public enum AdjustmentRuleKind
{
    /// <summary>A percentage off for askers of one customer segment (<see cref="AdjustmentRule.Segment"/>).</summary>
    SegmentDiscount = 0,

    /// <summary>A percentage off once the line quantity reaches a threshold of a ladder (<see cref="AdjustmentRule.Tiers"/>).</summary>
    QuantityDiscount,

    /// <summary>A fixed amount per line (<see cref="AdjustmentRule.Amount"/>) or a percentage on top (<see cref="AdjustmentRule.Percent"/>), such as a cut-tape fee.</summary>
    Surcharge,
}
