using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Unicode;
using System.Threading;
using System.Threading.Tasks;

namespace B2B2C.Sdk.Catalog.Readers;

/// <summary>
/// Decodes a byte stream into characters chunk by chunk (UTF-8, or UTF-16 after its byte order mark), counting lines at
/// line feeds and remembering where bytes that are not valid UTF-8 were found (line and byte offset).
/// </summary>
internal sealed class CharSource : IDisposable
{
    private const int ByteBufferSize = 64 * 1024;
    private const int CharBufferSize = 32 * 1024;
    private const int MaxRememberedErrors = 10_000;

    private readonly Stream _stream;
    private readonly Queue<EncodingError> _errors = new();
    private byte[] _bytes;
    private char[] _chars;
    private int _byteStart;
    private int _byteEnd;
    private long _byteOffset;
    private long _decodeLine = 1;
    private bool _eof;
    private bool _started;
    private Decoder? _utf16;

    internal CharSource(Stream stream)
    {
        _stream = stream;
        _bytes = ArrayPool<byte>.Shared.Rent(ByteBufferSize);
        _chars = ArrayPool<char>.Shared.Rent(CharBufferSize);
    }

    /// <summary>Gets the decoded characters; the valid ones are <c>[0, Length)</c>.</summary>
    internal char[] Chars => _chars;

    /// <summary>Gets the number of valid characters in <see cref="Chars"/>.</summary>
    internal int Length { get; private set; }

    /// <summary>Gets or sets the position of the next character the consumer reads.</summary>
    internal int Position { get; set; }

    /// <summary>Decodes the next chunk once the consumer has read the current one.</summary>
    /// <returns><see langword="false"/> at the end of the stream.</returns>
    internal async ValueTask<bool> FillAsync(CancellationToken cancellationToken)
    {
        Position = 0;
        Length = 0;
        if (!_started)
        {
            await StartAsync(cancellationToken).ConfigureAwait(false);
        }

        while (true)
        {
            if (_utf16 is null)
            {
                DecodeUtf8();
            }
            else
            {
                DecodeUtf16();
            }

            if (Length > 0)
            {
                return true;
            }

            if (_eof)
            {
                return false;
            }

            await ReadBytesAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Takes the oldest remembered encoding error when it was found on or before a line.</summary>
    internal bool TryTakeError(long upToLine, out EncodingError error)
    {
        if (_errors.TryPeek(out error) && error.Line <= upToLine)
        {
            _errors.Dequeue();
            return true;
        }

        return false;
    }

    /// <summary>Returns the pooled buffers.</summary>
    public void Dispose()
    {
        if (_bytes.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(_bytes);
            ArrayPool<char>.Shared.Return(_chars);
            _bytes = [];
            _chars = [];
        }
    }

    private async ValueTask StartAsync(CancellationToken cancellationToken)
    {
        _started = true;
        while (_byteEnd < 3 && !_eof)
        {
            await ReadBytesAsync(cancellationToken).ConfigureAwait(false);
        }

        ReadOnlySpan<byte> start = _bytes.AsSpan(0, _byteEnd);
        if (start.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            Advance(3);
        }
        else if (start.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            Advance(2);
            _utf16 = new UnicodeEncoding(bigEndian: false, byteOrderMark: false).GetDecoder();
        }
        else if (start.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            Advance(2);
            _utf16 = new UnicodeEncoding(bigEndian: true, byteOrderMark: false).GetDecoder();
        }
    }

    private async ValueTask ReadBytesAsync(CancellationToken cancellationToken)
    {
        if (_byteStart > 0)
        {
            int remaining = _byteEnd - _byteStart;
            Buffer.BlockCopy(_bytes, _byteStart, _bytes, 0, remaining);
            _byteStart = 0;
            _byteEnd = remaining;
        }

        int read = await _stream.ReadAsync(_bytes.AsMemory(_byteEnd), cancellationToken).ConfigureAwait(false);
        if (read == 0)
        {
            _eof = true;
        }

        _byteEnd += read;
    }

    private void DecodeUtf8()
    {
        int written = 0;
        while (written < _chars.Length && _byteStart < _byteEnd)
        {
            OperationStatus status = Utf8.ToUtf16(
                _bytes.AsSpan(_byteStart, _byteEnd - _byteStart),
                _chars.AsSpan(written),
                out int read,
                out int decoded,
                replaceInvalidSequences: false,
                isFinalBlock: _eof);
            CountLines(written, decoded);
            written += decoded;
            Advance(read);
            if (status != OperationStatus.InvalidData)
            {
                break;
            }

            if (written == _chars.Length)
            {
                break;
            }

            Rune.DecodeFromUtf8(_bytes.AsSpan(_byteStart, _byteEnd - _byteStart), out _, out int invalid);
            if (_errors.Count < MaxRememberedErrors)
            {
                _errors.Enqueue(new EncodingError(_decodeLine, _byteOffset));
            }

            _chars[written++] = '\uFFFD';
            Advance(Math.Max(1, invalid));
        }

        Length = written;
    }

    private void DecodeUtf16()
    {
        _utf16!.Convert(
            _bytes.AsSpan(_byteStart, _byteEnd - _byteStart),
            _chars,
            flush: _eof,
            out int read,
            out int decoded,
            out _);
        CountLines(0, decoded);
        Advance(read);
        Length = decoded;
    }

    private void CountLines(int start, int count)
        => _decodeLine += _chars.AsSpan(start, count).Count('\n');

    private void Advance(int bytes)
    {
        _byteStart += bytes;
        _byteOffset += bytes;
    }

    /// <summary>Bytes that are not valid UTF-8: the line they are on and the offset of their first byte in the stream.</summary>
    internal readonly record struct EncodingError(long Line, long ByteOffset);
}
