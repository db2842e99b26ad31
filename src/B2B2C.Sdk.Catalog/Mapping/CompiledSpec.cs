using System.Collections.Frozen;

namespace B2B2C.Sdk.Catalog.Mapping;

/// <summary>The compiled form of a spec: a plan per product type the category mapping can select.</summary>
internal sealed class CompiledSpec(FrozenDictionary<string, TypePlan> types)
{
    internal FrozenDictionary<string, TypePlan> Types { get; } = types;
}
