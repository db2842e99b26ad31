using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using System.Threading;

namespace B2B2C.Sdk.Catalog.Readers;

/// <summary>Reads a supplier catalog from a BMEcat 2005 document, product by product, in constant memory.</summary>
/// <remarks>
/// <para>
/// Elements are matched by local name, so documents with or without the <c>http://www.bmecat.org/bmecat/2005</c>
/// namespace are read alike. The header's <c>CATALOG/LANGUAGE</c> (the one marked <c>default="true"</c> when there
/// are several) and <c>CURRENCY</c> are read first. Every <c>PRODUCT</c> of <c>T_NEW_CATALOG</c>,
/// <c>T_UPDATE_PRODUCTS</c> or <c>T_UPDATE_PRICES</c> becomes one <see cref="SourceProduct"/> keyed by its
/// <c>SUPPLIER_PID</c>, located at <c>/BMECAT/T_NEW_CATALOG/PRODUCT[n]</c>. Fields are named after the BMEcat
/// elements, and features after their <c>FNAME</c>; the article <c>docs/articles/catalog-sources.md</c> lists every
/// convention. ISO 639-2 language codes become BCP 47 tags (<c>eng</c> becomes <c>en</c>). Values are trimmed.
/// </para>
/// <para>
/// XML cannot be resynchronised after a well-formedness error, so reading stops there and the product being read
/// (or the last one read) carries <see cref="CatalogReadCodes.MalformedXml"/> with the line and position. DTDs are
/// prohibited; the declared encoding is honoured.
/// </para>
/// <para>
/// A reader over a stream never disposes it; a non-seekable stream can be enumerated once. A reader over a path opens
/// the file for every enumeration. Instances are not safe for concurrent enumerations.
/// </para>
/// </remarks>
public sealed class BmecatCatalogReader : ICatalogSource
{
    private readonly CatalogInput _input;
    private readonly BmecatCatalogReaderOptions _options;

    /// <summary>Initializes a reader over a stream the caller owns.</summary>
    /// <param name="stream">The BMEcat bytes; read from its current position and never disposed by the reader.</param>
    /// <param name="name">The source name used in locations, usually the file name.</param>
    /// <param name="options">The options, or <see langword="null"/> for the defaults.</param>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> or <paramref name="name"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The stream cannot be read, or an option is invalid.</exception>
    public BmecatCatalogReader(Stream stream, string name, BmecatCatalogReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        _input = CatalogInput.FromStream(stream);
        Name = name;
        _options = options ?? new BmecatCatalogReaderOptions();
        _options.Validate();
    }

    /// <summary>Initializes a reader over a file, which is opened when enumeration starts.</summary>
    /// <param name="path">The file path; its file name becomes <see cref="Name"/>.</param>
    /// <param name="options">The options, or <see langword="null"/> for the defaults.</param>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty, or an option is invalid.</exception>
    public BmecatCatalogReader(string path, BmecatCatalogReaderOptions? options = null)
    {
        _input = CatalogInput.FromPath(path);
        Name = CatalogInput.NameOf(path);
        _options = options ?? new BmecatCatalogReaderOptions();
        _options.Validate();
    }

    /// <inheritdoc/>
    public string Name { get; }

    /// <inheritdoc/>
    public async IAsyncEnumerable<SourceProduct> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        Stream stream = _input.Open(out bool ownsStream);
        var parser = new BmecatParser(stream, Name, _options);
        try
        {
            while (await parser.NextAsync(cancellationToken).ConfigureAwait(false) is { } product)
            {
                yield return product;
            }
        }
        finally
        {
            parser.Dispose();
            if (ownsStream)
            {
                await stream.DisposeAsync().ConfigureAwait(false);
            }
        }
    }
}
