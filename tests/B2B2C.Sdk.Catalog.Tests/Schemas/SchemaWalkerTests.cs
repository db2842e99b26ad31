using System;
using System.Collections.Generic;
using System.Text.Json;
using B2B2C.Sdk.Testing;

namespace B2B2C.Sdk.Catalog.Tests.Schemas;

/// <summary>The keywords <see cref="SchemaWalker"/> added for the catalog schemas, and its refusal of the rest.</summary>
public sealed class SchemaWalkerTests
{
    private const string Schema = """
        {
          "type": "object",
          "properties": { "n": { "type": "integer", "minimum": 1, "maximum": 9 }, "l": { "type": "array", "minItems": 1 } },
          "patternProperties": { "^x-": { "type": "string" } },
          "additionalProperties": { "type": "boolean" }
        }
        """;

    [Theory]
    [InlineData("""{"n":1,"l":[0]}""", "")]
    [InlineData("""{"n":0}""", "$.n: 0 out of bounds")]
    [InlineData("""{"n":10}""", "$.n: 10 out of bounds")]
    [InlineData("""{"l":[]}""", "$.l: 0 items, fewer than 1")]
    [InlineData("""{"x-a":"b","other":true}""", "")]
    [InlineData("""{"x-a":1}""", "$.x-a: type Number not allowed")]
    [InlineData("""{"other":"b"}""", "$.other: type String not allowed")]
    public void Check_Document_ReportsTheProblem(string json, string expected)
    {
        using JsonDocument schema = JsonDocument.Parse(Schema);
        using JsonDocument document = JsonDocument.Parse(json);

        List<string> problems = new SchemaWalker(schema.RootElement).Check(document.RootElement);

        Assert.Equal(expected.Length == 0 ? [] : [expected], problems);
    }

    [Theory]
    [InlineData("""{"oneOf":[{"type":"string"}]}""")]
    [InlineData("""{"properties":{"a":{"const":1}}}""")]
    [InlineData("""{"$ref":"other.json#/$defs/a"}""")]
    public void Check_UnknownKeyword_Fails(string schemaJson)
    {
        using JsonDocument schema = JsonDocument.Parse(schemaJson);
        using JsonDocument document = JsonDocument.Parse("""{"a":1}""");

        Assert.Throws<NotSupportedException>(() => new SchemaWalker(schema.RootElement).Check(document.RootElement));
    }
}
