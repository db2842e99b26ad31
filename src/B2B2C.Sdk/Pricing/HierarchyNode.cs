namespace B2B2C.Sdk.Pricing;

/// <summary>A node of the distributor hierarchy (HQ, region, province, store) with its parent.</summary>
/// <param name="Id">The node's identifier.</param>
/// <param name="Parent">The parent node, or <see langword="null"/> for a root such as HQ.</param>
/// <param name="Name">A human-readable name.</param>
/// <remarks>Immutable.</remarks>
public sealed record HierarchyNode(HierarchyNodeId Id, HierarchyNodeId? Parent = null, string? Name = null);
