using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using B2B2C.Sdk.Catalog.Delta;
using B2B2C.Sdk.Testing;
using FsCheck.Fluent;

namespace B2B2C.Sdk.Catalog.Tests.Output;

public sealed class CatalogMappingRunTests : IDisposable
{
    private static readonly int[] s_parallelisms = [2, 8];

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "b2b2c-run-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private sealed record RunBytes(string Products, string ErrorsJson, string ErrorsCsv, string Summary, string Manifest, string Removed, CatalogRunSummary Result);

    private static SourceProduct Product(int index, string key, string price = "12.5", string bad = "", string warn = "", string type = "widget", string color = "red")
        => new(
            key,
            new SourceLocation("memory.csv", index + 1, index + 2),
            [
                new SourceField("sku", key),
                new SourceField("title", "Widget " + key, Language: "en"),
                new SourceField("price", price),
                new SourceField("bad", bad),
                new SourceField("warn", warn),
                new SourceField("type", type),
                new SourceField("color", color),
            ]);

    private static CatalogRunOptions Options(int parallelism, CatalogManifest? previous = null, Func<string?, string?>? fingerprint = null) => new()
    {
        MaxDegreeOfParallelism = parallelism,
        BatchSize = 7,
        IncludeProvenance = true,
        PreviousManifest = previous,
        ProductTypeFingerprint = fingerprint,
        TimeProvider = new FrozenTimeProvider(),
    };

    private static async Task<RunBytes> RunInMemoryAsync(IReadOnlyList<SourceProduct> products, CatalogRunOptions options)
    {
        using var p = new MemoryStream();
        using var ej = new MemoryStream();
        using var ec = new MemoryStream();
        using var s = new MemoryStream();
        using var m = new MemoryStream();
        using var r = new MemoryStream();
        CatalogRunSummary result = await CatalogMappingRun.RunAsync(
            new InMemoryCatalogSource(products), FakeMapper.Map, CatalogRunOutputs.ToStreams(p, ej, ec, s, m, r), options);
        return new RunBytes(Text(p), Text(ej), Text(ec), Text(s), Text(m), Text(r), result);

        static string Text(MemoryStream stream) => Encoding.UTF8.GetString(stream.ToArray());
    }

    private static RunBytes RunInMemory(IReadOnlyList<SourceProduct> products, CatalogRunOptions options)
        => Task.Run(() => RunInMemoryAsync(products, options)).GetAwaiter().GetResult();

    private static FsCheck.Gen<SourceProduct[]> Catalogs()
        => from count in Gen.Choose(0, 90)
           from keys in Gen.ArrayOf(Gen.Choose(0, 120), count)
           from prices in Gen.ArrayOf(Gen.Choose(0, 100_000), count)
           from bad in Gen.ArrayOf(Gen.Frequency((5, Gen.Constant(string.Empty)), (1, Gen.Constant("x\"y"))), count)
           from warn in Gen.ArrayOf(Gen.Frequency((5, Gen.Constant(string.Empty)), (1, Gen.Constant("w"))), count)
           from types in Gen.ArrayOf(Gen.Elements("widget", "gadget", "电阻"), count)
           select Enumerable.Range(0, count)
               .Select(i => Product(
                   i,
                   keys[i] == 0 ? string.Empty : "K" + keys[i].ToString(CultureInfo.InvariantCulture),
                   (prices[i] / 100m).ToString(CultureInfo.InvariantCulture),
                   bad[i],
                   warn[i],
                   types[i]))
               .ToArray();

    [Fact]
    public void RunAsync_AnyParallelism_WritesIdenticalBytes()
    {
        Properties.ForAll(
            Catalogs(),
            products =>
            {
                RunBytes one = RunInMemory(products, Options(1));
                foreach (int parallelism in s_parallelisms)
                {
                    RunBytes other = RunInMemory(products, Options(parallelism));
                    Assert.Equal(one.Products, other.Products);
                    Assert.Equal(one.ErrorsJson, other.ErrorsJson);
                    Assert.Equal(one.ErrorsCsv, other.ErrorsCsv);
                    Assert.Equal(one.Summary, other.Summary);
                    Assert.Equal(one.Manifest, other.Manifest);
                    Assert.Equal(one.Removed, other.Removed);
                }
            },
            cases: 40);
    }

