using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace B2B2C.Sdk.Catalog;

/// <summary>A marketplace's product schema: its product types (categories) and their attributes.</summary>
/// <remarks>
/// Read one from the documented JSON format with <see cref="TargetSchemaJson"/>, import a product type from a JSON
/// Schema with <see cref="JsonSchemaImporter"/>, or build one in code. <see cref="Fingerprint(string)"/> gives each
/// product type a stable hash of its definition, which catalog manifests record so that a schema change marks the
/// products it may invalidate. The record is immutable and thread-safe.
/// </remarks>
public sealed record TargetSchema
{
    private readonly FrozenDictionary<string, ProductType> _byId;
    private readonly FrozenDictionary<string, string> _fingerprints;

    /// <summary>Initializes a schema.</summary>
    /// <param name="id">The schema's id, for example <c>jd-marketplace</c>.</param>
    /// <param name="productTypes">The product types.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> is empty, or two product types share an id.</exception>
    public TargetSchema(string id, ImmutableArray<ProductType> productTypes)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        productTypes = productTypes.IsDefault ? [] : productTypes;
        var byId = new Dictionary<string, ProductType>(StringComparer.Ordinal);
        foreach (ProductType type in productTypes)
        {
            ArgumentNullException.ThrowIfNull(type, nameof(productTypes));
            if (!byId.TryAdd(type.Id, type))
            {
                throw new ArgumentException($"Schema '{id}' has the product type '{type.Id}' twice.", nameof(productTypes));
            }
        }

        Id = id;
        ProductTypes = productTypes;
        _byId = byId.ToFrozenDictionary(StringComparer.Ordinal);
        var fingerprints = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (ProductType type in productTypes)
        {
            fingerprints[type.Id] = ProductTypeFingerprint.Compute(type);
        }

        _fingerprints = fingerprints.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>Gets the schema's id.</summary>
    public string Id { get; }

    /// <summary>Gets the schema's version as the marketplace publishes it, or <see langword="null"/>.</summary>
    public string? Version { get; init; }

    /// <summary>Gets the product types in the order they were given.</summary>
    public ImmutableArray<ProductType> ProductTypes { get; }

    /// <summary>Finds a product type by id.</summary>
    /// <param name="id">The product type (category) id.</param>
    /// <param name="productType">The product type when found.</param>
    /// <returns><see langword="true"/> when the schema has the product type.</returns>
    public bool TryGetProductType(string id, [NotNullWhen(true)] out ProductType? productType)
    {
        ArgumentNullException.ThrowIfNull(id);
        return _byId.TryGetValue(id, out productType);
    }

    /// <summary>Returns the stable fingerprint of a product type's definition (hex SHA-256 of its canonical form).</summary>
    /// <param name="productTypeId">The product type id.</param>
    /// <returns>The fingerprint; it changes whenever an attribute, constraint or allowed value of the type changes.</returns>
    /// <exception cref="KeyNotFoundException">The schema has no such product type.</exception>
    public string Fingerprint(string productTypeId)
    {
        ArgumentNullException.ThrowIfNull(productTypeId);
        return _fingerprints.TryGetValue(productTypeId, out string? fingerprint)
            ? fingerprint
            : throw new KeyNotFoundException($"Schema '{Id}' has no product type '{productTypeId}'.");
    }
}
