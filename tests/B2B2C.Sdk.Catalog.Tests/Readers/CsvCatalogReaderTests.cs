using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using B2B2C.Sdk.Catalog.Readers;
using static B2B2C.Sdk.Catalog.Tests.Readers.ReaderTestKit;

namespace B2B2C.Sdk.Catalog.Tests.Readers;

public sealed class CsvCatalogReaderTests
{
    [Fact]
    public async Task ReadAsync_HeaderWithUnitsAndLanguages_SetsThemOnTheFields()
    {
        const string csv = "sku,title@en,title@zh-CN,resistance [B49],capacitance@en [nF]\nR1,Chip resistor,贴片电阻,10,\n";

        SourceProduct product = Assert.Single(await ReadAllAsync(new CsvCatalogReader(Utf8(csv), "parts.csv")));

        Assert.Equal("R1", product.Key);
        Assert.Empty(product.ReadIssues);
        Assert.Equal<SourceField>(
            [
                new SourceField("sku", "R1"),
                new SourceField("title", "Chip resistor", Language: "en"),
                new SourceField("title", "贴片电阻", Language: "zh-CN"),
                new SourceField("resistance", "10", "B49"),
                new SourceField("capacitance", string.Empty, "nF", "en"),
            ],
            product.Fields);
        Assert.Equal(new SourceLocation("parts.csv", 1, 2), product.Location);
    }

    [Fact]
    public async Task ReadAsync_EmptyCells_AreKeptInColumnOrder()
    {
        const string csv = "sku,a,b,c\nK1,,x,\n";

        SourceProduct product = Assert.Single(await ReadAllAsync(new CsvCatalogReader(Utf8(csv), "p.csv")));

        Assert.Equal(["sku", "a", "b", "c"], product.Fields.Select(f => f.Name));
        Assert.Equal(["K1", "", "x", ""], product.Fields.Select(f => f.Value));
    }

    [Fact]
    public async Task ReadAsync_QuotedValues_FollowRfc4180AndCountPhysicalLines()
    {
        const string csv = "sku,note\r\n\"K,1\",\"say \"\"hi\"\"\r\nsecond line\"\r\nK2,plain\r\n";

        List<SourceProduct> products = await ReadAllAsync(new CsvCatalogReader(Utf8(csv), "p.csv"));

        Assert.Equal(2, products.Count);
        Assert.Equal("K,1", products[0].Key);
        Assert.Equal("say \"hi\"\r\nsecond line", Values(products[0], "note")[0]);
        Assert.Equal(2, products[0].Location.Line);
        Assert.Equal(new SourceLocation("p.csv", 2, 4), products[1].Location);
        Assert.All(products, p => Assert.Empty(p.ReadIssues));
    }

    [Fact]
    public async Task ReadAsync_BlankLines_AreSkippedAndLinesStayExact()
    {
        const string csv = "sku,a\n\nK1,1\n\r\n\nK2,2";

        List<SourceProduct> products = await ReadAllAsync(new CsvCatalogReader(Utf8(csv), "p.csv"));

        Assert.Equal([3L, 6L], products.Select(p => p.Location.Line));
        Assert.Equal([1L, 2L], products.Select(p => p.Location.Record));
    }

    [Theory]
    [InlineData(';')]
    [InlineData('\t')]
    [InlineData('|')]
    public async Task ReadAsync_OtherDelimiter_SplitsOnIt(char delimiter)
    {
        string csv = $"sku{delimiter}price [EUR]\nK1{delimiter}1,5\n";

        SourceProduct product = Assert.Single(await ReadAllAsync(
            new CsvCatalogReader(Utf8(csv), "p.csv", new CsvCatalogReaderOptions { Delimiter = delimiter })));

        Assert.Equal(new SourceField("price", "1,5", "EUR"), Field(product, "price"));
    }

    [Fact]
    public async Task ReadAsync_HashColumns_AreIgnoredButListedInColumns()
    {
        const string csv = "sku,# error,name\nK1,CV201 too long,Resistor\n";
        var reader = new CsvCatalogReader(Utf8(csv), "report.csv");

        SourceProduct product = Assert.Single(await ReadAllAsync(reader));

        Assert.Equal(["sku", "name"], product.Fields.Select(f => f.Name));
        Assert.Equal(["sku", "# error", "name"], reader.Columns);
    }

