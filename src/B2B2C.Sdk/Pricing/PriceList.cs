using System;
using System.Collections.Immutable;

namespace B2B2C.Sdk.Pricing;

/// <summary>
/// A list of prices in one currency that applies to one scope: everyone (<see cref="PriceSourceKind.List"/>), a
/// customer segment, a node of the distributor hierarchy and its descendants, or one customer's contract.
/// </summary>
/// <remarks>
/// Exactly the scope field that matches <see cref="Kind"/> is set (<see cref="Segment"/>, <see cref="Node"/> or
/// <see cref="Customer"/>); compilation reports a list that breaks this. Among lists of the same kind and scope,
/// a higher <see cref="Priority"/> is consulted first, then the lower <see cref="Id"/> (ordinal). Immutable.
/// </remarks>
public sealed record PriceList
{
    /// <summary>Gets the list's identifier, unique in the price book.</summary>
    public required PriceListId Id { get; init; }

    /// <summary>Gets the kind of scope the list applies to.</summary>
    public required PriceSourceKind Kind { get; init; }

    /// <summary>Gets the currency of every price in the list.</summary>
    public required Currency Currency { get; init; }

    /// <summary>Gets the customer segment, for a <see cref="PriceSourceKind.Segment"/> list.</summary>
    public SegmentId? Segment { get; init; }

    /// <summary>Gets the hierarchy node, for a <see cref="PriceSourceKind.HierarchyNode"/> list.</summary>
    public HierarchyNodeId? Node { get; init; }

    /// <summary>Gets the customer, for a <see cref="PriceSourceKind.Contract"/> list.</summary>
    public CustomerId? Customer { get; init; }

    /// <summary>Gets the only channel the list applies in, or <see langword="null"/> for every channel.</summary>
    public ChannelId? Channel { get; init; }

    /// <summary>Gets when the list starts to apply (inclusive), or <see langword="null"/> for always.</summary>
    public DateTimeOffset? ValidFrom { get; init; }

    /// <summary>Gets when the list stops applying (exclusive), or <see langword="null"/> for never.</summary>
    public DateTimeOffset? ValidTo { get; init; }

    /// <summary>Gets the priority among lists of the same kind and scope; higher is consulted first. 0 by default.</summary>
    public int Priority { get; init; }

    /// <summary>Gets how a node list combines with its ancestors' agreements; only for hierarchy-node lists.</summary>
    public NodeInheritance Inheritance { get; init; }

    /// <summary>Gets a human-readable name, for proofs and reports.</summary>
    public string? Name { get; init; }

    /// <summary>
    /// Gets a value indicating whether prices from this list may be below the book's floor (<see cref="PriceBook.Floor"/>),
    /// for contracts that agree a price under cost plus margin. <see langword="false"/> by default.
    /// </summary>
    public bool AllowBelowFloor { get; init; }

    /// <summary>Gets the prices.</summary>
    public ImmutableArray<PriceEntry> Entries { get; init; } = [];
}
