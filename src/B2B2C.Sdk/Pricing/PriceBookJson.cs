using System;
using System.Buffers;
using System.Collections.Immutable;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace B2B2C.Sdk.Pricing;

/// <summary>
/// Reads and writes the documented JSON form of a <see cref="PriceBook"/>, described by
/// <c>docs/schemas/price-book.schema.json</c>:
/// <c>{"version":"2026-11","hierarchy":[...],"priceLists":[{"id":"LIST-EUR","kind":"list","currency":"EUR","entries":[...]}]}</c>.
/// </summary>
/// <remarks>
/// <para>
/// Names are camelCase and case-sensitive. Decimals (prices, quantities, price bases) are written as JSON strings with
/// their exact scale (<c>"4.20"</c> stays <c>"4.20"</c>) and read from strings or JSON numbers straight into
/// <see cref="decimal"/>, never through <see cref="double"/>. Enums are camelCase strings (<c>"hierarchyNode"</c>,
/// <c>"graduated"</c>); instants are ISO 8601 with an explicit offset (<c>"2026-01-01T00:00:00Z"</c>). Properties
/// whose value is <see langword="null"/> or the model's default (unit <c>H87</c>, price basis <c>1</c>, tier kind
/// <c>volume</c>, priority <c>0</c>, inheritance <c>inherit</c>, the default access sequence, empty arrays other than <c>priceLists</c>) are not
/// written; on input, <see langword="null"/> for an optional property means the property is absent. The root object
/// may carry a <c>"$schema"</c> string for editors; it is not part of the model.
/// </para>
/// <para>
/// Reading maps JSON to the model faithfully and rejects, with a <see cref="PriceBookException"/> naming the JSON
/// path, the line and the byte position: malformed JSON, unknown or repeated properties (typos never pass silently),
/// missing required properties, values of the wrong JSON type, unknown enum names, and invalid identifiers,
/// currencies, units, decimals and instants. Whether the book makes sense (ascending tiers, known nodes, one scope per
/// list) is checked by <see cref="PricingSnapshot.Compile(PriceBook)"/>, which reports
/// <see cref="PricingDiagnostic"/>s.
/// </para>
/// <para>For every book it accepts, <c>Read(Write(book))</c> equals <c>book</c> field by field. Stateless and thread-safe.</para>
/// </remarks>
public static class PriceBookJson
{
    private const int InitialStreamBuffer = 64 * 1024;

    private const int FlushThreshold = 64 * 1024;

    /// <summary>Reads a price book from UTF-8 JSON.</summary>
    /// <param name="utf8">The document in UTF-8, with or without a byte order mark.</param>
    /// <returns>The price book, not yet compiled.</returns>
    /// <exception cref="PriceBookException">The document is not a valid price book document; the exception names the
    /// JSON path, line and byte position of the first problem.</exception>
    public static PriceBook Read(ReadOnlySpan<byte> utf8) => PriceBookJsonReader.Read(utf8);

    /// <summary>Reads a price book from a JSON string.</summary>
    /// <param name="json">The document.</param>
    /// <returns>The price book, not yet compiled.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="PriceBookException">The document is not a valid price book document; the exception names the
    /// JSON path, line and byte position (in the UTF-8 form of the string) of the first problem.</exception>
    public static PriceBook Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return PriceBookJsonReader.Read(Encoding.UTF8.GetBytes(json));
    }

    /// <summary>Reads a price book from a stream of UTF-8 JSON.</summary>
    /// <param name="stream">The stream, read to its end; it is not closed.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The price book, not yet compiled.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    /// <exception cref="PriceBookException">The document is not a valid price book document; the exception names the
    /// JSON path, line and byte position of the first problem.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <remarks>The whole document is buffered before it is parsed, so that a problem can be reported with its line.</remarks>
    public static async ValueTask<PriceBook> ReadAsync(Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        byte[] buffer = ArrayPool<byte>.Shared.Rent(InitialStreamBuffer);
        int length = 0;
        try
        {
            while (true)
            {
                if (length == buffer.Length)
                {
                    byte[] larger = ArrayPool<byte>.Shared.Rent(checked(buffer.Length * 2));
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                int read = await stream.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    break;
                }

                length += read;
            }

            return PriceBookJsonReader.Read(buffer.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Writes a price book as indented JSON.</summary>
    /// <param name="book">The price book.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="book"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The book holds something JSON cannot represent: a <see langword="null"/>
    /// version, list, entry or node, a default (empty) identifier, or an undefined enum value; the message names where.</exception>
    public static string Write(PriceBook book)
    {
        ArgumentNullException.ThrowIfNull(book);
        var output = new ArrayBufferWriter<byte>(4096);
        using (var writer = new Utf8JsonWriter(output, PriceBookJsonWriter.Options))
        {
            PriceBookJsonWriter.WriteStart(writer, book);
            ImmutableArray<PriceList> lists = book.PriceLists.IsDefault ? [] : book.PriceLists;
            for (int i = 0; i < lists.Length; i++)
            {
                PriceBookJsonWriter.WriteList(writer, lists[i], i);
            }

            PriceBookJsonWriter.WriteEnd(writer);
        }

        return Encoding.UTF8.GetString(output.WrittenSpan);
    }

    /// <summary>Writes a price book as indented UTF-8 JSON to a stream, flushing as it goes.</summary>
    /// <param name="stream">The stream; it is not closed.</param>
    /// <param name="book">The price book.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the document is written and flushed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> or <paramref name="book"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The book holds something JSON cannot represent (see <see cref="Write(PriceBook)"/>);
    /// the stream may then hold the start of the document.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static async Task WriteAsync(Stream stream, PriceBook book, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(book);
        Utf8JsonWriter writer = new(stream, PriceBookJsonWriter.Options);
        await using (writer.ConfigureAwait(false))
        {
            PriceBookJsonWriter.WriteStart(writer, book);
            ImmutableArray<PriceList> lists = book.PriceLists.IsDefault ? [] : book.PriceLists;
            for (int i = 0; i < lists.Length; i++)
            {
                PriceBookJsonWriter.WriteList(writer, lists[i], i);
                if (writer.BytesPending >= FlushThreshold)
                {
                    await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
                }
            }

            PriceBookJsonWriter.WriteEnd(writer);
            await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