    [Fact]
    public async Task ReadAsync_Values_AreNotTrimmedUnlessAsked()
    {
        const string csv = "sku,name\n K1 , Resistor \n";

        SourceProduct untrimmed = Assert.Single(await ReadAllAsync(new CsvCatalogReader(Utf8(csv), "p.csv")));
        SourceProduct trimmed = Assert.Single(await ReadAllAsync(new CsvCatalogReader(Utf8(csv), "p.csv", new CsvCatalogReaderOptions { TrimValues = true })));

        Assert.Equal("K1", untrimmed.Key);
        Assert.Equal(" Resistor ", Values(untrimmed, "name")[0]);
        Assert.Equal("Resistor", Values(trimmed, "name")[0]);
    }

    [Fact]
    public async Task ReadAsync_TextAfterClosingQuote_ReportsMalformedRecordAndReadsOn()
    {
        const string csv = "sku,name\nK1,\"Res\"istor\nK2,ok\n";

        List<SourceProduct> products = await ReadAllAsync(new CsvCatalogReader(Utf8(csv), "p.csv"));

        CatalogIssue issue = Issue(products[0], CatalogReadCodes.MalformedRecord);
        Assert.Equal("Record 1 (line 2), column 'name' (column 2): text follows the closing quote of a quoted value on line 2.", issue.Message);
        Assert.Equal("Resistor", Values(products[0], "name")[0]);
        Assert.Equal("name", issue.SourceField);
        Assert.Empty(products[1].ReadIssues);
    }

    [Fact]
    public async Task ReadAsync_QuoteInsideUnquotedValue_ReportsMalformedRecordAndKeepsTheText()
    {
        const string csv = "sku,size\nK1,5\" display\n";

        SourceProduct product = Assert.Single(await ReadAllAsync(new CsvCatalogReader(Utf8(csv), "p.csv")));

        Assert.Equal(CatalogReadCodes.MalformedRecord, Assert.Single(product.ReadIssues).Code);
        Assert.Equal("5\" display", Values(product, "size")[0]);
    }

    [Fact]
    public async Task ReadAsync_UnterminatedQuote_ReportsTheLineWhereItOpened()
    {
        const string csv = "sku,name\nK1,ok\nK2,\"never closed\nK3,lost\n";

        List<SourceProduct> products = await ReadAllAsync(new CsvCatalogReader(Utf8(csv), "p.csv"));

        Assert.Equal(2, products.Count);
        CatalogIssue issue = Issue(products[1], CatalogReadCodes.UnterminatedQuote);
        Assert.Equal("Record 2 (line 3), column 'name' (column 2): the quoted value opened on line 3 is not closed before the end of the file.", issue.Message);
        Assert.True(products[1].HasReadErrors);
    }

    [Fact]
    public async Task ReadAsync_WrongCellCount_ReportsMismatchAndReadsOn()
    {
        const string csv = "sku,a,b\nK1,1\nK2,1,2,3\nK3,1,2\n";

        List<SourceProduct> products = await ReadAllAsync(new CsvCatalogReader(Utf8(csv), "p.csv"));

        Assert.Equal("Record 1 (line 2) has 2 cells but the header has 3 columns.", Issue(products[0], CatalogReadCodes.ColumnCountMismatch).Message);
        Assert.Equal(["sku", "a"], products[0].Fields.Select(f => f.Name));
        Assert.Equal(CatalogReadCodes.ColumnCountMismatch, Assert.Single(products[1].ReadIssues).Code);
        Assert.Equal(3, products[1].Fields.Length);
        Assert.Empty(products[2].ReadIssues);
    }

    [Fact]
    public async Task ReadAsync_InvalidUtf8_ReportsLineAndByteOffset()
    {
        byte[] bytes = [.. "sku,name\nK1,ok\nK2,b"u8, 0xFF, .. "d\nK3,ok\n"u8];

        List<SourceProduct> products = await ReadAllAsync(new CsvCatalogReader(new MemoryStream(bytes), "p.csv"));

        Assert.Empty(products[0].ReadIssues);
        CatalogIssue issue = Issue(products[1], CatalogReadCodes.InvalidEncoding);
        Assert.Equal("Line 3 contains bytes that are not valid UTF-8 at byte offset 19; they were read as U+FFFD.", issue.Message);
        Assert.Equal(3, issue.Location.Line);
        Assert.Equal("b\uFFFDd", Values(products[1], "name")[0]);
        Assert.Empty(products[2].ReadIssues);
    }

