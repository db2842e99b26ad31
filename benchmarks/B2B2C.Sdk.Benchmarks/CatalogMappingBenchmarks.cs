using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using B2B2C.Sdk.Benchmarks.Data;
using B2B2C.Sdk.Catalog;
using B2B2C.Sdk.Catalog.Output;
using B2B2C.Sdk.Catalog.Readers;
using BenchmarkDotNet.Attributes;

namespace B2B2C.Sdk.Benchmarks;

/// <summary>
/// Mapping generated supplier products (JSON Lines form, about 30 attributes each) onto the JD-style schema with the
/// shipped <c>supplier-jsonl-to-jd.spec.json</c>: category mapping, about 40 field rules, unit conversion and
/// validation. <see cref="Map"/> and <see cref="MapAndWrite"/> take one typical chip resistor;
/// <see cref="RunInMemory"/> runs a whole catalog of 10,000 products from memory through
/// <see cref="CatalogMappingRun"/> (read, map, write, manifest) and reports the cost per product.
/// Target of the end-to-end run: at least 100,000 products per second on two cores.
/// </summary>
/// <remarks>
/// The environment variable <c>B2B2C_CATALOG_PRODUCTS</c> shrinks the catalog of <see cref="RunInMemory"/> (the Dry
/// test uses 200); the per-product figures assume the default 10,000.
/// </remarks>
[MemoryDiagnoser]
public class CatalogMappingBenchmarks : IDisposable
{
    private const int RunProducts = 10_000;

    private CatalogMapper _mapper = null!;

    private SourceProduct _resistor = null!;

    private MarketplaceProductWriter _writer = null!;

    private byte[] _catalog = [];

    /// <summary>Compiles the mapper, generates the catalog and picks the first valid chip resistor.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _mapper = CatalogBenchmarkData.JsonLinesToJdMapper();
        _catalog = CatalogBenchmarkData.JsonLines(Math.Min(RunProducts, CatalogBenchmarkData.RunProductCount));
        List<SourceProduct> products = CatalogBenchmarkData.Read(CatalogBenchmarkData.JsonLines(50));
        _resistor = products.First(p => p.Key.StartsWith("RES-", StringComparison.Ordinal) && _mapper.Map(p).IsValid);
        _writer = new MarketplaceProductWriter(Stream.Null);
    }

    /// <summary>Releases the writer.</summary>
    [GlobalCleanup]
    public void Cleanup() => Dispose();

    /// <summary>Releases the writer.</summary>
    public void Dispose()
    {
        _writer?.DisposeAsync().AsTask().GetAwaiter().GetResult();
        GC.SuppressFinalize(this);
    }

    /// <summary>Maps one chip resistor (about 30 source fields) onto the JD schema.</summary>
    /// <returns>The mapped product.</returns>
    [Benchmark]
    public MappedProduct Map() => _mapper.Map(_resistor);

    /// <summary>Maps one chip resistor and writes it as a marketplace JSON line (to <see cref="Stream.Null"/>).</summary>
    /// <returns>The mapped product.</returns>
    [Benchmark]
    public MappedProduct MapAndWrite()
    {
        MappedProduct product = _mapper.Map(_resistor);
        ValueTask write = _writer.WriteAsync(product);
        if (!write.IsCompletedSuccessfully)
        {
            write.AsTask().GetAwaiter().GetResult();
        }

        return product;
    }

    /// <summary>Runs 10,000 products from an in-memory JSON Lines catalog through <see cref="CatalogMappingRun"/>.</summary>
    /// <param name="parallelism">The run's <see cref="CatalogRunOptions.MaxDegreeOfParallelism"/>.</param>
    /// <returns>The number of products written.</returns>
    [Benchmark(OperationsPerInvoke = RunProducts)]
    [Arguments(1)]
    [Arguments(2)]
    public async Task<long> RunInMemory(int parallelism)
    {
        var source = new JsonLinesCatalogReader(new MemoryStream(_catalog, writable: false), "catalog.jsonl");
        CatalogRunSummary summary = await CatalogMappingRun.RunAsync(
            source,
            _mapper,
            CatalogRunOutputs.ToStreams(Stream.Null, errorsJson: Stream.Null, errorsCsv: Stream.Null),
            new CatalogRunOptions { MaxDegreeOfParallelism = parallelism }).ConfigureAwait(false);
        return summary.ProductsWritten;
    }
}
