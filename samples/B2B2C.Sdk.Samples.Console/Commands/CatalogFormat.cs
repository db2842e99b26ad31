using System;
using System.IO;
using B2B2C.Sdk.Catalog;
using B2B2C.Sdk.Catalog.Readers;

namespace B2B2C.Sdk.Samples.Console.Commands;

/// <summary>The input formats of <c>catalog map</c>, and the reader of each.</summary>
internal static class CatalogFormat
{
    /// <summary>CSV with a header row (<see cref="CsvCatalogReader"/>).</summary>
    public const string Csv = "csv";

    /// <summary>JSON Lines, one product object per line (<see cref="JsonLinesCatalogReader"/>).</summary>
    public const string JsonLines = "jsonl";

    /// <summary>BMEcat XML (<see cref="BmecatCatalogReader"/>).</summary>
    public const string Bmecat = "bmecat";

    /// <summary>Tells the format from a file's extension: <c>.csv</c>, <c>.jsonl</c> or <c>.ndjson</c>, <c>.xml</c>.</summary>
    /// <param name="path">The input file.</param>
    /// <returns>The format.</returns>
    /// <exception cref="FormatException">The extension is none of these.</exception>
    public static string FromExtension(string path) => Path.GetExtension(path).ToUpperInvariant() switch
    {
        ".CSV" => Csv,
        ".JSONL" or ".NDJSON" => JsonLines,
        ".XML" => Bmecat,
        _ => throw new FormatException(
            $"The format of '{path}' cannot be told from its extension; name it with --format {Csv}, {JsonLines} or {Bmecat}."),
    };

    /// <summary>Creates the reader of a format over a file; the file is opened when the run starts reading.</summary>
    /// <param name="format">The format: <see cref="Csv"/>, <see cref="JsonLines"/> or <see cref="Bmecat"/>.</param>
    /// <param name="path">The input file.</param>
    /// <returns>The source.</returns>
    public static ICatalogSource Open(string format, string path) => format switch
    {
        Csv => new CsvCatalogReader(path),
        JsonLines => new JsonLinesCatalogReader(path),
        Bmecat => new BmecatCatalogReader(path),
        _ => throw new FormatException($"Unknown format '{format}'; expected {Csv}, {JsonLines} or {Bmecat}."),
    };
}
