using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using System.Threading;

namespace B2B2C.Sdk.Catalog.Readers;

/// <summary>Reads a supplier catalog from a JSON Lines file, one JSON object per line, in constant memory.</summary>
/// <remarks>
/// <para>
/// Every property becomes a <see cref="SourceField"/>: nested objects flatten with <c>.</c>
/// (<c>features.resistance</c>); an object whose members are <c>value</c> and optionally <c>unit</c> and <c>lang</c>
/// is one field with that unit and language; an array gives one field per element, with the same name, in order;
/// numbers keep their exact JSON text (<c>1e-9</c> stays <c>1e-9</c>); <c>true</c> and <c>false</c> become those
/// words; <c>null</c> gives an empty field. A property name <c>name@lang</c> sets the language. The key is the
/// property <see cref="JsonLinesCatalogReaderOptions.KeyField"/>.
/// </para>
/// <para>
/// Blank lines are skipped but counted, so line numbers are exact. A bad line (invalid JSON, not an object, too long)
/// is still produced with its <see cref="SourceProduct.ReadIssues"/> and reading goes on with the next line. A UTF-8
/// byte order mark is skipped; UTF-16 is read after its byte order mark.
/// </para>
/// <para>
/// A reader over a stream never disposes it; a non-seekable stream can be enumerated once. A reader over a path opens
/// the file for every enumeration. Instances are not safe for concurrent enumerations.
/// </para>
/// </remarks>
public sealed class JsonLinesCatalogReader : ICatalogSource
{
    private readonly CatalogInput _input;
    private readonly JsonLinesCatalogReaderOptions _options;

    /// <summary>Initializes a reader over a stream the caller owns.</summary>
    /// <param name="stream">The JSON Lines bytes; read from its current position and never disposed by the reader.</param>
    /// <param name="name">The source name used in locations, usually the file name.</param>
    /// <param name="options">The options, or <see langword="null"/> for the defaults.</param>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> or <paramref name="name"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The stream cannot be read, or an option is invalid.</exception>
    public JsonLinesCatalogReader(Stream stream, string name, JsonLinesCatalogReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        _input = CatalogInput.FromStream(stream);
        Name = name;
        _options = options ?? new JsonLinesCatalogReaderOptions();
        _options.Validate();
    }

    /// <summary>Initializes a reader over a file, which is opened when enumeration starts.</summary>
    /// <param name="path">The file path; its file name becomes <see cref="Name"/>.</param>
    /// <param name="options">The options, or <see langword="null"/> for the defaults.</param>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty, or an option is invalid.</exception>
    public JsonLinesCatalogReader(string path, JsonLinesCatalogReaderOptions? options = null)
    {
        _input = CatalogInput.FromPath(path);
        Name = CatalogInput.NameOf(path);
        _options = options ?? new JsonLinesCatalogReaderOptions();
        _options.Validate();
    }

    /// <inheritdoc/>
    public string Name { get; }

    /// <inheritdoc/>
    public async IAsyncEnumerable<SourceProduct> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        Stream stream = _input.Open(out bool ownsStream);
        var cursor = new JsonLinesCursor(stream, Name, _options);
        try
        {
            while (await cursor.NextAsync(cancellationToken).ConfigureAwait(false) is { } product)
            {
                cancellationToken.ThrowIfCancellationRequested();
                yield return product;
            }
        }
        finally
        {
            cursor.Dispose();
            if (ownsStream)
            {
                await stream.DisposeAsync().ConfigureAwait(false);
            }
        }
    }
}
