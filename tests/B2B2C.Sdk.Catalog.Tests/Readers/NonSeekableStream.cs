using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace B2B2C.Sdk.Catalog.Tests.Readers;

/// <summary>A forward-only stream that produces its bytes on demand from numbered chunks and counts what it delivered.</summary>
internal sealed class NonSeekableStream : Stream
{
    private readonly Func<long, byte[]?> _chunk;
    private byte[] _current = [];
    private int _position;
    private long _next;

    public NonSeekableStream(Func<long, byte[]?> chunk) => _chunk = chunk;

    public NonSeekableStream(byte[] bytes)
        : this(index => index == 0 ? bytes : null)
    {
    }

    public long Delivered { get; private set; }

    public bool Ended { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        while (_position == _current.Length)
        {
            byte[]? next = Ended ? null : _chunk(_next++);
            if (next is null)
            {
                Ended = true;
                return 0;
            }

            _current = next;
            _position = 0;
        }

        int n = Math.Min(buffer.Length, _current.Length - _position);
        _current.AsSpan(_position, n).CopyTo(buffer);
        _position += n;
        Delivered += n;
        return n;
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return new ValueTask<int>(Read(buffer.Span));
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        => ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
