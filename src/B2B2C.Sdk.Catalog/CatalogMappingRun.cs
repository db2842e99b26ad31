using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace B2B2C.Sdk.Catalog;

/// <summary>Runs a catalog through a mapper: reads the source, maps in parallel and writes the products, the error reports, the manifest and the summary.</summary>
/// <remarks>
/// <para>
/// The run reads the source in batches (<see cref="CatalogRunOptions.BatchSize"/>), maps batches on
/// <see cref="CatalogRunOptions.MaxDegreeOfParallelism"/> workers through bounded channels, so memory stays flat
/// whatever the catalog's size, and writes the results in source order, so the outputs are byte for byte the same
/// for every degree of parallelism. Valid products go to the products output; invalid ones to both error reports,
/// each exactly once. A product whose key appeared earlier in the source gets the error <c>CO001</c>, and a valid
/// product without a key the error <c>CO002</c>, so a manifest never holds a key twice.
/// </para>
/// <para>
/// With <see cref="CatalogRunOptions.PreviousManifest"/>, only added, changed and invalidated products are written to
/// the products output, and the removed keys go to the removed output. An invalid product that the previous manifest
/// holds keeps its previous entry (it stays published as it was, and is not removed until it is fixed).
/// </para>
/// <para>
/// If the mapper throws, the run stops with a <see cref="CatalogMappingException"/> naming the first failing product
/// in source order and its location. With a folder output, a failed or cancelled run leaves the folder as it was.
/// </para>
/// </remarks>
public static class CatalogMappingRun
{
    /// <summary>Runs a catalog through a compiled mapper, recording each product type's fingerprint in the manifest.</summary>
    /// <param name="source">The supplier catalog.</param>
    /// <param name="mapper">The compiled mapper.</param>
    /// <param name="outputs">Where to write.</param>
    /// <param name="options">How to run; <see langword="null"/> for <see cref="CatalogRunOptions.Default"/>. Its fingerprint function, when set, wins over the mapper's schema.</param>
    /// <param name="progress">Receives progress about every <see cref="CatalogRunOptions.ProgressInterval"/> and at the end, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the run; a cancelled run leaves a folder output as it was.</param>
    /// <returns>The run's summary, manifest and delta.</returns>
    /// <remarks>
    /// The manifest records the fingerprint of each product's type, so a later run against a changed schema reports
    /// the products whose type changed as invalidated even when their content did not.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="source"/>, <paramref name="mapper"/> or <paramref name="outputs"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The parallelism or batch size is below 1, or the progress interval is negative.</exception>
    /// <exception cref="CatalogMappingException">The mapper threw for a product.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static Task<CatalogRunSummary> RunAsync(
        ICatalogSource source,
        CatalogMapper mapper,
        CatalogRunOutputs outputs,
        CatalogRunOptions? options = null,
        IProgress<CatalogRunProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(mapper);
        options ??= CatalogRunOptions.Default;
        if (options.ProductTypeFingerprint is null)
        {
            options = options.WithFingerprint(mapper.ProductTypeFingerprint);
        }

        return RunAsync(source, mapper.Map, outputs, options, progress, cancellationToken);
    }

    /// <summary>Runs a catalog through a mapping function.</summary>
    /// <param name="source">The supplier catalog.</param>
    /// <param name="map">The mapping: pure and thread-safe, as it runs on several threads at once.</param>
    /// <param name="outputs">Where to write.</param>
    /// <param name="options">How to run; <see langword="null"/> for <see cref="CatalogRunOptions.Default"/>.</param>
    /// <param name="progress">Receives progress about every <see cref="CatalogRunOptions.ProgressInterval"/> and at the end, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the run; a cancelled run leaves a folder output as it was.</param>
    /// <returns>The run's summary, manifest and delta.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/>, <paramref name="map"/> or <paramref name="outputs"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The parallelism or batch size is below 1, or the progress interval is negative.</exception>
    /// <exception cref="CatalogMappingException">The mapper threw for a product.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static async Task<CatalogRunSummary> RunAsync(
        ICatalogSource source,
        Func<SourceProduct, MappedProduct> map,
        CatalogRunOutputs outputs,
        CatalogRunOptions? options = null,
        IProgress<CatalogRunProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(outputs);
        options ??= CatalogRunOptions.Default;
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxDegreeOfParallelism, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.BatchSize, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.ProgressInterval, TimeSpan.Zero, nameof(options));
        ArgumentNullException.ThrowIfNull(options.TimeProvider, nameof(options));
        cancellationToken.ThrowIfCancellationRequested();

        var pipeline = new CatalogRunPipeline(map, options, progress, options.TimeProvider.GetTimestamp());
        if (outputs.Folder is null)
        {
            return await pipeline.RunAsync(
                source, outputs.Products, outputs.ErrorsJson, outputs.ErrorsCsv, outputs.Removed, outputs.Summary, outputs.Manifest, cancellationToken)
                .ConfigureAwait(false);
        }

        return await RunToFolderAsync(pipeline, source, outputs.Folder, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<CatalogRunSummary> RunToFolderAsync(
        CatalogRunPipeline pipeline, ICatalogSource source, string folder, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(folder);
        string[] names =
        [
            CatalogRunOutputs.ProductsFileName,
            CatalogRunOutputs.ErrorsJsonFileName,
            CatalogRunOutputs.ErrorsCsvFileName,
            CatalogRunOutputs.RemovedFileName,
            CatalogRunOutputs.SummaryFileName,
            CatalogRunOutputs.ManifestFileName,
        ];
        string suffix = "." + Guid.NewGuid().ToString("N") + ".tmp";
        var temporary = new List<string>(names.Length);
        var streams = new List<FileStream>(names.Length);
        bool moved = false;
        try
        {
            foreach (string name in names)
            {
                string path = Path.Combine(folder, "." + name + suffix);
                temporary.Add(path);
                streams.Add(new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 0, FileOptions.Asynchronous));
            }

            CatalogRunSummary summary = await pipeline.RunAsync(
                source, streams[0], streams[1], streams[2], streams[3], streams[4], streams[5], cancellationToken).ConfigureAwait(false);

            foreach (FileStream stream in streams)
            {
                stream.Flush(flushToDisk: true);
                await stream.DisposeAsync().ConfigureAwait(false);
            }

            cancellationToken.ThrowIfCancellationRequested();

            // Each move replaces one file atomically; the manifest, the base of the next delta, moves last.
            for (int i = 0; i < names.Length; i++)
            {
                File.Move(temporary[i], Path.Combine(folder, names[i]), overwrite: true);
            }

            moved = true;
            return summary;
        }
        finally
        {
            if (!moved)
            {
                foreach (FileStream stream in streams)
                {
                    await stream.DisposeAsync().ConfigureAwait(false);
                }

                foreach (string path in temporary)
                {
                    TryDelete(path);
                }
            }
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // Best effort: a temporary file that cannot be deleted never replaces an output.
        }
        catch (UnauthorizedAccessException)
        {
            // As above.
        }
    }
}
