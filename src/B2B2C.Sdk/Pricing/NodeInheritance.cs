namespace B2B2C.Sdk.Pricing;

/// <summary>How a hierarchy node's agreement combines with the agreements of the nodes above it.</summary>
public enum NodeInheritance
{
    /// <summary>The node's price wins where it has one; where it has none, the nearest ancestor's applies.</summary>
    Inherit = 0,

    /// <summary>The node's agreement replaces its ancestors' entirely: where it has no price, no node price applies.</summary>
    Replace = 1,

    /// <summary>The lower of the node's price and the price inherited from its ancestors applies.</summary>
    Lowest = 2,
}
