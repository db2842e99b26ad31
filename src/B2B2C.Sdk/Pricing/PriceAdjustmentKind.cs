namespace B2B2C.Sdk.Pricing;

/// <summary>The kinds of step that change a line's price after its base price, in the order a cart quote applies them.</summary>
public enum PriceAdjustmentKind
{
    /// <summary>The tier was reached by the total quantity of the line's product family in the cart.</summary>
    FamilyTier = 0,

    /// <summary>A discount for the asker's segment.</summary>
    SegmentDiscount,

    /// <summary>A discount for buying a batch or quantity.</summary>
    QuantityDiscount,

    /// <summary>A promotion, line-level or allocated from a cart-level discount.</summary>
    Promotion,

    /// <summary>A surcharge, such as a cut-tape or small-order fee.</summary>
    Surcharge,

    /// <summary>The price was raised to the floor: cost plus the minimum margin.</summary>
    Floor,

    /// <summary>The price was raised into the channel's price corridor.</summary>
    Corridor,

    /// <summary>The price was moved to the channel's price ending (for example .99).</summary>
    PriceEnding,

    /// <summary>The line amount was rounded to the currency's minor unit.</summary>
    Rounding,

    /// <summary>The line's tax, for its country and tax category; it is the line's tax amount and does not change the net amount.</summary>
    Tax,
}
