using System;
using System.Collections.Generic;
using System.Text.Json;
using B2B2C.Sdk.Testing;

namespace B2B2C.Sdk.Catalog.Tests.Schemas;

/// <summary>
/// Checks <c>docs/schemas/mapping-spec.schema.json</c> against the sample mapping specs and against
/// <see cref="MappingSpecJson"/>, without a JSON Schema validator.
/// </summary>
/// <remarks>
/// <see cref="SchemaWalker"/> walks a document and the schema together and fails on any keyword it does not check.
/// The agreement tests feed the same documents, each differing from a valid one in one leaf, to the schema and to the
/// reader, and require both to accept or both to reject them. Unique rule ids and everything that needs the target
/// schema are left to the reader and <see cref="CatalogMapper.Compile"/> and are not part of the table.
/// </remarks>
public sealed class MappingSpecSchemaTests
{
    private const string SchemaPath = "docs/schemas/mapping-spec.schema.json";

    private static readonly Lazy<JsonDocument> s_schema = new(() => SchemaDocuments.Load(SchemaPath));

    private static JsonElement Schema => s_schema.Value.RootElement;

    [Fact]
    public void Schema_File_IsDraft202012WithClosedObjects()
    {
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", Schema.GetProperty("$schema").GetString());
        Assert.Equal("https://b2b2c-sdk.dev/schemas/mapping-spec.schema.json", Schema.GetProperty("$id").GetString());
        Assert.False(string.IsNullOrWhiteSpace(Schema.GetProperty("title").GetString()));
        Assert.Empty(SchemaDocuments.OpenObjects(Schema));
    }

    [Fact]
    public void Schema_EveryProperty_HasADescription()
        => Assert.Empty(SchemaDocuments.Undescribed(Schema));

    [Theory]
    [InlineData("samples/data/catalog/supplier-to-jd.spec.json")]
    [InlineData("samples/data/catalog/supplier-to-b2c.spec.json")]
    public void SampleSpec_Schema_DeclaresEveryPropertyAndFindsEveryRequiredOne(string samplePath)
    {
        using JsonDocument sample = SchemaDocuments.Load(samplePath);

        List<string> problems = new SchemaWalker(Schema).Check(sample.RootElement);

        Assert.Empty(problems);
        Assert.Equal("../../../" + SchemaPath, sample.RootElement.GetProperty("$schema").GetString());
        _ = MappingSpecJson.Parse(sample.RootElement.GetRawText(), samplePath);
    }

