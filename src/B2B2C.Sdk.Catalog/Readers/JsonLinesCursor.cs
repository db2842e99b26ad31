using System;
using System.Buffers;
using System.Globalization;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace B2B2C.Sdk.Catalog.Readers;

/// <summary>
/// Splits a byte stream into lines in a pooled buffer (at most <c>MaxLineLength</c> bytes plus one read), hands
/// each non-blank line to the <see cref="JsonLineParser"/>, and skips lines that are too long to the next line feed.
/// </summary>
internal sealed class JsonLinesCursor : IDisposable
{
    private const int InitialBufferSize = 64 * 1024;

    private readonly JsonLineParser _parser;
    private readonly RecordBuilder _builder = new();
    private readonly string _sourceName;
    private readonly int _maxLineLength;
    private Stream _stream;
    private Stream? _transcoder;
    private byte[] _buffer;
    private int _start;
    private int _end;
    private long _startOffset;
    private long _line;
    private long _record;
    private bool _eof;
    private bool _started;

    internal JsonLinesCursor(Stream stream, string sourceName, JsonLinesCatalogReaderOptions options)
    {
        _stream = stream;
        _sourceName = sourceName;
        _maxLineLength = options.MaxLineLength;
        _parser = new JsonLineParser(sourceName, options.KeyField, options.MaxFieldLength);
        _buffer = ArrayPool<byte>.Shared.Rent(Math.Min(InitialBufferSize, options.MaxLineLength + 1));
    }

    /// <summary>Reads the next product, or returns <see langword="null"/> at the end.</summary>
    internal async ValueTask<SourceProduct?> NextAsync(CancellationToken cancellationToken)
    {
        if (!_started)
        {
            await StartAsync(cancellationToken).ConfigureAwait(false);
        }

        while (true)
        {
            int newline = _buffer.AsSpan(_start, _end - _start).IndexOf((byte)'\n');
            if (newline >= 0 || (_eof && _start < _end))
            {
                int length = newline >= 0 ? newline : _end - _start;
                SourceProduct? product = Take(length, newline >= 0 ? length + 1 : length);
                if (product is not null)
                {
                    return product;
                }

                continue;
            }

            if (_eof)
            {
                return null;
            }

            if (_end - _start > _maxLineLength)
            {
                return await SkipLongLineAsync(cancellationToken).ConfigureAwait(false);
            }

            await ReadMoreAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Returns the pooled buffer and disposes the transcoding stream, if any (never the caller's stream).</summary>
    public void Dispose()
    {
        if (_buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = [];
        }

        _transcoder?.Dispose();
    }

    private SourceProduct? Take(int length, int consumed)
    {
        ReadOnlySpan<byte> line = _buffer.AsSpan(_start, length);
        long offset = _startOffset;
        _start += consumed;
        _startOffset += consumed;
        _line++;
        if (line.Length > 0 && line[^1] == (byte)'\r')
        {
            line = line[..^1];
        }

        if (line.Length > _maxLineLength)
        {
            return TooLong();
        }

        if (line.TrimStart(" \t\r"u8).IsEmpty)
        {
            return null;
        }

        _record++;
        return _parser.Parse(line, _builder, _record, _line, offset);
    }

    private async ValueTask<SourceProduct> SkipLongLineAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            _startOffset += _end - _start;
            _start = 0;
            _end = 0;
            await ReadMoreAsync(cancellationToken).ConfigureAwait(false);
            int newline = _buffer.AsSpan(0, _end).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                _start = newline + 1;
                _startOffset += newline + 1;
                break;
            }

            if (_eof)
            {
                _startOffset += _end;
                _start = _end;
                break;
            }
        }

        _line++;
        return TooLong();
    }

    private SourceProduct TooLong()
    {
        _record++;
        var location = new SourceLocation(_sourceName, _record, _line);
        _builder.AddIssue(new CatalogIssue(
            CatalogReadCodes.RecordTooLarge,
            CatalogIssueSeverity.Error,
            string.Create(CultureInfo.InvariantCulture, $"Line {_line} is longer than {_maxLineLength} bytes; the line was skipped."),
            location));
        return _builder.Build(string.Empty, location);
    }

    private async ValueTask StartAsync(CancellationToken cancellationToken)
    {
        _started = true;
        while (_end < 3 && !_eof)
        {
            await ReadMoreAsync(cancellationToken).ConfigureAwait(false);
        }

        ReadOnlySpan<byte> start = _buffer.AsSpan(0, _end);
        Encoding? utf16 = null;
        if (start.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            _start = 3;
            _startOffset = 3;
        }
        else if (start.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            utf16 = new UnicodeEncoding(bigEndian: false, byteOrderMark: false);
        }
        else if (start.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            utf16 = new UnicodeEncoding(bigEndian: true, byteOrderMark: false);
        }

        if (utf16 is not null)
        {
            // Byte offsets then count the UTF-8 text the reader sees.
            var rest = new PrefixedStream(start[2..], _stream);
            _transcoder = Encoding.CreateTranscodingStream(rest, utf16, Encoding.UTF8, leaveOpen: true);
            _stream = _transcoder;
            _start = 0;
            _end = 0;
            _eof = false;
        }
    }

    private async ValueTask ReadMoreAsync(CancellationToken cancellationToken)
    {
        if (_start > 0)
        {
            int remaining = _end - _start;
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, remaining);
            _start = 0;
            _end = remaining;
        }

        if (_end == _buffer.Length)
        {
            byte[] larger = ArrayPool<byte>.Shared.Rent(Math.Min(_buffer.Length * 2, _maxLineLength + InitialBufferSize));
            Buffer.BlockCopy(_buffer, 0, larger, 0, _end);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = larger;
        }

        int read = await _stream.ReadAsync(_buffer.AsMemory(_end), cancellationToken).ConfigureAwait(false);
        if (read == 0)
        {
            _eof = true;
        }

        _end += read;
    }
}
