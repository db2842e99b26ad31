using System.Collections.Immutable;
using System.Linq;

namespace B2B2C.Sdk.Catalog.Tests.Mapping;

/// <summary>A small JD-style schema and a spec exercising every rule kind, shared by the mapper tests.</summary>
internal static class MappingTestData
{
    internal const string SchemaJson = """
        {
          "id": "test-marketplace",
          "version": "1",
          "attributeSets": {
            "common": [
              { "name": "title", "type": "text", "required": true, "maxLength": 60, "languages": ["zh-CN", "en"] },
              { "name": "brand", "type": "text", "required": true },
              { "name": "gtin", "type": "text", "pattern": "^[0-9]{13}$" }
            ]
          },
          "productTypes": [
            {
              "id": "resistor",
              "name": "Chip resistors",
              "attributeSets": ["common"],
              "attributes": [
                { "name": "resistance", "type": "number", "required": true, "unit": "OHM", "minimum": 0 },
                { "name": "tolerance", "type": "number", "decimals": 1, "maximum": 20 },
                { "name": "package", "type": "enum", "required": true, "values": ["0402", "0603", "0805", "1206"] },
                { "name": "approvals", "type": "multiEnum", "values": ["RoHS", "REACH", "AEC-Q200"], "maxValues": 3 },
                { "name": "automotive", "type": "boolean" },
                { "name": "operatingTemperature", "type": "range", "unit": "CEL" },
                { "name": "series", "type": "text" }
              ]
            },
            {
              "id": "capacitor",
              "attributeSets": ["common"],
              "attributes": [
                { "name": "capacitance", "type": "number", "required": true, "allowedUnits": ["4T", "C41", "4O"] },
                { "name": "voltage", "type": "number", "unit": "VLT" }
              ]
            },
            { "id": "other", "attributeSets": ["common"] }
          ]
        }
        """;

    internal const string SpecJson = """
        {
          "id": "acme-to-test",
          "targetSchema": "test-marketplace",
          "category": { "source": "class", "map": { "EC000001": "resistor", "EC000002": "capacitor" }, "fallback": "other" },
          "languages": { "fallbacks": { "zh-CN": ["zh"] }, "onFallback": "warn" },
          "tables": { "brands": { "YAGEO": "Yageo 国巨", "VISHAY": "Vishay 威世" } },
          "carryOver": { "exclude": ["sku", "price*"] },
          "rules": [
            { "id": "title-zh", "target": "title", "language": "zh-CN", "kind": "template", "template": "{brand_name} {mpn} {title_suffix?}" },
            { "id": "title-en", "target": "title", "language": "en", "kind": "copy", "source": "description" },
            { "id": "brand", "target": "brand", "kind": "lookup", "source": "brand_name", "table": "brands", "otherwise": "Unknown" },
            { "id": "gtin", "target": "gtin", "kind": "copy", "source": "ean" },
            { "id": "resistance", "target": "resistance", "kind": "number", "source": "resistance", "inlineUnit": true },
            { "id": "tolerance", "target": "tolerance", "kind": "regex", "source": "tolerance_text", "pattern": "±\\s*([0-9.]+)\\s*%" },
            { "id": "package", "target": "package", "kind": "valueMap", "source": "case", "map": { "0603 (1608 metric)": "0603", "0402 (1005 metric)": "0402" } },
            { "id": "package-copy", "target": "package", "kind": "copy", "source": "package" },
            { "id": "approvals", "target": "approvals", "kind": "copy", "source": "approvals", "split": ";" },
            { "id": "automotive", "target": "automotive", "kind": "copy", "source": "aec", "when": { "field": "aec", "in": ["yes", "no"] } },
            { "id": "automotive-default", "target": "automotive", "kind": "default", "value": "false" },
            { "id": "temperature", "target": "operatingTemperature", "kind": "copy", "source": "temp_range" },
            { "id": "series", "target": "series", "kind": "constant", "value": "RC", "productTypes": ["resistor"] },
            { "id": "capacitance", "target": "capacitance", "kind": "copy", "source": "capacitance" },
            { "id": "voltage", "target": "voltage", "kind": "number", "source": "voltage", "sourceUnit": "V", "decimalComma": true }
          ]
        }
        """;

    internal static TargetSchema Schema => TargetSchemaJson.Parse(SchemaJson, "test-schema.json");

    internal static MappingSpec Spec => MappingSpecJson.Parse(SpecJson, "test-spec.json");

    internal static CatalogMapper Mapper => CatalogMapper.Compile(Spec, Schema).GetMapperOrThrow();

    internal static SourceProduct Resistor(params SourceField[] overrides)
    {
        SourceField[] fields =
        [
            new("sku", "RC0603-10K"),
            new("class", "EC000001"),
            new("brand_name", "YAGEO"),
            new("mpn", "RC0603FR-0710KL"),
            new("description", "Thick film chip resistor 10 kOhm 1% 0603", Language: "en"),
            new("ean", "4006381333931"),
            new("resistance", "10 kOhm"),
            new("tolerance_text", "± 1 %"),
            new("case", "0603 (1608 metric)"),
            new("approvals", "RoHS; AEC-Q200"),
            new("aec", "yes"),
            new("temp_range", "-55 ... +155 °C"),
            new("power", "0.1", Unit: "WTT"),
            new("tcr", "100", Unit: "ppm/K"),
            new("price_net", "0.0042"),
        ];
        foreach (SourceField replacement in overrides)
        {
            int index = System.Array.FindIndex(fields, f => f.Name == replacement.Name);
            fields = index >= 0 ? [.. fields.Take(index), replacement, .. fields.Skip(index + 1)] : [.. fields, replacement];
        }

        return new SourceProduct("RC0603-10K", new SourceLocation("parts.csv", 1, 2), [.. fields]);
    }

    internal static SourceProduct Product(string key, params SourceField[] fields)
        => new(key, new SourceLocation("parts.csv", 1, 2), ImmutableArray.Create(fields));
}
