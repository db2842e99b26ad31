using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using B2B2C.Sdk.Pricing;
using B2B2C.Sdk.Testing;
using Xunit.Abstractions;

namespace B2B2C.Sdk.Tests.Pricing;

public sealed class PriceBookJsonTests
{
    private const string SamplePath = "samples/data/price-book.json";

    private static readonly UnitOfMeasure s_reel = UnitOfMeasure.Pack("REEL", 5000m, UnitOfMeasure.Piece);

    private readonly ITestOutputHelper _output;

    public PriceBookJsonTests(ITestOutputHelper output) => _output = output;

    /// <summary>A book in which every property of every type is set to a value other than its default.</summary>
    private static PriceBook FullBook() => new()
    {
        Version = "2026-11",
        AccessSequence = [PriceSourceKind.Segment, PriceSourceKind.Contract, PriceSourceKind.List],
        Hierarchy =
        [
            new HierarchyNode(new HierarchyNodeId("HQ"), Name: "Headquarters"),
            new HierarchyNode(new HierarchyNodeId("R-EAST"), new HierarchyNodeId("HQ"), "华东 \"East\"\n"),
        ],
        PriceLists =
        [
            new PriceList
            {
                Id = new PriceListId("EAST-CNY"),
                Kind = PriceSourceKind.HierarchyNode,
                Currency = Currency.CNY,
                Segment = new SegmentId("distributor-gold"),
                Node = new HierarchyNodeId("R-EAST"),
                Customer = new CustomerId("C-1"),
                Channel = new ChannelId("b2b-shop"),
                ValidFrom = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.FromHours(8)),
                ValidTo = new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.Zero).AddTicks(1),
                Priority = -7,
                Inheritance = NodeInheritance.Lowest,
                Name = "Regional agreement",
                Entries =
                [
                    new PriceEntry
                    {
                        Sku = new Sku("RC0603-10K"),
                        Unit = s_reel,
                        PriceBasis = 1.000m,
                        TierKind = TierKind.Graduated,
                        Tiers = [new(1m, 15.00m), new(10.0m, 14.250m)],
                        MinQuantity = 2m,
                        MaxQuantity = 400.00m,
                        OrderMultiple = 2m,
                        ValidFrom = new DateTimeOffset(2026, 3, 1, 12, 30, 15, 123, TimeSpan.FromHours(-5)),
                        ValidTo = new DateTimeOffset(2026, 4, 1, 0, 0, 0, new TimeSpan(5, 30, 0)),
                        Channel = new ChannelId("marketplace-jd"),
                    },
                ],
            },
        ],
    };

    // ----- Round trips ----------------------------------------------------------------------------------------

    [Fact]
    public void Write_BookWithEveryFieldSet_ReadsBackFieldByField()
    {
        PriceBook book = FullBook();

        PriceBook read = PriceBookJson.Read(PriceBookJson.Write(book));

        Assert.Equal(Describe(book), Describe(read));
    }

    [Fact]
    public void Write_BookWithEveryFieldSet_WritesCamelCaseStringsAndOffsets()
    {
        string json = PriceBookJson.Write(FullBook());

        Assert.Contains("\"accessSequence\": [\n    \"segment\",\n    \"contract\",\n    \"list\"\n  ]", json, StringComparison.Ordinal);
        Assert.Contains("\"kind\": \"hierarchyNode\"", json, StringComparison.Ordinal);
        Assert.Contains("\"inheritance\": \"lowest\"", json, StringComparison.Ordinal);
        Assert.Contains("\"tierKind\": \"graduated\"", json, StringComparison.Ordinal);
        Assert.Contains("\"unit\": \"REEL(5000 H87)\"", json, StringComparison.Ordinal);
        Assert.Contains("\"priority\": -7", json, StringComparison.Ordinal);
        Assert.Contains("\"validFrom\": \"2026-01-01T00:00:00+08:00\"", json, StringComparison.Ordinal);
        Assert.Contains("\"validTo\": \"2027-01-01T00:00:00.0000001Z\"", json, StringComparison.Ordinal);
        Assert.Contains("\"name\": \"华东 \\\"East\\\"\\n\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_DecimalsWithTrailingZeros_WritesStringsWithTheExactScale()
    {
        string json = PriceBookJson.Write(FullBook());

        Assert.Contains("\"priceBasis\": \"1.000\"", json, StringComparison.Ordinal);
        Assert.Contains("\"minQuantity\": \"10.0\"", json, StringComparison.Ordinal);
        Assert.Contains("\"price\": \"14.250\"", json, StringComparison.Ordinal);
        Assert.Contains("\"maxQuantity\": \"400.00\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_DefaultsAndNulls_AreOmitted()
    {
        var book = new PriceBook
        {
            Version = "v1",
            PriceLists = [new PriceList { Id = new PriceListId("L"), Kind = PriceSourceKind.List, Currency = Currency.EUR, Entries = [new PriceEntry { Sku = new Sku("A"), Tiers = [new(1m, 2m)] }] }],
        };

        string json = PriceBookJson.Write(book);

        Assert.Equal(
            "{\n  \"version\": \"v1\",\n  \"priceLists\": [\n    {\n      \"id\": \"L\",\n      \"kind\": \"list\",\n      \"currency\": \"EUR\",\n      \"entries\": [\n        {\n          \"sku\": \"A\",\n          \"tiers\": [\n            {\n              \"minQuantity\": \"1\",\n              \"price\": \"2\"\n            }\n          ]\n        }\n      ]\n    }\n  ]\n}",
            json.Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_MinimalDocument_AppliesTheModelDefaults()
    {
        PriceBook book = PriceBookJson.Read("""{"version":"v1","priceLists":[{"id":"L","kind":"list","currency":"EUR","entries":[{"sku":"A","tiers":[{"minQuantity":1,"price":2}]}]}]}""");

        PriceEntry entry = book.PriceLists.Single().Entries.Single();
        Assert.Equal(PriceBook.DefaultAccessSequence, book.AccessSequence);
        Assert.Empty(book.Hierarchy);
        Assert.Equal(UnitOfMeasure.Piece, entry.Unit);
        Assert.Equal(1m, entry.PriceBasis);
        Assert.Equal(TierKind.Volume, entry.TierKind);
        Assert.Equal(0, book.PriceLists[0].Priority);
        Assert.Equal(NodeInheritance.Inherit, book.PriceLists[0].Inheritance);
        Assert.Null(entry.MinQuantity);
    }

    [Fact]
    public void Read_NullForOptionalProperties_MeansAbsent()
    {
        PriceBook book = PriceBookJson.Read("""
            {"version":"v1","accessSequence":null,"hierarchy":[{"id":"HQ","parent":null,"name":null}],
             "priceLists":[{"id":"L","kind":"list","currency":"EUR","segment":null,"priority":null,"inheritance":null,"validTo":null,
               "entries":[{"sku":"A","unit":null,"priceBasis":null,"tierKind":null,"minQuantity":null,"channel":null,"tiers":[{"minQuantity":"1","price":"2"}]}]}]}
            """);

        Assert.Equal(PriceBook.DefaultAccessSequence, book.AccessSequence);
        Assert.Null(book.Hierarchy[0].Parent);
        Assert.Null(book.PriceLists[0].Segment);
        Assert.Equal(UnitOfMeasure.Piece, book.PriceLists[0].Entries[0].Unit);
        Assert.Equal(1m, book.PriceLists[0].Entries[0].PriceBasis);
    }

    [Fact]
    public void Read_NumbersAsStringsOrJsonNumbers_GivesTheSameBook()
    {
        const string Template = """{"version":"v1","priceLists":[{"id":"L","kind":"list","currency":"EUR","priority":%P%,"entries":[{"sku":"A","priceBasis":%B%,"minQuantity":%M%,"tiers":[{"minQuantity":%Q%,"price":%X%}]}]}]}""";
        string asStrings = Fill(Template, "\"3\"", "\"1000\"", "\"0.5\"", "\"10000\"", "\"3.420\"");
        string asNumbers = Fill(Template, "3", "1000", "0.5", "10000", "3.420");

        PriceBook fromStrings = PriceBookJson.Read(asStrings);
        PriceBook fromNumbers = PriceBookJson.Read(asNumbers);

        Assert.Equal(Describe(fromStrings), Describe(fromNumbers));
        Assert.Equal(3, fromNumbers.PriceLists[0].Priority);
        Assert.Equal("3.420", fromNumbers.PriceLists[0].Entries[0].Tiers[0].Price.ToString(CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("4.20", "4.20")]
    [InlineData("\"4.20\"", "4.20")]
    [InlineData("0.000001000", "0.000001000")]
    [InlineData("\"-0.50\"", "-0.50")]
    [InlineData("\"1.5e2\"", "150")]
    [InlineData("79228162514264337593543950335", "79228162514264337593543950335")]
    public void Read_Decimal_KeepsTheExactValueAndScale(string written, string expected)
    {
        PriceBook book = PriceBookJson.Read($$"""{"version":"v1","priceLists":[{"id":"L","kind":"list","currency":"EUR","entries":[{"sku":"A","tiers":[{"minQuantity":"1","price":{{written}}}]}]}]}""");

        Assert.Equal(expected, book.PriceLists[0].Entries[0].Tiers[0].Price.ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Read_Utf8WithByteOrderMark_ReadsTheBook()
    {
        byte[] utf8 = [0xEF, 0xBB, 0xBF, .. """{"version":"v1"}"""u8];

        PriceBook book = PriceBookJson.Read(utf8);

        Assert.Equal("v1", book.Version);
        Assert.Empty(book.PriceLists);
    }

    [Fact]
    public async Task WriteAsyncThenReadAsync_Stream_RoundTripsFieldByField()
    {
        PriceBook book = FullBook();
        using var stream = new MemoryStream();

        await PriceBookJson.WriteAsync(stream, book);
        stream.Position = 0;
        PriceBook read = await PriceBookJson.ReadAsync(stream);

        Assert.Equal(Describe(book), Describe(read));
        Assert.Equal(PriceBookJson.Write(book), Encoding.UTF8.GetString(stream.ToArray()));
    }

    [Fact]
    public async Task ReadAsync_DocumentLargerThanTheFirstBuffer_ReadsEveryList()
    {
        PriceBook book = FullBook() with
        {
            PriceLists = [.. Enumerable.Range(0, 2000).Select(i => FullBook().PriceLists[0] with { Id = new PriceListId($"L-{i}") })],
        };
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(PriceBookJson.Write(book)));

        PriceBook read = await PriceBookJson.ReadAsync(stream);

        Assert.True(stream.Length > 200_000);
        Assert.Equal(Describe(book), Describe(read));
    }

    [Fact]
    public void WriteThenRead_GeneratedBooks_RoundTripFieldByField()
        => Properties.ForAll(
            PricingArbitraries.PriceBookGen(),
            book => Assert.Equal(Describe(book), Describe(PriceBookJson.Read(PriceBookJson.Write(book)))),
            cases: 200);

    [Fact]
    public void WriteThenRead_GeneratedBooks_WriteTheSameDocumentAgain()
        => Properties.ForAll(
            PricingArbitraries.PriceBookGen(),
            book =>
            {
                string json = PriceBookJson.Write(book);
                Assert.Equal(json, PriceBookJson.Write(PriceBookJson.Read(json)));
            },
            cases: 100);

    // ----- What the reader does not judge ---------------------------------------------------------------------

    [Fact]
    public void Read_SemanticProblems_AreReadFaithfullyAndReportedByTheCompiler()
    {
        PriceBook book = PriceBookJson.Read("""
            {"version":"v1","priceLists":[{"id":"N","kind":"hierarchyNode","node":"NOWHERE","currency":"EUR",
              "entries":[{"sku":"A","tiers":[{"minQuantity":"100","price":"2"},{"minQuantity":"10","price":"3"}]}]}]}
            """);

        PricingCompilation compilation = PricingSnapshot.Compile(book);

        Assert.Equal(10m, book.PriceLists[0].Entries[0].Tiers[1].MinQuantity);
        Assert.Contains(compilation.Errors, e => e.Code == "PB105" && e.Path == "priceLists[0](N).node");
        Assert.Contains(compilation.Errors, e => e.Code == "PB207" && e.Path == "priceLists[0](N).entries[0](A).tiers[1].minQuantity");
    }

    // ----- Errors ---------------------------------------------------------------------------------------------

    /// <summary>A document of several lines, so that errors deep inside have a line and a position worth checking.</summary>
    private static string Document(string entry) => $$"""
        {
          "version": "2026-11",
          "priceLists": [
            {
              "id": "LIST-EUR",
              "kind": "list",
              "currency": "EUR",
              "entries": [
                {"sku": "RC0402", "tiers": [{"minQuantity": "1", "price": "1.00"}]},
                {{entry}}
              ]
            }
          ]
        }
        """;

    [Theory]
    [InlineData("""{"sku": "A", "tiers": [{"minQuantity": "1", "price": true}]}""", "PB902", "$.priceLists[0].entries[1].tiers[0].price", 62, "Expected a decimal as a JSON string such as \"4.20\" or a JSON number, but found true.")]
    [InlineData("""{"sku": "A", "tiers": [{"minQuantity": "1", "price": "4,20"}]}""", "PB903", "$.priceLists[0].entries[1].tiers[0].price", 62, "\"4,20\" is not a decimal number")]
    [InlineData("""{"sku": "A", "tiers": [{"minQuantity": "1", "price": 1e40}]}""", "PB903", "$.priceLists[0].entries[1].tiers[0].price", 62, "The number 1e40 does not fit an exact decimal")]
    [InlineData("""{"skuu": "A", "tiers": []}""", "PB901", "$.priceLists[0].entries[1].skuu", 10, "a price entry has no property \"skuu\"; did you mean \"sku\"?")]
    [InlineData("""{"Sku": "A", "tiers": []}""", "PB901", "$.priceLists[0].entries[1].Sku", 10, "did you mean \"sku\"? Its properties are \"sku\", \"unit\"")]
    [InlineData("""{"sku": "A", "tiers": [], "price basis": "1"}""", "PB901", "$.priceLists[0].entries[1]['price basis']", 35, "has no property \"price basis\"")]
    [InlineData("""{"sku": "A", "sku": "B", "tiers": []}""", "PB905", "$.priceLists[0].entries[1].sku", 22, "\"sku\" appears twice in a price entry")]
    [InlineData("""{"sku": "A"}""", "PB904", "$.priceLists[0].entries[1]", 9, "a price entry has no \"tiers\", which is required.")]
    [InlineData("""{"sku": "A", "tiers": [{"price": "1"}]}""", "PB904", "$.priceLists[0].entries[1].tiers[0]", 32, "a tier has no \"minQuantity\", which is required.")]
    [InlineData("""{"sku": 42, "tiers": []}""", "PB902", "$.priceLists[0].entries[1].sku", 17, "Expected a SKU as a JSON string, but found the number 42.")]
    [InlineData("""{"sku": null, "tiers": []}""", "PB902", "$.priceLists[0].entries[1].sku", 17, "Expected a SKU as a JSON string, but found null.")]
    [InlineData("""{"sku": " A", "tiers": []}""", "PB903", "$.priceLists[0].entries[1].sku", 17, "' A' is not a valid Sku: it starts or ends with white space.")]
    [InlineData("""{"sku": "", "tiers": []}""", "PB903", "$.priceLists[0].entries[1].sku", 17, "'' is not a valid Sku: it is empty.")]
    [InlineData("""{"sku": "A", "unit": "REEL(5000)", "tiers": []}""", "PB903", "$.priceLists[0].entries[1].unit", 30, "'REEL(5000)' is not a unit of measure")]
    [InlineData("""{"sku": "A", "unit": "pcs", "tiers": []}""", "PB903", "$.priceLists[0].entries[1].unit", 30, "'pcs' is not a unit of measure")]
    [InlineData("""{"sku": "A", "tierKind": "Volume", "tiers": []}""", "PB903", "$.priceLists[0].entries[1].tierKind", 34, "\"Volume\" is not a tier kind; expected one of \"volume\", \"graduated\".")]
    [InlineData("""{"sku": "A", "tierKind": 1, "tiers": []}""", "PB902", "$.priceLists[0].entries[1].tierKind", 34, "Expected a tier kind as a JSON string, one of \"volume\", \"graduated\", but found the number 1.")]
    [InlineData("""{"sku": "A", "tiers": {"minQuantity": "1", "price": "1"}}""", "PB902", "$.priceLists[0].entries[1].tiers", 31, "Expected an array of tiers")]
    [InlineData("""{"sku": "A", "validFrom": "2026-01-01", "tiers": []}""", "PB903", "$.priceLists[0].entries[1].validFrom", 35, "\"2026-01-01\" is not an ISO 8601 date and time with an offset")]
    [InlineData("""{"sku": "A", "validFrom": "2026-01-01T00:00:00", "tiers": []}""", "PB903", "$.priceLists[0].entries[1].validFrom", 35, "is not an ISO 8601 date and time with an offset")]
    [InlineData("""{"sku": "A", "validFrom": "2026-02-30T00:00:00Z", "tiers": []}""", "PB903", "$.priceLists[0].entries[1].validFrom", 35, "is not an ISO 8601 date and time with an offset")]
    [InlineData("""{"sku": "A", "tiers": [{"minQuantity": "1", "price": "1.00",}]}""", "PB900", "$.priceLists[0].entries[1].tiers[0]", 69, "The document is not well-formed JSON")]
    [InlineData("""{"sku": "A", "tiers": [{"minQuantity": "1" "price": "1.00"}]}""", "PB900", "$.priceLists[0].entries[1].tiers[0]", 52, "The document is not well-formed JSON")]
    public void Read_InvalidEntry_ThrowsNamingThePathLineAndPosition(string entry, string code, string path, long position, string expected)
    {
        PriceBookException error = Assert.Throws<PriceBookException>(() => PriceBookJson.Read(Document(entry)));

        _output.WriteLine(error.Message);
        Assert.Equal(path, error.Path);
        Assert.Equal(10, error.LineNumber);
        Assert.Equal(position, error.BytePositionInLine);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.StartsWith($"Invalid price book JSON at {path} (line 10, byte {position}): ", error.Message, StringComparison.Ordinal);
        PricingDiagnostic diagnostic = Assert.Single(error.Errors);
        Assert.Equal(code, diagnostic.Code);
        Assert.Equal(path, diagnostic.Path);
        Assert.EndsWith($"(line 10, byte {position})", diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"version":"v1","priceLists":[{"id":"L","kind":"Contract","currency":"EUR"}]}""", "PB903", "$.priceLists[0].kind", 48, "\"Contract\" is not a price source kind; expected one of \"contract\", \"hierarchyNode\", \"segment\", \"list\".")]
    [InlineData("""{"version":"v1","priceLists":[{"id":"L","kind":"list","currency":"EURO"}]}""", "PB903", "$.priceLists[0].currency", 66, "\"EURO\" is not an active ISO 4217 currency code; expected three upper-case letters such as \"EUR\" or \"CNY\".")]
    [InlineData("""{"version":"v1","priceLists":[{"id":"L","kind":"list","currency":"eur"}]}""", "PB903", "$.priceLists[0].currency", 66, "\"eur\" is not an active ISO 4217 currency code")]
    [InlineData("""{"version":"v1","priceLists":[{"id":"L","kind":"list","currency":978}]}""", "PB902", "$.priceLists[0].currency", 66, "Expected an ISO 4217 currency code such as \"EUR\" as a JSON string, but found the number 978.")]
    [InlineData("""{"version":"v1","priceLists":[{"id":"L","kind":"list"}]}""", "PB904", "$.priceLists[0]", 31, "a price list has no \"currency\", which is required.")]
    [InlineData("""{"version":"v1","priceLists":[{"id":"L","kind":"list","currency":"EUR","priority":1.5}]}""", "PB903", "$.priceLists[0].priority", 83, "The priority 1.5 is not a whole number")]
    [InlineData("""{"version":"v1","priceLists":[{"id":"L","kind":"list","currency":"EUR","inheritance":"lowst"}]}""", "PB903", "$.priceLists[0].inheritance", 86, "\"lowst\" is not a node inheritance mode; expected one of \"inherit\", \"replace\", \"lowest\".")]
    [InlineData("""{"version":"v1","accessSequence":["contract","store"]}""", "PB903", "$.accessSequence[1]", 46, "\"store\" is not a price source kind")]
    [InlineData("""{"version":"v1","hierarchy":[{"id":"HQ","parnet":"X"}]}""", "PB901", "$.hierarchy[0].parnet", 41, "a hierarchy node has no property \"parnet\"; did you mean \"parent\"?")]
    [InlineData("""{"version":"v1","priceLists":{}}""", "PB902", "$.priceLists", 30, "Expected an array of price list objects, but found an object.")]
    [InlineData("""{"priceLists":[]}""", "PB904", "$", 1, "the price book has no \"version\", which is required.")]
    [InlineData("""{"version":null}""", "PB902", "$.version", 12, "Expected the version label, such as \"2026-11\" as a JSON string, but found null.")]
    [InlineData("""[{"version":"v1"}]""", "PB902", "$", 1, "Expected a price book object such as")]
    [InlineData("""{"version":"v1"} {}""", "PB900", "$", 18, "The document is not well-formed JSON")]
    [InlineData("""{"version":"v1",""", "PB900", "$", 16, "The document is not well-formed JSON")]
    [InlineData("", "PB900", "$", 1, "The document is not well-formed JSON")]
    public void Read_InvalidDocumentOnOneLine_ThrowsNamingThePathAndPosition(string json, string code, string path, long position, string expected)
    {
        PriceBookException error = Assert.Throws<PriceBookException>(() => PriceBookJson.Read(json));

        _output.WriteLine(error.Message);
        Assert.Equal(code, error.Errors.Single().Code);
        Assert.Equal(path, error.Path);
        Assert.Equal(1, error.LineNumber);
        Assert.Equal(position, error.BytePositionInLine);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Typo_MessageNamesWhatWhereAndTheFix()
    {
        PriceBookException error = Assert.Throws<PriceBookException>(
            () => PriceBookJson.Read(Document("""{"sku": "A", "tiers": [{"minQuantity": "1", "prize": "4.20"}]}""")));

        Assert.Equal(
            "Invalid price book JSON at $.priceLists[0].entries[1].tiers[0].prize (line 10, byte 53): a tier has no property \"prize\"; did you mean \"price\"? Its properties are \"minQuantity\", \"price\" (names are case-sensitive).",
            error.Message);
    }

    [Fact]
    public void Read_NullString_ThrowsArgumentNullException()
        => Assert.Throws<ArgumentNullException>(() => PriceBookJson.Read((string)null!));

    [Fact]
    public void Write_DefaultIdentifier_ThrowsNamingThePath()
    {
        PriceBook book = FullBook();
        PriceList list = book.PriceLists[0] with { Entries = [book.PriceLists[0].Entries[0] with { Channel = default(ChannelId) }] };

        ArgumentException error = Assert.Throws<ArgumentException>(() => PriceBookJson.Write(book with { PriceLists = [list] }));

        Assert.Contains("priceLists[0].entries[0].channel", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_UndefinedEnumValue_ThrowsNamingThePath()
    {
        PriceBook book = FullBook();
        PriceList list = book.PriceLists[0] with { Kind = (PriceSourceKind)9 };

        ArgumentException error = Assert.Throws<ArgumentException>(() => PriceBookJson.Write(book with { PriceLists = [list] }));

        Assert.Contains("9 is not a price source kind. (at priceLists[0].kind)", error.Message, StringComparison.Ordinal);
    }

    // ----- The sample price book ------------------------------------------------------------------------------

    [Fact]
    public void SampleBook_Compiles_WithOnlyTheIntendedWarnings()
    {
        PriceBook book = PriceBookJson.Read(File.ReadAllBytes(RepositoryRoot.Combine(SamplePath)));

        PricingCompilation compilation = PricingSnapshot.Compile(book);

        foreach (PricingDiagnostic diagnostic in compilation.Diagnostics)
        {
            _output.WriteLine(diagnostic.ToString());
        }

        Assert.Empty(compilation.Errors);
        Assert.True(compilation.Succeeded);
        // Intended: the node agreements and the two contracts price in one currency only, the one those customers buy in.
        Assert.Equal(
            [
                "PB111 priceLists[10](NODE-S-SZ-01-CNY)",
                "PB111 priceLists[11](CONTRACT-C-10042)",
                "PB111 priceLists[12](CONTRACT-C-20017)",
                "PB111 priceLists[8](NODE-R-EAST-CNY)",
                "PB111 priceLists[9](NODE-P-GD-CNY)",
            ],
            compilation.Warnings.Select(w => $"{w.Code} {w.Path}").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void SampleBook_ChangedOneListAtATime_DiagnosticsAndHashMatchACompilationFromScratch()
    {
        PriceBook book = PriceBookJson.Read(File.ReadAllBytes(RepositoryRoot.Combine(SamplePath)));
        PricingSnapshot snapshot = PricingSnapshot.Compile(book).GetSnapshotOrThrow();

        foreach (PriceList list in book.PriceLists)
        {
            // Another currency changes the coverage of the list's scope; removing the list shifts every later one.
            PriceList moved = list with { Currency = list.Currency == Currency.USD ? Currency.CNY : Currency.USD };
            PricingCompilation changed = snapshot.WithPriceList(moved);
            PricingCompilation removed = snapshot.WithoutPriceList(list.Id);

            foreach (PricingCompilation incremental in new[] { changed, removed })
            {
                PricingCompilation scratch = PricingSnapshot.Compile(incremental.Snapshot?.Book ?? book);
                Assert.Equal(
                    scratch.Diagnostics.Select(d => d.ToString()),
                    incremental.Diagnostics.Select(d => d.ToString()));
                Assert.Equal(scratch.Snapshot?.ContentHash, incremental.Snapshot?.ContentHash);
                if (incremental.Snapshot is PricingSnapshot next && scratch.Snapshot is PricingSnapshot fresh)
                {
                    Assert.Equal(fresh.ListsById.Keys.Order(StringComparer.Ordinal), next.ListsById.Keys.Order(StringComparer.Ordinal));
                    Assert.Equal(fresh.ByNode.Keys.Order(StringComparer.Ordinal), next.ByNode.Keys.Order(StringComparer.Ordinal));
                    Assert.Equal(fresh.ByCustomer.Keys.Order(StringComparer.Ordinal), next.ByCustomer.Keys.Order(StringComparer.Ordinal));
                    Assert.Equal(fresh.BySegment.Keys.Order(StringComparer.Ordinal), next.BySegment.Keys.Order(StringComparer.Ordinal));
                    Assert.Equal(fresh.Global.Select(l => l.Id), next.Global.Select(l => l.Id));
                    foreach (string node in fresh.ByNode.Keys)
                    {
                        Assert.Equal(fresh.ByNode[node].Select(l => l.Path), next.ByNode[node].Select(l => l.Path));
                    }
                }
            }
        }
    }

    [Fact]
    public void SampleBook_Content_CoversTheDocumentedScenarios()
    {
        PriceBook book = PriceBookJson.Read(File.ReadAllBytes(RepositoryRoot.Combine(SamplePath)));
        var now = new DateTimeOffset(2026, 11, 20, 0, 0, 0, TimeSpan.Zero);

        Assert.Equal(["CNY", "EUR"], book.PriceLists.Select(l => l.Currency.Code).Distinct().Order(StringComparer.Ordinal));
        Assert.InRange(book.PriceLists.SelectMany(l => l.Entries).Select(e => e.Sku).Distinct().Count(), 30, 60);
        Assert.Contains(book.PriceLists, l => l.Kind == PriceSourceKind.Segment && l.Segment == new SegmentId("distributor-silver"));
        Assert.Contains(book.PriceLists, l => l.Kind == PriceSourceKind.Segment && l.Segment == new SegmentId("distributor-gold"));
        Assert.Equal(2, book.PriceLists.Count(l => l.Kind == PriceSourceKind.Contract));
        Assert.Contains(book.PriceLists, l => l.Inheritance == NodeInheritance.Lowest && l.Node == new HierarchyNodeId("R-EAST"));
        Assert.Contains(book.PriceLists, l => l.Inheritance == NodeInheritance.Replace && l.Node == new HierarchyNodeId("P-GD"));
        Assert.Contains(book.PriceLists, l => l.Channel == new ChannelId("marketplace-jd"));
        Assert.Contains(book.PriceLists, l => l.ValidTo < now);
        Assert.Contains(book.PriceLists, l => l.ValidFrom > now);
        Assert.Equal(12, book.Hierarchy.Length);
        Assert.Contains(book.PriceLists.SelectMany(l => l.Entries), e => e.Unit == UnitOfMeasure.Pack("REEL", 10_000m, UnitOfMeasure.Piece));
        Assert.Contains(book.PriceLists.SelectMany(l => l.Entries), e => e.Unit == s_reel && e.Sku.Value.StartsWith("RC0603", StringComparison.Ordinal));
        Assert.Contains(book.PriceLists.SelectMany(l => l.Entries), e => e.Unit == UnitOfMeasure.Pack("PK", 10m, UnitOfMeasure.Piece));
        Assert.Contains(book.PriceLists.SelectMany(l => l.Entries), e => e.Unit == UnitOfMeasure.Metre);
        Assert.Contains(book.PriceLists.SelectMany(l => l.Entries), e => e.TierKind == TierKind.Graduated);
    }

    [Fact]
    public void SampleBook_Prices_AGoldStoreCustomerThroughTheRegionalAgreement()
    {
        PriceBook book = PriceBookJson.Read(File.ReadAllBytes(RepositoryRoot.Combine(SamplePath)));
        var engine = new PricingEngine(PricingSnapshot.Compile(book).GetSnapshotOrThrow());
        var store = new PricingContext { Currency = Currency.CNY, Segment = new SegmentId("distributor-gold"), Nodes = [new HierarchyNodeId("S-HZ-01")] };

        PriceResult result = engine.Price(store, new Sku("RC0603FR-0710K"), Quantity.Pieces(10_000m), new DateTimeOffset(2026, 11, 20, 10, 0, 0, TimeSpan.Zero));

        Assert.Equal(PriceStatus.Priced, result.Status);
        Assert.Equal(PriceSourceKind.HierarchyNode, result.Source);
        Assert.Equal("NODE-R-EAST-CNY", result.PriceList.Value);
    }

    // ----- Helpers --------------------------------------------------------------------------------------------

    /// <summary>
    /// Renders every field of a book in an exact form (decimals with their scale, instants with ticks and offset,
    /// identifiers, units and enum numbers), independently of the JSON writer, so that two books compare field by field.
    /// </summary>
    internal static string Describe(PriceBook book)
    {
        var text = new StringBuilder();
        text.Append("version=").Append(book.Version).Append('\n');
        text.Append("accessSequence=").AppendJoin(',', book.AccessSequence.Select(k => (int)k)).Append('\n');
        foreach (HierarchyNode node in book.Hierarchy)
        {
            text.Append("node ").Append(node.Id.Value).Append(" parent=").Append(Id(node.Parent?.Value)).Append(" name=").Append(Text(node.Name)).Append('\n');
        }

        foreach (PriceList list in book.PriceLists)
        {
            text.Append(CultureInfo.InvariantCulture, $"list {list.Id.Value} kind={(int)list.Kind} currency={list.Currency.Code} segment={Id(list.Segment?.Value)} node={Id(list.Node?.Value)} customer={Id(list.Customer?.Value)} channel={Id(list.Channel?.Value)} from={Instant(list.ValidFrom)} to={Instant(list.ValidTo)} priority={list.Priority} inheritance={(int)list.Inheritance} name={Text(list.Name)} entries={list.Entries.Length}\n");
            foreach (PriceEntry entry in list.Entries)
            {
                text.Append(CultureInfo.InvariantCulture, $"  entry {entry.Sku.Value} unit={entry.Unit} basis={Number(entry.PriceBasis)} kind={(int)entry.TierKind} min={Number(entry.MinQuantity)} max={Number(entry.MaxQuantity)} multiple={Number(entry.OrderMultiple)} from={Instant(entry.ValidFrom)} to={Instant(entry.ValidTo)} channel={Id(entry.Channel?.Value)} tiers=");
                text.AppendJoin(' ', entry.Tiers.Select(t => $"{Number(t.MinQuantity)}:{Number(t.Price)}")).Append('\n');
            }
        }

        return text.ToString();
    }

    private static string Fill(string template, string priority, string basis, string minimum, string tierMinimum, string price)
        => template.Replace("%P%", priority, StringComparison.Ordinal).Replace("%B%", basis, StringComparison.Ordinal)
            .Replace("%M%", minimum, StringComparison.Ordinal).Replace("%Q%", tierMinimum, StringComparison.Ordinal)
            .Replace("%X%", price, StringComparison.Ordinal);

    private static string Id(string? value) => value is null ? "(none)" : "[" + value + "]";

    private static string Text(string? value) => value is null ? "(none)" : "\"" + value + "\"";

    private static string Number(decimal? value) => value is decimal present ? present.ToString(CultureInfo.InvariantCulture) : "(none)";

    private static string Instant(DateTimeOffset? value)
        => value is DateTimeOffset present ? string.Create(CultureInfo.InvariantCulture, $"{present.UtcTicks}{present.Offset}") : "(none)";
}
