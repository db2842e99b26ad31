using System;
using System.Collections.Generic;
using System.Text.Json;
using B2B2C.Sdk.Testing;

namespace B2B2C.Sdk.Catalog.Tests.Schemas;

/// <summary>
/// Checks <c>docs/schemas/target-schema.schema.json</c> against the sample marketplace schemas and against
/// <see cref="TargetSchemaJson"/>, without a JSON Schema validator.
/// </summary>
/// <remarks>
/// <see cref="SchemaWalker"/> walks a document and the schema together and fails on any keyword it does not check.
/// The agreement tests feed the same documents, each differing from a valid one in one leaf, to the schema and to the
/// reader, and require both to accept or both to reject them. What the schema leaves to the reader (unique names,
/// known units and attribute sets, valid regular expressions, minimum not above maximum) is listed in its
/// <c>$comment</c> and not part of the table.
/// </remarks>
public sealed class TargetSchemaSchemaTests
{
    private const string SchemaPath = "docs/schemas/target-schema.schema.json";

    private static readonly Lazy<JsonDocument> s_schema = new(() => SchemaDocuments.Load(SchemaPath));

    private static JsonElement Schema => s_schema.Value.RootElement;

    [Fact]
    public void Schema_File_IsDraft202012WithClosedObjects()
    {
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", Schema.GetProperty("$schema").GetString());
        Assert.Equal("https://b2b2c-sdk.dev/schemas/target-schema.schema.json", Schema.GetProperty("$id").GetString());
        Assert.False(string.IsNullOrWhiteSpace(Schema.GetProperty("title").GetString()));
        Assert.Empty(SchemaDocuments.OpenObjects(Schema));
    }

    [Fact]
    public void Schema_EveryProperty_HasADescription()
        => Assert.Empty(SchemaDocuments.Undescribed(Schema));

    [Theory]
    [InlineData("samples/data/catalog/jd-marketplace.schema.json")]
    [InlineData("samples/data/catalog/generic-b2c.schema.json")]
    public void SampleSchema_Schema_DeclaresEveryPropertyAndFindsEveryRequiredOne(string samplePath)
    {
        using JsonDocument sample = SchemaDocuments.Load(samplePath);

        List<string> problems = new SchemaWalker(Schema).Check(sample.RootElement);

        Assert.Empty(problems);
        Assert.Equal("../../../" + SchemaPath, sample.RootElement.GetProperty("$schema").GetString());
        _ = TargetSchemaJson.Parse(sample.RootElement.GetRawText(), samplePath);
    }

