using System;

namespace B2B2C.Sdk.Catalog.Readers;

/// <summary>How <see cref="BmecatCatalogReader"/> reads a BMEcat 2005 document.</summary>
/// <remarks>The reader checks the options when it is created and throws <see cref="ArgumentException"/> for invalid ones.</remarks>
public sealed class BmecatCatalogReaderOptions
{
    /// <summary>Gets the longest value, in characters, the reader keeps; a longer one is reported (<see cref="CatalogReadCodes.FieldTooLong"/>) and read as empty. The default is 65,536.</summary>
    public int MaxFieldLength { get; init; } = 65_536;

    /// <summary>Gets the most characters of values the reader keeps for one product; further fields of a larger product are skipped and reported (<see cref="CatalogReadCodes.RecordTooLarge"/>). The default is 1,048,576.</summary>
    public int MaxRecordLength { get; init; } = 1_048_576;

    /// <summary>Checks the options.</summary>
    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxFieldLength, 1, nameof(MaxFieldLength));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxRecordLength, MaxFieldLength, nameof(MaxRecordLength));
    }
}
