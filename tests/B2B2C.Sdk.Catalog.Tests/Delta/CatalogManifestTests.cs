using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using B2B2C.Sdk.Catalog.Delta;

namespace B2B2C.Sdk.Catalog.Tests.Delta;

public sealed class CatalogManifestTests
{
    private static readonly CatalogContentHash s_hashA = new(0x0123456789ABCDEFUL, 0xFEDCBA9876543210UL);
    private static readonly CatalogContentHash s_hashB = new(1, 2);

    private static async Task<string> TextOf(CatalogManifest manifest)
    {
        using var stream = new MemoryStream();
        await manifest.WriteAsync(stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static async Task<CatalogManifest> Read(string text)
        => await CatalogManifest.ReadAsync(new MemoryStream(Encoding.UTF8.GetBytes(text)));

    [Fact]
    public async Task WriteAsync_EntriesInAnyOrder_WritesTheGoldenTextSortedByKey()
    {
        CatalogManifest manifest = CatalogManifest.Create(
        [
            new CatalogManifestEntry("b\tkey\\x", s_hashB, "resistor", "fp-1"),
            new CatalogManifestEntry("B-1", s_hashA),
            new CatalogManifestEntry("a\nb", s_hashA, "电阻", null),
        ]);

        string text = await TextOf(manifest);

        Assert.Equal(
            "b2b2c-catalog-manifest\t1\t3\n"
            + "B-1\t0123456789abcdeffedcba9876543210\t\t\n"
            + "a\\nb\t0123456789abcdeffedcba9876543210\t电阻\t\n"
            + "b\\tkey\\\\x\t00000000000000010000000000000002\tresistor\tfp-1\n",
            text);
    }

    [Fact]
    public async Task ReadAsync_WrittenManifest_RoundTrips()
    {
        CatalogManifest manifest = CatalogManifest.Create(
        [
            new CatalogManifestEntry("b\tkey\\x\r", s_hashB, "resistor", "fp\t1"),
            new CatalogManifestEntry("B-1", s_hashA),
            new CatalogManifestEntry("a\nb", s_hashA, "电阻", null),
        ]);

        CatalogManifest read = await Read(await TextOf(manifest));

        Assert.Equal(manifest.Entries.ToArray(), read.Entries.ToArray());
        Assert.True(read.TryGetEntry("a\nb", out CatalogManifestEntry entry));
        Assert.Equal("电阻", entry.ProductTypeId);
        Assert.False(read.ContainsKey("missing"));
    }

    [Fact]
    public async Task ReadAsync_CrLfLineEnds_AreAccepted()
    {
        CatalogManifest read = await Read("b2b2c-catalog-manifest\t1\t1\r\nK\t00000000000000010000000000000002\tt\tf\r\n");

        Assert.Equal([new CatalogManifestEntry("K", s_hashB, "t", "f")], read.Entries.ToArray());
    }

    [Fact]
    public async Task ReadAsync_Empty_IsTheEmptyManifest()
    {
        Assert.Same(CatalogManifest.Empty, await Read(await TextOf(CatalogManifest.Empty)));
    }

    [Theory]
    [InlineData("", 1, "header")]
    [InlineData("other-format\t1\t0\n", 1, "header")]
    [InlineData("b2b2c-catalog-manifest\t2\t0\n", 1, "version '2'")]
    [InlineData("b2b2c-catalog-manifest\t1\t-1\n", 1, "count")]
    [InlineData("b2b2c-catalog-manifest\t1\t2\nA\t00000000000000010000000000000002\t\t\nB\t0000000000000001000000000000000\t\t\n", 3, "hash")]
    [InlineData("b2b2c-catalog-manifest\t1\t2\nA\t00000000000000010000000000000002\t\t\nB\t00000000000000010000000000000002\t\n", 3, "4 tab-separated fields")]
    [InlineData("b2b2c-catalog-manifest\t1\t2\nA\t00000000000000010000000000000002\t\t\nB\t00000000000000010000000000000002\t\t\t\n", 3, "has more")]
    [InlineData("b2b2c-catalog-manifest\t1\t2\nB\t00000000000000010000000000000002\t\t\nA\t00000000000000010000000000000002\t\t\n", 3, "out of order")]
    [InlineData("b2b2c-catalog-manifest\t1\t2\nA\t00000000000000010000000000000002\t\t\nA\t00000000000000010000000000000002\t\t\n", 3, "twice")]
    [InlineData("b2b2c-catalog-manifest\t1\t3\nA\t00000000000000010000000000000002\t\t\nB\t00000000000000010000000000000002\t\t\n", 4, "ends after 2")]
    [InlineData("b2b2c-catalog-manifest\t1\t1\nA\t00000000000000010000000000000002\t\t\nB\t00000000000000010000000000000002\t\t\n", 3, "more lines")]
    [InlineData("b2b2c-catalog-manifest\t1\t1\nA\\x\t00000000000000010000000000000002\t\t\n", 2, "unknown escape")]
    [InlineData("b2b2c-catalog-manifest\t1\t1\n\t00000000000000010000000000000002\t\t\n", 2, "key is empty")]
    public async Task ReadAsync_BadManifest_ThrowsNamingTheLine(string text, long line, string problem)
    {
        CatalogManifestFormatException error = await Assert.ThrowsAsync<CatalogManifestFormatException>(() => Read(text));

        Assert.Equal(line, error.LineNumber);
        Assert.Contains($"line {line}:", error.Message, StringComparison.Ordinal);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Builder_DuplicateKey_IsRejectedByAddAndReportedByTryAdd()
    {
        var builder = new CatalogManifestBuilder();
        builder.Add(new CatalogManifestEntry("K", s_hashA));

        ArgumentException error = Assert.Throws<ArgumentException>(() => builder.Add(new CatalogManifestEntry("K", s_hashB)));
        Assert.Contains("'K'", error.Message, StringComparison.Ordinal);
        Assert.False(builder.TryAdd(new CatalogManifestEntry("K", s_hashB)));
        Assert.Equal(s_hashA, builder.Build().Entries.Single().ContentHash);
        Assert.Throws<ArgumentException>(() => builder.Add(new CatalogManifestEntry(string.Empty, s_hashA)));
    }

    [Fact]
    public void ContentHash_TextForm_RoundTrips()
    {
        Assert.Equal("0123456789abcdeffedcba9876543210", s_hashA.ToString());
        Assert.Equal(s_hashA, CatalogContentHash.Parse("0123456789ABCDEFFEDCBA9876543210"));
        Assert.False(CatalogContentHash.TryParse("0123456789abcdeffedcba987654321", out _));
        Assert.False(CatalogContentHash.TryParse("+123456789abcdeffedcba9876543210", out _));
        Assert.Throws<FormatException>(() => CatalogContentHash.Parse("xyz"));
    }
}
