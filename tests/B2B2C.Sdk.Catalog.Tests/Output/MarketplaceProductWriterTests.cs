using System;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using B2B2C.Sdk.Catalog.Delta;
using B2B2C.Sdk.Catalog.Output;

namespace B2B2C.Sdk.Catalog.Tests.Output;

public sealed class MarketplaceProductWriterTests
{
    private const string ResistorLine =
        """{"key":"RC0603-10K","productType":"resistor","attributes":{"resistance":{"value":10000,"unit":"OHM"},"tolerance":0.01,"title":{"zh-CN":"贴片电阻 \"10K\"","en":"Chip resistor"},"package":"0603","approvals":["AEC-Q200","RoHS"],"automotive":true,"temperature":{"min":-55,"max":155,"unit":"CEL"},"note":"a\\b\nc"},"extended":{"power":{"value":"0.1","unit":"WTT"},"series":"RC","marking":[{"value":"103","lang":"en"},"10K"]}}""";

    private const string ResistorProvenance =
        ""","provenance":{"resistance":{"rule":"r-resistance","source":"resistance"},"tolerance":{"rule":null,"source":null},"title":{"rule":"r-title","source":"title"},"package":{"rule":"r-package","source":"package"},"approvals":{"rule":null,"source":null},"automotive":{"rule":"r-constant","source":null},"temperature":{"rule":null,"source":null},"note":{"rule":null,"source":null}}}""";

    [Fact]
    public async Task WriteAsync_EveryAttributeType_WritesTheGoldenLine()
    {
        string text = await CatalogSamples.WriteAsync(async stream =>
        {
            await using var writer = new MarketplaceProductWriter(stream);
            await writer.WriteAsync(CatalogSamples.Resistor());
            await writer.WriteAsync(CatalogSamples.Resistor());
        });

        Assert.Equal(ResistorLine + "\n" + ResistorLine + "\n", text);
    }

    [Fact]
    public async Task WriteAsync_WithProvenance_AppendsRuleAndSourcePerAttribute()
    {
        string text = await CatalogSamples.WriteAsync(async stream =>
        {
            await using var writer = new MarketplaceProductWriter(stream, includeProvenance: true);
            await writer.WriteAsync(CatalogSamples.Resistor());
        });

        Assert.Equal(ResistorLine[..^1] + ResistorProvenance + "\n", text);
        using JsonDocument document = JsonDocument.Parse(text);
        Assert.Equal("r-title", document.RootElement.GetProperty("provenance").GetProperty("title").GetProperty("rule").GetString());
    }

    [Fact]
    public async Task WriteAsync_Line_IsValidJsonWithTheSameValues()
    {
        string text = await CatalogSamples.WriteAsync(async stream =>
        {
            await using var writer = new MarketplaceProductWriter(stream);
            await writer.WriteAsync(CatalogSamples.Resistor());
        });

        using JsonDocument document = JsonDocument.Parse(text);
        JsonElement attributes = document.RootElement.GetProperty("attributes");
        Assert.Equal("贴片电阻 \"10K\"", attributes.GetProperty("title").GetProperty("zh-CN").GetString());
        Assert.Equal(10000m, attributes.GetProperty("resistance").GetProperty("value").GetDecimal());
        Assert.Equal("a\\b\nc", attributes.GetProperty("note").GetString());
    }

    [Fact]
    public async Task WriteAsync_LongNumber_IsWrittenVerbatimNeverThroughDouble()
    {
        var source = new SourceProduct("N", default, []);
        var product = new MappedProduct(
            source,
            "t",
            [new MappedValue("capacitance", TargetAttributeType.Number, "0.000000000000000000001234567890123456789")],
            [],
            []);

        string text = await CatalogSamples.WriteAsync(async stream =>
        {
            await using var writer = new MarketplaceProductWriter(stream);
            await writer.WriteAsync(product);
        });

        Assert.Equal("""{"key":"N","productType":"t","attributes":{"capacitance":0.000000000000000000001234567890123456789},"extended":{}}""" + "\n", text);
    }

    [Theory]
    [InlineData(TargetAttributeType.Number, "1e")]
    [InlineData(TargetAttributeType.Number, "\"1\"")]
    [InlineData(TargetAttributeType.Number, "NaN")]
    [InlineData(TargetAttributeType.Boolean, "yes")]
    [InlineData(TargetAttributeType.Range, "1-2")]
    [InlineData(TargetAttributeType.Range, "1..x")]
    public async Task WriteAsync_NotCanonical_ThrowsAndWritesNothing(TargetAttributeType type, string value)
    {
        var product = new MappedProduct(new SourceProduct("K", default, []), "t", [new MappedValue("a", type, value)], [], []);
        using var stream = new MemoryStream();
        await using (var writer = new MarketplaceProductWriter(stream))
        {
            FormatException error = await Assert.ThrowsAsync<FormatException>(() => writer.WriteAsync(product).AsTask());
            Assert.Contains("'K'", error.Message, StringComparison.Ordinal);
            await writer.WriteAsync(new MappedProduct(new SourceProduct("OK", default, []), "t", [], [], []));
        }

        Assert.Equal("""{"key":"OK","productType":"t","attributes":{},"extended":{}}""" + "\n", Encoding.UTF8.GetString(stream.ToArray()));
    }

    [Fact]
    public async Task WriteAsync_InvalidProduct_Throws()
    {
        await using var writer = new MarketplaceProductWriter(new MemoryStream());

        await Assert.ThrowsAsync<ArgumentException>(() => writer.WriteAsync(CatalogSamples.Broken()).AsTask());
    }

    [Fact]
    public async Task ContentHash_Of_HashesTheLineWithoutProvenanceOrLineFeed()
    {
        string text = await CatalogSamples.WriteAsync(async stream =>
        {
            await using var writer = new MarketplaceProductWriter(stream);
            await writer.WriteAsync(CatalogSamples.Resistor());
        });

        CatalogContentHash expected = CatalogContentHash.Compute(Encoding.UTF8.GetBytes(text.TrimEnd('\n')));
        Assert.Equal(expected, CatalogContentHash.Of(CatalogSamples.Resistor()));
    }

    [Fact]
    public async Task WriteAsync_ManyProducts_FlushesInChunksAndKeepsEveryLine()
    {
        using var stream = new MemoryStream();
        await using (var writer = new MarketplaceProductWriter(stream))
        {
            for (int i = 0; i < 2000; i++)
            {
                await writer.WriteAsync(CatalogSamples.Resistor());
            }

            Assert.Equal(2000, writer.Count);
        }

        string[] lines = Encoding.UTF8.GetString(stream.ToArray()).Split('\n');
        Assert.Equal(2001, lines.Length);
        Assert.All(lines[..^1], line => Assert.Equal(ResistorLine, line));
    }
}
