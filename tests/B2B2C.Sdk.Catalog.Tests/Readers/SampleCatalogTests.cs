using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using B2B2C.Sdk.Catalog.Readers;
using static B2B2C.Sdk.Catalog.Tests.Readers.ReaderTestKit;

namespace B2B2C.Sdk.Catalog.Tests.Readers;

/// <summary>The committed sample catalog describes the same products in CSV, JSON Lines and BMEcat.</summary>
public sealed class SampleCatalogTests
{
    private static string Sample(string file) => Path.Combine(AppContext.BaseDirectory, "samples", file);

    [Fact]
    public async Task ReadAsync_ThreeSampleFormats_GiveTheSameProductsAndValues()
    {
        List<SourceProduct> csv = await ReadAllAsync(new CsvCatalogReader(Sample("supplier-catalog.csv")));
        List<SourceProduct> jsonl = await ReadAllAsync(new JsonLinesCatalogReader(Sample("supplier-catalog.jsonl")));
        List<SourceProduct> bmecat = await ReadAllAsync(new BmecatCatalogReader(Sample("supplier-catalog.bmecat.xml")));

        Assert.Equal(300, csv.Count);
        Assert.Equal(csv.Select(p => p.Key), jsonl.Select(p => p.Key));
        Assert.Equal(csv.Select(p => p.Key), bmecat.Select(p => p.Key));
        Assert.All(csv.Concat(jsonl).Concat(bmecat), p => Assert.Empty(p.ReadIssues));
        for (int i = 0; i < csv.Count; i++)
        {
            Assert.Equal(ValuesWithUnits(csv[i]), ValuesWithUnits(jsonl[i]));
            Assert.Equal(ValuesWithUnits(csv[i]), ValuesWithUnits(bmecat[i]));
            Assert.Equal(Text(csv[i], "title", "en"), Text(jsonl[i], "title", "en"));
            Assert.Equal(Text(csv[i], "title", "en"), Text(bmecat[i], "DESCRIPTION_SHORT", "en"));
            Assert.Equal(Text(csv[i], "title", "zh-CN"), Text(jsonl[i], "title", "zh-CN"));
            Assert.Equal(Text(csv[i], "title", "zh-CN"), Text(bmecat[i], "DESCRIPTION_SHORT", "zh"));
            Assert.Equal(Text(csv[i], "manufacturer"), Text(jsonl[i], "manufacturer"));
            Assert.Equal(Text(csv[i], "manufacturer"), Text(bmecat[i], "MANUFACTURER_NAME"));
            Assert.Equal(Text(csv[i], "gtin"), Text(bmecat[i], "INTERNATIONAL_PID.gtin"));
        }
    }

    [Fact]
    public async Task ReadAsync_SampleCatalog_HasRealisticShapeAndDefects()
    {
        List<SourceProduct> products = await ReadAllAsync(new JsonLinesCatalogReader(Sample("supplier-catalog.jsonl")));

        Assert.InRange(products.Average(p => p.Fields.Count(f => !f.IsEmpty)), 25, 40);
        Assert.Contains(products, p => !p.TryGetField("manufacturer", out _));
        Assert.Contains(products, p => p.Fields.Any(f => f.Value.Contains(',', StringComparison.Ordinal) && f.Unit is not null));
        Assert.Contains(products, p => p.Fields.Any(f => f.Unit is "kOhms" or "microfarad" or "Amps" or "gramm"));
        Assert.Contains(products, p => p.TryGetField("title", "en", out SourceField title) && title.Value.Length > 250);
        Assert.Contains(products, p => p.TryGetField("title", "zh-CN", out _));
    }

    private static string[] ValuesWithUnits(SourceProduct product)
        => [.. product.Fields.Where(f => f.Unit is not null && !f.IsEmpty).Select(f => f.Value + " " + f.Unit).Order(StringComparer.Ordinal)];

    private static string Text(SourceProduct product, string name, string? language = null)
    {
        bool found = language is null ? product.TryGetField(name, out SourceField field) : product.TryGetField(name, language, out field);
        return found ? field.Value : string.Empty;
    }
}
