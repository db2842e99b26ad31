using System;
using System.IO;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace B2B2C.Sdk.Catalog.Output;

/// <summary>Writes JSON Lines to a stream through a pooled buffer, copying it to the stream in large chunks.</summary>
/// <remarks>
/// Not thread-safe. The stream is never closed here. The sink owns the writers' life cycle: <see cref="DisposeAsync"/>
/// writes what is buffered and releases the buffer, <see cref="Abandon"/> releases it without writing; both are
/// idempotent, and <see cref="IsDisposed"/> tells the writers when to refuse further calls.
/// </remarks>
internal sealed class JsonLinesSink : IAsyncDisposable
{
    /// <summary>The buffered size at which lines are copied to the stream.</summary>
    public const int FlushThreshold = 256 * 1024;

    private readonly Stream _stream;
    private readonly PooledBufferWriter _buffer = new(FlushThreshold + (16 * 1024));
    private readonly Utf8JsonWriter _writer;

    public JsonLinesSink(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (!stream.CanWrite)
        {
            throw new ArgumentException("The stream is not writable.", nameof(stream));
        }

        _stream = stream;
        _writer = new Utf8JsonWriter(_buffer, ProductJson.CompactOptions);
    }

    /// <summary>Gets the JSON writer for the current line; call <see cref="EndLineAsync"/> after one complete value.</summary>
    public Utf8JsonWriter Writer => _writer;

    /// <summary>Gets the position where the next line starts, for <see cref="DiscardLine"/>.</summary>
    public int LineStart
    {
        get
        {
            _writer.Flush();
            return _buffer.WrittenCount;
        }
    }

    /// <summary>Drops a line that failed half-way, back to <paramref name="lineStart"/>.</summary>
    public void DiscardLine(int lineStart)
    {
        _writer.Reset();
        _buffer.Truncate(lineStart);
    }

    /// <summary>Ends the current line and copies the buffer to the stream when it is large enough.</summary>
    public ValueTask EndLineAsync(CancellationToken cancellationToken)
    {
        _writer.Flush();
        _writer.Reset();
        _buffer.WriteByte((byte)'\n');
        return _buffer.WrittenCount >= FlushThreshold ? FlushAsync(cancellationToken) : ValueTask.CompletedTask;
    }

    /// <summary>Appends one complete line (without its line feed) written elsewhere.</summary>
    public ValueTask WriteLineAsync(ReadOnlySpan<byte> line, CancellationToken cancellationToken)
    {
        _buffer.Write(line);
        _buffer.WriteByte((byte)'\n');
        return _buffer.WrittenCount >= FlushThreshold ? FlushAsync(cancellationToken) : ValueTask.CompletedTask;
    }

    /// <summary>Copies the buffered lines to the stream and flushes it.</summary>
    public async ValueTask FlushAsync(CancellationToken cancellationToken)
    {
        _writer.Flush();
        if (_buffer.WrittenCount > 0)
        {
            await _stream.WriteAsync(_buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
            _buffer.Clear();
        }

        await _stream.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Gets a value indicating whether the sink was disposed or abandoned.</summary>
    public bool IsDisposed { get; private set; }

    /// <summary>Writes what is buffered, flushes the stream and releases the buffer; does nothing the second time.</summary>
    public async ValueTask DisposeAsync()
    {
        if (IsDisposed)
        {
            return;
        }

        IsDisposed = true;
        try
        {
            await FlushAsync(CancellationToken.None).ConfigureAwait(false);
        }
        finally
        {
            Release();
        }
    }

    /// <summary>Releases the buffer without writing what is still in it (the run failed); does nothing the second time.</summary>
    public void Abandon()
    {
        if (!IsDisposed)
        {
            IsDisposed = true;
            Release();
        }
    }

    private void Release()
    {
        _writer.Dispose();
        _buffer.Dispose();
    }
}
