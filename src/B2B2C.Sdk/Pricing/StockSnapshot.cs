using System;
using System.Collections.Frozen;
using System.Threading;

namespace B2B2C.Sdk.Pricing;

/// <summary>
/// A compiled, immutable, indexed stock book: what the <see cref="OfferEngine"/> reads, lock-free, on every offer.
/// </summary>
/// <remarks>
/// Build one with <see cref="Compile(StockBook)"/>. A failed compilation returns errors and no snapshot, so the
/// snapshot in force never changes by accident. Quantities are converted once, at compilation, into each article's
/// stock unit, and the stock is indexed by SKU. Each snapshot carries the book's <see cref="Version"/> label and a
/// <see cref="Sequence"/> number unique in the process. Immutable and thread-safe.
/// </remarks>
public sealed class StockSnapshot
{
    private static long s_sequence;

    internal StockSnapshot(StockBook book, long sequence, FrozenDictionary<string, StockEntry> entries)
    {
        Book = book;
        Sequence = sequence;
        Entries = entries;
    }

    /// <summary>Gets the stock book the snapshot was compiled from.</summary>
    public StockBook Book { get; }

    /// <summary>Gets the book's version label.</summary>
    public string Version => Book.Version;

    /// <summary>Gets a number that orders snapshots compiled in this process; a later compilation has a larger number.</summary>
    public long Sequence { get; }

    /// <summary>Gets the number of articles the snapshot knows.</summary>
    public int ArticleCount => Entries.Count;

    internal FrozenDictionary<string, StockEntry> Entries { get; }

    /// <summary>Validates and compiles a stock book.</summary>
    /// <param name="book">The stock book.</param>
    /// <returns>The snapshot, or every error found; warnings in both cases.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="book"/> is <see langword="null"/>.</exception>
    public static StockCompilation Compile(StockBook book)
    {
        ArgumentNullException.ThrowIfNull(book);
        return StockBookCompiler.Compile(book, Interlocked.Increment(ref s_sequence));
    }
}
