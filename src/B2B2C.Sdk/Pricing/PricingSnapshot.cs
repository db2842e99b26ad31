using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;

namespace B2B2C.Sdk.Pricing;

/// <summary>
/// A compiled, immutable, indexed price book: what the <see cref="PricingEngine"/> reads, lock-free, on every call.
/// </summary>
/// <remarks>
/// <para>
/// Build one with <see cref="Compile(PriceBook)"/>; change one with <see cref="WithPriceList(PriceList)"/> or
/// <see cref="WithoutPriceList(PriceListId)"/>, which recompile only the changed list and share the rest. A failed
/// compilation returns errors and no snapshot, so the snapshot in force never changes by accident.
/// </para>
/// <para>
/// Each snapshot carries the book's <see cref="Version"/> label, a <see cref="Sequence"/> number unique in the
/// process, and a <see cref="ContentHash"/> over every field that can change a price; proofs name the content hash,
/// so a replay can tell whether it runs against the same data. Immutable and thread-safe.
/// </para>
/// </remarks>
public sealed class PricingSnapshot
{
    private static long s_sequence;

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Major Code Smell", "S107:Methods should not have too many parameters", Justification = "Internal; built by the compiler only.")]
    internal PricingSnapshot(
        PriceBook book,
        long sequence,
        ImmutableArray<PriceSourceKind> accessSequence,
        FrozenDictionary<string, NodeInfo> nodes,
        CompiledList[] lists,
        string contentHash,
        CurrencyCoverage coverage,
        PricingSnapshot? previous = null,
        HashSet<(PriceSourceKind, string)>? affected = null)
    {
        Book = book;
        Sequence = sequence;
        AccessSequence = accessSequence;
        Nodes = nodes;
        Lists = lists;
        ContentHash = contentHash;
        Coverage = coverage;
        int entries = 0;
        foreach (CompiledList list in lists)
        {
            entries += list.EntryCount;
        }

        EntryCount = entries;
        if (previous is null || affected is null)
        {
            ListsBySource = lists.ToDictionary<CompiledList, PriceList>(l => l.Source, ReferenceEqualityComparer.Instance);
            ListsById = lists.ToDictionary(l => l.Id, StringComparer.Ordinal);
            Global = Scoped(lists, PriceSourceKind.List).GetValueOrDefault(string.Empty, []);
            ByCustomer = Scoped(lists, PriceSourceKind.Contract);
            ByNode = Scoped(lists, PriceSourceKind.HierarchyNode);
            BySegment = Scoped(lists, PriceSourceKind.Segment);
        }
        else
        {
            // Only the lists that changed, and the scopes they belong to, differ from the previous snapshot: start
            // from its maps and replace those.
            ListsBySource = new Dictionary<PriceList, CompiledList>(previous.ListsBySource, ReferenceEqualityComparer.Instance);
            ListsById = new Dictionary<string, CompiledList>(previous.ListsById, StringComparer.Ordinal);
            foreach (CompiledList old in previous.Lists)
            {
                if (old.Index >= lists.Length || !ReferenceEquals(lists[old.Index], old))
                {
                    ListsBySource.Remove(old.Source);
                    ListsById.Remove(old.Id);
                }
            }

            var inScope = new Dictionary<(PriceSourceKind, string), List<CompiledList>>();
            foreach ((PriceSourceKind, string) scope in affected)
            {
                inScope[scope] = [];
            }

            foreach (CompiledList list in lists)
            {
                if (!previous.ListsBySource.TryGetValue(list.Source, out CompiledList? kept) || !ReferenceEquals(kept, list))
                {
                    ListsBySource[list.Source] = list;
                    ListsById[list.Id] = list;
                }

                if (inScope.TryGetValue((list.Kind, list.Scope), out List<CompiledList>? members))
                {
                    members.Add(list);
                }
            }

            Dictionary<string, CompiledList[]> global = Rescope(previous.GlobalByScope, inScope, PriceSourceKind.List);
            GlobalByScope = global;
            Global = global.GetValueOrDefault(string.Empty, []);
            ByCustomer = Rescope(previous.ByCustomer, inScope, PriceSourceKind.Contract);
            ByNode = Rescope(previous.ByNode, inScope, PriceSourceKind.HierarchyNode);
            BySegment = Rescope(previous.BySegment, inScope, PriceSourceKind.Segment);
        }

        GlobalByScope ??= Scoped(lists, PriceSourceKind.List);
        Products = previous is not null && previous.Book.Products == book.Products
            ? previous.Products
            : book.Products.IsDefault
                ? FrozenDictionary<string, PricedProduct>.Empty
                : book.Products.ToFrozenDictionary(p => p.Sku.Value, StringComparer.Ordinal);
    }

    /// <summary>Gets the price book the snapshot was compiled from.</summary>
    public PriceBook Book { get; }

    /// <summary>Gets the book's version label.</summary>
    public string Version => Book.Version;

    /// <summary>Gets a number that orders snapshots compiled in this process; a later compilation has a larger number.</summary>
    public long Sequence { get; }

    /// <summary>Gets a hexadecimal SHA-256 over every field of the book that can change a price.</summary>
    public string ContentHash { get; }

    /// <summary>Gets the number of price entries compiled.</summary>
    public int EntryCount { get; }

