namespace B2B2C.Sdk.Pricing;

/// <summary>
/// The kinds of promotion effect. Line-level kinds come first, in the order a combination applies them to the running
/// line amounts; the cart-level kinds follow, applied to the rounded line amounts and allocated back to the lines.
/// </summary>
public enum PromotionEffectKind
{
    /// <summary>A fixed price per unit of the targeted lines (never raises a price).</summary>
    FixedUnitPrice = 0,

    /// <summary>Buy X units of the targeted articles, get Y units free or at a percentage off; repeated.</summary>
    BuyXGetY,

    /// <summary>A set of articles with quantities for a fixed price, as many times as the cart holds the set.</summary>
    BundlePrice,

    /// <summary>An amount off every unit of the targeted lines.</summary>
    AmountOffPerUnit,

    /// <summary>An amount off each targeted line.</summary>
    AmountOffPerLine,

    /// <summary>A percentage off the targeted lines.</summary>
    PercentOff,

    /// <summary>Cart level: spend at least a threshold on the targeted lines to get an amount or percentage off; the highest tier reached applies.</summary>
    SpendThreshold,

    /// <summary>Cart level: an amount off the order, taken from the targeted lines.</summary>
    AmountOffPerOrder,
}
