using System.Collections.Frozen;
using System.Text.RegularExpressions;
using B2B2C.Sdk.Catalog.Units;

namespace B2B2C.Sdk.Catalog.Mapping;

/// <summary>A field rule with everything looked up once: its regular expressions compiled, its maps frozen, its units found.</summary>
internal sealed class CompiledRule
{
    internal CompiledRule(FieldRule rule, string id)
    {
        Rule = rule;
        Id = id;
    }

    internal FieldRule Rule { get; }

    internal string Id { get; }

    internal FieldRuleKind Kind => Rule.Kind;

    internal string? Source => Rule.Source;

    internal TemplatePart[] Template { get; init; } = [];

    internal FrozenDictionary<string, string>? Map { get; init; }

    internal Regex? Regex { get; init; }

    internal int GroupNumber { get; init; } = -1;

    internal string? GroupName { get; init; }

    internal MeasureUnit? SourceUnit { get; init; }

    internal CompiledCondition? When { get; init; }

    internal string? Language => Rule.Language;
}
