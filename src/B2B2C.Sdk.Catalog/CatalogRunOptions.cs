using System;
using System.Collections.Generic;
using B2B2C.Sdk.Catalog.Delta;

namespace B2B2C.Sdk.Catalog;

/// <summary>How a catalog mapping run works: parallelism, batching, provenance, the previous manifest and time.</summary>
/// <remarks>Immutable once built; one instance may serve many runs.</remarks>
public sealed class CatalogRunOptions
{
    /// <summary>Gets the options every default applies to.</summary>
    public static CatalogRunOptions Default { get; } = new();

    /// <summary>Gets how many products are mapped at the same time; defaults to <see cref="Environment.ProcessorCount"/>.</summary>
    /// <remarks>The outputs are byte for byte the same for every value: results are written in source order.</remarks>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Gets how many products travel together between the reader, the mappers and the writers; defaults to 64.</summary>
    /// <remarks>
    /// At most about <c>2 × MaxDegreeOfParallelism + 2</c> batches are in flight, so memory stays flat whatever the
    /// catalog's size. Small batches keep the products in flight young enough for the garbage collector to reclaim
    /// them cheaply: with 512, most of them outlived two collections, and collection pauses took about a third of a run.
    /// </remarks>
    public int BatchSize { get; init; } = 64;

    /// <summary>Gets a value indicating whether product lines carry the <c>provenance</c> object (rule and source field of each attribute).</summary>
    public bool IncludeProvenance { get; init; }

    /// <summary>
    /// Gets the manifest of the previous run, or <see langword="null"/> for a full run. With it, the products output
    /// holds only added, changed and invalidated products, and the removed-keys output lists what to delete.
    /// </summary>
    public CatalogManifest? PreviousManifest { get; init; }

    /// <summary>
    /// Gets the function that gives the fingerprint of a target product type's definition (its argument is the product
    /// type id, <see langword="null"/> when the product has none), or <see langword="null"/> to record no fingerprints.
    /// It is called once per product type and run.
    /// </summary>
    public Func<string?, string?>? ProductTypeFingerprint { get; init; }

    /// <summary>
    /// Gets the input's header texts for the CSV error report, or <see langword="null"/> to derive them from the first
    /// invalid product's fields (see <see cref="Output.CatalogErrorReportCsvWriter"/>).
    /// </summary>
    public IReadOnlyList<string>? ErrorReportColumns { get; init; }

    /// <summary>Gets the clock that measures the run's elapsed time; defaults to <see cref="TimeProvider.System"/>.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>Gets how often progress is reported at most; defaults to 100 milliseconds.</summary>
    public TimeSpan ProgressInterval { get; init; } = TimeSpan.FromMilliseconds(100);

    internal CatalogRunOptions WithFingerprint(Func<string?, string?> fingerprint) => new()
    {
        MaxDegreeOfParallelism = MaxDegreeOfParallelism,
        BatchSize = BatchSize,
        IncludeProvenance = IncludeProvenance,
        PreviousManifest = PreviousManifest,
        ProductTypeFingerprint = fingerprint,
        ErrorReportColumns = ErrorReportColumns,
        TimeProvider = TimeProvider,
        ProgressInterval = ProgressInterval,
    };
}