    [Fact]
    public void RunAsync_InvalidProducts_AppearExactlyOnceInBothReports()
    {
        Properties.ForAll(
            Catalogs(),
            products =>
            {
                RunBytes run = RunInMemory(products, Options(2));
                var seen = new HashSet<string>(StringComparer.Ordinal);
                List<long> expected = products
                    .Where(p => !(p.Key.Length > 0 ? seen.Add(p.Key) : false) || FakeMapper.Map(p).Status == MappedProductStatus.Invalid)
                    .Select(p => p.Location.Record)
                    .ToList();

                List<long> inJson = run.ErrorsJson.Split('\n', StringSplitOptions.RemoveEmptyEntries)
                    .Select(line => JsonDocument.Parse(line).RootElement.GetProperty("location").GetProperty("record").GetInt64())
                    .ToList();
                Assert.Equal(expected, inJson);
                List<string> csvLocations = ReadCsv(run.ErrorsCsv).Skip(1).Select(row => row[^1]).ToList();
                Assert.Equal(expected.Select(r => $"memory.csv, record {r}, line {r + 1}"), csvLocations);
                Assert.Equal(expected.Count, run.Result.InvalidProducts);
                Assert.Equal(products.Length - expected.Count, run.Result.ValidProducts);
                Assert.Equal(run.Result.ValidProducts, run.Products.Count(c => c == '\n'));
                Assert.Equal(run.Result.ValidProducts, run.Result.Manifest.Count);
            },
            cases: 40);
    }

    private static List<string[]> ReadCsv(string text)
    {
        using var reader = new CsvHelper.CsvReader(new StringReader(text), CultureInfo.InvariantCulture);
        var rows = new List<string[]>();
        while (reader.Read())
        {
            rows.Add(reader.Parser.Record!);
        }

        return rows;
    }

    [Fact]
    public async Task RunAsync_DuplicateAndMissingKeys_AreReportedAndNeverPublished()
    {
        RunBytes run = await RunInMemoryAsync([Product(0, "A"), Product(1, "A", price: "2"), Product(2, string.Empty)], Options(2));

        Assert.Equal(1, run.Result.ValidProducts);
        Assert.Contains("\"price\":{\"value\":12.5,", run.Products, StringComparison.Ordinal);
        Assert.Equal(1, run.Result.IssuesByCode["CO001"]);
        Assert.Equal(1, run.Result.IssuesByCode["CO002"]);
        Assert.Contains("'A' appears earlier", run.ErrorsJson, StringComparison.Ordinal);
        Assert.Equal(["A"], run.Result.Manifest.Entries.Select(e => e.Key));
    }

