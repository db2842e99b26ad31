using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using B2B2C.Sdk.Pricing;
using static B2B2C.Sdk.Tests.Pricing.PricingTestBooks;

namespace B2B2C.Sdk.Tests.Pricing;

/// <summary>Pricing while snapshots are published and changes applied.</summary>
public sealed partial class PricingEngineTests
{
    private const int Readers = 3;
    private const int ReadsPerReader = 4_000;
    private const int MaxReads = 400_000;
    private const int Changes = 120;

    [Fact]
    public void Price_WhileSnapshotsArePublishedAndChangesApplied_EveryResultComesFromAPublishedSnapshot()
    {
        PricingSnapshot initial = Compile(Book(ListPrice("LIST", Entry(1m)), SegmentList("GOLD", Entry(0.9m))));
        var engine = new PricingEngine(initial);
        var published = new ConcurrentDictionary<long, PricingSnapshot>();
        published[initial.Sequence] = initial;
        PricingContext shared = Everyone("S-HZ-01");
        var failures = new ConcurrentQueue<Exception>();
        var results = new ConcurrentBag<(long Sequence, bool Shared, PriceResult Result)>();
        using var start = new ManualResetEventSlim(false);
        var stopwatch = Stopwatch.StartNew();
        bool publisherDone = false;

        var threads = new List<Thread>();
        for (int t = 0; t < Readers; t++)
        {
            bool useShared = t % 2 == 0;
            threads.Add(new Thread(() => Guard(failures, () =>
            {
                PricingContext own = Everyone("S-HZ-01");
                start.Wait();
                // Read at least ReadsPerReader times and until the publisher is done, never more than MaxReads times.
                for (int i = 0; i < MaxReads && (i < ReadsPerReader || !Volatile.Read(ref publisherDone)); i++)
                {
                    PriceResult result = engine.Price(useShared ? shared : own, 10m);
                    if (i % 8 == 0)
                    {
                        results.Add((result.SnapshotSequence, useShared, result));
                    }
                }
            })));
        }

        threads.Add(new Thread(() => Guard(failures, () =>
        {
            start.Wait();
            for (int k = 1; k <= Changes; k++)
            {
                decimal price = 1m + (k / 100m);
                if (k % 3 == 0)
                {
                    PricingSnapshot next = Compile(Book(ListPrice("LIST", Entry(price)), SegmentList("GOLD", Entry(price - 0.1m))) with { Version = $"v{k}" });
                    published[next.Sequence] = next;
                    engine.Publish(next);
                }
                else if (k % 3 == 1)
                {
                    PricingCompilation applied = engine.ApplyPriceList(NodeList("EAST", "R-EAST", NodeInheritance.Inherit, Entry(price / 2m)));
                    PricingSnapshot next = applied.GetSnapshotOrThrow();
                    published[next.Sequence] = next;
                }
                else
                {
                    // A change that does not compile: nothing is published.
                    Assert.False(engine.ApplyPriceList(SegmentList("GOLD", Entry(price) with { Tiers = [] })).Succeeded);
                    PricingSnapshot next = engine.ApplyPriceList(SegmentList("GOLD", Entry(price - 0.2m))).GetSnapshotOrThrow();
                    published[next.Sequence] = next;
                }
            }

            Volatile.Write(ref publisherDone, true);
        })));

        threads.ForEach(t => t.Start());
        start.Set();
        threads.ForEach(t => t.Join());

        Assert.Empty(failures);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(20), $"took {stopwatch.Elapsed}");
        Assert.True(results.Count >= Readers * (ReadsPerReader / 8));
        Assert.True(results.Select(r => r.Sequence).Distinct().Count() > 1, "the readers never saw a swap");
        var expected = new Dictionary<long, PriceResult>();
        foreach ((long sequence, bool _, PriceResult result) in results)
        {
            Assert.True(published.TryGetValue(sequence, out PricingSnapshot? snapshot), $"sequence {sequence} was never published");
            if (!expected.TryGetValue(sequence, out PriceResult reference))
            {
                reference = new PricingEngine(snapshot).Price(Everyone("S-HZ-01"), 10m);
                expected[sequence] = reference;
            }

            Assert.Equal(PriceStatus.Priced, result.Status);
            Assert.Equal(reference.PriceList, result.PriceList);
            Assert.Equal(reference.LineAmount, result.LineAmount);
        }

        Assert.Equal(engine.Snapshot.Sequence, published.Keys.Max());
    }

    [Fact]
    public void ApplyPriceList_FromSeveralThreads_LosesNoChange()
    {
        PricingEngine engine = Engine(ListPrice("LIST", Entry(1m)));
        var failures = new ConcurrentQueue<Exception>();
        using var start = new ManualResetEventSlim(false);
        Thread[] writers = [.. Enumerable.Range(0, 3).Select(w => new Thread(() => Guard(failures, () =>
        {
            start.Wait();
            for (int k = 0; k < 15; k++)
            {
                Assert.True(engine.ApplyPriceList(ContractList($"W{w}-{k:00}", Entry(k + 1m, new Sku($"SKU-{w}-{k}")))).Succeeded);
            }
        })))];

        Array.ForEach(writers, t => t.Start());
        start.Set();
        Array.ForEach(writers, t => t.Join());

        Assert.Empty(failures);
        Assert.Equal(1 + (3 * 15), engine.Snapshot.PriceListCount);
        Assert.Equal(Money.Of(15m, Currency.EUR), engine.Price(Everyone(), 1m, new Sku("SKU-2-14")).LineAmount);
    }

    private static void Guard(ConcurrentQueue<Exception> failures, Action action)
    {
        try
        {
            action();
        }
        catch (Exception ex)
        {
            failures.Enqueue(ex);
        }
    }
}
