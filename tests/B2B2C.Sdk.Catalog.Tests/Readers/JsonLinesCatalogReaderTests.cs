using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using B2B2C.Sdk.Catalog.Readers;
using static B2B2C.Sdk.Catalog.Tests.Readers.ReaderTestKit;

namespace B2B2C.Sdk.Catalog.Tests.Readers;

public sealed class JsonLinesCatalogReaderTests
{
    private static Task<List<SourceProduct>> ReadAsync(string jsonl, JsonLinesCatalogReaderOptions? options = null)
        => ReadAllAsync(new JsonLinesCatalogReader(Utf8(jsonl), "parts.jsonl", options));

    [Fact]
    public async Task ReadAsync_Scalars_KeepTheirExactText()
    {
        const string line = """{"sku":"R1","a":0.36719999999999997,"b":1e-9,"c":-0,"d":12345678901234567890123,"e":true,"f":false,"g":null,"h":"x\"y"}""";

        SourceProduct product = Assert.Single(await ReadAsync(line));

        Assert.Equal("R1", product.Key);
        Assert.Empty(product.ReadIssues);
        Assert.Equal(
            ["R1", "0.36719999999999997", "1e-9", "-0", "12345678901234567890123", "true", "false", "", "x\"y"],
            product.Fields.Select(f => f.Value));
    }

    [Fact]
    public async Task ReadAsync_NestedObjects_FlattenWithDots()
    {
        const string line = """{"sku":"R1","features":{"package":"0603","power":{"rated":0.1}}}""";

        SourceProduct product = Assert.Single(await ReadAsync(line));

        Assert.Equal(["sku", "features.package", "features.power.rated"], product.Fields.Select(f => f.Name));
        Assert.Equal("0.1", Values(product, "features.power.rated")[0]);
    }

    [Fact]
    public async Task ReadAsync_ValueObjects_AreOneFieldWithUnitAndLanguage()
    {
        const string line = """{"sku":"R1","features":{"resistance":{"value":"10","unit":"B49"},"tolerance":{"unit":"P1","value":1}},"title":{"value":"电阻","lang":"zh-CN"}}""";

        SourceProduct product = Assert.Single(await ReadAsync(line));

        Assert.Equal(new SourceField("features.resistance", "10", "B49"), Field(product, "features.resistance"));
        Assert.Equal(new SourceField("features.tolerance", "1", "P1"), Field(product, "features.tolerance"));
        Assert.Equal(new SourceField("title", "电阻", Language: "zh-CN"), Field(product, "title"));
    }

    [Fact]
    public async Task ReadAsync_ObjectWithOtherMembers_IsNested()
    {
        const string line = """{"sku":"R1","x":{"value":"1","note":"n"}}""";

        SourceProduct product = Assert.Single(await ReadAsync(line));

        Assert.Equal(["sku", "x.value", "x.note"], product.Fields.Select(f => f.Name));
    }

    [Fact]
    public async Task ReadAsync_Arrays_GiveOneFieldPerElementInOrder()
    {
        const string line = """{"sku":"R1","approval":["AEC-Q200","RoHS"],"voltage":[{"value":50,"unit":"VLT"},{"value":"100","unit":"VLT"}],"empty":[]}""";

        SourceProduct product = Assert.Single(await ReadAsync(line));

        Assert.Equal(["AEC-Q200", "RoHS"], Values(product, "approval"));
        Assert.Equal(["50", "100"], Values(product, "voltage"));
        Assert.All(product.Fields.Where(f => f.Name == "voltage"), f => Assert.Equal("VLT", f.Unit));
        Assert.DoesNotContain(product.Fields, f => f.Name == "empty");
    }

    [Fact]
    public async Task ReadAsync_NameWithLanguage_SetsTheLanguage()
    {
        const string line = """{"sku":"R1","title@en":"Resistor","title@zh-CN":"电阻","mail":"a@b.c","contact@example.com":"x"}""";

        SourceProduct product = Assert.Single(await ReadAsync(line));

        Assert.True(product.TryGetField("title", "zh-CN", out SourceField chinese));
        Assert.Equal("电阻", chinese.Value);
        Assert.Equal("en", product.Fields[1].Language);
        Assert.Equal("contact@example.com", product.Fields[4].Name);
    }

