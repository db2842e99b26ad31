using System;
using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using B2B2C.Sdk.Catalog.Output;

namespace B2B2C.Sdk.Catalog.Delta;

/// <summary>A 128-bit content hash of a published product: the first 16 bytes of SHA-256 over its canonical JSON line.</summary>
/// <remarks>
/// The canonical line is the product's line exactly as <see cref="MarketplaceProductWriter"/> writes it without
/// provenance, without the line feed, so two products hash alike exactly when the marketplace would receive the same
/// bytes. <see cref="High"/> holds bytes 0 to 7 and <see cref="Low"/> bytes 8 to 15, big-endian; the text form is
/// those 16 bytes as 32 lowercase hexadecimal digits. The value is immutable.
/// </remarks>
/// <param name="High">The first 8 bytes of the hash, big-endian.</param>
/// <param name="Low">The next 8 bytes of the hash, big-endian.</param>
public readonly record struct CatalogContentHash(ulong High, ulong Low)
{
    /// <summary>The length of the text form: 32 hexadecimal digits.</summary>
    public const int TextLength = 32;

    /// <summary>Hashes bytes: the first 16 bytes of their SHA-256.</summary>
    /// <param name="data">The bytes.</param>
    /// <returns>The hash.</returns>
    public static CatalogContentHash Compute(ReadOnlySpan<byte> data)
    {
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(data, digest);
        return new CatalogContentHash(BinaryPrimitives.ReadUInt64BigEndian(digest), BinaryPrimitives.ReadUInt64BigEndian(digest[8..]));
    }

    /// <summary>Hashes a valid product's canonical JSON line (as written without provenance).</summary>
    /// <param name="product">The product.</param>
    /// <returns>The hash.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="product"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException">A number, range or boolean value is not in canonical form.</exception>
    public static CatalogContentHash Of(MappedProduct product)
    {
        ArgumentNullException.ThrowIfNull(product);
        using var buffer = new PooledBufferWriter(4096);
        using (var writer = new Utf8JsonWriter(buffer, ProductJson.CompactOptions))
        {
            ProductJson.WriteProduct(writer, product, includeProvenance: false);
        }

        return Compute(buffer.WrittenSpan);
    }

    /// <summary>Parses the text form: 32 hexadecimal digits, either case.</summary>
    /// <param name="text">The text.</param>
    /// <param name="hash">The hash when the text is valid.</param>
    /// <returns><see langword="true"/> when the text is a hash.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out CatalogContentHash hash)
    {
        if (text.Length == TextLength
            && ulong.TryParse(text[..16], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out ulong high)
            && ulong.TryParse(text[16..], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out ulong low))
        {
            hash = new CatalogContentHash(high, low);
            return true;
        }

        hash = default;
        return false;
    }

    /// <summary>Parses the text form: 32 hexadecimal digits, either case.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The hash.</returns>
    /// <exception cref="FormatException"><paramref name="text"/> is not 32 hexadecimal digits.</exception>
    public static CatalogContentHash Parse(ReadOnlySpan<char> text)
        => TryParse(text, out CatalogContentHash hash)
            ? hash
            : throw new FormatException($"'{text.ToString()}' is not a content hash (32 hexadecimal digits).");

    /// <summary>Formats the hash as 32 lowercase hexadecimal digits.</summary>
    /// <returns>The text form.</returns>
    public override string ToString()
        => High.ToString("x16", CultureInfo.InvariantCulture) + Low.ToString("x16", CultureInfo.InvariantCulture);

    /// <summary>Writes the text form into a span of at least <see cref="TextLength"/> characters.</summary>
    internal void Format(Span<char> destination)
    {
        High.TryFormat(destination, out _, "x16", CultureInfo.InvariantCulture);
        Low.TryFormat(destination[16..], out _, "x16", CultureInfo.InvariantCulture);
    }
}
