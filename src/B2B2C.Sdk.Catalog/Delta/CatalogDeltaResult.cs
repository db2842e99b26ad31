using System.Collections.Immutable;

namespace B2B2C.Sdk.Catalog.Delta;

/// <summary>What changed between two catalog manifests, as keys sorted ordinally.</summary>
/// <remarks>
/// Every key of either manifest falls in exactly one group: <see cref="Added"/>, <see cref="Changed"/>,
/// <see cref="Invalidated"/>, <see cref="Removed"/> or the unchanged ones (counted by <see cref="Unchanged"/>).
/// The previous keys plus <see cref="Added"/> minus <see cref="Removed"/> are the current keys. Immutable.
/// </remarks>
public sealed class CatalogDeltaResult
{
    internal CatalogDeltaResult(
        ImmutableArray<string> added,
        ImmutableArray<string> changed,
        ImmutableArray<string> removed,
        ImmutableArray<string> invalidated,
        int unchanged)
    {
        Added = added;
        Changed = changed;
        Removed = removed;
        Invalidated = invalidated;
        Unchanged = unchanged;
    }

    /// <summary>Gets the keys only the current manifest has: products to create.</summary>
    public ImmutableArray<string> Added { get; }

    /// <summary>Gets the keys in both whose content hash differs: products to update.</summary>
    public ImmutableArray<string> Changed { get; }

    /// <summary>Gets the keys only the previous manifest has: products to delete.</summary>
    public ImmutableArray<string> Removed { get; }

    /// <summary>
    /// Gets the keys in both whose content hash is the same but whose product-type fingerprint differs: the target
    /// schema changed under an unchanged product, which must be checked and sent again.
    /// </summary>
    public ImmutableArray<string> Invalidated { get; }

    /// <summary>Gets how many keys are in both with the same content hash and product-type fingerprint.</summary>
    public int Unchanged { get; }

    /// <summary>Gets a value indicating whether nothing was added, changed, removed or invalidated.</summary>
    public bool IsEmpty => Added.IsEmpty && Changed.IsEmpty && Removed.IsEmpty && Invalidated.IsEmpty;
}