    [Fact]
    public async Task ReadAsync_BlankLinesAndCrLf_KeepLineNumbersExact()
    {
        const string jsonl = "{\"sku\":\"A\"}\r\n\r\n   \n{\"sku\":\"B\"}\n\n{\"sku\":\"C\"}";

        List<SourceProduct> products = await ReadAsync(jsonl);

        Assert.Equal(["A", "B", "C"], products.Select(p => p.Key));
        Assert.Equal([1L, 4L, 6L], products.Select(p => p.Location.Line));
        Assert.Equal([1L, 2L, 3L], products.Select(p => p.Location.Record));
    }

    [Fact]
    public async Task ReadAsync_InvalidJsonInTheMiddle_IsReportedAndTheNextLinesAreRead()
    {
        const string jsonl = "{\"sku\":\"A\"}\n{\"sku\":\"B\",\"x\":tru}\n{\"sku\":\"C\"}\n";

        List<SourceProduct> products = await ReadAsync(jsonl);

        Assert.Equal(3, products.Count);
        CatalogIssue issue = Issue(products[1], CatalogReadCodes.InvalidJson);
        Assert.StartsWith("Line 2 is not valid JSON at byte ", issue.Message, StringComparison.Ordinal);
        Assert.Equal(2, issue.Location.Line);
        Assert.Equal("B", products[1].Key);
        Assert.Equal("C", products[2].Key);
        Assert.Empty(products[2].ReadIssues);
    }

    [Theory]
    [InlineData("[1,2]", "an array")]
    [InlineData("\"text\"", "a string")]
    [InlineData("42", "a number")]
    public async Task ReadAsync_NotAnObject_IsReported(string line, string kind)
    {
        SourceProduct product = Assert.Single(await ReadAsync(line));

        Assert.Equal($"Line 1 holds {kind}, not a JSON object.", Assert.Single(product.ReadIssues).Message);
        Assert.Equal(CatalogReadCodes.NotAnObject, product.ReadIssues[0].Code);
    }

    [Fact]
    public async Task ReadAsync_TrailingContent_IsInvalidJson()
    {
        SourceProduct product = Assert.Single(await ReadAsync("{\"sku\":\"A\"} x"));

        Assert.Equal([CatalogReadCodes.InvalidJson], Codes(product));
        Assert.Equal("A", product.Key);
    }

    [Fact]
    public async Task ReadAsync_NoKey_ReportsMissingKey()
    {
        SourceProduct product = Assert.Single(await ReadAsync("{\"name\":\"x\",\"sku\":\"\"}"));

        Assert.Equal("Line 1 has no value for the key property 'sku'.", Issue(product, CatalogReadCodes.MissingKey).Message);
    }

    [Fact]
    public async Task ReadAsync_NumericKeyAndNestedKeyField_AreUsed()
    {
        SourceProduct numeric = Assert.Single(await ReadAsync("{\"sku\":12345}"));
        SourceProduct nested = Assert.Single(await ReadAsync(
            "{\"ids\":{\"supplier\":\"S-1\"}}", new JsonLinesCatalogReaderOptions { KeyField = "ids.supplier" }));

        Assert.Equal("12345", numeric.Key);
        Assert.Equal("S-1", nested.Key);
    }

    [Fact]
    public async Task ReadAsync_InvalidUtf8_ReportsLineAndByteOffsetAndReadsTheRest()
    {
        byte[] bytes = [.. "{\"sku\":\"A\"}\n{\"sku\":\"B\",\"n\":\"x"u8, 0xC3, .. "\"}\n"u8];

        List<SourceProduct> products = await ReadAllAsync(new JsonLinesCatalogReader(new MemoryStream(bytes), "p.jsonl"));

        CatalogIssue issue = Issue(products[1], CatalogReadCodes.InvalidEncoding);
        Assert.Equal("Line 2 contains bytes that are not valid UTF-8 at byte offset 29; they were read as U+FFFD.", issue.Message);
        Assert.Equal("B", products[1].Key);
        Assert.Equal("x\uFFFD", Values(products[1], "n")[0]);
    }

