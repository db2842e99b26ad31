using System;
using System.Collections.Immutable;

namespace B2B2C.Sdk.Catalog;

/// <summary>One supplier product mapped onto a marketplace product type and validated against it.</summary>
/// <remarks>
/// A mapped product always carries its <see cref="Source"/> so that reports can name the source location and write the
/// product back in the shape of the input. <see cref="CarriedOver"/> holds the source fields that no rule used and the
/// target has no slot for: they travel in the marketplace's extended-attributes section so that technical
/// specifications survive. Instances are immutable and may be shared between threads.
/// </remarks>
public sealed class MappedProduct
{
    /// <summary>Initializes a mapped product.</summary>
    /// <param name="source">The supplier product.</param>
    /// <param name="productTypeId">The target product type (marketplace category), or <see langword="null"/> when none was found.</param>
    /// <param name="values">The mapped values in the product type's attribute order.</param>
    /// <param name="carriedOver">The source fields carried into the extended attributes.</param>
    /// <param name="issues">The read, mapping and validation issues, errors and warnings.</param>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is <see langword="null"/>.</exception>
    public MappedProduct(
        SourceProduct source,
        string? productTypeId,
        ImmutableArray<MappedValue> values,
        ImmutableArray<SourceField> carriedOver,
        ImmutableArray<CatalogIssue> issues)
    {
        ArgumentNullException.ThrowIfNull(source);
        Source = source;
        ProductTypeId = productTypeId;
        Values = values.IsDefault ? [] : values;
        CarriedOver = carriedOver.IsDefault ? [] : carriedOver;
        Issues = issues.IsDefault ? [] : issues;
        Status = StatusOf(Issues);
    }

    /// <summary>Gets the supplier product this was mapped from.</summary>
    public SourceProduct Source { get; }

    /// <summary>Gets the supplier's product key.</summary>
    public string Key => Source.Key;

    /// <summary>Gets where the supplier product was found.</summary>
    public SourceLocation Location => Source.Location;

    /// <summary>Gets the target product type (marketplace category), or <see langword="null"/> when none was found.</summary>
    public string? ProductTypeId { get; }

    /// <summary>Gets the mapped values in the product type's attribute order.</summary>
    public ImmutableArray<MappedValue> Values { get; }

    /// <summary>Gets the source fields carried into the extended attributes because the target has no slot for them.</summary>
    public ImmutableArray<SourceField> CarriedOver { get; }

    /// <summary>Gets every issue found while reading, mapping and validating the product.</summary>
    public ImmutableArray<CatalogIssue> Issues { get; }

    /// <summary>Gets whether the product may be published.</summary>
    public MappedProductStatus Status { get; }

    /// <summary>Gets a value indicating whether the product may be published (valid, possibly with warnings).</summary>
    public bool IsValid => Status != MappedProductStatus.Invalid;

    /// <summary>Finds the first value of an attribute, in any language.</summary>
    /// <param name="attribute">The target attribute's name.</param>
    /// <param name="value">The value when found.</param>
    /// <returns><see langword="true"/> when the product has a value for the attribute.</returns>
    public bool TryGetValue(string attribute, out MappedValue value)
    {
        ArgumentNullException.ThrowIfNull(attribute);
        foreach (MappedValue candidate in Values)
        {
            if (string.Equals(candidate.Attribute, attribute, StringComparison.Ordinal))
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }

    private static MappedProductStatus StatusOf(ImmutableArray<CatalogIssue> issues)
    {
        MappedProductStatus status = MappedProductStatus.Valid;
        foreach (CatalogIssue issue in issues)
        {
            if (issue.IsError)
            {
                return MappedProductStatus.Invalid;
            }

            status = MappedProductStatus.ValidWithWarnings;
        }

        return status;
    }
}