    [Fact]
    public async Task ReadAsync_FieldLongerThanTheLimit_IsDroppedAndReported()
    {
        string csv = "sku,note,name\nK1," + new string('x', 101) + ",kept\nK2,short,ok\n";
        var options = new CsvCatalogReaderOptions { MaxFieldLength = 100, MaxRecordLength = 1000 };

        List<SourceProduct> products = await ReadAllAsync(new CsvCatalogReader(Utf8(csv), "p.csv", options));

        CatalogIssue issue = Issue(products[0], CatalogReadCodes.FieldTooLong);
        Assert.Equal("Record 1 (line 2), column 'note' (column 2): the value is longer than 100 characters and was dropped.", issue.Message);
        Assert.Equal(["K1", "", "kept"], products[0].Fields.Select(f => f.Value));
        Assert.Empty(products[1].ReadIssues);
    }

    [Fact]
    public async Task ReadAsync_RecordLargerThanTheLimit_SkipsTheRestAndReadsOn()
    {
        string csv = "sku,a,b\nK1," + new string('x', 60) + "," + new string('y', 60) + "\nK2,1,2\n";
        var options = new CsvCatalogReaderOptions { MaxFieldLength = 100, MaxRecordLength = 100 };

        List<SourceProduct> products = await ReadAllAsync(new CsvCatalogReader(Utf8(csv), "p.csv", options));

        Assert.Equal([CatalogReadCodes.RecordTooLarge], Codes(products[0]));
        Assert.Equal("K1", products[0].Key);
        Assert.Equal(2, products[0].Fields.Length);
        Assert.Equal("K2", products[1].Key);
        Assert.Empty(products[1].ReadIssues);
    }

    [Fact]
    public async Task ReadAsync_DuplicateColumn_RejectsEveryRecord()
    {
        const string csv = "sku,name,title@en,name\nK1,a,t,b\nK2,c,t,d\n";

        List<SourceProduct> products = await ReadAllAsync(new CsvCatalogReader(Utf8(csv), "p.csv"));

        Assert.All(products, p => Assert.Equal(
            "The header on line 1 names column 'name' twice (columns 2 and 4); no product of the file is accepted.",
            Issue(p, CatalogReadCodes.DuplicateColumn).Message));
        Assert.Equal(["a", "b"], Values(products[0], "name"));
    }

    [Fact]
    public async Task ReadAsync_SameNameInTwoLanguagesOrUnits_IsNotADuplicate()
    {
        const string csv = "sku,title@en,title@de,resistance [OHM],resistance [B49]\nK1,a,b,,10\n";

        SourceProduct product = Assert.Single(await ReadAllAsync(new CsvCatalogReader(Utf8(csv), "p.csv")));

        Assert.Empty(product.ReadIssues);
        Assert.True(product.TryGetField("resistance", out SourceField resistance));
        Assert.Equal("B49", resistance.Unit);
    }

    [Fact]
    public async Task ReadAsync_NoKeyColumn_RejectsEveryRecord()
    {
        const string csv = "id,name\nK1,a\nK2,b\n";

        List<SourceProduct> products = await ReadAllAsync(new CsvCatalogReader(Utf8(csv), "p.csv"));

        Assert.All(products, p => Assert.Equal([CatalogReadCodes.MissingKeyColumn], Codes(p)));
        Assert.All(products, p => Assert.Equal(string.Empty, p.Key));
    }

    [Fact]
    public async Task ReadAsync_EmptyKey_ReportsMissingKey()
    {
        const string csv = "name,sku\na,  \n";

        SourceProduct product = Assert.Single(await ReadAllAsync(new CsvCatalogReader(Utf8(csv), "p.csv")));

        Assert.Equal("Record 1 (line 2) has no value in the key column 'sku'.", Issue(product, CatalogReadCodes.MissingKey).Message);
        Assert.Equal(string.Empty, product.Key);
    }

    [Fact]
    public async Task ReadAsync_CustomKeyField_UsesThatColumn()
    {
        const string csv = "Artikelnummer,Name\nA-1,x\n";

        SourceProduct product = Assert.Single(await ReadAllAsync(
            new CsvCatalogReader(Utf8(csv), "p.csv", new CsvCatalogReaderOptions { KeyField = "Artikelnummer" })));

        Assert.Equal("A-1", product.Key);
    }

    [Fact]
    public async Task ReadAsync_UnnamedColumn_WarnsOnTheFirstRecordAndIgnoresIt()
    {
        const string csv = "sku,name,\nK1,a,x\nK2,b,y\n";

        List<SourceProduct> products = await ReadAllAsync(new CsvCatalogReader(Utf8(csv), "p.csv"));

        CatalogIssue warning = Issue(products[0], CatalogReadCodes.UnnamedColumn);
        Assert.Equal(CatalogIssueSeverity.Warning, warning.Severity);
        Assert.False(products[0].HasReadErrors);
        Assert.Equal(2, products[0].Fields.Length);
        Assert.Empty(products[1].ReadIssues);
    }

