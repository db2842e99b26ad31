using System;

namespace B2B2C.Sdk.Catalog.Readers;

/// <summary>How <see cref="CsvCatalogReader"/> reads a CSV file.</summary>
/// <remarks>The reader checks the options when it is created and throws <see cref="ArgumentException"/> for invalid ones.</remarks>
public sealed class CsvCatalogReaderOptions
{
    /// <summary>Gets the value delimiter: <c>,</c> (the default), <c>;</c>, tab or <c>|</c>.</summary>
    public char Delimiter { get; init; } = ',';

    /// <summary>Gets the name of the column that holds the product key (after its <c>@lang</c> and <c>[UNIT]</c> parts are removed); the default is <c>sku</c>.</summary>
    public string KeyField { get; init; } = "sku";

    /// <summary>Gets a value indicating whether leading and trailing white space is removed from values; the default is <see langword="false"/>, so values are kept exactly as written. The key is always trimmed.</summary>
    public bool TrimValues { get; init; }

    /// <summary>Gets the longest value, in characters, the reader keeps; a longer one is reported (<see cref="CatalogReadCodes.FieldTooLong"/>) and read as empty. The default is 65,536.</summary>
    public int MaxFieldLength { get; init; } = 65_536;

    /// <summary>Gets the largest record, in characters, the reader keeps; the rest of a larger one is skipped and reported (<see cref="CatalogReadCodes.RecordTooLarge"/>). The default is 1,048,576.</summary>
    public int MaxRecordLength { get; init; } = 1_048_576;

    /// <summary>Checks the options.</summary>
    internal void Validate()
    {
        if (Delimiter is not (',' or ';' or '\t' or '|'))
        {
            throw new ArgumentException("The CSV delimiter must be ',', ';', tab or '|'.", nameof(Delimiter));
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(KeyField, nameof(KeyField));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxFieldLength, 1, nameof(MaxFieldLength));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxRecordLength, MaxFieldLength, nameof(MaxRecordLength));
    }
}
