using System;
using System.IO;

namespace B2B2C.Sdk.Catalog.Readers;

/// <summary>
/// The bytes a reader reads: a file opened afresh for every enumeration, or a caller's stream that is never disposed
/// and is rewound for a second enumeration when it can seek.
/// </summary>
internal sealed class CatalogInput
{
    private readonly string? _path;
    private readonly Stream? _stream;
    private readonly long _start;
    private bool _used;

    private CatalogInput(string? path, Stream? stream)
    {
        _path = path;
        _stream = stream;
        _start = stream is { CanSeek: true } ? stream.Position : 0;
    }

    /// <summary>Creates the input for a caller's stream.</summary>
    internal static CatalogInput FromStream(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (!stream.CanRead)
        {
            throw new ArgumentException("The stream cannot be read.", nameof(stream));
        }

        return new CatalogInput(null, stream);
    }

    /// <summary>Creates the input for a file, which is opened when enumeration starts.</summary>
    internal static CatalogInput FromPath(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return new CatalogInput(path, null);
    }

    /// <summary>Gets the name locations use for a file: its file name.</summary>
    internal static string NameOf(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return Path.GetFileName(path);
    }

    /// <summary>Opens the bytes for one enumeration.</summary>
    /// <param name="ownsStream"><see langword="true"/> when the caller of this method must dispose the stream.</param>
    /// <exception cref="InvalidOperationException">A non-seekable stream is enumerated a second time.</exception>
    internal Stream Open(out bool ownsStream)
    {
        if (_path is not null)
        {
            ownsStream = true;
            return new FileStream(_path, new FileStreamOptions
            {
                Mode = FileMode.Open,
                Access = FileAccess.Read,
                Share = FileShare.Read,
                Options = FileOptions.SequentialScan | FileOptions.Asynchronous,
                BufferSize = 0,
            });
        }

        ownsStream = false;
        Stream stream = _stream!;
        if (_used)
        {
            if (!stream.CanSeek)
            {
                throw new InvalidOperationException("The catalog stream cannot seek, so it can be read only once; create a new reader for a new stream.");
            }

            stream.Position = _start;
        }

        _used = true;
        return stream;
    }
}