    [Theory]
    [InlineData("""{"id":"s","productTypes":[{"id":"t","attributes":[{"name":"a","type":"text","colour":"red"}]}]}""", "$.productTypes[0].attributes[0].colour: not declared")]
    [InlineData("""{"id":"s","productTypes":[{"id":"t","attributes":[{"name":"a"}]}]}""", "$.productTypes[0].attributes[0]: required \"type\" missing")]
    [InlineData("""{"productTypes":[]}""", "$: required \"id\" missing")]
    [InlineData("""{"id":"s","productTypes":[{"id":"t","attributes":[{"name":"a","type":"colour"}]}]}""", "$.productTypes[0].attributes[0].type: \"colour\" not in enum")]
    [InlineData("""{"id":"s","productTypes":[{"id":"t","attributes":[{"name":"a","type":"enum","values":[]}]}]}""", "$.productTypes[0].attributes[0]: matches no branch of anyOf")]
    [InlineData("""{"id":"s","productTypes":{}}""", "$.productTypes: type Object not allowed")]
    public void Walker_InvalidDocument_ReportsTheProblem(string json, string expected)
    {
        using JsonDocument document = JsonDocument.Parse(json);

        List<string> problems = new SchemaWalker(Schema).Check(document.RootElement);

        Assert.Contains(problems, p => p.StartsWith(expected, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("""{"id":"s","productTypes":[]}""")]
    [InlineData("""{"productTypes":[]}""")]
    [InlineData("""{"id":" ","productTypes":[]}""")]
    [InlineData("""{"id":null,"productTypes":[]}""")]
    [InlineData("""{"id":1,"productTypes":[]}""")]
    [InlineData("""{"id":"s"}""")]
    [InlineData("""{"id":"s","productTypes":null}""")]
    [InlineData("""{"id":"s","productTypes":[5]}""")]
    [InlineData("""{"id":"s","productTypes":[],"version":"2026.11"}""")]
    [InlineData("""{"id":"s","productTypes":[],"version":null}""")]
    [InlineData("""{"id":"s","productTypes":[],"version":11}""")]
    [InlineData("""{"id":"s","productTypes":[],"vendor":"jd"}""")]
    [InlineData("""{"id":"s","productTypes":[],"x-vendor":{"any":[1]}}""")]
    [InlineData("""{"id":"s","productTypes":[],"X-vendor":1}""")]
    [InlineData("""{"$schema":"../schema.json","$comment":5,"id":"s","productTypes":[]}""")]
    [InlineData("""{"id":"s","productTypes":[],"attributeSets":{"common":[{"name":"a","type":"text"}],"x-y":[]}}""")]
    [InlineData("""{"id":"s","productTypes":[],"attributeSets":null}""")]
    [InlineData("""{"id":"s","productTypes":[],"attributeSets":[]}""")]
    [InlineData("""{"id":"s","productTypes":[],"attributeSets":{"common":null}}""")]
    [InlineData("""{"id":"s","productTypes":[],"attributeSets":{"common":{"name":"a","type":"text"}}}""")]
    [InlineData("""{"id":"s","productTypes":[],"attributeSets":{"common":[{"name":"a","type":"texts"}]}}""")]
    [InlineData("""{"id":"s","productTypes":[{"id":"t"}]}""")]
    [InlineData("""{"id":"s","productTypes":[{"name":"t"}]}""")]
    [InlineData("""{"id":"s","productTypes":[{"id":""}]}""")]
    [InlineData("""{"id":"s","productTypes":[{"id":"t","name":"贴片电阻"}]}""")]
    [InlineData("""{"id":"s","productTypes":[{"id":"t","name":5}]}""")]
    [InlineData("""{"id":"s","productTypes":[{"id":"t","attributes":null}]}""")]
    [InlineData("""{"id":"s","productTypes":[{"id":"t","attributes":[5]}]}""")]
    [InlineData("""{"id":"s","productTypes":[{"id":"t","attributeSets":null}]}""")]
    [InlineData("""{"id":"s","productTypes":[{"id":"t","attributeSets":"common"}]}""")]
    [InlineData("""{"id":"s","productTypes":[{"id":"t","attributeSets":["common"]}],"attributeSets":{"common":[]}}""")]
    [InlineData("""{"id":"s","productTypes":[{"id":"t","category":"x"}]}""")]
    [InlineData("""{"id":"s","productTypes":[{"id":"t","x-source":"jd"}]}""")]
    public void Document_SchemaAndReader_Agree(string json)
        => SchemaDocuments.AssertAgreement(Schema, json, Read);

    [Theory]
    [InlineData("""{"name":"a","type":"text"}""")]
    [InlineData("""{"name":"a","type":"number"}""")]
    [InlineData("""{"name":"a","type":"enum","values":["x"]}""")]
    [InlineData("""{"name":"a","type":"multiEnum","values":["x"]}""")]
    [InlineData("""{"name":"a","type":"boolean"}""")]
    [InlineData("""{"name":"a","type":"range"}""")]
    [InlineData("""{"name":"a","type":"Text"}""")]
    [InlineData("""{"name":"a","type":"string"}""")]
    [InlineData("""{"name":"a","type":5}""")]
    [InlineData("""{"name":"a","type":null}""")]
    [InlineData("""{"name":"a"}""")]
    [InlineData("""{"type":"text"}""")]
    [InlineData("""{"name":"","type":"text"}""")]
    [InlineData("""{"name":"\t","type":"text"}""")]
    [InlineData("""{"name":true,"type":"text"}""")]
    [InlineData("""{"name":"a","type":"text","colour":"red"}""")]
    [InlineData("""{"name":"a","type":"text","x-source":"jd","$comment":"c"}""")]
    [InlineData("""{"name":"a","type":"text","label":"商品名称","required":true}""")]
    [InlineData("""{"name":"a","type":"text","label":null,"required":null}""")]
    [InlineData("""{"name":"a","type":"text","label":1}""")]
    [InlineData("""{"name":"a","type":"text","required":"yes"}""")]
    [InlineData("""{"name":"a","type":"text","maxLength":60}""")]
    [InlineData("""{"name":"a","type":"text","maxLength":1}""")]
    [InlineData("""{"name":"a","type":"text","maxLength":0}""")]
    [InlineData("""{"name":"a","type":"text","maxLength":-5}""")]
    [InlineData("""{"name":"a","type":"text","maxLength":2147483648}""")]
    [InlineData("""{"name":"a","type":"text","maxLength":"60"}""")]
    [InlineData("""{"name":"a","type":"text","maxLength":null}""")]
    [InlineData("""{"name":"a","type":"number","maxLength":"ignored"}""")]
    [InlineData("""{"name":"a","type":"text","pattern":"^[0-9]{13}$"}""")]
    [InlineData("""{"name":"a","type":"text","pattern":13}""")]
    [InlineData("""{"name":"a","type":"boolean","pattern":13}""")]
    [InlineData("""{"name":"a","type":"number","minimum":-273.15,"maximum":1e3}""")]
    [InlineData("""{"name":"a","type":"range","minimum":"-273.15","maximum":"1e3"}""")]
    [InlineData("""{"name":"a","type":"number","minimum":" +.5 "}""")]
    [InlineData("""{"name":"a","type":"number","minimum":"5."}""")]
    [InlineData("""{"name":"a","type":"number","minimum":"1,5"}""")]
    [InlineData("""{"name":"a","type":"number","minimum":"1 000"}""")]
    [InlineData("""{"name":"a","type":"number","minimum":"abc"}""")]
    [InlineData("""{"name":"a","type":"number","minimum":""}""")]
    [InlineData("""{"name":"a","type":"number","minimum":"0x10"}""")]
    [InlineData("""{"name":"a","type":"number","maximum":true}""")]
    [InlineData("""{"name":"a","type":"number","maximum":null}""")]
    [InlineData("""{"name":"a","type":"text","minimum":"abc"}""")]
    [InlineData("""{"name":"a","type":"number","decimals":0}""")]
    [InlineData("""{"name":"a","type":"number","decimals":3}""")]
    [InlineData("""{"name":"a","type":"number","decimals":-1}""")]
    [InlineData("""{"name":"a","type":"number","decimals":"2"}""")]
    [InlineData("""{"name":"a","type":"enum","values":["x"],"decimals":"2"}""")]
    [InlineData("""{"name":"a","type":"number","unit":"OHM"}""")]
    [InlineData("""{"name":"a","type":"number","unit":5}""")]
    [InlineData("""{"name":"a","type":"text","unit":5}""")]
    [InlineData("""{"name":"a","type":"number","allowedUnits":["OHM","kΩ"]}""")]
    [InlineData("""{"name":"a","type":"text","allowedUnits":["OHM"]}""")]
    [InlineData("""{"name":"a","type":"number","allowedUnits":"OHM"}""")]
    [InlineData("""{"name":"a","type":"number","allowedUnits":[5]}""")]
    [InlineData("""{"name":"a","type":"enum"}""")]
    [InlineData("""{"name":"a","type":"enum","values":null}""")]
    [InlineData("""{"name":"a","type":"enum","values":[]}""")]
    [InlineData("""{"name":"a","type":"enum","values":["x",1]}""")]
    [InlineData("""{"name":"a","type":"enum","values":"x"}""")]
    [InlineData("""{"name":"a","type":"multiEnum","values":[]}""")]
    [InlineData("""{"name":"a","type":"text","values":["x"]}""")]
    [InlineData("""{"name":"a","type":"text","values":[1]}""")]
    [InlineData("""{"name":"a","type":"multiEnum","values":["x"],"maxValues":3}""")]
    [InlineData("""{"name":"a","type":"multiEnum","values":["x"],"maxValues":0}""")]
    [InlineData("""{"name":"a","type":"multiEnum","values":["x"],"maxValues":"3"}""")]
    [InlineData("""{"name":"a","type":"enum","values":["x"],"maxValues":0}""")]
    [InlineData("""{"name":"a","type":"text","languages":["zh-CN","en"]}""")]
    [InlineData("""{"name":"a","type":"text","languages":"zh-CN"}""")]
    [InlineData("""{"name":"a","type":"text","languages":[1]}""")]
    [InlineData("""{"name":"a","type":"number","languages":["zh-CN"]}""")]
    [InlineData("""{"name":"a","type":"enum","values":["x"],"languages":["zh-CN"]}""")]
    [InlineData("""{"name":"a","type":"boolean","languages":[]}""")]
    [InlineData("""{"name":"a","type":"range","languages":null}""")]
    public void Attribute_SchemaAndReader_Agree(string attribute)
        => SchemaDocuments.AssertAgreement(Schema, $$"""{"id":"s","productTypes":[{"id":"t","attributes":[{{attribute}}]}]}""", Read);

    private static void Read(string json) => _ = TargetSchemaJson.Parse(json);
}
