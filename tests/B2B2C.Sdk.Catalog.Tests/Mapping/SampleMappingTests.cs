using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using B2B2C.Sdk.Catalog.Readers;

namespace B2B2C.Sdk.Catalog.Tests.Mapping;

/// <summary>The shipped sample catalog mapped onto the shipped JD-style and generic schemas with the shipped specs.</summary>
public sealed class SampleMappingTests
{
    private static string Sample(string file) => Path.Combine(AppContext.BaseDirectory, "samples", file);

    internal static async Task<CatalogMapper> JdMapperAsync()
    {
        TargetSchema schema = await TargetSchemaJson.ReadFileAsync(Sample("jd-marketplace.schema.json"));
        MappingSpec spec = await MappingSpecJson.ReadFileAsync(Sample("supplier-to-jd.spec.json"));
        CatalogMapperCompilation compilation = CatalogMapper.Compile(spec, schema);
        Assert.True(compilation.Succeeded, string.Join(Environment.NewLine, compilation.Diagnostics));
        return compilation.Mapper;
    }

    private static async Task<List<MappedProduct>> MapAllAsync(CatalogMapper mapper, CsvCatalogReader source)
    {
        var products = new List<MappedProduct>();
        await foreach (SourceProduct product in source.ReadAsync())
        {
            products.Add(mapper.Map(product));
        }

        return products;
    }