    [Fact]
    public async Task ReadAsync_Utf8ByteOrderMark_IsSkipped()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. "sku,name\nK1,Ä\n"u8];

        SourceProduct product = Assert.Single(await ReadAllAsync(new CsvCatalogReader(new MemoryStream(bytes), "p.csv")));

        Assert.Equal("sku", product.Fields[0].Name);
        Assert.Equal("Ä", Values(product, "name")[0]);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ReadAsync_Utf16WithByteOrderMark_IsDecoded(bool bigEndian)
    {
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: true);
        byte[] bytes = [.. encoding.GetPreamble(), .. encoding.GetBytes("sku,name\nK1,电阻\nK2,x\n")];

        List<SourceProduct> products = await ReadAllAsync(new CsvCatalogReader(new MemoryStream(bytes), "p.csv"));

        Assert.Equal(["K1", "K2"], products.Select(p => p.Key));
        Assert.Equal("电阻", Values(products[0], "name")[0]);
        Assert.Equal(3, products[1].Location.Line);
    }

    [Fact]
    public async Task ReadAsync_HeaderOnly_YieldsNothing()
    {
        Assert.Empty(await ReadAllAsync(new CsvCatalogReader(Utf8("sku,name\n"), "p.csv")));
        Assert.Empty(await ReadAllAsync(new CsvCatalogReader(Utf8(string.Empty), "p.csv")));
    }

    [Fact]
    public async Task ReadAsync_SeekableStreamTwice_ReadsTheSameProducts()
    {
        var reader = new CsvCatalogReader(Utf8("sku\nK1\nK2\n"), "p.csv");

        List<SourceProduct> first = await ReadAllAsync(reader);
        List<SourceProduct> second = await ReadAllAsync(reader);

        Assert.Equal(first.Select(p => p.Key), second.Select(p => p.Key));
    }

    [Fact]
    public async Task ReadAsync_NonSeekableStreamTwice_Throws()
    {
        var reader = new CsvCatalogReader(new NonSeekableStream("sku\nK1\n"u8.ToArray()), "p.csv");
        await ReadAllAsync(reader);

        await Assert.ThrowsAsync<InvalidOperationException>(() => ReadAllAsync(reader));
    }

    [Fact]
    public async Task ReadAsync_Path_OpensTheFileAndNamesItsLocations()
    {
        string path = Path.Combine(Path.GetTempPath(), "b2b2c-csv-" + Guid.NewGuid().ToString("N") + ".csv");
        await File.WriteAllTextAsync(path, "sku,name\nK1,a\n");
        try
        {
            var reader = new CsvCatalogReader(path);

            SourceProduct product = Assert.Single(await ReadAllAsync(reader));

            Assert.Equal(Path.GetFileName(path), reader.Name);
            Assert.Equal(Path.GetFileName(path), product.Location.Source);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task ReadAsync_Cancelled_ThrowsOperationCanceled()
    {
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => ReadAllAsync(new CsvCatalogReader(Utf8("sku\nK1\n"), "p.csv"), cancellation.Token));
    }

    [Fact]
    public void Constructor_InvalidOptions_Throw()
    {
        Assert.Throws<ArgumentException>(() => new CsvCatalogReader(Utf8("sku"), "p.csv", new CsvCatalogReaderOptions { Delimiter = 'x' }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new CsvCatalogReader(Utf8("sku"), "p.csv", new CsvCatalogReaderOptions { MaxFieldLength = 0 }));
        Assert.Throws<ArgumentException>(() => new CsvCatalogReader(Utf8("sku"), "p.csv", new CsvCatalogReaderOptions { KeyField = " " }));
        Assert.Throws<ArgumentException>(() => new CsvCatalogReader(" "));
    }

    [Fact]
    public async Task ReadAsync_LongValuesAcrossBufferBoundaries_AreReadWhole()
    {
        var csv = new StringBuilder("sku,text\n");
        for (int i = 0; i < 200; i++)
        {
            csv.Append('K').Append(i).Append(",\"").Append(new string('a', 997)).Append("\"\"é\"\n");
        }

        List<SourceProduct> products = await ReadAllAsync(new CsvCatalogReader(Utf8(csv.ToString()), "p.csv"));

        Assert.Equal(200, products.Count);
        Assert.All(products, p => Assert.Equal(new string('a', 997) + "\"é", Values(p, "text")[0]));
        Assert.Equal(201, products[^1].Location.Line);
    }
}
