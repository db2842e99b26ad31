using B2B2C.Sdk.Benchmarks.Data;
using B2B2C.Sdk.Pricing;
using BenchmarkDotNet.Attributes;

namespace B2B2C.Sdk.Benchmarks;

/// <summary>
/// Applying a 10,000-row change of one agreement (province P001's list) to the engine serving the "distributor-L"
/// book: only the changed list is recompiled, the rest of the snapshot is shared. Target: at most 50 ms.
/// </summary>
[MemoryDiagnoser]
public class PricingUpdateBenchmarks
{
    private const int ChangedRows = 10_000;

    private PricingEngine _engine = null!;

    private PriceList[] _changes = [];

    private int _next;

    /// <summary>Generates and compiles the book and prepares two versions of the change, applied in turn.</summary>
    [GlobalSetup]
    public void Setup()
    {
        PricingDataSet data = PricingDataSet.Generate(PricingDataSetSize.FromName(PricingBenchmarkSettings.SizeName), PricingBenchmarkSettings.Seed);
        _engine = new PricingEngine(PricingSnapshot.Compile(data.Book).GetSnapshotOrThrow());
        _changes = [data.CreateListChange(ChangedRows, 1), data.CreateListChange(ChangedRows, 2)];
    }

    /// <summary>Applies the next version of the change and puts the new snapshot in force.</summary>
    /// <returns>The snapshot now in force.</returns>
    [Benchmark]
    public PricingSnapshot ApplyPriceList()
        => _engine.ApplyPriceList(_changes[_next++ & 1]).GetSnapshotOrThrow();
}
