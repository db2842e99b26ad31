using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using B2B2C.Sdk.Benchmarks.Data;
using B2B2C.Sdk.Catalog;
using B2B2C.Sdk.Catalog.Delta;
using B2B2C.Sdk.Catalog.Readers;

namespace B2B2C.Sdk.Benchmarks;

/// <summary>
/// The <c>catalog-throughput</c> mode: generates a JSON Lines catalog (not timed), maps it end to end onto the JD-style
/// schema with every core into a temporary output folder, then measures a 1% delta of a 500,000-product catalog, then
/// times <c>jq</c> doing the same field mapping (<c>Data/catalog-to-jd.jq</c>) on the first products of the same file.
/// Targets: at least 100,000 products/s on two cores; peak working set at most 200 MB for 1 million products, flat as
/// the size grows; the 1% delta of 500,000 products in at most 1 s; at least 10 times faster than jq.
/// </summary>
/// <remarks>
/// Usage: <c>dotnet run -c Release --project benchmarks/B2B2C.Sdk.Benchmarks -- catalog-throughput [count=1000000]
/// [--keep] [--batch n] [--jq-count n] [--delta-count n] [--no-delta] [--no-jq] [--profile]</c>. <c>--keep</c> leaves the temporary
/// folder; <c>--profile</c> also times reading alone, reading and mapping on one thread, and the run on one thread.
/// The peak working set is the process's high-water mark (reset before the run where Linux allows it) and the largest
/// working set sampled every 20 ms while the run goes.
/// </remarks>
internal static class CatalogThroughput
{
    private const int DefaultCount = 1_000_000;

    private const int DefaultDeltaCount = 500_000;

    private const int DefaultJqCount = 50_000;

    private const int MutateEvery = 100;

    private static int s_batchSize = CatalogRunOptions.Default.BatchSize;

