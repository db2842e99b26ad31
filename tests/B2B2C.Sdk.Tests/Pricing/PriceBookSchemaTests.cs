using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using B2B2C.Sdk.Pricing;
using B2B2C.Sdk.Testing;

namespace B2B2C.Sdk.Tests.Pricing;

/// <summary>
/// Checks <c>docs/schemas/price-book.schema.json</c> against the sample price book and against the reader, without a
/// JSON Schema validator (none is available to the build).
/// </summary>
/// <remarks>
/// <para>
/// <see cref="SchemaWalker"/> (shared with the catalog schema tests) walks a document and the schema together and
/// understands only a subset of the keywords; any other keyword fails the test, so the schema cannot quietly grow
/// rules this test does not check. It checks that every property the document uses is declared at that position,
/// every required property is present, and every value has a declared type and matches its enum, pattern and bounds.
/// <c>format</c> is not checked (the agreement tests cover instants instead).
/// </para>
/// <para>
/// The agreement tests feed the same leaf values (decimals, instants, currencies, units, property names) to the schema
/// and to <see cref="PriceBookJson"/>, and require both to accept or both to reject them.
/// </para>
/// </remarks>
public sealed class PriceBookSchemaTests
{
    private const string SchemaPath = "docs/schemas/price-book.schema.json";

    private const string SamplePath = "samples/data/price-book.json";

    private static readonly Lazy<JsonDocument> s_schema = new(() => JsonDocument.Parse(File.ReadAllBytes(RepositoryRoot.Combine(SchemaPath))));

    private static JsonElement Schema => s_schema.Value.RootElement;

    [Fact]
    public void Schema_File_IsDraft202012WithClosedObjects()
    {
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", Schema.GetProperty("$schema").GetString());
        foreach (JsonElement definition in Schema.GetProperty("$defs").EnumerateObject().Select(p => p.Value).Append(Schema))
        {
            if (definition.TryGetProperty("properties", out _))
            {
                Assert.False(definition.GetProperty("additionalProperties").GetBoolean());
            }
        }
    }

    [Fact]
    public void SampleBook_Schema_DeclaresEveryPropertyAndFindsEveryRequiredOne()
    {
        using JsonDocument sample = JsonDocument.Parse(File.ReadAllBytes(RepositoryRoot.Combine(SamplePath)));

        List<string> problems = new SchemaWalker(Schema).Check(sample.RootElement);

        Assert.Empty(problems);
    }

    [Fact]
    public void WrittenBook_Schema_DeclaresEveryPropertyAndFindsEveryRequiredOne()
        => Testing.Properties.ForAll(
            Testing.PricingArbitraries.PriceBookGen(),
            book =>
            {
                using JsonDocument written = JsonDocument.Parse(PriceBookJson.Write(book));
                Assert.Empty(new SchemaWalker(Schema).Check(written.RootElement));
            },
            cases: 100);

