using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using B2B2C.Sdk.Testing;

namespace B2B2C.Sdk.Tests.Generation;

public sealed class Iso4217TableTests
{
    private const string TinyList = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <ISO_4217 Pblshd="2000-01-01">
          <CcyTbl>
            <CcyNtry><CtryNm>A</CtryNm><CcyNm>Euro</CcyNm><Ccy>EUR</Ccy><CcyNbr>978</CcyNbr><CcyMnrUnts>2</CcyMnrUnts></CcyNtry>
            <CcyNtry><CtryNm>B</CtryNm><CcyNm>Euro</CcyNm><Ccy>EUR</Ccy><CcyNbr>978</CcyNbr><CcyMnrUnts>2</CcyMnrUnts></CcyNtry>
            <CcyNtry><CtryNm>C</CtryNm><CcyNm>No universal currency</CcyNm></CcyNtry>
            <CcyNtry><CtryNm>D</CtryNm><CcyNm>Comorian Franc </CcyNm><Ccy>KMF</Ccy><CcyNbr>174</CcyNbr><CcyMnrUnts>0</CcyMnrUnts></CcyNtry>
            <CcyNtry><CtryNm>E</CtryNm><CcyNm IsFund="true">Mvdol</CcyNm><Ccy>BOV</Ccy><CcyNbr>984</CcyNbr><CcyMnrUnts>2</CcyMnrUnts></CcyNtry>
            <CcyNtry><CtryNm>F</CtryNm><CcyNm>No currency</CcyNm><Ccy>XXX</Ccy><CcyNbr>999</CcyNbr><CcyMnrUnts>N.A.</CcyMnrUnts></CcyNtry>
          </CcyTbl>
        </ISO_4217>
        """;

    private const string NoAmendments = """{ "amendments": [] }""";

    private static readonly Dictionary<string, string> s_noSymbols = [];

    /// <summary>
    /// Regenerates the currency sources from <c>eng/iso4217/</c> and checks the checked-in files match. With the
    /// environment variable <c>B2B2C_REGENERATE=1</c> the test writes the files instead (and passes); rebuild and run
    /// the tests again afterwards so the library compiles the new table.
    /// </summary>
    [Fact]
    public void GeneratedTable_MatchesIso4217Data()
    {
        string data = RepositoryRoot.Combine("eng/iso4217");
        Iso4217GeneratedSources generated = Iso4217TableGenerator.Generate(
            File.ReadAllText(Path.Combine(data, "list-one.xml"), Encoding.UTF8),
            File.ReadAllText(Path.Combine(data, "amendments.json"), Encoding.UTF8),
            Iso4217TableGenerator.ReadSymbols(File.ReadAllText(Path.Combine(data, "symbols.json"), Encoding.UTF8)));
        const string tablePath = "src/B2B2C.Sdk/CurrencyTable.g.cs";
        const string propertiesPath = "src/B2B2C.Sdk/Currency.g.cs";

        if (GeneratedSourceFile.Regenerating)
        {
            GeneratedSourceFile.Write(tablePath, generated.CurrencyTable);
            GeneratedSourceFile.Write(propertiesPath, generated.CurrencyProperties);
            return;
        }

        Assert.Equal(generated.CurrencyTable, GeneratedSourceFile.Read(tablePath));
        Assert.Equal(generated.CurrencyProperties, GeneratedSourceFile.Read(propertiesPath));
        Assert.Equal(generated.Count, CurrencyTable.Entries.Length);
    }

    [Fact]
    public void Generate_RepeatedCodes_KeepsOneEntryPerCodeWithXxxFirst()
    {
        Iso4217GeneratedSources generated = Iso4217TableGenerator.Generate(TinyList, NoAmendments, s_noSymbols);

        Assert.Equal(4, generated.Count);
        int xxx = generated.CurrencyTable.IndexOf("new(\"XXX\", 999, CurrencyData.NotApplicable,", StringComparison.Ordinal);
        int bov = generated.CurrencyTable.IndexOf("new(\"BOV\", 984, 2, \"Mvdol\", true, null)", StringComparison.Ordinal);
        int eur = generated.CurrencyTable.IndexOf("new(\"EUR\", 978, 2, \"Euro\", false, null)", StringComparison.Ordinal);
        int kmf = generated.CurrencyTable.IndexOf("new(\"KMF\", 174, 0, \"Comorian Franc\", false, null)", StringComparison.Ordinal);
        Assert.True(xxx >= 0 && xxx < bov && bov < eur && eur < kmf, generated.CurrencyTable);
        Assert.Contains("public static Currency XXX => new(0);", generated.CurrencyProperties, StringComparison.Ordinal);
        Assert.Contains("Gets the Mvdol (BOV, 984, minor unit 2), an ISO 4217 fund code.", generated.CurrencyProperties, StringComparison.Ordinal);
        Assert.Contains("Gets the No currency (XXX, 999, no minor unit).", generated.CurrencyProperties, StringComparison.Ordinal);
    }

    [Fact]
    public void Generate_SameInput_GivesSameText()
    {
        Iso4217GeneratedSources first = Iso4217TableGenerator.Generate(TinyList, NoAmendments, s_noSymbols);
        Iso4217GeneratedSources second = Iso4217TableGenerator.Generate(TinyList, NoAmendments, s_noSymbols);

        Assert.Equal(first, second);
        Assert.Contains("published 2000-01-01", first.CurrencyTable, StringComparison.Ordinal);
    }

    [Fact]
    public void Generate_Amendments_AddAndRemoveCodes()
    {
        const string amendments = """
            { "amendments": [ { "number": 1, "add": [ { "code": "XCG", "numericCode": 532, "minorUnit": 2, "name": "Caribbean Guilder", "isFund": false } ], "remove": [ "KMF" ] } ] }
            """;

        Iso4217GeneratedSources generated = Iso4217TableGenerator.Generate(TinyList, amendments, new Dictionary<string, string> { ["EUR"] = "€" });

        Assert.Contains("new(\"XCG\", 532, 2, \"Caribbean Guilder\", false, null)", generated.CurrencyTable, StringComparison.Ordinal);
        Assert.Contains("new(\"EUR\", 978, 2, \"Euro\", false, \"€\")", generated.CurrencyTable, StringComparison.Ordinal);
        Assert.DoesNotContain("KMF", generated.CurrencyTable, StringComparison.Ordinal);
        Assert.Contains("(amendment 1)", generated.CurrencyTable, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "amendments": [ { "number": 7, "add": [ { "code": "EUR", "numericCode": 978, "minorUnit": 2, "name": "Euro", "isFund": false } ], "remove": [] } ] }""", "EUR")]
    [InlineData("""{ "amendments": [ { "number": 7, "add": [], "remove": [ "ANG" ] } ] }""", "ANG")]
    [InlineData("""{ "amendments": [ { "number": 7, "add": [ { "code": "XCG", "numericCode": 978, "minorUnit": 2, "name": "Clash", "isFund": false } ], "remove": [] } ] }""", "978")]
    public void Generate_InconsistentAmendment_ThrowsNamingTheProblem(string amendments, string expected)
    {
        InvalidOperationException error = Assert.Throws<InvalidOperationException>(
            () => Iso4217TableGenerator.Generate(TinyList, amendments, s_noSymbols));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Generate_SymbolForUnknownCode_Throws()
    {
        InvalidOperationException error = Assert.Throws<InvalidOperationException>(
            () => Iso4217TableGenerator.Generate(TinyList, NoAmendments, new Dictionary<string, string> { ["DEM"] = "DM" }));

        Assert.Contains("DEM", error.Message, StringComparison.Ordinal);
    }
}
