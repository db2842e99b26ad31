using System.Collections.Immutable;

namespace B2B2C.Sdk.Pricing;

/// <summary>A compiled hierarchy node: its depth (0 for a root) and its chain of node identifiers, itself first, root last.</summary>
internal sealed class NodeInfo(HierarchyNode source, int depth, ImmutableArray<string> chain)
{
    internal HierarchyNode Source { get; } = source;

    internal string Id => Source.Id.Value;

    internal int Depth { get; } = depth;

    internal ImmutableArray<string> Chain { get; } = chain;
}
