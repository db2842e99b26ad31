namespace B2B2C.Sdk.Pricing;

/// <summary>Why a candidate price did not win, as recorded in a <see cref="PriceProof"/>.</summary>
public enum PriceRejection
{
    /// <summary>The candidate won.</summary>
    None = 0,

    /// <summary>The list or entry is not yet valid at the requested time.</summary>
    NotYetValid,

    /// <summary>The list or entry is no longer valid at the requested time.</summary>
    Expired,

    /// <summary>The entry is for another channel.</summary>
    OtherChannel,

    /// <summary>The requested quantity cannot be expressed exactly in the entry's unit (12,000 pieces against a reel of 5,000).</summary>
    UnitNotConvertible,

    /// <summary>The quantity is below the entry's minimum or its first tier.</summary>
    BelowMinimumQuantity,

    /// <summary>The quantity is above the entry's maximum.</summary>
    AboveMaximumQuantity,

    /// <summary>The quantity is not a multiple of the entry's order multiple.</summary>
    NotOrderMultiple,

    /// <summary>An applicable price from an earlier source or list, or an earlier entry of the same list, won first.</summary>
    Shadowed,

    /// <summary>A nearer hierarchy node's agreement (inherit or replace) overrides this ancestor's.</summary>
    OverriddenByNearerNode,

    /// <summary>Under the lowest-price rule, another node's price is lower.</summary>
    HigherThanAlternative,

    /// <summary>Another membership of the customer reached a deeper node, or the same depth at a lower price.</summary>
    LessSpecificMembership,
}
