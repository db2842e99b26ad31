using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace B2B2C.Sdk.Catalog;

/// <summary>Imports a marketplace product type published as a JSON Schema, using the subset marketplaces commonly publish.</summary>
/// <remarks>
/// <para>
/// The root must be an object schema; each entry of <c>properties</c> becomes an attribute and <c>required</c> marks
/// required ones. Supported keywords: <c>type</c> (<c>string</c> → text, <c>number</c> → number, <c>integer</c> →
/// number with 0 decimals, <c>boolean</c> → boolean, <c>array</c> of an <c>enum</c> → multi-enum), <c>enum</c> (→ enum),
/// <c>maxLength</c>, <c>pattern</c>, <c>minimum</c>, <c>maximum</c>, <c>maxItems</c> and <c>title</c> (→ label); the
/// extensions <c>x-unit</c>, <c>x-allowedUnits</c> and <c>x-languages</c> carry what JSON Schema has no word for. Other
/// keywords are reported as <see cref="MappingDiagnosticCodes.UnsupportedKeyword"/> warnings and ignored; nested
/// objects, <c>$ref</c> and combinators are errors because ignoring them would validate less than the marketplace does.
/// </para>
/// <para>The class is stateless and thread-safe.</para>
/// </remarks>
public static class JsonSchemaImporter
{
    private static readonly HashSet<string> s_ignoredAnnotations = new(StringComparer.Ordinal)
    {
        "$schema", "$id", "$comment", "description", "examples", "default", "additionalProperties", "readOnly", "writeOnly", "deprecated",
    };

