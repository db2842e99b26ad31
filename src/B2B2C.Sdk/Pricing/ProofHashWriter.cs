using System;
using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace B2B2C.Sdk.Pricing;

/// <summary>
/// Writes the hashed text of a proof into a pooled buffer and hashes it, so a proof's hash costs no intermediate
/// strings. Writes exactly the characters the invariant interpolated form wrote, so the hash values are unchanged.
/// </summary>
internal ref struct ProofHashWriter
{
    private char[] _buffer;

    private int _length;

    internal ProofHashWriter(int capacity)
    {
        _buffer = ArrayPool<char>.Shared.Rent(capacity);
        _length = 0;
    }

    internal void Append(char value)
    {
        if (_length == _buffer.Length)
        {
            Grow(1);
        }

        _buffer[_length++] = value;
    }

    internal void Append(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        if (_length + value.Length > _buffer.Length)
        {
            Grow(value.Length);
        }

        value.AsSpan().CopyTo(_buffer.AsSpan(_length));
        _length += value.Length;
    }

    internal void Append(long value)
    {
        int written;
        while (!value.TryFormat(_buffer.AsSpan(_length), out written, default, CultureInfo.InvariantCulture))
        {
            Grow(24);
        }

        _length += written;
    }

    internal void Append(decimal value)
    {
        int written;
        while (!value.TryFormat(_buffer.AsSpan(_length), out written, default, CultureInfo.InvariantCulture))
        {
            Grow(40);
        }

        _length += written;
    }

    /// <summary>Writes money in its invariant round-trip form (<c>EUR 12.3400</c>), as <see cref="Money.ToInvariantString"/>.</summary>
    internal void Append(Money value)
    {
        Append(value.Currency.Code);
        Append(' ');
        Append(value.Amount);
    }

    /// <summary>Writes money when there is some, nothing otherwise.</summary>
    internal void Append(Money? value)
    {
        if (value is Money money)
        {
            Append(money);
        }
    }

    /// <summary>Writes a quantity as <see cref="Quantity.ToString"/> does: <c>150 H87</c>.</summary>
    internal void Append(Quantity value)
    {
        Append(value.Value);
        Append(' ');
        Append(value.Unit.ToString());
    }

    /// <summary>Writes a unit price as <see cref="UnitPrice.ToString"/> does: <c>EUR 12.3400 per 1 H87</c>.</summary>
    internal void Append(UnitPrice value)
    {
        Append(value.Price);
        Append(" per ");
        Append(value.Per);
    }

    /// <summary>Returns the lower-case hexadecimal SHA-256 of the text's UTF-8 bytes and returns the buffer to the pool.</summary>
    internal string HashAndReturn()
    {
        char[] chars = _buffer;
        byte[] bytes = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(_length));
        try
        {
            int count = Encoding.UTF8.GetBytes(chars.AsSpan(0, _length), bytes);
            Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
            SHA256.HashData(bytes.AsSpan(0, count), hash);
            return Convert.ToHexStringLower(hash);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
            ArrayPool<char>.Shared.Return(chars);
            _buffer = [];
            _length = 0;
        }
    }

    private void Grow(int needed)
    {
        char[] larger = ArrayPool<char>.Shared.Rent(Math.Max(_buffer.Length * 2, _length + needed));
        _buffer.AsSpan(0, _length).CopyTo(larger);
        ArrayPool<char>.Shared.Return(_buffer);
        _buffer = larger;
    }
}