    [Theory]
    [InlineData("""{"id":"m","category":{"source":"c"},"rules":[{"target":"t","kind":"copy","sources":"s"}]}""", "$.rules[0].sources: not declared")]
    [InlineData("""{"id":"m","category":{"source":"c"}}""", "$: required \"rules\" missing")]
    [InlineData("""{"id":"m","category":{"source":"c"},"rules":[{"target":"t","kind":"move"}]}""", "$.rules[0].kind: \"move\" not in enum")]
    [InlineData("""{"id":"m","category":{"source":"c"},"languages":{"onFallback":"error"},"rules":[]}""", "$.languages.onFallback: \"error\" not in enum")]
    [InlineData("""{"id":"m","category":{"source":"c","map":{"A":true}},"rules":[]}""", "$.category.map.A: type True not allowed")]
    [InlineData("""{"id":"m","category":{"source":" "},"rules":[]}""", "$.category.source: does not match pattern")]
    public void Walker_InvalidDocument_ReportsTheProblem(string json, string expected)
    {
        using JsonDocument document = JsonDocument.Parse(json);

        List<string> problems = new SchemaWalker(Schema).Check(document.RootElement);

        Assert.Contains(problems, p => p.StartsWith(expected, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("""{"id":"m","category":{"source":"c"},"rules":[]}""")]
    [InlineData("""{"category":{"source":"c"},"rules":[]}""")]
    [InlineData("""{"id":"","category":{"source":"c"},"rules":[]}""")]
    [InlineData("""{"id":null,"category":{"source":"c"},"rules":[]}""")]
    [InlineData("""{"id":"m","rules":[]}""")]
    [InlineData("""{"id":"m","category":null,"rules":[]}""")]
    [InlineData("""{"id":"m","category":"c","rules":[]}""")]
    [InlineData("""{"id":"m","category":{"source":"c"}}""")]
    [InlineData("""{"id":"m","category":{"source":"c"},"rules":null}""")]
    [InlineData("""{"id":"m","category":{"source":"c"},"rules":{}}""")]
    [InlineData("""{"id":"m","category":{"source":"c"},"rules":[5]}""")]
    [InlineData("""{"id":"m","category":{"source":"c"},"rules":[],"mappings":[]}""")]
    [InlineData("""{"$schema":5,"x-owner":"team","id":"m","category":{"source":"c"},"rules":[]}""")]
    [InlineData("""{"id":"m","category":{"source":"c"},"rules":[],"targetSchema":"jd-marketplace"}""")]
    [InlineData("""{"id":"m","category":{"source":"c"},"rules":[],"targetSchema":1}""")]
    [InlineData("""{"id":"m","category":{"source":"c"},"rules":[],"sourceFields":["sku","mpn"]}""")]
    [InlineData("""{"id":"m","category":{"source":"c"},"rules":[],"sourceFields":"sku"}""")]
    [InlineData("""{"id":"m","category":{"source":"c"},"rules":[],"sourceFields":null}""")]
    [InlineData("""{"id":"m","category":{},"rules":[]}""")]
    [InlineData("""{"id":"m","category":{"source":5},"rules":[]}""")]
    [InlineData("""{"id":"m","category":{"source":"c","map":{"EC000101":"9987-13766","EC1":12}},"rules":[]}""")]
    [InlineData("""{"id":"m","category":{"source":"c","map":{"EC1":true}},"rules":[]}""")]
    [InlineData("""{"id":"m","category":{"source":"c","map":{"EC1":null}},"rules":[]}""")]
    [InlineData("""{"id":"m","category":{"source":"c","map":{"EC1":["t"]}},"rules":[]}""")]
    [InlineData("""{"id":"m","category":{"source":"c","map":null},"rules":[]}""")]
    [InlineData("""{"id":"m","category":{"source":"c","map":[]},"rules":[]}""")]
    [InlineData("""{"id":"m","category":{"source":"c","prefixMatch":true,"fallback":"t"},"rules":[]}""")]
    [InlineData("""{"id":"m","category":{"source":"c","prefixMatch":"yes"},"rules":[]}""")]
    [InlineData("""{"id":"m","category":{"source":"c","fallback":1},"rules":[]}""")]
    [InlineData("""{"id":"m","category":{"source":"c","default":"t"},"rules":[]}""")]
    [InlineData("""{"id":"m","category":{"source":"c","x-note":"n"},"rules":[]}""")]
    [InlineData("""{"id":"m","category":{"source":"c"},"rules":[],"languages":{}}""")]
    [InlineData("""{"id":"m","category":{"source":"c"},"rules":[],"languages":null}""")]
    [InlineData("""{"id":"m","category":{"source":"c"},"rules":[],"languages":{"onFallback":"warn"}}""")]
    [InlineData("""{"id":"m","category":{"source":"c"},"rules":[],"languages":{"onFallback":"allow"}}""")]
    [InlineData("""{"id":"m","category":{"source":"c"},"rules":[],"languages":{"onFallback":"forbid"}}""")]
    [InlineData("""{"id":"m","category":{"source":"c"},"rules":[],"languages":{"onFallback":null}}""")]
    [InlineData("""{"id":"m","category":{"source":"c"},"rules":[],"languages":{"onFallback":"Warn"}}""")]
    [InlineData("""{"id":"m","category":{"source":"c"},"rules":[],"languages":{"onFallback":"error"}}""")]
    [InlineData("""{"id":"m","category":{"source":"c"},"rules":[],"languages":{"onFallback":1}}""")]
    [InlineData("""{"id":"m","category":{"source":"c"},"rules":[],"languages":{"fallbacks":{"zh-CN":["zh","en"],"de":null}}}""")]
    [InlineData("""{"id":"m","category":{"source":"c"},"rules":[],"languages":{"fallbacks":{"zh-CN":"zh"}}}""")]
    [InlineData("""{"id":"m","category":{"source":"c"},"rules":[],"languages":{"fallbacks":{"zh-CN":[1]}}}""")]
    [InlineData("""{"id":"m","category":{"source":"c"},"rules":[],"languages":{"fallbacks":null}}""")]
    [InlineData("""{"id":"m","category":{"source":"c"},"rules":[],"languages":{"default":"zh-CN"}}""")]
    [InlineData("""{"id":"m","category":{"source":"c"},"rules":[],"tables":{"brands":{"Yageo":"国巨 Yageo","x":1.5},"$empty":null}}""")]
    [InlineData("""{"id":"m","category":{"source":"c"},"rules":[],"tables":{"brands":[]}}""")]
    [InlineData("""{"id":"m","category":{"source":"c"},"rules":[],"tables":{"brands":{"Yageo":false}}}""")]
    [InlineData("""{"id":"m","category":{"source":"c"},"rules":[],"tables":null}""")]
    [InlineData("""{"id":"m","category":{"source":"c"},"rules":[],"carryOver":{"enabled":false,"exclude":["sku","price*"]}}""")]
    [InlineData("""{"id":"m","category":{"source":"c"},"rules":[],"carryOver":{"enabled":null,"exclude":null}}""")]
    [InlineData("""{"id":"m","category":{"source":"c"},"rules":[],"carryOver":null}""")]
    [InlineData("""{"id":"m","category":{"source":"c"},"rules":[],"carryOver":false}""")]
    [InlineData("""{"id":"m","category":{"source":"c"},"rules":[],"carryOver":{"enabled":"no"}}""")]
    [InlineData("""{"id":"m","category":{"source":"c"},"rules":[],"carryOver":{"exclude":[1]}}""")]
    [InlineData("""{"id":"m","category":{"source":"c"},"rules":[],"carryOver":{"include":["a"]}}""")]
    public void Document_SchemaAndReader_Agree(string json)
        => SchemaDocuments.AssertAgreement(Schema, json, Read);

    [Theory]
    [InlineData("""{"target":"t","kind":"copy","source":"s"}""")]
    [InlineData("""{"target":"t","kind":"template","template":"{a} {b?}"}""")]
    [InlineData("""{"target":"t","kind":"lookup","source":"s","table":"brands","otherwise":"x"}""")]
    [InlineData("""{"target":"t","kind":"valueMap","source":"s","map":{"a":"b","c":1}}""")]
    [InlineData("""{"target":"t","kind":"regex","source":"s","pattern":"(\\d+)","group":1}""")]
    [InlineData("""{"target":"t","kind":"number","source":"s","sourceUnit":"mm","inlineUnit":true,"decimalComma":false}""")]
    [InlineData("""{"target":"t","kind":"constant","value":"x"}""")]
    [InlineData("""{"target":"t","kind":"default","value":"x"}""")]
    [InlineData("""{"target":"t","kind":"Copy"}""")]
    [InlineData("""{"target":"t","kind":"map"}""")]
    [InlineData("""{"target":"t","kind":1}""")]
    [InlineData("""{"target":"t","kind":null}""")]
    [InlineData("""{"target":"t"}""")]
    [InlineData("""{"kind":"copy"}""")]
    [InlineData("""{"target":"","kind":"copy"}""")]
    [InlineData("""{"target":["t"],"kind":"copy"}""")]
    [InlineData("""{"target":"t","kind":"copy","sources":"s"}""")]
    [InlineData("""{"target":"t","kind":"copy","x-why":"because","$comment":"c"}""")]
    [InlineData("""{"id":"r1","target":"t","kind":"copy","language":"zh-CN","productTypes":["9987-13766"]}""")]
    [InlineData("""{"id":"","target":"t","kind":"copy"}""")]
    [InlineData("""{"id":1,"target":"t","kind":"copy"}""")]
    [InlineData("""{"target":"t","kind":"copy","language":["zh"]}""")]
    [InlineData("""{"target":"t","kind":"copy","productTypes":"t"}""")]
    [InlineData("""{"target":"t","kind":"copy","productTypes":[1]}""")]
    [InlineData("""{"target":"t","kind":"copy","source":null,"template":null,"table":null,"otherwise":null,"pattern":null,"sourceUnit":null,"split":null}""")]
    [InlineData("""{"target":"t","kind":"copy","source":5}""")]
    [InlineData("""{"target":"t","kind":"template","template":{"zh":"x"}}""")]
    [InlineData("""{"target":"t","kind":"lookup","table":1}""")]
    [InlineData("""{"target":"t","kind":"valueMap","map":null}""")]
    [InlineData("""{"target":"t","kind":"valueMap","map":{"a":[1]}}""")]
    [InlineData("""{"target":"t","kind":"valueMap","map":{"a":null}}""")]
    [InlineData("""{"target":"t","kind":"valueMap","map":["a"]}""")]
    [InlineData("""{"target":"t","kind":"valueMap","otherwise":false}""")]
    [InlineData("""{"target":"t","kind":"regex","pattern":5}""")]
    [InlineData("""{"target":"t","kind":"regex","group":"value"}""")]
    [InlineData("""{"target":"t","kind":"regex","group":2.5}""")]
    [InlineData("""{"target":"t","kind":"regex","group":null}""")]
    [InlineData("""{"target":"t","kind":"regex","group":true}""")]
    [InlineData("""{"target":"t","kind":"regex","group":[1]}""")]
    [InlineData("""{"target":"t","kind":"constant","value":4.70}""")]
    [InlineData("""{"target":"t","kind":"constant","value":true}""")]
    [InlineData("""{"target":"t","kind":"constant","value":false}""")]
    [InlineData("""{"target":"t","kind":"constant","value":null}""")]
    [InlineData("""{"target":"t","kind":"constant","value":["x"]}""")]
    [InlineData("""{"target":"t","kind":"constant","value":{"x":1}}""")]
    [InlineData("""{"target":"t","kind":"number","sourceUnit":1}""")]
    [InlineData("""{"target":"t","kind":"number","inlineUnit":"yes"}""")]
    [InlineData("""{"target":"t","kind":"number","decimalComma":1}""")]
    [InlineData("""{"target":"t","kind":"copy","split":";"}""")]
    [InlineData("""{"target":"t","kind":"copy","split":[";"]}""")]
    [InlineData("""{"target":"t","kind":"copy","when":{"field":"f","equals":"x","in":["a"],"matches":"^a","exists":true}}""")]
    [InlineData("""{"target":"t","kind":"copy","when":{"field":"f","equals":null,"in":null,"matches":null,"exists":null}}""")]
    [InlineData("""{"target":"t","kind":"copy","when":{}}""")]
    [InlineData("""{"target":"t","kind":"copy","when":{"field":" "}}""")]
    [InlineData("""{"target":"t","kind":"copy","when":null}""")]
    [InlineData("""{"target":"t","kind":"copy","when":"f"}""")]
    [InlineData("""{"target":"t","kind":"copy","when":{"field":"f","equals":1}}""")]
    [InlineData("""{"target":"t","kind":"copy","when":{"field":"f","in":"a"}}""")]
    [InlineData("""{"target":"t","kind":"copy","when":{"field":"f","matches":true}}""")]
    [InlineData("""{"target":"t","kind":"copy","when":{"field":"f","exists":"yes"}}""")]
    [InlineData("""{"target":"t","kind":"copy","when":{"field":"f","notEquals":"x"}}""")]
    [InlineData("""{"target":"t","kind":"copy","when":{"field":"f","x-note":"n"}}""")]
    public void Rule_SchemaAndReader_Agree(string rule)
        => SchemaDocuments.AssertAgreement(Schema, $$"""{"id":"m","category":{"source":"c"},"rules":[{{rule}}]}""", Read);

    private static void Read(string json) => _ = MappingSpecJson.Parse(json);
}
