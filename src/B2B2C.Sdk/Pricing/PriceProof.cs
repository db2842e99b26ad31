using System;
using System.Collections.Immutable;

namespace B2B2C.Sdk.Pricing;

/// <summary>
/// The machine-readable explanation of one price: the request, every candidate considered and why each loser lost,
/// the winning entry and tier, the rounding, the next price break, and a stable hash over (snapshot, request, result).
/// </summary>
/// <remarks>
/// Replaying the proof against the same snapshot (<see cref="PricingEngine.Replay(PriceProof)"/>) recomputes the
/// price and compares hashes. Serialize it with System.Text.Json to store it next to the order line. Immutable.
/// </remarks>
public sealed record PriceProof
{
    /// <summary>Gets the book's version label.</summary>
    public required string SnapshotVersion { get; init; }

    /// <summary>Gets the content hash of the snapshot that produced the price.</summary>
    public required string SnapshotHash { get; init; }

    /// <summary>Gets the customer asking, if known.</summary>
    public CustomerId? Customer { get; init; }

    /// <summary>Gets the customer's segment, if any.</summary>
    public SegmentId? Segment { get; init; }

    /// <summary>Gets the customer's hierarchy nodes.</summary>
    public ImmutableArray<HierarchyNodeId> Nodes { get; init; } = [];

    /// <summary>Gets the channel asked in, if any.</summary>
    public ChannelId? Channel { get; init; }

    /// <summary>Gets the currency asked for.</summary>
    public required Currency Currency { get; init; }

    /// <summary>Gets the article priced.</summary>
    public required Sku Sku { get; init; }

    /// <summary>Gets the quantity asked for, in the unit asked.</summary>
    public required Quantity Quantity { get; init; }

    /// <summary>Gets the moment the price was computed for.</summary>
    public required DateTimeOffset At { get; init; }

    /// <summary>Gets the outcome.</summary>
    public required PriceStatus Status { get; init; }

    /// <summary>Gets the unit price with its basis, when priced.</summary>
    public UnitPrice? UnitPrice { get; init; }

    /// <summary>Gets the exact line amount, when priced.</summary>
    public Money? LineAmount { get; init; }

    /// <summary>Gets the rounded line amount, when priced.</summary>
    public Money? RoundedLineAmount { get; init; }

    /// <summary>Gets the midpoint rule used to round the line amount.</summary>
    public MidpointRounding Rounding { get; init; }

    /// <summary>Gets the path of the winning entry, when priced.</summary>
    public string? WinningEntry { get; init; }

    /// <summary>Gets the index of the tier reached, or -1.</summary>
    public int TierIndex { get; init; } = -1;

    /// <summary>Gets every candidate considered, in the order consulted.</summary>
    public ImmutableArray<PriceCandidate> Candidates { get; init; } = [];

    /// <summary>Gets the next price break of the winning ladder, if there is one.</summary>
    public PriceBreak? NextBreak { get; init; }

    /// <summary>Gets a hexadecimal SHA-256 over the snapshot hash, the request and the result.</summary>
    public required string Hash { get; init; }
}
