using System;
using System.IO;

namespace B2B2C.Sdk.Catalog;

/// <summary>Where a catalog mapping run writes: a folder of files replaced atomically, or caller-owned streams.</summary>
/// <remarks>
/// <para>
/// A folder receives six files: <see cref="ProductsFileName"/>, <see cref="ErrorsJsonFileName"/>,
/// <see cref="ErrorsCsvFileName"/>, <see cref="RemovedFileName"/>, <see cref="SummaryFileName"/> and
/// <see cref="ManifestFileName"/>. Each is first written to a temporary file in the same folder and moved over the
/// old one only after the whole run succeeded (the manifest last); when the run fails or is cancelled, the temporary
/// files are deleted and the folder is left as it was.
/// </para>
/// <para>
/// Streams are written in place and never closed; a stream left <see langword="null"/> is not written. After a
/// failure a stream holds whatever was written before it.
/// </para>
/// </remarks>
public sealed class CatalogRunOutputs
{
    /// <summary>The products file: JSON Lines of valid products (see <see cref="Output.MarketplaceProductWriter"/>).</summary>
    public const string ProductsFileName = "products.jsonl";

    /// <summary>The JSON Lines error report (see <see cref="Output.CatalogErrorReportJsonWriter"/>).</summary>
    public const string ErrorsJsonFileName = "errors.jsonl";

    /// <summary>The CSV error report (see <see cref="Output.CatalogErrorReportCsvWriter"/>).</summary>
    public const string ErrorsCsvFileName = "errors.csv";

    /// <summary>The removed keys: one escaped key per line, sorted ordinally; empty without a previous manifest.</summary>
    public const string RemovedFileName = "removed.txt";

    /// <summary>The run summary as JSON (see <see cref="CatalogRunSummary.WriteJsonAsync"/>).</summary>
    public const string SummaryFileName = "summary.json";

    /// <summary>The manifest of the published products (see <see cref="Delta.CatalogManifest"/>).</summary>
    public const string ManifestFileName = "manifest.tsv";

    private CatalogRunOutputs(string? folder, Stream? products, Stream? errorsJson, Stream? errorsCsv, Stream? removed, Stream? summary, Stream? manifest)
    {
        Folder = folder;
        Products = products;
        ErrorsJson = errorsJson;
        ErrorsCsv = errorsCsv;
        Removed = removed;
        Summary = summary;
        Manifest = manifest;
    }

    /// <summary>Gets the output folder, or <see langword="null"/> when the run writes to streams.</summary>
    public string? Folder { get; }

    /// <summary>Gets the stream for the products, or <see langword="null"/>.</summary>
    public Stream? Products { get; }

    /// <summary>Gets the stream for the JSON Lines error report, or <see langword="null"/>.</summary>
    public Stream? ErrorsJson { get; }

    /// <summary>Gets the stream for the CSV error report, or <see langword="null"/>.</summary>
    public Stream? ErrorsCsv { get; }

    /// <summary>Gets the stream for the removed keys, or <see langword="null"/>.</summary>
    public Stream? Removed { get; }

    /// <summary>Gets the stream for the summary, or <see langword="null"/>.</summary>
    public Stream? Summary { get; }

    /// <summary>Gets the stream for the manifest, or <see langword="null"/>.</summary>
    public Stream? Manifest { get; }

    /// <summary>Writes the outputs as files in a folder, created when missing, replacing the previous files only when the run succeeds.</summary>
    /// <param name="folder">The folder path.</param>
    /// <returns>The outputs.</returns>
    /// <exception cref="ArgumentException"><paramref name="folder"/> is <see langword="null"/> or blank.</exception>
    public static CatalogRunOutputs ToFolder(string folder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        return new CatalogRunOutputs(Path.GetFullPath(folder), null, null, null, null, null, null);
    }

    /// <summary>Writes the outputs to caller-owned streams; a <see langword="null"/> stream is skipped.</summary>
    /// <param name="products">The products stream.</param>
    /// <param name="errorsJson">The JSON Lines error report stream.</param>
    /// <param name="errorsCsv">The CSV error report stream.</param>
    /// <param name="summary">The summary stream.</param>
    /// <param name="manifest">The manifest stream.</param>
    /// <param name="removed">The removed-keys stream.</param>
    /// <returns>The outputs.</returns>
    public static CatalogRunOutputs ToStreams(
        Stream? products,
        Stream? errorsJson = null,
        Stream? errorsCsv = null,
        Stream? summary = null,
        Stream? manifest = null,
        Stream? removed = null)
        => new(null, products, errorsJson, errorsCsv, removed, summary, manifest);
}
