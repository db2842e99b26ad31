namespace B2B2C.Sdk.Catalog;

/// <summary>One value of a mapped product: the target attribute it fills, its canonical text and where it came from.</summary>
/// <remarks>
/// <see cref="Value"/> is canonical text: numbers as <c>CatalogNumber</c> formats them (no exponent, no
/// trailing zeros unless the attribute asks for fixed decimals, never <c>-0</c>), booleans as <c>true</c> or
/// <c>false</c>, ranges as <c>min..max</c>. A multi-enum attribute has one value per element, in order. The value is
/// immutable.
/// </remarks>
/// <param name="Attribute">The target attribute's name.</param>
/// <param name="Type">The target attribute's type, which decides how writers format the value.</param>
/// <param name="Value">The canonical text.</param>
/// <param name="Unit">The unit of a number or range (a UN/ECE Recommendation 20 code), or <see langword="null"/>.</param>
/// <param name="Language">The language of a localized text, or <see langword="null"/>.</param>
/// <param name="Rule">The id of the mapping rule that produced the value (its provenance), or <see langword="null"/>.</param>
/// <param name="SourceField">The source field the rule read first, or <see langword="null"/> for constants.</param>
public readonly record struct MappedValue(
    string Attribute,
    TargetAttributeType Type,
    string Value,
    string? Unit = null,
    string? Language = null,
    string? Rule = null,
    string? SourceField = null);
