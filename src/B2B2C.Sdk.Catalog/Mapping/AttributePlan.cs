using System.Collections.Frozen;
using System.Text.RegularExpressions;
using B2B2C.Sdk.Catalog.Units;

namespace B2B2C.Sdk.Catalog.Mapping;

/// <summary>One attribute of one product type with its rules per language, its compiled constraints and its unit.</summary>
internal sealed class AttributePlan
{
    internal AttributePlan(TargetAttribute attribute, string?[] languages, CompiledRule[][] rules)
    {
        Attribute = attribute;
        Languages = languages;
        Rules = rules;
    }

    internal TargetAttribute Attribute { get; }

    /// <summary>Gets the languages of a localized attribute, or one <see langword="null"/> entry for other attributes.</summary>
    internal string?[] Languages { get; }

    /// <summary>Gets the rules per entry of <see cref="Languages"/>, in spec order.</summary>
    internal CompiledRule[][] Rules { get; }

    internal MeasureUnit? Unit { get; init; }

    internal MeasureUnit[] AllowedUnits { get; init; } = [];

    internal FrozenSet<string>? AllowedValues { get; init; }

    internal Regex? Pattern { get; init; }
}
