namespace B2B2C.Sdk.Pricing;

/// <summary>The kinds of price source, in the order a default access sequence consults them (most specific first).</summary>
public enum PriceSourceKind
{
    /// <summary>A contract price agreed with one customer.</summary>
    Contract = 0,

    /// <summary>An agreement on a node of the distributor hierarchy (HQ, region, province, store), applying to its descendants.</summary>
    HierarchyNode = 1,

    /// <summary>A price list for a customer segment, such as general customers or gold distributors.</summary>
    Segment = 2,

    /// <summary>A list price that applies to everyone in the list's currency and channel.</summary>
    List = 3,
}