    /// <summary>Imports one product type from JSON Schema text.</summary>
    /// <param name="json">The JSON Schema.</param>
    /// <param name="productTypeId">The product type (category) id to give the imported type.</param>
    /// <param name="warnings">Receives the keywords that were ignored.</param>
    /// <param name="documentName">The document's name for messages.</param>
    /// <returns>The product type.</returns>
    /// <exception cref="CatalogDefinitionException">The schema uses constructs that cannot be imported; every problem is listed.</exception>
    public static ProductType Import(string json, string productTypeId, out ImmutableArray<MappingDiagnostic> warnings, string documentName = "json-schema")
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentException.ThrowIfNullOrWhiteSpace(productTypeId);
        using JsonDocument document = DefinitionReader.Parse(json, documentName);
        return Import(document.RootElement, productTypeId, documentName, out warnings);
    }

    /// <summary>Imports one product type from a UTF-8 JSON Schema stream.</summary>
    /// <param name="utf8Json">The JSON Schema; read to its end, not closed.</param>
    /// <param name="productTypeId">The product type (category) id to give the imported type.</param>
    /// <param name="warnings">Receives the keywords that were ignored.</param>
    /// <param name="documentName">The document's name for messages.</param>
    /// <returns>The product type.</returns>
    /// <exception cref="CatalogDefinitionException">The schema uses constructs that cannot be imported; every problem is listed.</exception>
    public static ProductType Import(Stream utf8Json, string productTypeId, out ImmutableArray<MappingDiagnostic> warnings, string documentName = "json-schema")
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentException.ThrowIfNullOrWhiteSpace(productTypeId);
        using JsonDocument document = DefinitionReader.Parse(utf8Json, documentName);
        return Import(document.RootElement, productTypeId, documentName, out warnings);
    }

    private static ProductType Import(JsonElement root, string productTypeId, string documentName, out ImmutableArray<MappingDiagnostic> warnings)
    {
        var reader = new DefinitionReader(documentName);
        if (!reader.ExpectObject(root, "$"))
        {
            reader.ThrowIfErrors();
        }

        if (root.TryGetProperty("type", out JsonElement rootType) && !(rootType.ValueKind == JsonValueKind.String && rootType.GetString() == "object"))
        {
            reader.Error(MappingDiagnosticCodes.InvalidValue, "$.type", "A product type schema must be of type \"object\".");
        }

        ImmutableArray<string> required = reader.Strings(root, "required", "$");
        var attributes = ImmutableArray.CreateBuilder<TargetAttribute>();
        if (!root.TryGetProperty("properties", out JsonElement properties) || properties.ValueKind != JsonValueKind.Object)
        {
            reader.Error(MappingDiagnosticCodes.MissingProperty, "$", "The schema has no 'properties' object.");
        }
        else
        {
            foreach (JsonProperty property in properties.EnumerateObject())
            {
                TargetAttribute? attribute = Attribute(reader, property, required.Contains(property.Name, StringComparer.Ordinal), productTypeId);
                if (attribute is not null)
                {
                    attributes.Add(attribute);
                }
            }

            foreach (string missing in required.Where(n => !properties.TryGetProperty(n, out _)))
            {
                reader.Error(MappingDiagnosticCodes.MissingProperty, "$.required", $"'{missing}' is required but has no entry in 'properties'.", productTypeId);
            }
        }

        foreach (JsonProperty keyword in root.EnumerateObject())
        {
            if (keyword.Name is not ("type" or "properties" or "required" or "title") && !s_ignoredAnnotations.Contains(keyword.Name))
            {
                reader.Warning(MappingDiagnosticCodes.UnsupportedKeyword, "$." + keyword.Name, $"The keyword '{keyword.Name}' is not supported and is ignored.", productTypeId);
            }
        }

        reader.ThrowIfErrors();
        warnings = reader.Sorted();
        string? name = root.TryGetProperty("title", out JsonElement title) && title.ValueKind == JsonValueKind.String ? title.GetString() : null;
        return new ProductType(productTypeId, attributes.ToImmutable()) { Name = name };
    }

    private static TargetAttribute? Attribute(DefinitionReader reader, JsonProperty property, bool required, string productTypeId)
    {
        string path = "$.properties." + property.Name;
        JsonElement schema = property.Value;
        if (!reader.ExpectObject(schema, path))
        {
            return null;
        }

        foreach (string unsupported in new[] { "$ref", "allOf", "anyOf", "oneOf", "not", "if", "properties" })
        {
            if (schema.TryGetProperty(unsupported, out _))
            {
                reader.Error(MappingDiagnosticCodes.InvalidValue, path + "." + unsupported, $"'{unsupported}' cannot be imported: attributes must be flat values.", productTypeId);
                return null;
            }
        }

        string? type = schema.TryGetProperty("type", out JsonElement typeElement) && typeElement.ValueKind == JsonValueKind.String ? typeElement.GetString() : null;
        bool hasEnum = schema.TryGetProperty("enum", out JsonElement enumElement);
        TargetAttributeType attributeType;
        ImmutableArray<string> values = [];
        int? maxValues = null;
        if (type == "array")
        {
            if (!schema.TryGetProperty("items", out JsonElement items) || !items.TryGetProperty("enum", out JsonElement itemEnum))
            {
                reader.Error(MappingDiagnosticCodes.InvalidValue, path + ".items", "Only arrays of enum values can be imported (as multi-enum attributes).", productTypeId);
                return null;
            }

            attributeType = TargetAttributeType.MultiEnum;
            values = EnumValues(reader, itemEnum, path + ".items.enum", productTypeId);
            maxValues = reader.Integer(schema, "maxItems", path, minimum: 1);
        }
        else if (hasEnum)
        {
            attributeType = TargetAttributeType.Enum;
            values = EnumValues(reader, enumElement, path + ".enum", productTypeId);
        }
        else
        {
            switch (type)
            {
                case "string":
                    attributeType = TargetAttributeType.Text;
                    break;
                case "number":
                case "integer":
                    attributeType = TargetAttributeType.Number;
                    break;
                case "boolean":
                    attributeType = TargetAttributeType.Boolean;
                    break;
                default:
                    reader.Error(
                        MappingDiagnosticCodes.InvalidValue,
                        path + ".type",
                        $"The type '{type ?? "(none)"}' cannot be imported; expected string, number, integer, boolean, an enum or an array of an enum.",
                        productTypeId);
                    return null;
            }
        }

        foreach (JsonProperty keyword in schema.EnumerateObject())
        {
            if (keyword.Name is not ("type" or "enum" or "items" or "maxItems" or "maxLength" or "pattern" or "minimum" or "maximum" or "title" or "x-unit" or "x-allowedUnits" or "x-languages")
                && !s_ignoredAnnotations.Contains(keyword.Name))
            {
                reader.Warning(MappingDiagnosticCodes.UnsupportedKeyword, path + "." + keyword.Name, $"The keyword '{keyword.Name}' is not supported and is ignored.", productTypeId);
            }
        }

        bool numeric = attributeType == TargetAttributeType.Number;
        return new TargetAttribute(property.Name, attributeType)
        {
            Required = required,
            Label = reader.String(schema, "title", path),
            MaxLength = attributeType == TargetAttributeType.Text ? reader.Integer(schema, "maxLength", path, minimum: 1) : null,
            Pattern = attributeType == TargetAttributeType.Text ? reader.String(schema, "pattern", path) : null,
            Minimum = numeric ? reader.Decimal(schema, "minimum", path) : null,
            Maximum = numeric ? reader.Decimal(schema, "maximum", path) : null,
            Decimals = type == "integer" ? 0 : null,
            AllowedValues = values,
            MaxValues = maxValues,
            Unit = numeric ? reader.String(schema, "x-unit", path) : null,
            AllowedUnits = numeric ? reader.Strings(schema, "x-allowedUnits", path) : [],
            Languages = attributeType == TargetAttributeType.Text ? reader.Strings(schema, "x-languages", path) : [],
        };
    }

    private static ImmutableArray<string> EnumValues(DefinitionReader reader, JsonElement element, string path, string productTypeId)
    {
        if (element.ValueKind != JsonValueKind.Array)
        {
            reader.Error(MappingDiagnosticCodes.WrongType, path, "'enum' must be an array.", productTypeId);
            return [];
        }

        var values = ImmutableArray.CreateBuilder<string>();
        int index = 0;
        foreach (JsonElement item in element.EnumerateArray())
        {
            switch (item.ValueKind)
            {
                case JsonValueKind.String:
                    values.Add(item.GetString()!);
                    break;
                case JsonValueKind.Number:
                    values.Add(item.GetRawText());
                    break;
                default:
                    reader.Error(
                        MappingDiagnosticCodes.WrongType,
                        path + "[" + index.ToString(CultureInfo.InvariantCulture) + "]",
                        "Enum values must be strings or numbers.",
                        productTypeId);
                    break;
            }

            index++;
        }

        return values.ToImmutable();
    }
}
