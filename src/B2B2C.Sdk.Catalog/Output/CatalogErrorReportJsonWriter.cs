using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace B2B2C.Sdk.Catalog.Output;

/// <summary>Writes invalid products as a JSON Lines error report, one product with all its issues per line.</summary>
/// <remarks>
/// <para>
/// The report is JSON Lines rather than one JSON document so that it streams in constant memory, stays valid up to
/// the last complete line if a run is interrupted, and can be filtered line by line (<c>grep</c>, <c>jq -c</c>).
/// Each line is one compact object, UTF-8 without a byte order mark, ended by a line feed:
/// </para>
/// <code>
/// {"key":"RC0603-10K","location":{"source":"parts.csv","record":3,"line":4},"productType":"resistor",
///  "issues":[{"code":"CV201","severity":"error","message":"..","targetField":"resistance","sourceField":"R",
///  "location":{"source":"parts.csv","record":3,"line":4}}]}
/// </code>
/// <para>
/// (shown wrapped; a record is one line). A location always has <c>source</c>, <c>record</c> and <c>line</c> (0 when
/// unknown) and has <c>element</c> only when the source is XML; <c>productType</c> is <see langword="null"/> when no
/// product type was found; <c>targetField</c> and <c>sourceField</c> appear only when the issue names them. Every issue
/// of the product is listed, warnings included, in the product's order; <c>severity</c> is <c>error</c> or
/// <c>warning</c>. The same product always gives the same bytes. The stream is never closed. Not thread-safe.
/// </para>
/// </remarks>
public sealed class CatalogErrorReportJsonWriter : IAsyncDisposable
{
    private readonly JsonLinesSink _sink;

    /// <summary>Initializes a writer.</summary>
    /// <param name="stream">The writable stream; it is not closed by the writer.</param>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="stream"/> is not writable.</exception>
    public CatalogErrorReportJsonWriter(Stream stream)
    {
        _sink = new JsonLinesSink(stream);
    }

    /// <summary>Gets how many products have been written.</summary>
    public long Count { get; private set; }

    /// <summary>Writes one invalid product as one line.</summary>
    /// <param name="product">The product; it must be invalid.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the line is buffered (or written, when the buffer was full).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="product"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="product"/> is valid: valid products are published, not reported.</exception>
    /// <exception cref="ObjectDisposedException">The writer was disposed.</exception>
    public ValueTask WriteAsync(MappedProduct product, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(product);
        ObjectDisposedException.ThrowIf(_sink.IsDisposed, this);
        if (product.IsValid)
        {
            throw new ArgumentException($"Product '{product.Source}' is valid; the error report holds invalid products only.", nameof(product));
        }

        ProductJson.WriteErrorRecord(_sink.Writer, product);
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

    /// <summary>Releases the buffer without writing what is still in it (the run failed).</summary>
    internal void Abandon() => _sink.Abandon();
}