    [Theory]
    [InlineData("""{"version":"v1","priceLists":[{"id":"L","kind":"list","currency":"EUR","entries":[{"sku":"A","tiers":[{"minQuantity":"1","prize":"2"}]}]}]}""", "$.priceLists[0].entries[0].tiers[0].prize: not declared")]
    [InlineData("""{"version":"v1","priceLists":[{"id":"L","kind":"list","currency":"EUR","entries":[{"sku":"A"}]}]}""", "$.priceLists[0].entries[0]: required \"tiers\" missing")]
    [InlineData("""{"priceLists":[]}""", "$: required \"version\" missing")]
    [InlineData("""{"version":"v1","priceLists":[{"id":"L","kind":"List","currency":"EUR"}]}""", "$.priceLists[0].kind: \"List\" not in enum")]
    [InlineData("""{"version":"v1","priceLists":[{"id":"L","kind":"list","currency":"eur"}]}""", "$.priceLists[0].currency: does not match pattern")]
    [InlineData("""{"version":1}""", "$.version: type Number not allowed")]
    public void Walker_InvalidDocument_ReportsTheProblem(string json, string expected)
    {
        using JsonDocument document = JsonDocument.Parse(json);

        List<string> problems = new SchemaWalker(Schema).Check(document.RootElement);

        Assert.Contains(problems, p => p.StartsWith(expected, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("\"4.20\"")]
    [InlineData("4.20")]
    [InlineData("\"-0.5\"")]
    [InlineData("\"+3\"")]
    [InlineData("\".5\"")]
    [InlineData("\"5.\"")]
    [InlineData("\"1.5e3\"")]
    [InlineData("\"1E-2\"")]
    [InlineData("\"4,20\"")]
    [InlineData("\"1 000\"")]
    [InlineData("\" 4.20\"")]
    [InlineData("\"0x10\"")]
    [InlineData("\"NaN\"")]
    [InlineData("\"\"")]
    [InlineData("\"-\"")]
    [InlineData("true")]
    public void DecimalSyntax_SchemaAndReader_Agree(string value)
        => AssertAgreement(
            $$"""{"version":"v1","priceLists":[{"id":"L","kind":"list","currency":"EUR","entries":[{"sku":"A","tiers":[{"minQuantity":"1","price":{{value}}}]}]}]}""");

    [Theory]
    [InlineData("2026-01-01T00:00:00Z")]
    [InlineData("2026-01-01T00:00:00+08:00")]
    [InlineData("2026-01-01T00:00:00.1234567-05:30")]
    [InlineData("2026-01-01T00:00Z")]
    [InlineData("2026-01-01T00:00:00.5Z")]
    [InlineData("2026-01-01")]
    [InlineData("2026-01-01T00:00:00")]
    [InlineData("2026-01-01 00:00:00Z")]
    [InlineData("2026-01-01T00:00:00z")]
    [InlineData("2026-01-01T00:00:00+0800")]
    [InlineData("20260101T000000Z")]
    public void InstantSyntax_SchemaAndReader_Agree(string value)
        => AssertAgreement($$"""{"version":"v1","priceLists":[{"id":"L","kind":"list","currency":"EUR","validFrom":"{{value}}"}]}""");

    [Theory]
    [InlineData("EUR")]
    [InlineData("CNY")]
    [InlineData("eur")]
    [InlineData("EU")]
    [InlineData("EURO")]
    public void CurrencySyntax_SchemaAndReader_Agree(string value)
        => AssertAgreement($$"""{"version":"v1","priceLists":[{"id":"L","kind":"list","currency":"{{value}}"}]}""");

    [Theory]
    [InlineData("H87")]
    [InlineData("MTR")]
    [InlineData("REEL(5000 H87)")]
    [InlineData("PK(10 H87)")]
    [InlineData("REEL(0.5 MTR)")]
    [InlineData("BOX(10 REEL(5000 H87))")]
    [InlineData("h87")]
    [InlineData("pcs")]
    [InlineData("REEL(5000)")]
    [InlineData("REEL (5000 H87)")]
    [InlineData("REEL(5000  H87)")]
    public void UnitSyntax_SchemaAndReader_Agree(string value)
        => AssertAgreement($$"""{"version":"v1","priceLists":[{"id":"L","kind":"list","currency":"EUR","entries":[{"sku":"A","unit":"{{value}}","tiers":[]}]}]}""");

    [Theory]
    [InlineData("A")]
    [InlineData("RC0603-10K")]
    [InlineData("中文 SKU")]
    [InlineData(" A")]
    [InlineData("A ")]
    [InlineData("")]
    [InlineData("A\\tB")]
    public void IdentifierSyntax_SchemaAndReader_Agree(string value)
        => AssertAgreement($$"""{"version":"v1","priceLists":[{"id":"L","kind":"list","currency":"EUR","entries":[{"sku":"{{value}}","tiers":[]}]}]}""");

    [Theory]
    [InlineData("0")]
    [InlineData("-3")]
    [InlineData("\"12\"")]
    [InlineData("\"1.5\"")]
    [InlineData("1.5")]
    [InlineData("true")]
    public void PrioritySyntax_SchemaAndReader_Agree(string value)
        => AssertAgreement($$"""{"version":"v1","priceLists":[{"id":"L","kind":"list","currency":"EUR","priority":{{value}}}]}""");

    private static void AssertAgreement(string json)
    {
        using JsonDocument document = JsonDocument.Parse(json);
        List<string> problems = new SchemaWalker(Schema).Check(document.RootElement);
        string? readerProblem = null;
        try
        {
            _ = PriceBookJson.Read(json);
        }
        catch (PriceBookException error)
        {
            readerProblem = error.Message;
        }

        Assert.True(
            (problems.Count == 0) == (readerProblem is null),
            $"The schema {(problems.Count == 0 ? "accepts" : "rejects (" + string.Join("; ", problems) + ")")} but the reader {(readerProblem is null ? "accepts" : "rejects (" + readerProblem + ")")}: {json}");
    }
}
