using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Runtime.InteropServices;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace B2B2C.Sdk.Catalog.Delta;

/// <summary>What one catalog run published: every product's key, content hash and product type, sorted by key.</summary>
/// <remarks>
/// <para>
/// A manifest is the memory of a run: the next run compares its own manifest with it
/// (<see cref="CatalogDelta.Compute"/>) to send only what changed. Entries are sorted by key in ordinal (UTF-16 code
/// unit) order and keys are unique. Instances are immutable and may be shared between threads.
/// </para>
/// <para>
/// The text form (<see cref="WriteAsync"/>, <see cref="ReadAsync"/>) is UTF-8 without a byte order mark, lines ended
/// by a line feed. The first line is the header <c>b2b2c-catalog-manifest&lt;TAB&gt;1&lt;TAB&gt;count</c>: the format
/// name, the format version and the number of entries that follow (so a truncated file is detected). Then one line
/// per entry, in key order: <c>key&lt;TAB&gt;hash&lt;TAB&gt;productType&lt;TAB&gt;typeFingerprint</c>, the hash as 32
/// lowercase hexadecimal digits and an unknown product type or fingerprint as an empty field. Keys, product types and
/// fingerprints are escaped: <c>\\</c> for a backslash, <c>\t</c> for a tab, <c>\n</c> for a line feed and <c>\r</c>
/// for a carriage return. Reading accepts CR LF line ends and rejects anything else that does not follow the format,
/// with a <see cref="CatalogManifestFormatException"/> naming the line.
/// </para>
/// </remarks>
public sealed class CatalogManifest
{
    /// <summary>The format name on the header line.</summary>
    public const string FormatName = "b2b2c-catalog-manifest";

    /// <summary>The format version this library writes and reads.</summary>
    public const int FormatVersion = 1;

    private const int WriteChunk = 32 * 1024;

    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly CatalogManifestEntry[] _entries;

    private CatalogManifest(CatalogManifestEntry[] sortedEntries)
    {
        _entries = sortedEntries;
    }

    /// <summary>Gets the manifest without entries (the memory of no earlier run).</summary>
    public static CatalogManifest Empty { get; } = new([]);

    /// <summary>Gets the number of entries.</summary>
    public int Count => _entries.Length;

    /// <summary>Gets the entries sorted by key (ordinal).</summary>
    public ImmutableArray<CatalogManifestEntry> Entries => ImmutableCollectionsMarshal.AsImmutableArray(_entries);

    /// <summary>Builds a manifest from entries in any order.</summary>
    /// <param name="entries">The entries.</param>
    /// <returns>The manifest.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entries"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A key is empty or appears twice.</exception>
    public static CatalogManifest Create(IEnumerable<CatalogManifestEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var builder = new CatalogManifestBuilder();
        foreach (CatalogManifestEntry entry in entries)
        {
            builder.Add(entry);
        }

        return builder.Build();
    }

