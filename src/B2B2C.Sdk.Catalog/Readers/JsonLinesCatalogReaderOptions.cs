using System;

namespace B2B2C.Sdk.Catalog.Readers;

/// <summary>How <see cref="JsonLinesCatalogReader"/> reads a JSON Lines file.</summary>
/// <remarks>The reader checks the options when it is created and throws <see cref="ArgumentException"/> for invalid ones.</remarks>
public sealed class JsonLinesCatalogReaderOptions
{
    /// <summary>Gets the path of the property that holds the product key (nested properties joined with <c>.</c>, without an <c>@lang</c> part); the default is <c>sku</c>.</summary>
    public string KeyField { get; init; } = "sku";

    /// <summary>Gets the longest line, in UTF-8 bytes, the reader parses; a longer one is skipped to the next line feed and reported (<see cref="CatalogReadCodes.RecordTooLarge"/>). The default is 1,048,576 (1 MiB).</summary>
    public int MaxLineLength { get; init; } = 1_048_576;

    /// <summary>Gets the longest value, in characters, the reader keeps; a longer one is reported (<see cref="CatalogReadCodes.FieldTooLong"/>) and read as empty. The default is 65,536.</summary>
    public int MaxFieldLength { get; init; } = 65_536;

    /// <summary>Checks the options.</summary>
    internal void Validate()
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(KeyField, nameof(KeyField));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxLineLength, 16, nameof(MaxLineLength));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(MaxLineLength, 256 * 1024 * 1024, nameof(MaxLineLength));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxFieldLength, 1, nameof(MaxFieldLength));
    }
}
