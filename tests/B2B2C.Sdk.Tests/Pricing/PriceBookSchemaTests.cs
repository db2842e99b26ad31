using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using B2B2C.Sdk.Pricing;
using B2B2C.Sdk.Tests.Conventions;

namespace B2B2C.Sdk.Tests.Pricing;

/// <summary>
/// Checks <c>docs/schemas/price-book.schema.json</c> against the sample price book and against the reader, without a
/// JSON Schema validator (none is available to the build).
/// </summary>
/// <remarks>
/// <para>
/// <see cref="SchemaWalker"/> walks a document and the schema together and understands only these keywords:
/// <c>$ref</c> (to <c>#/$defs/...</c>), <c>anyOf</c>, <c>type</c>, <c>enum</c>, <c>pattern</c> (with .NET regular
/// expressions, which agree with ECMA-262 on the patterns used), <c>minLength</c>/<c>maxLength</c> (in UTF-16
/// units), <c>properties</c>, <c>required</c>, <c>additionalProperties: false</c> and <c>items</c>. It checks that
/// every property the document uses is declared at that position, every required property is present, and every
/// value has a declared type and matches its enum and pattern. <c>format</c>, <c>minimum</c> and <c>maximum</c> are
/// not checked (the agreement tests cover instants and priorities instead); any other keyword fails the test, so the
/// schema cannot quietly grow rules this test does not check.
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

    /// <summary>Walks a document and the schema together; see the remarks of <see cref="PriceBookSchemaTests"/>.</summary>
    private sealed class SchemaWalker(JsonElement root)
    {
        private static readonly HashSet<string> s_checked =
            ["$ref", "anyOf", "type", "enum", "pattern", "minLength", "maxLength", "properties", "required", "additionalProperties", "items"];

        private static readonly HashSet<string> s_annotations =
            ["$schema", "$id", "$comment", "$defs", "title", "description", "format", "minimum", "maximum"];

        private readonly List<string> _problems = [];

        public List<string> Check(JsonElement document)
        {
            _problems.Clear();
            Walk(root, document, "$");
            return _problems;
        }

        private void Walk(JsonElement schema, JsonElement value, string path)
        {
            foreach (JsonProperty keyword in schema.EnumerateObject())
            {
                Assert.True(s_checked.Contains(keyword.Name) || s_annotations.Contains(keyword.Name), $"The schema uses \"{keyword.Name}\", which this test does not check.");
            }

            if (schema.TryGetProperty("$ref", out JsonElement reference))
            {
                string target = reference.GetString()!;
                Assert.StartsWith("#/$defs/", target, StringComparison.Ordinal);
                Walk(root.GetProperty("$defs").GetProperty(target["#/$defs/".Length..]), value, path);
            }

            if (schema.TryGetProperty("anyOf", out JsonElement anyOf))
            {
                List<string>[] branches = [.. anyOf.EnumerateArray().Select(branch => new SchemaWalker(root).Collect(branch, value, path))];
                if (branches.All(b => b.Count > 0))
                {
                    _problems.Add($"{path}: matches no branch of anyOf ({string.Join(" | ", branches.Select(b => string.Join("; ", b)))})");
                }
            }

            if (schema.TryGetProperty("type", out JsonElement type) && !TypeMatches(type, value))
            {
                _problems.Add($"{path}: type {value.ValueKind} not allowed");
                return;
            }

            if (schema.TryGetProperty("enum", out JsonElement choices) && !choices.EnumerateArray().Any(c => JsonElement.DeepEquals(c, value)))
            {
                _problems.Add($"{path}: {value.GetRawText()} not in enum");
            }

            if (value.ValueKind == JsonValueKind.String)
            {
                string text = value.GetString()!;
                if (schema.TryGetProperty("pattern", out JsonElement pattern) && !Regex.IsMatch(text, pattern.GetString()!, RegexOptions.CultureInvariant))
                {
                    _problems.Add($"{path}: does not match pattern");
                }

                if ((schema.TryGetProperty("minLength", out JsonElement min) && text.Length < min.GetInt32())
                    || (schema.TryGetProperty("maxLength", out JsonElement max) && text.Length > max.GetInt32()))
                {
                    _problems.Add($"{path}: length {text.Length} out of bounds");
                }
            }

            if (value.ValueKind == JsonValueKind.Object)
            {
                WalkObject(schema, value, path);
            }

            if (value.ValueKind == JsonValueKind.Array && schema.TryGetProperty("items", out JsonElement items))
            {
                int index = 0;
                foreach (JsonElement item in value.EnumerateArray())
                {
                    Walk(items, item, $"{path}[{index++}]");
                }
            }
        }

        private void WalkObject(JsonElement schema, JsonElement value, string path)
        {
            bool hasProperties = schema.TryGetProperty("properties", out JsonElement properties);
            if (schema.TryGetProperty("required", out JsonElement required))
            {
                foreach (JsonElement name in required.EnumerateArray())
                {
                    if (!value.TryGetProperty(name.GetString()!, out _))
                    {
                        _problems.Add($"{path}: required \"{name.GetString()}\" missing");
                    }
                }
            }

            foreach (JsonProperty property in value.EnumerateObject())
            {
                if (hasProperties && properties.TryGetProperty(property.Name, out JsonElement declared))
                {
                    Walk(declared, property.Value, $"{path}.{property.Name}");
                }
                else if (schema.TryGetProperty("additionalProperties", out JsonElement additional) && !additional.GetBoolean())
                {
                    _problems.Add($"{path}.{property.Name}: not declared");
                }
            }
        }

        private List<string> Collect(JsonElement schema, JsonElement value, string path)
        {
            Walk(schema, value, path);
            return _problems;
        }

        private static bool TypeMatches(JsonElement type, JsonElement value)
            => type.ValueKind == JsonValueKind.Array
                ? type.EnumerateArray().Any(t => TypeMatches(t.GetString()!, value))
                : TypeMatches(type.GetString()!, value);

        private static bool TypeMatches(string type, JsonElement value)
            => type switch
            {
                "object" => value.ValueKind == JsonValueKind.Object,
                "array" => value.ValueKind == JsonValueKind.Array,
                "string" => value.ValueKind == JsonValueKind.String,
                "number" => value.ValueKind == JsonValueKind.Number,
                "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out decimal number) && decimal.IsInteger(number),
                "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
                "null" => value.ValueKind == JsonValueKind.Null,
                _ => throw new InvalidOperationException($"Unknown JSON type \"{type}\" in the schema."),
            };
    }
}
