using System.Collections.Frozen;

namespace B2B2C.Sdk.Catalog.Mapping;

/// <summary>A product type with the plan for each of its attributes, and the source fields its rules consume.</summary>
internal sealed class TypePlan(ProductType type, AttributePlan[] attributes, FrozenSet<string> consumed)
{
    internal ProductType Type { get; } = type;

    internal AttributePlan[] Attributes { get; } = attributes;

    /// <summary>Gets the source fields read by this type's rules and the category mapping; the rest are carried over.</summary>
    internal FrozenSet<string> Consumed { get; } = consumed;
}
