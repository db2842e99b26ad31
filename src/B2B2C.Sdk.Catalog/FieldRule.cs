using System;
using System.Collections.Immutable;

namespace B2B2C.Sdk.Catalog;

/// <summary>One rule of a mapping spec: how one target attribute (in one language) is filled from the source.</summary>
/// <remarks>
/// <para>
/// Several rules may target the same attribute: they are tried in spec order and the first that produces a value
/// wins, so a <see cref="FieldRuleKind.Constant"/> rule last is the default. A rule produces nothing when its source
/// field is empty or its <see cref="When"/> condition does not hold; it fails with an issue (and the attribute stays
/// empty) when its source has a value it cannot turn into a valid one, because silently falling through would hide
/// bad data.
/// </para>
/// <para>Members that do not apply to the <see cref="Kind"/> are ignored. The record is immutable.</para>
/// </remarks>
public sealed record FieldRule
{
    /// <summary>Initializes a rule.</summary>
    /// <param name="target">The target attribute's name.</param>
    /// <param name="kind">How the rule produces its value.</param>
    /// <exception cref="ArgumentException"><paramref name="target"/> is empty.</exception>
    public FieldRule(string target, FieldRuleKind kind)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(target);
        Target = target;
        Kind = kind;
    }

    /// <summary>Gets the target attribute's name.</summary>
    public string Target { get; }

    /// <summary>Gets how the rule produces its value.</summary>
    public FieldRuleKind Kind { get; }

    /// <summary>Gets the rule's id, recorded as the provenance of the values it produces; <see langword="null"/> for <c>rules[index]</c>.</summary>
    public string? Id { get; init; }

    /// <summary>Gets the target language of a localized attribute, or <see langword="null"/>.</summary>
    public string? Language { get; init; }

    /// <summary>Gets the product types the rule applies to; empty for every type that has the target attribute.</summary>
    public ImmutableArray<string> ProductTypes { get; init; } = [];

    /// <summary>Gets the source field read by copy, lookup, value-map, regex and number rules.</summary>
    public string? Source { get; init; }

    /// <summary>Gets the template of a template rule: text with <c>{field}</c> placeholders (<c>{field?}</c> when optional).</summary>
    public string? Template { get; init; }

    /// <summary>Gets the name of the lookup table of a lookup rule.</summary>
    public string? Table { get; init; }

    /// <summary>Gets the inline map of a value-map rule (source value to target value, ordinal).</summary>
    public ImmutableDictionary<string, string> ValueMap { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>Gets the value a value-map or lookup rule produces for unmapped values, or <see langword="null"/> to report them.</summary>
    public string? Otherwise { get; init; }

    /// <summary>Gets the regular expression of a regex rule.</summary>
    public string? Pattern { get; init; }

    /// <summary>Gets the group a regex rule extracts (a number or a name); <see langword="null"/> for group 1, or the whole match when there is none.</summary>
    public string? Group { get; init; }

    /// <summary>Gets the fixed value of a constant rule.</summary>
    public string? Value { get; init; }

    /// <summary>Gets the unit source numbers are in when the source does not say (a code or symbol), or <see langword="null"/>.</summary>
    public string? SourceUnit { get; init; }

    /// <summary>Gets a value indicating whether a number rule reads the unit from the value's text (<c>10 kOhm</c>).</summary>
    public bool InlineUnit { get; init; }

    /// <summary>Gets a value indicating whether a number rule accepts a decimal comma (<c>4,7</c>).</summary>
    public bool DecimalComma { get; init; }

    /// <summary>Gets the separator that splits one source value into several (for multi-enum targets), or <see langword="null"/>.</summary>
    public string? Split { get; init; }

    /// <summary>Gets the condition under which the rule applies, or <see langword="null"/> when it always applies.</summary>
    public FieldCondition? When { get; init; }
}