    [Fact]
    public async Task ReadAsync_LineLongerThanTheLimit_IsSkippedToTheNextLine()
    {
        string jsonl = "{\"sku\":\"A\"}\n{\"sku\":\"B\",\"t\":\"" + new string('x', 300) + "\"}\n{\"sku\":\"C\"}\n";

        List<SourceProduct> products = await ReadAsync(jsonl, new JsonLinesCatalogReaderOptions { MaxLineLength = 100 });

        Assert.Equal(3, products.Count);
        Assert.Equal("Line 2 is longer than 100 bytes; the line was skipped.", Issue(products[1], CatalogReadCodes.RecordTooLarge).Message);
        Assert.Equal(string.Empty, products[1].Key);
        Assert.Equal(new SourceLocation("parts.jsonl", 3, 3), products[2].Location);
        Assert.Equal("C", products[2].Key);
    }

    [Fact]
    public async Task ReadAsync_HugeLineOverManyReads_IsSkippedInBoundedMemory()
    {
        string jsonl = "{\"sku\":\"A\",\"t\":\"" + new string('x', 3_000_000) + "\"}\n{\"sku\":\"C\"}";

        List<SourceProduct> products = await ReadAllAsync(new JsonLinesCatalogReader(new NonSeekableStream(Encoding.UTF8.GetBytes(jsonl)), "p.jsonl"));

        Assert.Equal([CatalogReadCodes.RecordTooLarge], Codes(products[0]));
        Assert.Equal("C", products[1].Key);
        Assert.Equal(2, products[1].Location.Line);
    }

    [Fact]
    public async Task ReadAsync_FieldLongerThanTheLimit_IsDroppedAndReported()
    {
        string line = "{\"sku\":\"A\",\"t\":\"" + new string('x', 11) + "\",\"u\":\"ok\"}";

        SourceProduct product = Assert.Single(await ReadAsync(line, new JsonLinesCatalogReaderOptions { MaxFieldLength = 10 }));

        Assert.Equal("Line 1, field 't': the value is longer than 10 characters and was dropped.", Issue(product, CatalogReadCodes.FieldTooLong).Message);
        Assert.Equal(["A", "", "ok"], product.Fields.Select(f => f.Value));
    }

    [Fact]
    public async Task ReadAsync_ByteOrderMarks_AreHonoured()
    {
        byte[] utf8 = [0xEF, 0xBB, 0xBF, .. "{\"sku\":\"A\"}\n"u8];
        byte[] utf16 = [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("{\"sku\":\"电阻\"}\n{\"sku\":\"B\"}")];

        SourceProduct fromUtf8 = Assert.Single(await ReadAllAsync(new JsonLinesCatalogReader(new MemoryStream(utf8), "p.jsonl")));
        List<SourceProduct> fromUtf16 = await ReadAllAsync(new JsonLinesCatalogReader(new MemoryStream(utf16), "p.jsonl"));

        Assert.Equal("A", fromUtf8.Key);
        Assert.Empty(fromUtf8.ReadIssues);
        Assert.Equal(["电阻", "B"], fromUtf16.Select(p => p.Key));
    }

    [Fact]
    public async Task ReadAsync_ManyLinesAcrossBuffers_AreAllRead()
    {
        var jsonl = new StringBuilder();
        for (int i = 0; i < 5000; i++)
        {
            jsonl.Append("{\"sku\":\"K").Append(i).Append("\",\"pad\":\"").Append(new string('p', i % 97)).Append("\"}\n");
        }

        List<SourceProduct> products = await ReadAllAsync(new JsonLinesCatalogReader(new NonSeekableStream(Encoding.UTF8.GetBytes(jsonl.ToString())), "p.jsonl"));

        Assert.Equal(5000, products.Count);
        Assert.Equal("K4999", products[^1].Key);
        Assert.Equal(5000, products[^1].Location.Line);
        Assert.All(products, p => Assert.Empty(p.ReadIssues));
    }

    [Fact]
    public void Constructor_InvalidOptions_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new JsonLinesCatalogReader(Utf8("{}"), "p", new JsonLinesCatalogReaderOptions { MaxLineLength = 1 }));
        Assert.Throws<ArgumentException>(() => new JsonLinesCatalogReader(Utf8("{}"), "p", new JsonLinesCatalogReaderOptions { KeyField = "" }));
    }
}
