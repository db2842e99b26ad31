using System.Collections.Immutable;

namespace B2B2C.Sdk.Pricing;

/// <summary>
/// Whom and what a promotion targets. Who: segments, hierarchy nodes (with their descendants), channels and
/// customers; every list that is not empty must match the asker. What: SKUs, categories and families; a line is
/// targeted when it matches any of them, and every line is targeted when all three are empty.
/// </summary>
/// <remarks>Immutable. The default targets everyone and every line.</remarks>
public sealed record PromotionTarget
{
    /// <summary>Gets the segments the asker must belong to; empty for any.</summary>
    public ImmutableArray<SegmentId> Segments { get; init; } = [];

    /// <summary>Gets the hierarchy nodes the asker must belong to, directly or through a descendant; empty for any.</summary>
    public ImmutableArray<HierarchyNodeId> Nodes { get; init; } = [];

    /// <summary>Gets the channels the cart must be quoted in; empty for any.</summary>
    public ImmutableArray<ChannelId> Channels { get; init; } = [];

    /// <summary>Gets the customers the promotion is for; empty for any.</summary>
    public ImmutableArray<CustomerId> Customers { get; init; } = [];

    /// <summary>Gets the targeted articles.</summary>
    public ImmutableArray<Sku> Skus { get; init; } = [];

    /// <summary>Gets the targeted categories (<see cref="PricedProduct.Categories"/>).</summary>
    public ImmutableArray<string> Categories { get; init; } = [];

    /// <summary>Gets the targeted families (<see cref="PricedProduct.Family"/>).</summary>
    public ImmutableArray<string> Families { get; init; } = [];
}
