using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace B2B2C.Sdk.Catalog.Output;

/// <summary>Writes valid mapped products as JSON Lines in the marketplace's import shape, one product per line.</summary>
/// <remarks>
/// <para>
/// Each line is one compact object, UTF-8 without a byte order mark, ended by a line feed:
/// <c>{"key":..,"productType":..,"attributes":{..},"extended":{..}}</c>, plus <c>"provenance":{..}</c> when it is
/// asked for. Attributes appear in the order of the product's values, an attribute with several values once:
/// a number is written from its canonical text verbatim (never through <see cref="double"/>), as
/// <c>{"value":10000,"unit":"OHM"}</c> when it has a unit; a localized text is an object from language to text
/// (<c>und</c> for a value without a language); a multi-enum is an array of strings; a boolean is <c>true</c> or
/// <c>false</c>; a range is <c>{"min":-40,"max":125,"unit":"CEL"}</c>; text and enums are strings. Any other
/// attribute with several values is an array. <c>extended</c> maps each carried-over source field name to its text, or
/// to <c>{"value":..,"unit":..,"lang":..}</c> when the source gave a unit or a language, or to an array of those when
/// the name repeats. Provenance maps each attribute to <c>{"rule":..,"source":..}</c> (<see langword="null"/> when
/// unknown). Text is escaped only where JSON requires it, so non-ASCII text stays readable.
/// </para>
/// <para>
/// The output is deterministic: the same product always gives the same bytes. Lines are buffered and copied to the
/// stream in chunks of about 256 KiB; call <see cref="FlushAsync"/> or <see cref="DisposeAsync"/> at the end. The
/// stream is never closed. Not thread-safe: one writer serves one sequence of products.
/// </para>
/// </remarks>
public sealed class MarketplaceProductWriter : IAsyncDisposable
{
    private readonly JsonLinesSink _sink;

    /// <summary>Initializes a writer.</summary>
    /// <param name="stream">The writable stream; it is not closed by the writer.</param>
    /// <param name="includeProvenance">Whether each line carries the <c>provenance</c> object.</param>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="stream"/> is not writable.</exception>
    public MarketplaceProductWriter(Stream stream, bool includeProvenance = false)
    {
        _sink = new JsonLinesSink(stream);
        IncludeProvenance = includeProvenance;
    }

    /// <summary>Gets a value indicating whether each line carries the <c>provenance</c> object.</summary>
    public bool IncludeProvenance { get; }

    /// <summary>Gets how many products have been written.</summary>
    public long Count { get; private set; }

    /// <summary>Writes one product as one line.</summary>
    /// <param name="product">The product; it must be valid (possibly with warnings).</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the line is buffered (or written, when the buffer was full).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="product"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="product"/> is invalid: invalid products belong in the error reports.</exception>
    /// <exception cref="FormatException">A number, range or boolean value is not in canonical form.</exception>
    /// <exception cref="ObjectDisposedException">The writer was disposed.</exception>
    public ValueTask WriteAsync(MappedProduct product, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(product);
        ObjectDisposedException.ThrowIf(_sink.IsDisposed, this);
        if (!product.IsValid)
        {
            throw new ArgumentException($"Product '{product.Source}' is invalid; invalid products belong in the error reports.", nameof(product));
        }

        int lineStart = _sink.LineStart;
        try
        {
            ProductJson.WriteProduct(_sink.Writer, product, IncludeProvenance);
        }
        catch
        {
            _sink.DiscardLine(lineStart);
            throw;
        }

        Count++;
        return _sink.EndLineAsync(cancellationToken);
    }

    /// <summary>Copies the buffered lines to the stream and flushes the stream.</summary>
    /// <param name="cancellationToken">Cancels the flush.</param>
    /// <returns>A task that completes when the stream is flushed.</returns>
    /// <exception cref="ObjectDisposedException">The writer was disposed.</exception>
    public ValueTask FlushAsync(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_sink.IsDisposed, this);
        return _sink.FlushAsync(cancellationToken);
    }

    /// <summary>Flushes the buffered lines and releases the buffer; the stream stays open.</summary>
    /// <returns>A task that completes when the lines are written.</returns>
    public ValueTask DisposeAsync() => _sink.DisposeAsync();

    /// <summary>Appends a line the run serialized on a worker thread (the same bytes <see cref="WriteAsync"/> writes).</summary>
    internal ValueTask WriteLineAsync(ReadOnlySpan<byte> line, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_sink.IsDisposed, this);
        Count++;
        return _sink.WriteLineAsync(line, cancellationToken);
    }

    /// <summary>Releases the buffer without writing what is still in it (the run failed).</summary>
    internal void Abandon() => _sink.Abandon();
}
