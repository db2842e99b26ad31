using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;
using B2B2C.Sdk.Catalog.Delta;
using B2B2C.Sdk.Catalog.Output;

namespace B2B2C.Sdk.Catalog;

/// <summary>One catalog mapping run over streams: read, map in parallel, write in source order, then the manifest and summary.</summary>
/// <remarks>
/// The reader fills batches and hands each to a bounded work channel and, in the same order, to a bounded order
/// channel; workers map batches as they come; the writer takes batches from the order channel and waits for each to
/// be mapped, so results are written in source order whatever the parallelism. Used once, by one run.
/// </remarks>
internal sealed class CatalogRunPipeline
{
    /// <summary>The code of the issue a product gets when an earlier product of the source has the same key.</summary>
    public const string DuplicateKeyCode = "CO001";

    /// <summary>The code of the issue a valid product gets when it has no key and so cannot be published.</summary>
    public const string MissingKeyCode = "CO002";

    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly CatalogRunOptions _options;
    private readonly Func<SourceProduct, MappedProduct> _map;
    private readonly IProgress<CatalogRunProgress>? _progress;
    private readonly long _started;
    private readonly HashSet<string> _seenKeys = new(StringComparer.Ordinal);
    private readonly CatalogManifestBuilder _manifest = new();
    private readonly Dictionary<string, long> _carriedOverBySourceField = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _issuesByCode = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _issuesByProductType = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _productsByProductType = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?> _fingerprints = new(StringComparer.Ordinal);
    private string? _nullFingerprint;
    private bool _hasNullFingerprint;
    private long _read;
    private long _valid;
    private long _validWithWarnings;
    private long _invalid;
    private long _written;
    private long _carriedOver;
    private long _retained;
    private long _lastProgress;

    public CatalogRunPipeline(Func<SourceProduct, MappedProduct> map, CatalogRunOptions options, IProgress<CatalogRunProgress>? progress, long started)
    {
        _map = map;
        _options = options;
        _progress = progress;
        _started = started;
        _lastProgress = started;
    }

