namespace B2B2C.Sdk.Catalog.Delta;

/// <summary>What a manifest records about one published product: its key, content hash and product type.</summary>
/// <remarks>The value is immutable.</remarks>
/// <param name="Key">The supplier's product key; never empty.</param>
/// <param name="ContentHash">The hash of the product's canonical JSON line.</param>
/// <param name="ProductTypeId">The target product type, or <see langword="null"/>.</param>
/// <param name="ProductTypeFingerprint">
/// A fingerprint of the target product type's definition as the caller computes it, or <see langword="null"/> when
/// unknown. When it changes while the content hash does not, the product is invalidated: the schema it was checked
/// against changed.
/// </param>
public readonly record struct CatalogManifestEntry(
    string Key,
    CatalogContentHash ContentHash,
    string? ProductTypeId = null,
    string? ProductTypeFingerprint = null);
