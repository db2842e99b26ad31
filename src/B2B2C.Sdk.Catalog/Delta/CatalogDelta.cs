using System;
using System.Collections.Immutable;

namespace B2B2C.Sdk.Catalog.Delta;

/// <summary>Compares two catalog manifests: what to create, update, check again and delete.</summary>
/// <remarks>
/// A merge join over the two key-sorted manifests: linear time, no hashing, no allocation beyond the result. A key in
/// both is changed when its content hash differs (a different product type changes the product's JSON line, so the
/// hash); it is invalidated when the hash is the same but the product-type fingerprint differs; otherwise it is
/// unchanged. Stateless and thread-safe.
/// </remarks>
public static class CatalogDelta
{
    /// <summary>Computes the delta from a previous manifest to the current one.</summary>
    /// <param name="previous">The manifest of the earlier run (<see cref="CatalogManifest.Empty"/> for a first run).</param>
    /// <param name="current">The manifest of this run.</param>
    /// <returns>The keys added, changed, removed and invalidated, each sorted ordinally.</returns>
    /// <exception cref="ArgumentNullException">A manifest is <see langword="null"/>.</exception>
    public static CatalogDeltaResult Compute(CatalogManifest previous, CatalogManifest current)
    {
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(current);
        ReadOnlySpan<CatalogManifestEntry> before = previous.Span;
        ReadOnlySpan<CatalogManifestEntry> after = current.Span;
        ImmutableArray<string>.Builder added = ImmutableArray.CreateBuilder<string>();
        ImmutableArray<string>.Builder changed = ImmutableArray.CreateBuilder<string>();
        ImmutableArray<string>.Builder removed = ImmutableArray.CreateBuilder<string>();
        ImmutableArray<string>.Builder invalidated = ImmutableArray.CreateBuilder<string>();
        int unchanged = 0;
        int i = 0;
        int j = 0;
        while (i < before.Length && j < after.Length)
        {
            ref readonly CatalogManifestEntry old = ref before[i];
            ref readonly CatalogManifestEntry now = ref after[j];
            int order = string.CompareOrdinal(old.Key, now.Key);
            if (order < 0)
            {
                removed.Add(old.Key);
                i++;
            }
            else if (order > 0)
            {
                added.Add(now.Key);
                j++;
            }
            else
            {
                if (old.ContentHash != now.ContentHash)
                {
                    changed.Add(now.Key);
                }
                else if (!string.Equals(old.ProductTypeFingerprint, now.ProductTypeFingerprint, StringComparison.Ordinal))
                {
                    invalidated.Add(now.Key);
                }
                else
                {
                    unchanged++;
                }

                i++;
                j++;
            }
        }

        for (; i < before.Length; i++)
        {
            removed.Add(before[i].Key);
        }

        for (; j < after.Length; j++)
        {
            added.Add(after[j].Key);
        }

        return new CatalogDeltaResult(
            added.DrainToImmutable(), changed.DrainToImmutable(), removed.DrainToImmutable(), invalidated.DrainToImmutable(), unchanged);
    }

    /// <summary>Classifies one current entry against the previous manifest, as <see cref="Compute"/> would.</summary>
    internal static CatalogDeltaKind Classify(CatalogManifest previous, in CatalogManifestEntry current)
    {
        if (!previous.TryGetEntry(current.Key, out CatalogManifestEntry old))
        {
            return CatalogDeltaKind.Added;
        }

        if (old.ContentHash != current.ContentHash)
        {
            return CatalogDeltaKind.Changed;
        }

        return string.Equals(old.ProductTypeFingerprint, current.ProductTypeFingerprint, StringComparison.Ordinal)
            ? CatalogDeltaKind.Unchanged
            : CatalogDeltaKind.Invalidated;
    }
}
