using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Threading.Tasks;
using B2B2C.Sdk.Catalog.Output;
using CsvHelper;

namespace B2B2C.Sdk.Catalog.Tests.Output;

public sealed class CatalogErrorReportCsvWriterTests
{
    private static readonly string[] s_columns = ["sku", "title@zh-CN", "resistance [OHM]", "note"];

    private static MappedProduct Invalid(string key, long record, params SourceField[] fields)
    {
        var location = new SourceLocation("parts.csv", record, record + 1);
        return new MappedProduct(
            new SourceProduct(key, location, [.. fields]),
            "resistor",
            [],
            [],
            [
                new CatalogIssue("CV201", CatalogIssueSeverity.Error, "Resistance is missing.", location),
                new CatalogIssue("CV305", CatalogIssueSeverity.Warning, "Title is long, \"really\".", location),
            ]);
    }

    private static MappedProduct FirstRow() => Invalid(
        "R1",
        1,
        new SourceField("sku", "R1"),
        new SourceField("title", "电阻, 10K", Language: "zh-CN"),
        new SourceField("resistance", string.Empty, Unit: "OHM"),
        new SourceField("note", "say \"hi\"\nbye"));

    private static MappedProduct ReorderedRow() => Invalid(
        "R2",
        2,
        new SourceField("note", " padded "),
        new SourceField("sku", "R2"),
        new SourceField("extra", "dropped"));

    [Fact]
    public async Task WriteAsync_GivenColumns_WritesTheGoldenCsv()
    {
        string text = await CatalogSamples.WriteAsync(async stream =>
        {
            await using var writer = new CatalogErrorReportCsvWriter(stream, [.. s_columns, "#errors", "#comment"]);
            await writer.WriteAsync(FirstRow());
            await writer.WriteAsync(ReorderedRow());
        });

        const string Expected =
            "sku,title@zh-CN,resistance [OHM],note,#errors,#messages,#location\r\n"
            + "R1,\"电阻, 10K\",,\"say \"\"hi\"\"\nbye\",CV201;CV305,\"Resistance is missing. | Title is long, \"\"really\"\".\",\"parts.csv, record 1, line 2\"\r\n"
            + "R2,,,\" padded \",CV201;CV305,\"Resistance is missing. | Title is long, \"\"really\"\".\",\"parts.csv, record 2, line 3\"\r\n";
        Assert.Equal(Expected, text);
    }

    [Fact]
    public async Task WriteAsync_NoColumnsGiven_DerivesTheHeaderFromTheFirstProduct()
    {
        string text = await CatalogSamples.WriteAsync(async stream =>
        {
            await using var writer = new CatalogErrorReportCsvWriter(stream);
            await writer.WriteAsync(FirstRow());
        });

        Assert.StartsWith("sku,title@zh-CN,resistance [OHM],note,#errors,#messages,#location\r\nR1,", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DisposeAsync_NoProducts_WritesTheHeaderOnly()
    {
        string text = await CatalogSamples.WriteAsync(async stream =>
        {
            await using var writer = new CatalogErrorReportCsvWriter(stream, s_columns);
        });

        Assert.Equal("sku,title@zh-CN,resistance [OHM],note,#errors,#messages,#location\r\n", text);
    }

    [Fact]
    public async Task WriteAsync_Report_ReadsBackWithTheSameHeaderAndValues()
    {
        using var stream = new MemoryStream();
        await using (var writer = new CatalogErrorReportCsvWriter(stream, s_columns))
        {
            await writer.WriteAsync(FirstRow());
            await writer.WriteAsync(ReorderedRow());
        }

        stream.Position = 0;
        using var text = new StreamReader(stream);
        using var csv = new CsvReader(text, CultureInfo.InvariantCulture);
        Assert.True(await csv.ReadAsync());
        csv.ReadHeader();
        Assert.Equal([.. s_columns, "#errors", "#messages", "#location"], csv.HeaderRecord!);
        var rows = new List<string[]>();
        while (await csv.ReadAsync())
        {
            rows.Add(csv.Parser.Record!);
        }

        Assert.Equal(2, rows.Count);
        Assert.Equal(["R1", "电阻, 10K", string.Empty, "say \"hi\"\nbye"], rows[0][..4]);
        Assert.Equal(["R2", string.Empty, string.Empty, " padded "], rows[1][..4]);
        Assert.Equal("CV201;CV305", rows[0][4]);
        Assert.Equal("parts.csv, record 2, line 3", rows[1][6]);
    }

    [Fact]
    public async Task WriteAsync_ValidProduct_Throws()
    {
        await using var writer = new CatalogErrorReportCsvWriter(new MemoryStream());

        await Assert.ThrowsAsync<ArgumentException>(() => writer.WriteAsync(CatalogSamples.Resistor()).AsTask());
    }
}
