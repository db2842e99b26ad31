using System;
using System.Collections.Immutable;

namespace B2B2C.Sdk.Catalog;

/// <summary>One attribute of a marketplace product type: its name, type and constraints.</summary>
/// <remarks>
/// Constraints that do not apply to the <see cref="Type"/> are ignored (a <see cref="MaxLength"/> on a number, for
/// example); <see cref="TargetSchemaJson"/> reports them when it reads a schema. A localized text attribute lists its
/// <see cref="Languages"/>; when it is <see cref="Required"/>, every listed language must be filled. The record is
/// immutable.
/// </remarks>
[System.Diagnostics.CodeAnalysis.SuppressMessage(
    "Naming",
    "CA1711:Identifiers should not have incorrect suffix",
    Justification = "A marketplace product attribute, the domain's own word; not a .NET attribute.")]
public sealed record TargetAttribute
{
    /// <summary>Initializes an attribute.</summary>
    /// <param name="name">The attribute's name as the marketplace spells it.</param>
    /// <param name="type">The attribute's type.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty.</exception>
    public TargetAttribute(string name, TargetAttributeType type)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
        Type = type;
    }

    /// <summary>Gets the attribute's name as the marketplace spells it.</summary>
    public string Name { get; }

    /// <summary>Gets the attribute's type.</summary>
    public TargetAttributeType Type { get; }

    /// <summary>Gets a label for people (for example the marketplace's display name), or <see langword="null"/>.</summary>
    public string? Label { get; init; }

    /// <summary>Gets a value indicating whether a product must have a value (in every listed language).</summary>
    public bool Required { get; init; }

    /// <summary>Gets the maximum number of characters of a text value, or <see langword="null"/> for no limit.</summary>
    public int? MaxLength { get; init; }

    /// <summary>Gets a .NET regular expression a text value must match (anchored by the schema author), or <see langword="null"/>.</summary>
    public string? Pattern { get; init; }

    /// <summary>Gets the smallest allowed number (inclusive, in <see cref="Unit"/>), or <see langword="null"/>.</summary>
    public decimal? Minimum { get; init; }

    /// <summary>Gets the largest allowed number (inclusive, in <see cref="Unit"/>), or <see langword="null"/>.</summary>
    public decimal? Maximum { get; init; }

    /// <summary>Gets the number of decimals a number is written with, or <see langword="null"/> for the canonical form.</summary>
    public int? Decimals { get; init; }

    /// <summary>Gets the allowed values of an enum or multi-enum attribute (ordinal comparison).</summary>
    public ImmutableArray<string> AllowedValues { get; init; } = [];

    /// <summary>Gets the unit numbers are expressed in (a UN/ECE Recommendation 20 code), or <see langword="null"/>.</summary>
    /// <remarks>Mapped numbers are converted into this unit exactly; see <see cref="AllowedUnits"/> for attributes that accept several.</remarks>
    public string? Unit { get; init; }

    /// <summary>Gets the units a number may keep without conversion when <see cref="Unit"/> is not set.</summary>
    public ImmutableArray<string> AllowedUnits { get; init; } = [];

    /// <summary>Gets the languages a localized text is given in; empty for attributes that are not localized.</summary>
    public ImmutableArray<string> Languages { get; init; } = [];

    /// <summary>Gets the largest number of values of a multi-enum attribute, or <see langword="null"/> for no limit.</summary>
    public int? MaxValues { get; init; }

    /// <summary>Gets a value indicating whether the attribute is a localized text.</summary>
    public bool IsLocalized => !Languages.IsDefaultOrEmpty;
}