    [Fact]
    public async Task Map_SampleCsvToJd_PublishesMostAndReportsTheDefects()
    {
        CatalogMapper mapper = await JdMapperAsync();

        List<MappedProduct> products = await MapAllAsync(mapper, new CsvCatalogReader(Sample("supplier-catalog.csv")));

        Assert.Equal(300, products.Count);
        MappedProduct[] invalid = [.. products.Where(p => !p.IsValid)];
        Assert.InRange(invalid.Length, 1, 15);
        Assert.All(products.Where(p => p.IsValid), p => Assert.Contains(p.Values, v => v.Attribute == "title" && v.Language == "zh-CN"));
        MappedProduct resistor = products.First(p => p.IsValid && p.ProductTypeId == "9987-13766");
        MappedValue resistance = resistor.Values.Single(v => v.Attribute == "resistance");
        Assert.Equal("OHM", resistance.Unit);
        Assert.DoesNotContain(resistance.Value, "E", StringComparison.Ordinal);
        Assert.Contains(resistor.CarriedOver, f => f.Name == "temperature_coefficient" && f.Unit == "ppm/K");
        Assert.DoesNotContain(products.SelectMany(p => p.CarriedOver), f => f.Name.StartsWith("price", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Compile_SampleSpecForB2c_Succeeds()
    {
        TargetSchema schema = await TargetSchemaJson.ReadFileAsync(Sample("generic-b2c.schema.json"));
        MappingSpec spec = await MappingSpecJson.ReadFileAsync(Sample("supplier-to-b2c.spec.json"));

        CatalogMapper mapper = CatalogMapper.Compile(spec, schema).GetMapperOrThrow();
        List<MappedProduct> products = await MapAllAsync(mapper, new CsvCatalogReader(Sample("supplier-catalog.csv")));

        Assert.Equal(["electronic-components", "hand-tools"], products.Select(p => p.ProductTypeId).Distinct().Order(StringComparer.Ordinal));
        Assert.True(products.Count(p => p.IsValid) >= 290);
    }

    [Fact]
    public async Task RunAsync_AnyParallelism_WritesTheSameBytes()
    {
        CatalogMapper mapper = await JdMapperAsync();
        var outputs = new List<string>();
        foreach (int parallelism in new[] { 1, 2, 5 })
        {
            using var products = new MemoryStream();
            using var errors = new MemoryStream();
            using var csv = new MemoryStream();
            using var manifest = new MemoryStream();
            CatalogRunSummary summary = await CatalogMappingRun.RunAsync(
                new CsvCatalogReader(Sample("supplier-catalog.csv")),
                mapper,
                CatalogRunOutputs.ToStreams(products, errors, csv, manifest: manifest),
                new CatalogRunOptions { MaxDegreeOfParallelism = parallelism, BatchSize = 7, IncludeProvenance = true });
            Assert.Equal(300, summary.ProductsRead);
            outputs.Add(Convert.ToBase64String(products.ToArray()) + "|" + Convert.ToBase64String(errors.ToArray()) + "|" + Convert.ToBase64String(csv.ToArray()) + "|" + Convert.ToBase64String(manifest.ToArray()));
        }

        Assert.Single(outputs.Distinct(StringComparer.Ordinal));
    }

    [Fact]
    public async Task RunAsync_ErrorCsvReadAsInput_ReproducesTheSameErrors()
    {
        CatalogMapper mapper = await JdMapperAsync();
        string folder = Path.Combine(Path.GetTempPath(), "b2b2c-sample-" + Guid.NewGuid().ToString("N"));
        try
        {
            var reader = new CsvCatalogReader(Sample("supplier-catalog.csv"));
            CatalogRunSummary first = await CatalogMappingRun.RunAsync(reader, mapper, CatalogRunOutputs.ToFolder(folder));
            List<MappedProduct> again = await MapAllAsync(mapper, new CsvCatalogReader(Path.Combine(folder, CatalogRunOutputs.ErrorsCsvFileName)));

            Assert.Equal(first.InvalidProducts, again.Count);
            Assert.All(again, p => Assert.False(p.IsValid));
            List<MappedProduct> original = await MapAllAsync(mapper, new CsvCatalogReader(Sample("supplier-catalog.csv")));
            Dictionary<string, string> expected = original.Where(p => !p.IsValid).ToDictionary(p => p.Key, Codes, StringComparer.Ordinal);
            Assert.Equal(expected, again.ToDictionary(p => p.Key, Codes, StringComparer.Ordinal));

            CatalogRunSummary second = await CatalogMappingRun.RunAsync(
                new CsvCatalogReader(Sample("supplier-catalog.csv")),
                mapper,
                CatalogRunOutputs.ToFolder(folder),
                new CatalogRunOptions { PreviousManifest = first.Manifest });
            Assert.NotNull(second.Delta);
            Assert.True(second.Delta.IsEmpty);
            Assert.Equal(0, new FileInfo(Path.Combine(folder, CatalogRunOutputs.ProductsFileName)).Length);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }

        static string Codes(MappedProduct product) => string.Join(",", product.Issues.Where(i => i.IsError).Select(i => i.Code + ":" + i.TargetField));
    }

    [Fact]
    public async Task RunAsync_TightenedSchema_MarksProductsOfThatTypeInvalidated()
    {
        CatalogMapper mapper = await JdMapperAsync();
        using var sink = new MemoryStream();
        CatalogRunSummary first = await CatalogMappingRun.RunAsync(new CsvCatalogReader(Sample("supplier-catalog.csv")), mapper, CatalogRunOutputs.ToStreams(sink));
        string schemaJson = await File.ReadAllTextAsync(Sample("jd-marketplace.schema.json"));
        TargetSchema changed = TargetSchemaJson.Parse(schemaJson.Replace("\"name\": \"esr\", \"label\": \"等效串联电阻\", \"type\": \"number\", \"unit\": \"OHM\"", "\"name\": \"esr\", \"label\": \"等效串联电阻\", \"type\": \"number\", \"unit\": \"OHM\", \"maximum\": 100", StringComparison.Ordinal));
        CatalogMapper changedMapper = CatalogMapper.Compile(mapper.Spec, changed).GetMapperOrThrow();

        using var delta = new MemoryStream();
        CatalogRunSummary second = await CatalogMappingRun.RunAsync(
            new CsvCatalogReader(Sample("supplier-catalog.csv")),
            changedMapper,
            CatalogRunOutputs.ToStreams(delta),
            new CatalogRunOptions { PreviousManifest = first.Manifest });

        Assert.NotNull(second.Delta);
        var electrolytic = first.Manifest.Entries.Where(e => e.ProductTypeId == "9987-13768").Select(e => e.Key).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(electrolytic.Order(StringComparer.Ordinal), second.Delta.Invalidated.Order(StringComparer.Ordinal));
        Assert.NotEmpty(second.Delta.Invalidated);
        Assert.Empty(second.Delta.Added);
    }
}
