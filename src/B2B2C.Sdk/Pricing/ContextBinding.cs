using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace B2B2C.Sdk.Pricing;

/// <summary>
/// Which compiled lists apply to one <see cref="PricingContext"/> under one snapshot, in access-sequence order, already
/// filtered by currency and channel. Built once per context and snapshot, then reused by every call.
/// </summary>
internal sealed class ContextBinding
{
    private ContextBinding(PricingSnapshot snapshot, string? channel, BindingStep[] steps, ImmutableArray<HierarchyNodeId> sortedNodes)
    {
        Snapshot = snapshot;
        Channel = channel;
        Steps = steps;
        SortedNodes = sortedNodes;
    }

    internal PricingSnapshot Snapshot { get; }

    internal string? Channel { get; }

    internal BindingStep[] Steps { get; }

    /// <summary>Gets the context's nodes, each once, ordered by identifier (ordinal): the order memberships are resolved and proofs list them in.</summary>
    internal ImmutableArray<HierarchyNodeId> SortedNodes { get; }

    internal static ContextBinding Create(PricingSnapshot snapshot, PricingContext context)
    {
        string? channel = context.Channel?.Value;
        ImmutableArray<HierarchyNodeId> sortedNodes = [.. context.Nodes.Distinct().OrderBy(n => n.Value, StringComparer.Ordinal)];
        var steps = new List<BindingStep>(snapshot.AccessSequence.Length);
        foreach (PriceSourceKind kind in snapshot.AccessSequence)
        {
            switch (kind)
            {
                case PriceSourceKind.Contract:
                    steps.Add(new BindingStep(kind, Filter(context.Customer is CustomerId customer ? snapshot.ByCustomer.GetValueOrDefault(customer.Value) : null, context, channel), []));
                    break;
                case PriceSourceKind.Segment:
                    steps.Add(new BindingStep(kind, Filter(context.Segment is SegmentId segment ? snapshot.BySegment.GetValueOrDefault(segment.Value) : null, context, channel), []));
                    break;
                case PriceSourceKind.List:
                    steps.Add(new BindingStep(kind, Filter(snapshot.Global, context, channel), []));
                    break;
                case PriceSourceKind.HierarchyNode:
                    steps.Add(new BindingStep(kind, [], Memberships(snapshot, context, channel, sortedNodes)));
                    break;
                default:
                    throw new InvalidOperationException($"{kind} is not a price source kind.");
            }
        }

        return new ContextBinding(snapshot, channel, [.. steps], sortedNodes);
    }

    private static NodeMembership[] Memberships(PricingSnapshot snapshot, PricingContext context, string? channel, ImmutableArray<HierarchyNodeId> sortedNodes)
    {
        var memberships = new List<NodeMembership>();
        foreach (HierarchyNodeId node in sortedNodes)
        {
            if (!snapshot.Nodes.TryGetValue(node.Value, out NodeInfo? info))
            {
                memberships.Add(new NodeMembership(node.Value, Known: false, []));
                continue;
            }

            var levels = new List<NodeLevel>();
            for (int i = 0; i < info.Chain.Length; i++)
            {
                CompiledList[] lists = Filter(snapshot.ByNode.GetValueOrDefault(info.Chain[i]), context, channel);
                if (lists.Length > 0)
                {
                    levels.Add(new NodeLevel(info.Chain[i], info.Depth - i, lists[0].Inheritance, lists));
                }
            }

            memberships.Add(new NodeMembership(node.Value, Known: true, [.. levels]));
        }

        return [.. memberships];
    }

    private static CompiledList[] Filter(CompiledList[]? lists, PricingContext context, string? channel)
        => lists is null
            ? []
            : [.. lists.Where(l => l.Currency == context.Currency && (l.Channel is null || string.Equals(l.Channel, channel, StringComparison.Ordinal)))];
}

/// <summary>One source kind of a binding: its lists (contract, segment, list price) or its node memberships.</summary>
internal sealed record BindingStep(PriceSourceKind Kind, CompiledList[] Lists, NodeMembership[] Memberships);

/// <summary>One hierarchy node the customer belongs to, with the levels from it up to the root that have lists.</summary>
internal sealed record NodeMembership(string NodeId, bool Known, NodeLevel[] Levels);

/// <summary>One node on a membership's chain that has lists for the context, with its depth and inheritance mode.</summary>
internal sealed record NodeLevel(string NodeId, int Depth, NodeInheritance Mode, CompiledList[] Lists);