    public async Task<CatalogRunSummary> RunAsync(
        ICatalogSource source,
        Stream? products,
        Stream? errorsJson,
        Stream? errorsCsv,
        Stream? removed,
        Stream? summary,
        Stream? manifest,
        CancellationToken cancellationToken)
    {
        var productWriter = products is null ? null : new MarketplaceProductWriter(products, _options.IncludeProvenance);
        var jsonReport = errorsJson is null ? null : new CatalogErrorReportJsonWriter(errorsJson);
        var csvReport = errorsCsv is null ? null : new CatalogErrorReportCsvWriter(errorsCsv, _options.ErrorReportColumns);
        bool completed = false;
        try
        {
            await PumpAsync(source, productWriter, jsonReport, csvReport, cancellationToken).ConfigureAwait(false);
            if (productWriter is not null)
            {
                await productWriter.DisposeAsync().ConfigureAwait(false);
            }

            if (jsonReport is not null)
            {
                await jsonReport.DisposeAsync().ConfigureAwait(false);
            }

            if (csvReport is not null)
            {
                await csvReport.DisposeAsync().ConfigureAwait(false);
            }

            completed = true;
        }
        finally
        {
            if (!completed)
            {
                productWriter?.Abandon();
                jsonReport?.Abandon();
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        CatalogManifest current = _manifest.Build();
        CatalogDeltaResult? delta = _options.PreviousManifest is null ? null : CatalogDelta.Compute(_options.PreviousManifest, current);
        if (removed is not null)
        {
            await WriteRemovedAsync(removed, delta, cancellationToken).ConfigureAwait(false);
        }

        ReportProgress(force: true);
        CatalogRunSummary result = new(
            _read,
            _valid,
            _validWithWarnings,
            _invalid,
            _written,
            _carriedOver,
            Sorted(_carriedOverBySourceField),
            Sorted(_issuesByCode),
            Sorted(_issuesByProductType),
            Sorted(_productsByProductType),
            _options.TimeProvider.GetElapsedTime(_started),
            current,
            delta,
            _retained);
        if (summary is not null)
        {
            await result.WriteJsonAsync(summary, cancellationToken).ConfigureAwait(false);
        }

        if (manifest is not null)
        {
            await current.WriteAsync(manifest, cancellationToken).ConfigureAwait(false);
        }

        return result;
    }

    private static ImmutableSortedDictionary<string, long> Sorted(Dictionary<string, long> counts)
        => counts.ToImmutableSortedDictionary(StringComparer.Ordinal);

    private static void Increment(Dictionary<string, long> counts, string key)
    {
        counts.TryGetValue(key, out long count);
        counts[key] = count + 1;
    }

    private static MappedProduct WithIssue(MappedProduct product, CatalogIssue issue)
        => new(product.Source, product.ProductTypeId, product.Values, product.CarriedOver, product.Issues.Add(issue));

    private static async Task WriteRemovedAsync(Stream stream, CatalogDeltaResult? delta, CancellationToken cancellationToken)
    {
        var text = new StringBuilder();
        var writer = new StreamWriter(stream, s_utf8, bufferSize: 64 * 1024, leaveOpen: true);
        await using (writer.ConfigureAwait(false))
        {
            if (delta is not null)
            {
                foreach (string key in delta.Removed)
                {
                    ManifestText.AppendEscaped(text, key);
                    text.Append('\n');
                    if (text.Length >= 32 * 1024)
                    {
                        await writer.WriteAsync(text, cancellationToken).ConfigureAwait(false);
                        text.Clear();
                    }
                }
            }

            await writer.WriteAsync(text, cancellationToken).ConfigureAwait(false);
            await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task PumpAsync(
        ICatalogSource source,
        MarketplaceProductWriter? productWriter,
        CatalogErrorReportJsonWriter? jsonReport,
        CatalogErrorReportCsvWriter? csvReport,
        CancellationToken cancellationToken)
    {
        int parallelism = _options.MaxDegreeOfParallelism;
        Channel<RunBatch> order = Channel.CreateBounded<RunBatch>(new BoundedChannelOptions(parallelism * 2)
        {
            SingleReader = true,
            SingleWriter = true,
        });
        Channel<RunBatch> work = Channel.CreateBounded<RunBatch>(new BoundedChannelOptions((parallelism * 2) + 1)
        {
            SingleReader = parallelism == 1,
            SingleWriter = true,
        });

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        CancellationToken token = stop.Token;
        Task reader = Task.Run(() => ReadAsync(source, order.Writer, work.Writer, token), token);
        var workers = new Task[parallelism];
        for (int i = 0; i < workers.Length; i++)
        {
            workers[i] = Task.Run(() => WorkAsync(work.Reader, token), token);
        }

        try
        {
            await foreach (RunBatch batch in order.Reader.ReadAllAsync(token).ConfigureAwait(false))
            {
                await batch.Done.Task.WaitAsync(token).ConfigureAwait(false);
                try
                {
                    await WriteBatchAsync(batch, productWriter, jsonReport, csvReport, token).ConfigureAwait(false);
                }
                finally
                {
                    batch.Release();
                }

                ReportProgress(force: false);
            }

            await reader.ConfigureAwait(false);
            await Task.WhenAll(workers).ConfigureAwait(false);
        }
        catch
        {
            await stop.CancelAsync().ConfigureAwait(false);
            await QuietlyAsync(reader).ConfigureAwait(false);
            foreach (Task worker in workers)
            {
                await QuietlyAsync(worker).ConfigureAwait(false);
            }

            cancellationToken.ThrowIfCancellationRequested();
            throw;
        }
    }

    private static async Task QuietlyAsync(Task task)
    {
        try
        {
            await task.ConfigureAwait(false);
        }
        catch (Exception)
        {
            // The run already fails with the first error; the other stages only stop.
        }
    }

    private async Task ReadAsync(ICatalogSource source, ChannelWriter<RunBatch> order, ChannelWriter<RunBatch> work, CancellationToken cancellationToken)
    {
        try
        {
            var batch = new RunBatch(_options.BatchSize);
            await foreach (SourceProduct product in source.ReadAsync(cancellationToken).WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                ArgumentNullException.ThrowIfNull(product);
                batch.Add(product);
                if (batch.IsFull)
                {
                    await order.WriteAsync(batch, cancellationToken).ConfigureAwait(false);
                    await work.WriteAsync(batch, cancellationToken).ConfigureAwait(false);
                    batch = new RunBatch(_options.BatchSize);
                }
            }

            if (batch.Count > 0)
            {
                await order.WriteAsync(batch, cancellationToken).ConfigureAwait(false);
                await work.WriteAsync(batch, cancellationToken).ConfigureAwait(false);
            }

            order.TryComplete();
            work.TryComplete();
        }
        catch (Exception error)
        {
            order.TryComplete(error);
            work.TryComplete(error);
            throw;
        }
    }

    private async Task WorkAsync(ChannelReader<RunBatch> work, CancellationToken cancellationToken)
    {
        await foreach (RunBatch batch in work.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            batch.Process(_map, _options.IncludeProvenance, cancellationToken);
        }
    }

    private async ValueTask WriteBatchAsync(
        RunBatch batch,
        MarketplaceProductWriter? productWriter,
        CatalogErrorReportJsonWriter? jsonReport,
        CatalogErrorReportCsvWriter? csvReport,
        CancellationToken cancellationToken)
    {
        CatalogManifest? previous = _options.PreviousManifest;
        for (int i = 0; i < batch.Count; i++)
        {
            MappedProduct product = batch.Results[i];
            string key = product.Key;
            bool duplicate = false;
            if (key.Length > 0 && !_seenKeys.Add(key))
            {
                duplicate = true;
                product = WithIssue(product, new CatalogIssue(
                    DuplicateKeyCode,
                    CatalogIssueSeverity.Error,
                    $"The product key '{key}' appears earlier in the source; only its first product is published.",
                    product.Location));
            }
            else if (key.Length == 0 && product.IsValid)
            {
                product = WithIssue(product, new CatalogIssue(
                    MissingKeyCode,
                    CatalogIssueSeverity.Error,
                    "The product has no key, so it cannot be published.",
                    product.Location));
            }

            _read++;
            string type = product.ProductTypeId ?? string.Empty;
            Increment(_productsByProductType, type);
            foreach (CatalogIssue issue in product.Issues)
            {
                Increment(_issuesByCode, issue.Code);
                Increment(_issuesByProductType, type);
            }

            if (product.IsValid)
            {
                _valid++;
                if (product.Status == MappedProductStatus.ValidWithWarnings)
                {
                    _validWithWarnings++;
                }

                foreach (SourceField field in product.CarriedOver)
                {
                    _carriedOver++;
                    Increment(_carriedOverBySourceField, field.Name);
                }

                var entry = new CatalogManifestEntry(key, batch.Hashes[i], product.ProductTypeId, FingerprintOf(product.ProductTypeId));
                _manifest.Add(entry);
                if (previous is null || CatalogDelta.Classify(previous, entry) != CatalogDeltaKind.Unchanged)
                {
                    _written++;
                    if (productWriter is not null)
                    {
                        await productWriter.WriteLineAsync(batch.LineOf(i), cancellationToken).ConfigureAwait(false);
                    }
                }
            }
            else
            {
                _invalid++;
                if (!duplicate && key.Length > 0 && previous is not null && previous.TryGetEntry(key, out CatalogManifestEntry kept))
                {
                    _manifest.Add(kept);
                    _retained++;
                }

                if (jsonReport is not null)
                {
                    await jsonReport.WriteAsync(product, cancellationToken).ConfigureAwait(false);
                }

                if (csvReport is not null)
                {
                    await csvReport.WriteAsync(product, cancellationToken).ConfigureAwait(false);
                }
            }
        }
    }

    private string? FingerprintOf(string? productTypeId)
    {
        Func<string?, string?>? fingerprint = _options.ProductTypeFingerprint;
        if (fingerprint is null)
        {
            return null;
        }

        if (productTypeId is null)
        {
            if (!_hasNullFingerprint)
            {
                _nullFingerprint = fingerprint(null);
                _hasNullFingerprint = true;
            }

            return _nullFingerprint;
        }

        if (!_fingerprints.TryGetValue(productTypeId, out string? value))
        {
            value = fingerprint(productTypeId);
            _fingerprints.Add(productTypeId, value);
        }

        return value;
    }

    private void ReportProgress(bool force)
    {
        if (_progress is null)
        {
            return;
        }

        TimeProvider time = _options.TimeProvider;
        long now = time.GetTimestamp();
        if (!force && time.GetElapsedTime(_lastProgress, now) < _options.ProgressInterval)
        {
            return;
        }

        _lastProgress = now;
        _progress.Report(new CatalogRunProgress(_read, _valid, _invalid, time.GetElapsedTime(_started, now)));
    }
}