    /// <summary>Gets the number of price lists compiled.</summary>
    public int PriceListCount => Lists.Length;

    internal ImmutableArray<PriceSourceKind> AccessSequence { get; }

    internal FrozenDictionary<string, NodeInfo> Nodes { get; }

    internal CompiledList[] Lists { get; }

    internal Dictionary<PriceList, CompiledList> ListsBySource { get; }

    internal Dictionary<string, CompiledList> ListsById { get; }

    internal CompiledList[] Global { get; }

    /// <summary>Gets the list-price lists by scope (the one scope is empty), kept to be reused by the next recompilation.</summary>
    internal Dictionary<string, CompiledList[]> GlobalByScope { get; }

    /// <summary>Gets each contract customer's lists, in consultation order; built once, then only read.</summary>
    internal Dictionary<string, CompiledList[]> ByCustomer { get; }

    /// <summary>Gets each hierarchy node's lists, in consultation order; built once, then only read.</summary>
    internal Dictionary<string, CompiledList[]> ByNode { get; }

    /// <summary>Gets each segment's lists, in consultation order; built once, then only read.</summary>
    internal Dictionary<string, CompiledList[]> BySegment { get; }

    /// <summary>Gets the book's currencies and each scope's currency-coverage warning, reused by the next recompilation.</summary>
    internal CurrencyCoverage Coverage { get; }

    internal FrozenDictionary<string, PricedProduct> Products { get; }

    /// <summary>Validates and compiles a price book.</summary>
    /// <param name="book">The price book.</param>
    /// <returns>The snapshot, or every error found; warnings in both cases.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="book"/> is <see langword="null"/>.</exception>
    public static PricingCompilation Compile(PriceBook book)
        => PriceBookCompiler.Compile(book, previous: null, Interlocked.Increment(ref s_sequence));

    /// <summary>
    /// Returns a snapshot in which one price list is added, or replaces the list with the same identifier; only that
    /// list is recompiled.
    /// </summary>
    /// <param name="list">The new or changed list.</param>
    /// <returns>The new snapshot, or the errors that prevent it (this snapshot is unchanged either way).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="list"/> is <see langword="null"/>.</exception>
    public PricingCompilation WithPriceList(PriceList list)
    {
        ArgumentNullException.ThrowIfNull(list);
        ImmutableArray<PriceList> lists = Book.PriceLists;
        int index = lists.IndexOf(lists.FirstOrDefault(l => l.Id == list.Id)!, ReferenceEqualityComparer.Instance);
        ImmutableArray<PriceList> changed = index >= 0 ? lists.SetItem(index, list) : lists.Add(list);
        return Recompile(Book with { PriceLists = changed });
    }

    /// <summary>Returns a snapshot without the price list of the given identifier.</summary>
    /// <param name="id">The list to remove.</param>
    /// <returns>The new snapshot, or the errors that prevent it.</returns>
    /// <exception cref="ArgumentException">No list has that identifier.</exception>
    public PricingCompilation WithoutPriceList(PriceListId id)
    {
        int index = Book.PriceLists.IndexOf(Book.PriceLists.FirstOrDefault(l => l.Id == id)!, ReferenceEqualityComparer.Instance);
        if (index < 0)
        {
            throw new ArgumentException($"The snapshot has no price list '{id.Value}'.", nameof(id));
        }

        return Recompile(Book with { PriceLists = Book.PriceLists.RemoveAt(index) });
    }

    /// <summary>Returns a snapshot of another version of the book, reusing every list that is the same instance as in this one.</summary>
    /// <param name="book">The changed book.</param>
    /// <returns>The new snapshot, or the errors that prevent it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="book"/> is <see langword="null"/>.</exception>
    public PricingCompilation Recompile(PriceBook book)
        => PriceBookCompiler.Compile(book, this, Interlocked.Increment(ref s_sequence));

    private static Dictionary<string, CompiledList[]> Scoped(CompiledList[] lists, PriceSourceKind kind)
        => lists
            .Where(l => l.Kind == kind)
            .GroupBy(l => l.Scope, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g =>
                {
                    CompiledList[] ordered = [.. g];
                    Array.Sort(ordered, CompiledList.CompareForConsultation);
                    return ordered;
                },
                StringComparer.Ordinal);

    /// <summary>The previous snapshot's lists of one kind by scope, with the affected scopes of that kind rebuilt; the same map when none is.</summary>
    private static Dictionary<string, CompiledList[]> Rescope(
        Dictionary<string, CompiledList[]> previous, Dictionary<(PriceSourceKind, string), List<CompiledList>> affected, PriceSourceKind kind)
    {
        Dictionary<string, CompiledList[]>? result = null;
        foreach (KeyValuePair<(PriceSourceKind, string), List<CompiledList>> scope in affected)
        {
            if (scope.Key.Item1 != kind)
            {
                continue;
            }

            result ??= new Dictionary<string, CompiledList[]>(previous, StringComparer.Ordinal);
            if (scope.Value.Count == 0)
            {
                result.Remove(scope.Key.Item2);
                continue;
            }

            CompiledList[] ordered = [.. scope.Value];
            Array.Sort(ordered, CompiledList.CompareForConsultation);
            result[scope.Key.Item2] = ordered;
        }

        return result ?? previous;
    }
}
