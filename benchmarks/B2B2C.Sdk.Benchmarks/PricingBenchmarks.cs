using System;
using System.Collections.Generic;
using B2B2C.Sdk.Benchmarks.Data;
using B2B2C.Sdk.Pricing;
using BenchmarkDotNet.Attributes;

namespace B2B2C.Sdk.Benchmarks;

/// <summary>
/// Pricing one line on the "distributor-L" book (200,000 SKUs, 5 million price rows), rotating among 512 pre-built
/// requests of general customers, gold and silver distributors, contract customers, foreign-currency buyers and
/// anonymous visitors, so no single cached path is measured.
/// Targets: <see cref="UnitPrice"/> at most 1 µs and 0 bytes allocated; at most 1.5× slower with 2,000 catalogue
/// lists than with 10 (the per-request work is the same, only the book grows); <see cref="PriceWithProof"/> at
/// most 3× <see cref="UnitPrice"/>.
/// </summary>
[MemoryDiagnoser]
public class PricingBenchmarks
{
    private PricingEngine _engine = null!;

    private PricingRequest[] _requests = [];

    private int _mask;

    private int _next;

    private DateTimeOffset _at;

    /// <summary>Gets or sets the number of catalogue lists in the book (contract lists come on top).</summary>
    [ParamsSource(nameof(ListCounts))]
    public int Lists { get; set; }

    /// <summary>Gets the list counts to run: 10 and the data set's own (2,000 for distributor-L).</summary>
    public static IEnumerable<int> ListCounts => PricingBenchmarkSettings.ListCounts;

    /// <summary>Generates and compiles the book, and prices every request once so each context is bound.</summary>
    [GlobalSetup]
    public void Setup()
    {
        PricingDataSetSize size = PricingDataSetSize.FromName(PricingBenchmarkSettings.SizeName).WithPriceLists(Lists);
        PricingDataSet data = PricingDataSet.Generate(size, PricingBenchmarkSettings.Seed);
        _engine = new PricingEngine(PricingSnapshot.Compile(data.Book).GetSnapshotOrThrow());
        _requests = [.. data.Requests];
        _mask = _requests.Length - 1;
        _at = PricingDataSet.At;
        foreach (PricingRequest request in _requests)
        {
            PriceResult result = _engine.Price(request.Context, request.Sku, request.Quantity, _at);
            if (!result.IsPriced)
            {
                throw new InvalidOperationException($"{request.Profile} request for {request.Sku} x {request.Quantity} is not priced: {result.Status}.");
            }
        }
    }

    /// <summary>Prices one line, proof off.</summary>
    /// <returns>The price.</returns>
    [Benchmark(Baseline = true)]
    public PriceResult UnitPrice()
    {
        PricingRequest request = _requests[_next++ & _mask];
        return _engine.Price(request.Context, request.Sku, request.Quantity, _at);
    }

    /// <summary>Prices one line with its proof: every candidate, the tier, the next break and the hash.</summary>
    /// <returns>The proof.</returns>
    [Benchmark]
    public PriceProof PriceWithProof()
    {
        PricingRequest request = _requests[_next++ & _mask];
        return _engine.PriceWithProof(request.Context, request.Sku, request.Quantity, _at);
    }
}