    /// <summary>Runs the mode.</summary>
    /// <param name="args">The product count and the options.</param>
    /// <returns>The process exit code.</returns>
    internal static async Task<int> RunAsync(string[] args)
    {
        int count = DefaultCount;
        int deltaCount = DefaultDeltaCount;
        int jqCount = DefaultJqCount;
        bool keep = false, delta = true, jq = true, profile = false;
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--keep": keep = true; break;
                case "--no-delta": delta = false; break;
                case "--no-jq": jq = false; break;
                case "--profile": profile = true; break;
                case "--jq-count": jqCount = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--batch": s_batchSize = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--delta-count": deltaCount = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                default: count = int.Parse(args[i], CultureInfo.InvariantCulture); break;
            }
        }

        string folder = Path.Combine(Path.GetTempPath(), "b2b2c-catalog-throughput-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        try
        {
            Console.WriteLine(Invariant($"catalog-throughput: {count:N0} products, seed {SupplierCatalogGenerator.DefaultSeed}, folder {folder}"));
            Console.WriteLine(Invariant($".NET {Environment.Version}, {Environment.ProcessorCount} logical cores, server GC: {System.Runtime.GCSettings.IsServerGC}, load average {LoadAverage()}"));
            CatalogMapper mapper = CatalogBenchmarkData.JsonLinesToJdMapper();

            string input = Path.Combine(folder, "catalog.jsonl");
            double generateSeconds = Generate(new SupplierCatalogGenerator(), count, input);
            Console.WriteLine(Invariant($"generated {input}: {new FileInfo(input).Length:N0} bytes in {generateSeconds:F1} s (not timed below)"));
            Console.WriteLine();

            if (profile)
            {
                await ProfileAsync(mapper, input, count).ConfigureAwait(false);
            }

            RunMeasure main = await MeasureAsync(mapper, input, Path.Combine(folder, "out"), null, Environment.ProcessorCount).ConfigureAwait(false);
            Console.WriteLine("| Run | Products | Wall time | Products/s | CPU time | Bytes in | Bytes out | GC allocated | Peak working set (high-water / sampled) |");
            Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
            Console.WriteLine(main.Row(Invariant($"JSONL to JSONL, {Environment.ProcessorCount} threads")));

            if (delta)
            {
                await DeltaAsync(mapper, folder, deltaCount, count == deltaCount ? (input, main) : null).ConfigureAwait(false);
            }

            Console.WriteLine();
            if (jq)
            {
                await JqAsync(folder, input, Math.Min(jqCount, count), main).ConfigureAwait(false);
            }

            Console.WriteLine(Invariant($"load average at the end: {LoadAverage()}"));
            return 0;
        }
        finally
        {
            if (keep)
            {
                Console.WriteLine($"kept {folder}");
            }
            else
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    private static async Task DeltaAsync(CatalogMapper mapper, string folder, int deltaCount, (string Input, RunMeasure Run)? reuse)
    {
        string baseInput = reuse?.Input ?? Path.Combine(folder, "delta-base.jsonl");
        if (reuse is null)
        {
            Generate(new SupplierCatalogGenerator(), deltaCount, baseInput);
        }

        string changedInput = Path.Combine(folder, "delta-changed.jsonl");
        Generate(new SupplierCatalogGenerator(mutateEvery: MutateEvery), deltaCount, changedInput);
        RunMeasure first = reuse?.Run ?? await MeasureAsync(mapper, baseInput, Path.Combine(folder, "delta-out"), null, Environment.ProcessorCount).ConfigureAwait(false);
        if (reuse is null)
        {
            Console.WriteLine(first.Row(Invariant($"{deltaCount:N0}-product catalog, first run")));
        }

        RunMeasure second = await MeasureAsync(mapper, changedInput, Path.Combine(folder, "delta-out"), first.Summary.Manifest, Environment.ProcessorCount).ConfigureAwait(false);
        Console.WriteLine(second.Row(Invariant($"same catalog with 1% changed, run against the first manifest")));
        CatalogDeltaResult runDelta = second.Summary.Delta!;

        var computeTimes = new List<double>();
        CatalogDeltaResult computed = null!;
        for (int run = 0; run < 7; run++)
        {
            long start = Stopwatch.GetTimestamp();
            computed = CatalogDelta.Compute(first.Summary.Manifest, second.Summary.Manifest);
            computeTimes.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }

        computeTimes.Sort();
        Console.WriteLine();
        Console.WriteLine(Invariant($"delta of {deltaCount:N0} products, every {MutateEvery}th changed: run delta {runDelta.Added.Length:N0} added, {runDelta.Changed.Length:N0} changed, {runDelta.Removed.Length:N0} removed, {runDelta.Invalidated.Length:N0} invalidated, {runDelta.Unchanged:N0} unchanged; {second.Summary.ProductsWritten:N0} products written"));
        Console.WriteLine(Invariant($"CatalogDelta.Compute over two {deltaCount:N0}-entry manifests: median {computeTimes[3]:F1} ms (min {computeTimes[0]:F1}, max {computeTimes[^1]:F1}); {computed.Changed.Length:N0} changed"));
        Console.WriteLine(Invariant($"delta run (read and map all {deltaCount:N0} products, write the changed ones, compute the delta): {second.Seconds:F2} s"));
    }

    private static async Task JqAsync(string folder, string input, int jqCount, RunMeasure sdk)
    {
        string program = Path.Combine(folder, "catalog-to-jd.jq");
        await File.WriteAllTextAsync(program, CatalogBenchmarkData.Resource("catalog-to-jd.jq")).ConfigureAwait(false);
        string jqInput = input;
        if (jqCount < sdk.Summary.ProductsRead)
        {
            jqInput = Path.Combine(folder, "jq-input.jsonl");
            await File.WriteAllLinesAsync(jqInput, File.ReadLines(input).Take(jqCount)).ConfigureAwait(false);
        }

        string output = Path.Combine(folder, "jq-out.jsonl");
        var start = new ProcessStartInfo("/bin/sh") { UseShellExecute = false, RedirectStandardError = true };
        foreach (string argument in new[] { "-c", "exec jq -n -c -f \"$0\" \"$1\" > \"$2\"", program, jqInput, output })
        {
            start.ArgumentList.Add(argument);
        }

        long started = Stopwatch.GetTimestamp();
        Process? process;
        try
        {
            process = Process.Start(start);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            process = null;
        }

        if (process is null)
        {
            Console.WriteLine("jq: could not start /bin/sh; jq not timed");
            return;
        }

        using (process)
        {
            string errors = await process.StandardError.ReadToEndAsync().ConfigureAwait(false);
            await process.WaitForExitAsync().ConfigureAwait(false);
            double seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
            if (process.ExitCode != 0)
            {
                Console.WriteLine($"jq is missing or failed (exit code {process.ExitCode}): {errors.Trim()}; install it with apt-get install -y jq");
                return;
            }

            long lines = File.ReadLines(output).LongCount();
            double jqRate = jqCount / seconds;
            double sdkRate = sdk.Summary.ProductsRead / sdk.Seconds;
            double sdkCpuRate = sdk.Summary.ProductsRead / sdk.CpuSeconds;
            Console.WriteLine(Invariant($"jq ({JqVersion()}, one thread) on the first {jqCount:N0} products of the same file: {seconds:F2} s, {jqRate:N0} products/s, {lines:N0} lines, {new FileInfo(output).Length:N0} bytes out"));
            Console.WriteLine(Invariant($"SDK / jq: {sdkRate / jqRate:F1}x faster by wall clock ({sdkRate:N0} vs {jqRate:N0} products/s), {sdkCpuRate / jqRate:F1}x per CPU second"));
        }
    }

    private static async Task ProfileAsync(CatalogMapper mapper, string input, int count)
    {
        long start = Stopwatch.GetTimestamp();
        long fields = 0;
        await foreach (SourceProduct product in new JsonLinesCatalogReader(input).ReadAsync().ConfigureAwait(false))
        {
            fields += product.Fields.Length;
        }

        double read = Stopwatch.GetElapsedTime(start).TotalSeconds;
        start = Stopwatch.GetTimestamp();
        long valid = 0;
        await foreach (SourceProduct product in new JsonLinesCatalogReader(input).ReadAsync().ConfigureAwait(false))
        {
            valid += mapper.Map(product).IsValid ? 1 : 0;
        }

        double readMap = Stopwatch.GetElapsedTime(start).TotalSeconds;
        start = Stopwatch.GetTimestamp();
        await CatalogMappingRun.RunAsync(new JsonLinesCatalogReader(input), mapper, CatalogRunOutputs.ToStreams(Stream.Null, Stream.Null, Stream.Null), new CatalogRunOptions { MaxDegreeOfParallelism = 1 }).ConfigureAwait(false);
        double run1 = Stopwatch.GetElapsedTime(start).TotalSeconds;
        Console.WriteLine(Invariant($"profile, one thread: read {read:F2} s ({count / read:N0}/s, {(decimal)fields / count:F1} fields per product); read + map {readMap:F2} s (map ~{(readMap - read) * 1e6 / count:F1} µs per product, {valid:N0} valid); full run to Stream.Null, parallelism 1: {run1:F2} s ({count / run1:N0}/s; write, manifest and pipeline ~{(run1 - readMap) * 1e6 / count:F1} µs per product)"));
        Console.WriteLine();
    }

    private static async Task<RunMeasure> MeasureAsync(CatalogMapper mapper, string input, string output, CatalogManifest? previous, int parallelism)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        bool reset = ResetPeakWorkingSet();
        using var process = Process.GetCurrentProcess();
        long sampled = 0;
        using var stop = new CancellationTokenSource();
        Task sampler = Task.Run(async () =>
        {
            using var self = Process.GetCurrentProcess();
            while (!stop.IsCancellationRequested)
            {
                self.Refresh();
                sampled = Math.Max(sampled, self.WorkingSet64);
                try
                {
                    await Task.Delay(20, stop.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
            }
        });

        TimeSpan cpuBefore = process.TotalProcessorTime;
        TimeSpan pauseBefore = GC.GetTotalPauseDuration();
        int[] collectionsBefore = [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];
        long allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        long start = Stopwatch.GetTimestamp();
        CatalogRunSummary summary = await CatalogMappingRun.RunAsync(
            new JsonLinesCatalogReader(input),
            mapper,
            CatalogRunOutputs.ToFolder(output),
            new CatalogRunOptions { MaxDegreeOfParallelism = parallelism, PreviousManifest = previous, BatchSize = s_batchSize }).ConfigureAwait(false);
        double seconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
        long allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        process.Refresh();
        double cpu = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
        double pause = (GC.GetTotalPauseDuration() - pauseBefore).TotalSeconds;
        string collections = Invariant($"{GC.CollectionCount(0) - collectionsBefore[0]}/{GC.CollectionCount(1) - collectionsBefore[1]}/{GC.CollectionCount(2) - collectionsBefore[2]}");
        await stop.CancelAsync().ConfigureAwait(false);
        await sampler.ConfigureAwait(false);
        long bytesOut = Directory.EnumerateFiles(output).Sum(f => new FileInfo(f).Length);
        Console.WriteLine(Invariant($"  ({summary.ProductsRead:N0} products: GC pauses {pause:F2} s, gen0/1/2 collections {collections}, managed heap after the run {Mib(GC.GetTotalMemory(false))})"));
        return new RunMeasure(summary, seconds, cpu, new FileInfo(input).Length, bytesOut, allocated, process.PeakWorkingSet64, reset, sampled);
    }

    private static double Generate(SupplierCatalogGenerator generator, int count, string path)
    {
        long start = Stopwatch.GetTimestamp();
        using (var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20))
        {
            generator.WriteJsonLines(count, file);
        }

        return Stopwatch.GetElapsedTime(start).TotalSeconds;
    }

    /// <summary>Resets the process's peak resident set size (Linux 4.0 and later), so the peak covers one phase only.</summary>
    private static bool ResetPeakWorkingSet()
    {
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or PlatformNotSupportedException)
        {
            return false;
        }
    }

    private static string LoadAverage()
    {
        try
        {
            return string.Join(", ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return "unknown";
        }
    }

    private static string JqVersion()
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo("jq", "--version") { RedirectStandardOutput = true, UseShellExecute = false });
            string version = process!.StandardOutput.ReadToEnd().Trim();
            process.WaitForExit();
            return version;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "jq";
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static string Mib(long bytes) => Invariant($"{bytes / (1024.0 * 1024.0):N0} MiB");

    /// <summary>One measured run.</summary>
    private sealed record RunMeasure(
        CatalogRunSummary Summary, double Seconds, double CpuSeconds, long BytesIn, long BytesOut, long Allocated, long PeakWorkingSet, bool PeakReset, long SampledPeak)
    {
        public string Row(string name) => Invariant(
            $"| {name} | {Summary.ProductsRead:N0} ({Summary.InvalidProducts:N0} invalid) | {Seconds:F2} s | {Summary.ProductsRead / Seconds:N0} | {CpuSeconds:F2} s | {Mib(BytesIn)} | {Mib(BytesOut)} | {Mib(Allocated)} ({Allocated / Math.Max(1, Summary.ProductsRead):N0} B/product) | {Mib(PeakWorkingSet)}{(PeakReset ? string.Empty : " (process)")} / {Mib(SampledPeak)} |");
    }
}
