using System;
using System.Collections.Generic;

namespace B2B2C.Sdk.Catalog.Delta;

/// <summary>Collects manifest entries in any order and builds an immutable, key-sorted <see cref="CatalogManifest"/>.</summary>
/// <remarks>
/// A key may appear once: <see cref="Add"/> rejects a duplicate with an exception naming the key, and
/// <see cref="TryAdd"/> reports it instead, so the caller decides (the mapping run reports the second product with
/// that key as invalid). Keys compare ordinally. Not thread-safe.
/// </remarks>
public sealed class CatalogManifestBuilder
{
    private readonly Dictionary<string, CatalogManifestEntry> _entries;

    /// <summary>Initializes an empty builder.</summary>
    public CatalogManifestBuilder()
    {
        _entries = new Dictionary<string, CatalogManifestEntry>(StringComparer.Ordinal);
    }

    /// <summary>Initializes an empty builder with room for a number of entries.</summary>
    /// <param name="capacity">The expected number of entries.</param>
    public CatalogManifestBuilder(int capacity)
    {
        _entries = new Dictionary<string, CatalogManifestEntry>(capacity, StringComparer.Ordinal);
    }

    /// <summary>Gets how many entries have been added.</summary>
    public int Count => _entries.Count;

    /// <summary>Adds an entry.</summary>
    /// <param name="entry">The entry.</param>
    /// <exception cref="ArgumentException">The key is empty, or the builder already has an entry with that key.</exception>
    public void Add(CatalogManifestEntry entry)
    {
        if (!TryAdd(entry))
        {
            throw new ArgumentException($"The manifest already has an entry for the product key '{entry.Key}'.", nameof(entry));
        }
    }

    /// <summary>Adds an entry unless its key is already there.</summary>
    /// <param name="entry">The entry.</param>
    /// <returns><see langword="true"/> when added; <see langword="false"/> when the key was already there (the first entry stays).</returns>
    /// <exception cref="ArgumentException">The key is <see langword="null"/> or empty.</exception>
    public bool TryAdd(CatalogManifestEntry entry)
    {
        if (string.IsNullOrEmpty(entry.Key))
        {
            throw new ArgumentException("A manifest entry needs a product key.", nameof(entry));
        }

        return _entries.TryAdd(entry.Key, entry);
    }

    /// <summary>Returns whether an entry with a key has been added.</summary>
    /// <param name="key">The product key.</param>
    /// <returns><see langword="true"/> when the key is there.</returns>
    public bool ContainsKey(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return _entries.ContainsKey(key);
    }

    /// <summary>Builds the manifest, sorted by key; the builder can go on collecting.</summary>
    /// <returns>The manifest.</returns>
    public CatalogManifest Build()
    {
        var entries = new CatalogManifestEntry[_entries.Count];
        _entries.Values.CopyTo(entries, 0);
        Array.Sort(entries, static (a, b) => string.CompareOrdinal(a.Key, b.Key));
        return CatalogManifest.FromSorted(entries);
    }
}
