using System;
using System.Collections.Immutable;

namespace B2B2C.Sdk.Catalog;

/// <summary>A mapping spec: how one supplier's catalog maps onto one marketplace schema, as data.</summary>
/// <remarks>
/// Read one from the documented JSON format with <see cref="MappingSpecJson"/> (<c>docs/schemas/mapping-spec.schema.json</c>)
/// or build it in code; compile it against the target schema with <see cref="CatalogMapper.Compile"/>, which reports every
/// problem before any product is processed. The record is immutable.
/// </remarks>
public sealed record MappingSpec
{
    /// <summary>Initializes a spec.</summary>
    /// <param name="id">The spec's id.</param>
    /// <param name="category">How the product type is chosen.</param>
    /// <param name="rules">The field rules, in the order they are tried.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> is empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="category"/> is <see langword="null"/>.</exception>
    public MappingSpec(string id, CategoryMapping category, ImmutableArray<FieldRule> rules)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(category);
        Id = id;
        Category = category;
        Rules = rules.IsDefault ? [] : rules;
    }

    /// <summary>Gets the spec's id.</summary>
    /// <exception cref="ArgumentException">Set to an empty id.</exception>
    public string Id
    {
        get;
        init
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(value);
            field = value;
        }
    }

    /// <summary>Gets the id of the target schema the spec was written for, or <see langword="null"/> to accept any.</summary>
    public string? TargetSchema { get; init; }

    /// <summary>Gets how the product type is chosen.</summary>
    public CategoryMapping Category { get; }

    /// <summary>Gets the field rules, in the order they are tried.</summary>
    public ImmutableArray<FieldRule> Rules
    {
        get;
        init => field = value.IsDefault ? [] : value;
    }

    /// <summary>Gets the named lookup tables (table name to a map from source value to target value).</summary>
    public ImmutableDictionary<string, ImmutableDictionary<string, string>> Tables { get; init; }
        = ImmutableDictionary<string, ImmutableDictionary<string, string>>.Empty;

    /// <summary>Gets, per target language, the source languages tried after it, in order (for example <c>zh-CN</c>: <c>zh</c>, <c>en</c>).</summary>
    public ImmutableDictionary<string, ImmutableArray<string>> LanguageFallbacks { get; init; }
        = ImmutableDictionary<string, ImmutableArray<string>>.Empty;

    /// <summary>Gets what happens when a fallback language is used.</summary>
    public LanguageFallbackMode LanguageFallbackMode { get; init; }

    /// <summary>Gets a value indicating whether unused source fields are carried into the extended attributes (the default).</summary>
    public bool CarryOver { get; init; } = true;

    /// <summary>Gets source field names (or prefixes ending in <c>*</c>) never carried over, such as prices the marketplace gets elsewhere.</summary>
    public ImmutableArray<string> CarryOverExclude { get; init; } = [];

    /// <summary>Gets the source fields the supplier's files have; when not empty, rules reading other fields are errors.</summary>
    public ImmutableArray<string> SourceFields { get; init; } = [];
}