    [Fact]
    public async Task RunAsync_Summary_WritesTheGoldenJson()
    {
        RunBytes run = await RunInMemoryAsync(
            [Product(0, "A"), Product(1, "B", warn: "w", type: "gadget"), Product(2, "C", bad: "x", color: string.Empty)],
            Options(2));

        Assert.Equal(
            """
            {
              "productsRead": 3,
              "validProducts": 2,
              "validWithWarnings": 1,
              "invalidProducts": 1,
              "productsWritten": 2,
              "carriedOverValues": 4,
              "carriedOverBySourceField": {
                "color": 2,
                "type": 2
              },
              "issuesByCode": {
                "CV100": 1,
                "CV900": 1
              },
              "issuesByProductType": {
                "gadget": 1,
                "widget": 1
              },
              "productsByProductType": {
                "gadget": 1,
                "widget": 2
              },
              "elapsedMilliseconds": 0,
              "delta": null
            }

            """,
            run.Summary);
        Assert.Equal(string.Empty, run.Removed);
        Assert.StartsWith("b2b2c-catalog-manifest\t1\t2\nA\t", run.Manifest, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_PreviousManifest_WritesOnlyTheDeltaAndTheRemovedKeys()
    {
        string Fingerprint(string? type) => type == "gadget" ? "g1" : "w1";
        RunBytes first = await RunInMemoryAsync(
            [Product(0, "same"), Product(1, "changed"), Product(2, "gone"), Product(3, "broken"), Product(4, "schema", type: "gadget")],
            Options(2, fingerprint: Fingerprint));

        RunBytes second = await RunInMemoryAsync(
            [Product(0, "same"), Product(1, "changed", price: "99"), Product(2, "broken", bad: "x"), Product(3, "schema", type: "gadget"), Product(4, "new")],
            Options(2, first.Result.Manifest, type => type == "gadget" ? "g2" : "w1"));

        List<string> written = second.Products.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonDocument.Parse(line).RootElement.GetProperty("key").GetString()!)
            .ToList();
        Assert.Equal(["changed", "schema", "new"], written);
        Assert.Equal("gone\n", second.Removed);
        CatalogDeltaResult delta = second.Result.Delta!;
        Assert.Equal(["new"], delta.Added.ToArray());
        Assert.Equal(["changed"], delta.Changed.ToArray());
        Assert.Equal(["schema"], delta.Invalidated.ToArray());
        Assert.Equal(["gone"], delta.Removed.ToArray());
        Assert.Equal(2, delta.Unchanged);
        Assert.Equal(1, second.Result.RetainedProducts);
        Assert.True(second.Result.Manifest.TryGetEntry("broken", out CatalogManifestEntry kept));
        Assert.True(first.Result.Manifest.TryGetEntry("broken", out CatalogManifestEntry before));
        Assert.Equal(before, kept);
        Assert.Contains("\"retained\": 1", second.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_Folder_WritesEveryFileAndNoTemporaryOnes()
    {
        CatalogRunSummary summary = await CatalogMappingRun.RunAsync(
            new InMemoryCatalogSource([Product(0, "A"), Product(1, "B", bad: "x")]),
            FakeMapper.Map,
            CatalogRunOutputs.ToFolder(_folder),
            Options(2));

        Assert.Equal(
            ["errors.csv", "errors.jsonl", "manifest.tsv", "products.jsonl", "removed.txt", "summary.json"],
            Directory.GetFiles(_folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        CatalogManifest manifest;
        await using (FileStream stream = File.OpenRead(Path.Combine(_folder, "manifest.tsv")))
        {
            manifest = await CatalogManifest.ReadAsync(stream);
        }

        Assert.Equal(summary.Manifest.Entries.ToArray(), manifest.Entries.ToArray());
        Assert.StartsWith("sku,title@en,price,bad,warn,type,color,#errors", await File.ReadAllTextAsync(Path.Combine(_folder, "errors.csv")), StringComparison.Ordinal);
    }

    private Dictionary<string, string> SeedFolder()
    {
        Directory.CreateDirectory(_folder);
        var files = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["products.jsonl"] = "old products\n",
            ["manifest.tsv"] = "old manifest\n",
            ["notes.txt"] = "mine\n",
        };
        foreach (KeyValuePair<string, string> file in files)
        {
            File.WriteAllText(Path.Combine(_folder, file.Key), file.Value);
        }

        return files;
    }

    private void AssertFolderIs(Dictionary<string, string> files)
    {
        Assert.Equal(files.Keys.Order(StringComparer.Ordinal), Directory.GetFiles(_folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        foreach (KeyValuePair<string, string> file in files)
        {
            Assert.Equal(file.Value, File.ReadAllText(Path.Combine(_folder, file.Key)));
        }
    }

    [Fact]
    public async Task RunAsync_Cancelled_LeavesTheOutputFolderUntouched()
    {
        Dictionary<string, string> files = SeedFolder();
        using var cancel = new CancellationTokenSource();
        SourceProduct[] products = Enumerable.Range(0, 500).Select(i => Product(i, "K" + i.ToString(CultureInfo.InvariantCulture))).ToArray();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => CatalogMappingRun.RunAsync(
            new InMemoryCatalogSource(products) { CancelAfter = 300, ToCancel = cancel },
            FakeMapper.Map,
            CatalogRunOutputs.ToFolder(_folder),
            Options(2),
            cancellationToken: cancel.Token));

        AssertFolderIs(files);
    }

    [Fact]
    public async Task RunAsync_MapperThrows_FailsNamingTheProductAndLeavesTheFolderUntouched()
    {
        Dictionary<string, string> files = SeedFolder();
        SourceProduct[] products = Enumerable.Range(0, 200).Select(i => Product(i, "K" + i.ToString(CultureInfo.InvariantCulture))).ToArray();
        MappedProduct Map(SourceProduct product)
            => product.Key is "K120" or "K150" ? throw new InvalidOperationException("Rule table missing.") : FakeMapper.Map(product);

        CatalogMappingException error = await Assert.ThrowsAsync<CatalogMappingException>(() => CatalogMappingRun.RunAsync(
            new InMemoryCatalogSource(products), Map, CatalogRunOutputs.ToFolder(_folder), Options(8)));

        Assert.Equal("K120", error.ProductKey);
        Assert.Equal(new SourceLocation("memory.csv", 121, 122), error.Location);
        Assert.Contains("memory.csv, record 121, line 122", error.Message, StringComparison.Ordinal);
        Assert.IsType<InvalidOperationException>(error.InnerException);
        AssertFolderIs(files);
    }

    [Fact]
    public async Task RunAsync_Progress_ReportsTheFinalCounts()
    {
        var reports = new List<CatalogRunProgress>();
        var progress = new SynchronousProgress(reports.Add);

        await CatalogMappingRun.RunAsync(
            new InMemoryCatalogSource([Product(0, "A"), Product(1, "B", bad: "x")]),
            FakeMapper.Map,
            CatalogRunOutputs.ToStreams(null),
            Options(1),
            progress);

        Assert.Equal(new CatalogRunProgress(2, 1, 1, TimeSpan.Zero), reports[^1]);
    }

    private sealed class SynchronousProgress(Action<CatalogRunProgress> report) : IProgress<CatalogRunProgress>
    {
        public void Report(CatalogRunProgress value) => report(value);
    }
}
