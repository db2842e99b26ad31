using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Threading.Tasks;
using B2B2C.Sdk.Benchmarks.Data;
using B2B2C.Sdk.Catalog;
using B2B2C.Sdk.Catalog.Readers;

namespace B2B2C.Sdk.Benchmarks;

/// <summary>
/// The catalog console modes. <c>catalog-generate &lt;csv|jsonl|bmecat|all&gt; &lt;count&gt; &lt;path&gt; [seed] [mutateEvery]</c>
/// writes a generated supplier catalog (for <c>all</c>, <c>path</c> is a folder that receives
/// <c>supplier-catalog.csv</c>, <c>.jsonl</c> and <c>.bmecat.xml</c>; <c>mutateEvery</c> revises every n-th product, for
/// delta tests); <c>catalog-read &lt;path&gt;</c> reads a
/// catalog file three times and prints products per second, read issues and allocated bytes.
/// </summary>
internal static class CatalogCommands
{
    /// <summary>Runs <c>catalog-generate</c>.</summary>
    /// <param name="args">The format, the count, the path and optionally the seed and how often a product is revised.</param>
    /// <returns>The process exit code.</returns>
    internal static int Generate(string[] args)
    {
        if (args.Length < 3)
        {
            Console.Error.WriteLine("usage: catalog-generate <csv|jsonl|bmecat|all> <count> <path> [seed] [mutateEvery]");
            return 2;
        }

        int count = int.Parse(args[1], CultureInfo.InvariantCulture);
        int seed = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : SupplierCatalogGenerator.DefaultSeed;
        int mutateEvery = args.Length > 4 ? int.Parse(args[4], CultureInfo.InvariantCulture) : 0;
        var generator = new SupplierCatalogGenerator(seed, mutateEvery: mutateEvery);
        if (string.Equals(args[0], "all", StringComparison.OrdinalIgnoreCase))
        {
            Directory.CreateDirectory(args[2]);
            foreach ((string format, string file) in new[] { ("csv", "supplier-catalog.csv"), ("jsonl", "supplier-catalog.jsonl"), ("bmecat", "supplier-catalog.bmecat.xml") })
            {
                WriteFile(generator, format, count, Path.Combine(args[2], file));
            }
        }
        else
        {
            WriteFile(generator, args[0], count, args[2]);
        }

        return 0;
    }

    /// <summary>Runs <c>catalog-read</c>.</summary>
    /// <param name="args">The file path.</param>
    /// <returns>The process exit code.</returns>
    internal static async Task<int> ReadAsync(string[] args)
    {
        if (args.Length < 1)
        {
            Console.Error.WriteLine("usage: catalog-read <file.csv|file.jsonl|file.xml>");
            return 2;
        }

        string path = args[0];
        ICatalogSource source = Path.GetExtension(path).ToUpperInvariant() switch
        {
            ".CSV" => new CsvCatalogReader(path),
            ".JSONL" => new JsonLinesCatalogReader(path),
            _ => new BmecatCatalogReader(path),
        };

        long bytes = new FileInfo(path).Length;
        for (int run = 0; run < 3; run++)
        {
            long allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            TimeSpan cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            long start = Stopwatch.GetTimestamp();
            long products = 0;
            long fields = 0;
            long issues = 0;
            await foreach (SourceProduct product in source.ReadAsync().ConfigureAwait(false))
            {
                products++;
                fields += product.Fields.Length;
                issues += product.ReadIssues.Length;
            }

            double seconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
            double cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
            long allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"run {run + 1}: {products:N0} products, {fields:N0} fields, {issues:N0} issues in {seconds:F3} s: {products / seconds:N0} products/s, {bytes / seconds / 1_048_576:F1} MiB/s, {allocated / Math.Max(1, products):N0} B allocated per product; {cpuSeconds:F3} s CPU: {products / cpuSeconds:N0} products per CPU second"));
        }

        return 0;
    }

    private static void WriteFile(SupplierCatalogGenerator generator, string format, int count, string path)
    {
        using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 64 * 1024);
        generator.Write(format, count, file);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{path}: {count:N0} products, {file.Length:N0} bytes"));
    }
}
