using System;
using System.Collections.Immutable;

namespace B2B2C.Sdk.Catalog;

/// <summary>How a supplier product's classification code selects the marketplace product type.</summary>
/// <remarks>
/// The value of <see cref="SourceField"/> is looked up in <see cref="Map"/>; with <see cref="PrefixMatch"/>, the longest
/// key that starts the code wins (hierarchical ECLASS codes such as <c>27-28-01-02</c> under <c>27-28</c>); a product
/// whose code is not mapped gets <see cref="Fallback"/>, or an error when there is none. The record is immutable.
/// </remarks>
public sealed record CategoryMapping
{
    /// <summary>Initializes a category mapping.</summary>
    /// <param name="sourceField">The source field holding the classification code.</param>
    /// <exception cref="ArgumentException"><paramref name="sourceField"/> is empty.</exception>
    public CategoryMapping(string sourceField)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceField);
        SourceField = sourceField;
    }

    /// <summary>Gets the source field holding the classification code.</summary>
    public string SourceField { get; }

    /// <summary>Gets the map from classification code to product type id.</summary>
    public ImmutableDictionary<string, string> Map { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>Gets a value indicating whether the longest mapped prefix of a code matches.</summary>
    public bool PrefixMatch { get; init; }

    /// <summary>Gets the product type of products whose code is not mapped, or <see langword="null"/> to reject them.</summary>
    public string? Fallback { get; init; }
}
