using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using B2B2C.Sdk.Catalog.Readers;

namespace B2B2C.Sdk.Catalog.Tests.Mapping;

/// <summary>
/// The shipped JSON Lines sample mapped onto the JD-style schema with <c>supplier-jsonl-to-jd.spec.json</c>: the same
/// rules as the CSV spec with the JSON Lines field names, so the same products must come out valid and invalid.
/// </summary>
public sealed class SampleJsonLinesMappingTests
{
    private static string Sample(string file) => Path.Combine(AppContext.BaseDirectory, "samples", file);

    private static async Task<CatalogMapper> MapperAsync(string specFile)
    {
        TargetSchema schema = await TargetSchemaJson.ReadFileAsync(Sample("jd-marketplace.schema.json"));
        MappingSpec spec = await MappingSpecJson.ReadFileAsync(Sample(specFile));
        CatalogMapperCompilation compilation = CatalogMapper.Compile(spec, schema);
        Assert.True(compilation.Succeeded, string.Join(Environment.NewLine, compilation.Diagnostics));
        Assert.Empty(compilation.Diagnostics.Where(d => d.Severity == MappingDiagnosticSeverity.Error));
        return compilation.Mapper;
    }

    private static async Task<List<MappedProduct>> MapAllAsync(CatalogMapper mapper, ICatalogSource source)
    {
        var products = new List<MappedProduct>();
        await foreach (SourceProduct product in source.ReadAsync())
        {
            products.Add(mapper.Map(product));
        }

        return products;
    }

    [Fact]
    public async Task Compile_JsonLinesSpec_Succeeds()
    {
        CatalogMapper mapper = await MapperAsync("supplier-jsonl-to-jd.spec.json");

        Assert.Equal("supplier-jsonl-to-jd", mapper.Spec.Id);
    }

    [Fact]
    public async Task Map_SampleJsonLinesToJd_SameValidAndInvalidKeysAsTheCsv()
    {
        CatalogMapper csvMapper = await MapperAsync("supplier-to-jd.spec.json");
        CatalogMapper jsonMapper = await MapperAsync("supplier-jsonl-to-jd.spec.json");

        List<MappedProduct> fromCsv = await MapAllAsync(csvMapper, new CsvCatalogReader(Sample("supplier-catalog.csv")));
        List<MappedProduct> fromJson = await MapAllAsync(jsonMapper, new JsonLinesCatalogReader(Sample("supplier-catalog.jsonl")));

        Assert.Equal(300, fromJson.Count);
        Assert.Equal(fromCsv.Select(p => p.Key), fromJson.Select(p => p.Key));
        Assert.Equal(fromCsv.Where(p => p.IsValid).Select(p => p.Key), fromJson.Where(p => p.IsValid).Select(p => p.Key));
        Assert.Equal(fromCsv.Where(p => !p.IsValid).Select(p => p.Key), fromJson.Where(p => !p.IsValid).Select(p => p.Key));
        Assert.InRange(fromJson.Count(p => !p.IsValid), 1, 15);
        Assert.Equal(fromCsv.Select(p => p.ProductTypeId), fromJson.Select(p => p.ProductTypeId));
    }

    [Fact]
    public async Task Map_SampleJsonLinesToJd_FillsTheSameAttributesAsTheCsv()
    {
        CatalogMapper csvMapper = await MapperAsync("supplier-to-jd.spec.json");
        CatalogMapper jsonMapper = await MapperAsync("supplier-jsonl-to-jd.spec.json");

        List<MappedProduct> fromCsv = await MapAllAsync(csvMapper, new CsvCatalogReader(Sample("supplier-catalog.csv")));
        List<MappedProduct> fromJson = await MapAllAsync(jsonMapper, new JsonLinesCatalogReader(Sample("supplier-catalog.jsonl")));

        MappedProduct resistor = fromJson.First(p => p.IsValid && p.ProductTypeId == "9987-13766");
        MappedValue resistance = resistor.Values.Single(v => v.Attribute == "resistance");
        Assert.Equal("OHM", resistance.Unit);
        Assert.Contains(resistor.Values, v => v.Attribute == "title" && v.Language == "zh-CN" && v.Value.Contains("贴片电阻", StringComparison.Ordinal));
        Assert.Contains(resistor.Values, v => v.Attribute == "mainImage" && v.Value.StartsWith("https://", StringComparison.Ordinal));
        Assert.DoesNotContain(fromJson.SelectMany(p => p.CarriedOver), f => f.Name.StartsWith("price", StringComparison.Ordinal));
        foreach ((MappedProduct csv, MappedProduct json) in fromCsv.Zip(fromJson).Where(pair => pair.First.IsValid))
        {
            Assert.Equal(
                csv.Values.Select(v => (v.Attribute, v.Language, v.Value, v.Unit)),
                json.Values.Select(v => (v.Attribute, v.Language, v.Value, v.Unit)));
        }
    }
}