    /// <summary>Finds the entry of a product key.</summary>
    /// <param name="key">The product key (ordinal comparison).</param>
    /// <param name="entry">The entry when found.</param>
    /// <returns><see langword="true"/> when the manifest has the key.</returns>
    public bool TryGetEntry(string key, out CatalogManifestEntry entry)
    {
        ArgumentNullException.ThrowIfNull(key);
        int low = 0;
        int high = _entries.Length - 1;
        while (low <= high)
        {
            int middle = low + ((high - low) >> 1);
            int order = string.CompareOrdinal(_entries[middle].Key, key);
            if (order == 0)
            {
                entry = _entries[middle];
                return true;
            }

            if (order < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        entry = default;
        return false;
    }

    /// <summary>Returns whether the manifest has a product key.</summary>
    /// <param name="key">The product key (ordinal comparison).</param>
    /// <returns><see langword="true"/> when the manifest has the key.</returns>
    public bool ContainsKey(string key) => TryGetEntry(key, out _);

    /// <summary>Reads a manifest from its text form, one line at a time.</summary>
    /// <param name="stream">The readable stream; it is read to its end and not closed.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The manifest.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    /// <exception cref="CatalogManifestFormatException">The text does not follow the format; the exception names the line.</exception>
    public static async ValueTask<CatalogManifest> ReadAsync(Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var reader = new StreamReader(stream, s_utf8, detectEncodingFromByteOrderMarks: false, bufferSize: 64 * 1024, leaveOpen: true);
        long lineNumber = 1;
        string? header;
        try
        {
            header = await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DecoderFallbackException error)
        {
            throw new CatalogManifestFormatException($"Catalog manifest, line {lineNumber}: the text is not UTF-8.", error);
        }

        int count = ParseHeader(header);
        var entries = new List<CatalogManifestEntry>(Math.Min(count, 1 << 20));
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        string? previousKey = null;
        while (true)
        {
            string? line;
            lineNumber++;
            try
            {
                line = await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (DecoderFallbackException error)
            {
                throw new CatalogManifestFormatException($"Catalog manifest, line {lineNumber}: the text is not UTF-8.", error);
            }

            if (line is null)
            {
                break;
            }

            if (entries.Count == count)
            {
                throw new CatalogManifestFormatException(lineNumber, $"the header announces {count} entries, but there are more lines.");
            }

            CatalogManifestEntry entry = ParseEntry(line, lineNumber, names);
            if (previousKey is not null)
            {
                int order = string.CompareOrdinal(previousKey, entry.Key);
                if (order == 0)
                {
                    throw new CatalogManifestFormatException(lineNumber, $"the key '{entry.Key}' appears twice.");
                }

                if (order > 0)
                {
                    throw new CatalogManifestFormatException(lineNumber, $"the key '{entry.Key}' is out of order; keys must be sorted ordinally.");
                }
            }

            entries.Add(entry);
            previousKey = entry.Key;
        }

        if (entries.Count != count)
        {
            throw new CatalogManifestFormatException(lineNumber, $"the header announces {count} entries, but the file ends after {entries.Count}.");
        }

        return FromSorted([.. entries]);

        static int ParseHeader(string? header)
        {
            string[] parts = (header ?? string.Empty).Split('\t');
            if (parts.Length != 3 || !string.Equals(parts[0], FormatName, StringComparison.Ordinal))
            {
                throw new CatalogManifestFormatException(1, $"the header must be '{FormatName}<TAB>{FormatVersion}<TAB>count'.");
            }

            if (!string.Equals(parts[1], FormatVersion.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal))
            {
                throw new CatalogManifestFormatException(1, $"format version '{parts[1]}' is not supported; this library reads version {FormatVersion}.");
            }

            if (!int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out int count) || count < 0)
            {
                throw new CatalogManifestFormatException(1, $"the entry count '{parts[2]}' is not a non-negative integer.");
            }

            return count;
        }
    }

    /// <summary>Writes the manifest in its text form.</summary>
    /// <param name="stream">The writable stream; it is not closed.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the text is written and the stream flushed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    public async ValueTask WriteAsync(Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var writer = new StreamWriter(stream, s_utf8, bufferSize: 64 * 1024, leaveOpen: true);
        await using (writer.ConfigureAwait(false))
        {
            var text = new StringBuilder(WriteChunk + 1024);
            text.Append(FormatName).Append('\t').Append(FormatVersion).Append('\t').Append(_entries.Length).Append('\n');
            char[] hash = new char[CatalogContentHash.TextLength];
            foreach (CatalogManifestEntry entry in _entries)
            {
                ManifestText.AppendEscaped(text, entry.Key);
                entry.ContentHash.Format(hash);
                text.Append('\t').Append(hash).Append('\t');
                ManifestText.AppendEscaped(text, entry.ProductTypeId);
                text.Append('\t');
                ManifestText.AppendEscaped(text, entry.ProductTypeFingerprint);
                text.Append('\n');
                if (text.Length >= WriteChunk)
                {
                    await writer.WriteAsync(text, cancellationToken).ConfigureAwait(false);
                    text.Clear();
                }
            }

            await writer.WriteAsync(text, cancellationToken).ConfigureAwait(false);
            await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Wraps entries already sorted by key with unique keys.</summary>
    internal static CatalogManifest FromSorted(CatalogManifestEntry[] sortedEntries)
        => sortedEntries.Length == 0 ? Empty : new CatalogManifest(sortedEntries);

    /// <summary>Gets the entries as a span, for merge joins.</summary>
    internal ReadOnlySpan<CatalogManifestEntry> Span => _entries;

    private static CatalogManifestEntry ParseEntry(string line, long lineNumber, Dictionary<string, string> names)
    {
        ReadOnlySpan<char> rest = line;
        Span<Range> parts = stackalloc Range[5];
        int fields = rest.Split(parts, '\t');
        if (fields != 4)
        {
            throw new CatalogManifestFormatException(lineNumber, $"an entry has 4 tab-separated fields (key, hash, product type, fingerprint), but this line has {(fields > 4 ? "more" : fields.ToString(CultureInfo.InvariantCulture))}.");
        }

        string key = Field(rest[parts[0]], lineNumber, "key") ?? string.Empty;
        if (key.Length == 0)
        {
            throw new CatalogManifestFormatException(lineNumber, "the key is empty.");
        }

        if (!CatalogContentHash.TryParse(rest[parts[1]], out CatalogContentHash hash))
        {
            throw new CatalogManifestFormatException(lineNumber, $"the hash '{rest[parts[1]].ToString()}' is not 32 hexadecimal digits.");
        }

        string? productType = Shared(Field(rest[parts[2]], lineNumber, "product type"), names);
        string? fingerprint = Shared(Field(rest[parts[3]], lineNumber, "fingerprint"), names);
        return new CatalogManifestEntry(key, hash, productType, fingerprint);

        static string? Field(ReadOnlySpan<char> field, long lineNumber, string what)
        {
            if (field.IsEmpty)
            {
                return null;
            }

            return ManifestText.Unescape(field, out string? problem)
                ?? throw new CatalogManifestFormatException(lineNumber, $"the {what} is malformed: {problem}.");
        }

        static string? Shared(string? value, Dictionary<string, string> names)
        {
            if (value is null)
            {
                return null;
            }

            if (names.TryGetValue(value, out string? shared))
            {
                return shared;
            }

            names.Add(value, value);
            return value;
        }
    }
}
