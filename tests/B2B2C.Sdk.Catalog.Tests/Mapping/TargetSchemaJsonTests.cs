using System;
using System.Linq;

namespace B2B2C.Sdk.Catalog.Tests.Mapping;

public sealed class TargetSchemaJsonTests
{
    [Fact]
    public void Parse_SampleSchema_MergesAttributeSetsFirst()
    {
        TargetSchema schema = MappingTestData.Schema;

        Assert.True(schema.TryGetProductType("resistor", out ProductType? resistor));
        Assert.Equal(["title", "brand", "gtin", "resistance", "tolerance", "package", "approvals", "automotive", "operatingTemperature", "series"], resistor.Attributes.Select(a => a.Name));
        TargetAttribute title = resistor.Attributes[0];
        Assert.Equal((true, 60), (title.Required, title.MaxLength));
        Assert.Equal(["zh-CN", "en"], title.Languages.ToArray());
        Assert.Equal("OHM", resistor.Attributes[3].Unit);
        Assert.Equal(["4T", "C41", "4O"], schema.ProductTypes[1].Attributes.Single(a => a.Name == "capacitance").AllowedUnits.ToArray());
    }

    [Fact]
    public void Parse_UnitSymbols_AreStoredAsCodes()
    {
        TargetSchema schema = TargetSchemaJson.Parse("""
            { "id": "s", "productTypes": [ { "id": "t", "attributes": [ { "name": "l", "type": "number", "unit": "mm", "allowedUnits": ["kΩ"] } ] } ] }
            """);

        TargetAttribute length = schema.ProductTypes[0].Attributes[0];
        Assert.Equal(("MMT", "B49"), (length.Unit, length.AllowedUnits[0]));
    }

    [Fact]
    public void Parse_BadSchema_ReportsEveryProblem()
    {
        CatalogDefinitionException exception = Assert.Throws<CatalogDefinitionException>(() => TargetSchemaJson.Parse("""
            { "id": "s", "productTypes": [
              { "id": "t", "attributeSets": ["nope"], "attributes": [
                { "name": "a", "type": "colour" },
                { "name": "b", "type": "enum" },
                { "name": "c", "type": "number", "unit": "furlong" },
                { "name": "d", "type": "text", "pattern": "([" },
                { "name": "d", "type": "text" },
                { "name": "e", "type": "number", "minimum": 5, "maximum": 1 }
              ] },
              { "id": "t" } ] }
            """, "schema.json"));

        string[] found = [.. exception.Diagnostics.Where(d => d.IsError).Select(d => d.Code + " " + d.Path)];
        Assert.Contains("CS007 $.productTypes[0].attributeSets[0]", found);
        Assert.Contains("CS005 $.productTypes[0].attributes[0].type", found);
        Assert.Contains("CS003 $.productTypes[0].attributes[1]", found);
        Assert.Contains("CS010 $.productTypes[0].attributes[2].unit", found);
        Assert.Contains("CS008 $.productTypes[0].attributes[3].pattern", found);
        Assert.Contains("CS006 $.productTypes[0].attributes[4].name", found);
        Assert.Contains("CS005 $.productTypes[0].attributes[5]", found);
        Assert.Contains("CS006 $.productTypes[1].id", found);
    }

    [Fact]
    public void Fingerprint_ChangesWithConstraintsOnly()
    {
        TargetSchema original = MappingTestData.Schema;
        TargetSchema relabelled = TargetSchemaJson.Parse(MappingTestData.SchemaJson.Replace("\"name\": \"Chip resistors\"", "\"name\": \"SMD resistors\"", StringComparison.Ordinal));
        TargetSchema constrained = TargetSchemaJson.Parse(MappingTestData.SchemaJson.Replace("\"maxLength\": 60", "\"maxLength\": 50", StringComparison.Ordinal));

        Assert.Equal(original.Fingerprint("resistor"), relabelled.Fingerprint("resistor"));
        Assert.NotEqual(original.Fingerprint("resistor"), constrained.Fingerprint("resistor"));
        Assert.Equal(32, original.Fingerprint("resistor").Length);
    }

    [Fact]
    public void JsonSchemaImporter_CommonSubset_BecomesAProductType()
    {
        ProductType type = JsonSchemaImporter.Import("""
            {
              "$schema": "https://json-schema.org/draft/2020-12/schema",
              "title": "Capacitors",
              "type": "object",
              "required": ["title", "capacitance"],
              "properties": {
                "title": { "type": "string", "maxLength": 120, "x-languages": ["zh-CN"] },
                "capacitance": { "type": "number", "minimum": 0, "x-unit": "C41" },
                "pins": { "type": "integer", "maximum": 2 },
                "dielectric": { "enum": ["X7R", "C0G", "X5R"] },
                "approvals": { "type": "array", "items": { "enum": ["RoHS", "REACH"] }, "maxItems": 2 },
                "smd": { "type": "boolean", "format": "flag" }
              }
            }
            """, "capacitor", out var warnings);

        Assert.Equal("Capacitors", type.Name);
        Assert.Equal(
            [TargetAttributeType.Text, TargetAttributeType.Number, TargetAttributeType.Number, TargetAttributeType.Enum, TargetAttributeType.MultiEnum, TargetAttributeType.Boolean],
            type.Attributes.Select(a => a.Type));
        Assert.True(type.Attributes[1].Required);
        Assert.Equal(("C41", 0m), (type.Attributes[1].Unit, type.Attributes[1].Minimum));
        Assert.Equal(0, type.Attributes[2].Decimals);
        Assert.Equal(2, type.Attributes[4].MaxValues);
        MappingDiagnostic warning = Assert.Single(warnings);
        Assert.Equal(("CS011", "$.properties.smd.format"), (warning.Code, warning.Path));
    }

    [Fact]
    public void JsonSchemaImporter_NestedObjects_AreRefused()
    {
        CatalogDefinitionException exception = Assert.Throws<CatalogDefinitionException>(() => JsonSchemaImporter.Import("""
            { "type": "object", "properties": { "size": { "type": "object", "properties": { "w": { "type": "number" } } }, "ref": { "$ref": "#/x" } } }
            """, "t", out _));

        Assert.Equal(2, exception.Diagnostics.Count(d => d.IsError));
    }
}
