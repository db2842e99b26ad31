using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using B2B2C.Sdk.Benchmarks.Data;
using B2B2C.Sdk.Pricing;

namespace B2B2C.Sdk.Benchmarks;

/// <summary>
/// The <c>pricing-compile</c> mode: generates a book, compiles it once and applies a 10,000-row change, printing wall
/// time, allocated bytes and peak working set of each phase. Compiling distributor-L takes seconds, which
/// BenchmarkDotNet's iteration model suits poorly; one measured run in a fresh process is what a deployment sees.
/// Targets for distributor-L: compilation at most 10 s and 2 GiB; applying the change at most 50 ms.
/// </summary>
/// <remarks>
/// Usage: <c>dotnet run -c Release --project benchmarks/B2B2C.Sdk.Benchmarks -- pricing-compile [S|M|L] [lists]</c>.
/// </remarks>
internal static class PricingCompileThroughput
{
    private const int ChangedRows = 10_000;

    private const int ChangeRuns = 20;

    /// <summary>Runs the mode.</summary>
    /// <param name="args">The size (S, M or L; L by default) and optionally the number of catalogue lists.</param>
    /// <returns>The process exit code.</returns>
    internal static int Run(string[] args)
    {
        PricingDataSetSize size = PricingDataSetSize.FromName(args.Length > 0 ? args[0] : "L");
        if (args.Length > 1)
        {
            size = size.WithPriceLists(int.Parse(args[1], CultureInfo.InvariantCulture));
        }

        var process = Process.GetCurrentProcess();
        Console.WriteLine($"pricing-compile: size {size.Name}, {size.SkuCount:N0} SKUs, {size.PriceListCount:N0} catalogue lists + {size.ContractCount:N0} contracts, seed {PricingBenchmarkSettings.Seed}");
        Console.WriteLine($".NET {Environment.Version}, {Environment.ProcessorCount} logical cores, server GC: {System.Runtime.GCSettings.IsServerGC}");
        Console.WriteLine();

        Measure generate = Measure.Run(process, () => PricingDataSet.Generate(size, PricingBenchmarkSettings.Seed), out PricingDataSet data);
        long bookBytes = GC.GetTotalMemory(forceFullCollection: true);
        Measure compile = Measure.Run(process, () => PricingSnapshot.Compile(data.Book), out PricingCompilation compilation);
        PricingSnapshot snapshot = compilation.GetSnapshotOrThrow();
        long retainedBytes = GC.GetTotalMemory(forceFullCollection: true);

        var engine = new PricingEngine(snapshot);
        PriceList[] changes = [data.CreateListChange(ChangedRows, 1), data.CreateListChange(ChangedRows, 2)];
        var applyTimes = new List<double>(ChangeRuns);
        long applyAllocated = 0;
        for (int run = -2; run < ChangeRuns; run++)
        {
            long before = GC.GetTotalAllocatedBytes(precise: true);
            long start = Stopwatch.GetTimestamp();
            engine.ApplyPriceList(changes[(run + 2) & 1]).GetSnapshotOrThrow();
            double ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            long allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
            if (run >= 0)
            {
                applyTimes.Add(ms);
                applyAllocated += allocated;
            }
        }

        applyTimes.Sort();
        process.Refresh();
        Console.WriteLine("| Phase | Wall time | Allocated | Peak working set (process) |");
        Console.WriteLine("|---|---:|---:|---:|");
        Console.WriteLine($"| Generate book ({data.Book.PriceLists.Length:N0} lists, {data.EntryCount:N0} rows) | {generate.Seconds:F2} s | {Mib(generate.Allocated)} | {Mib(generate.PeakWorkingSet)} |");
        Console.WriteLine($"| Compile book ({snapshot.EntryCount:N0} entries, {compilation.Warnings.Length:N0} warnings) | {compile.Seconds:F2} s | {Mib(compile.Allocated)} | {Mib(compile.PeakWorkingSet)} |");
        Console.WriteLine($"| ApplyPriceList, {Math.Min(ChangedRows, size.SkuCount):N0} rows (median of {ChangeRuns}; min {applyTimes[0]:F1}, max {applyTimes[^1]:F1}) | {Median(applyTimes):F1} ms | {Mib(applyAllocated / ChangeRuns)} per apply | {Mib(process.PeakWorkingSet64)} |");
        Console.WriteLine();
        Console.WriteLine($"Managed heap after generation (book only): {Mib(bookBytes)}; after compilation (book + snapshot): {Mib(retainedBytes)}, so the snapshot retains {Mib(retainedBytes - bookBytes)}.");
        Console.WriteLine($"Snapshot content hash: {snapshot.ContentHash}.");
        Console.WriteLine($"Gen0/1/2 collections: {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}.");
        GC.KeepAlive(engine);
        return 0;
    }

    private static double Median(List<double> sorted)
        => sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;

    private static string Mib(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024.0):N0} MiB");

    /// <summary>Wall time, allocated bytes and the process's peak working set after one phase.</summary>
    private readonly record struct Measure(double Seconds, long Allocated, long PeakWorkingSet)
    {
        internal static Measure Run<T>(Process process, Func<T> phase, out T result)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            long before = GC.GetTotalAllocatedBytes(precise: true);
            long start = Stopwatch.GetTimestamp();
            result = phase();
            double seconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
            long allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
            process.Refresh();
            return new Measure(seconds, allocated, process.PeakWorkingSet64);
        }
    }
}
