using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace B2B2C.Sdk.Catalog;

/// <summary>Reads marketplace product-type schemas in the documented JSON format (<c>docs/schemas/target-schema.schema.json</c>).</summary>
/// <remarks>
/// The reader is strict and reports every problem at once in a <see cref="CatalogDefinitionException"/> with JSON
/// paths: unknown properties (other than <c>x-</c> extensions), wrong types, unknown attribute types and sets,
/// malformed patterns, duplicate ids. Attribute sets (<c>attributeSets</c>) let product types share common
/// attributes such as a localized title and a brand; a type's own attributes follow the sets' attributes and may
/// not repeat them. Units are checked against <see cref="Units.MeasureUnitTable.Default"/> unless a table is given.
/// The class is stateless and thread-safe.
/// </remarks>
public static class TargetSchemaJson
{
    private static readonly string[] s_rootProperties = ["id", "version", "attributeSets", "productTypes"];
    private static readonly string[] s_typeProperties = ["id", "name", "attributeSets", "attributes"];
    private static readonly string[] s_attributeProperties =
        ["name", "type", "label", "required", "maxLength", "pattern", "minimum", "maximum", "decimals", "values", "unit", "allowedUnits", "languages", "maxValues"];

    /// <summary>Reads a schema from UTF-8 JSON.</summary>
    /// <param name="utf8Json">The JSON stream; read to its end, not closed.</param>
    /// <param name="documentName">The document's name for messages (for example the file name).</param>
    /// <param name="units">The unit table units are checked against; <see langword="null"/> for the default table.</param>
    /// <returns>The schema.</returns>
    /// <exception cref="CatalogDefinitionException">The document is not a valid schema; every problem is listed.</exception>
    public static TargetSchema Read(Stream utf8Json, string documentName = "schema", Units.MeasureUnitTable? units = null)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        using JsonDocument document = DefinitionReader.Parse(utf8Json, documentName);
        return Read(document.RootElement, documentName, units);
    }

    /// <summary>Reads a schema from JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="documentName">The document's name for messages.</param>
    /// <param name="units">The unit table units are checked against; <see langword="null"/> for the default table.</param>
    /// <returns>The schema.</returns>
    /// <exception cref="CatalogDefinitionException">The document is not a valid schema; every problem is listed.</exception>
    public static TargetSchema Parse(string json, string documentName = "schema", Units.MeasureUnitTable? units = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        using JsonDocument document = DefinitionReader.Parse(json, documentName);
        return Read(document.RootElement, documentName, units);
    }

    /// <summary>Reads a schema from a file.</summary>
    /// <param name="path">The file path.</param>
    /// <param name="units">The unit table units are checked against; <see langword="null"/> for the default table.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The schema.</returns>
    /// <exception cref="CatalogDefinitionException">The document is not a valid schema; every problem is listed.</exception>
    public static async System.Threading.Tasks.Task<TargetSchema> ReadFileAsync(
        string path,
        Units.MeasureUnitTable? units = null,
        System.Threading.CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        byte[] bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        using var stream = new MemoryStream(bytes, writable: false);
        return Read(stream, Path.GetFileName(path), units);
    }

    private static TargetSchema Read(JsonElement root, string documentName, Units.MeasureUnitTable? units)
    {
        var reader = new DefinitionReader(documentName);
        units ??= Units.MeasureUnitTable.Default;
        if (!reader.ExpectObject(root, "$"))
        {
            reader.ThrowIfErrors();
        }

        reader.CheckProperties(root, "$", s_rootProperties);
        string id = reader.String(root, "id", "$", required: true) ?? "schema";
        string? version = reader.String(root, "version", "$");

        var sets = new Dictionary<string, ImmutableArray<TargetAttribute>>(StringComparer.Ordinal);
        if (root.TryGetProperty("attributeSets", out JsonElement setsElement) && reader.ExpectObject(setsElement, "$.attributeSets"))
        {
            foreach (JsonProperty set in setsElement.EnumerateObject())
            {
                sets[set.Name] = Attributes(reader, set.Value, "$.attributeSets." + set.Name, units, null);
            }
        }

        var types = ImmutableArray.CreateBuilder<ProductType>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        if (!root.TryGetProperty("productTypes", out JsonElement typesElement) || typesElement.ValueKind != JsonValueKind.Array)
        {
            reader.Error(MappingDiagnosticCodes.MissingProperty, "$", "The schema must have a 'productTypes' array.");
        }
        else
        {
            int index = 0;
            foreach (JsonElement typeElement in typesElement.EnumerateArray())
            {
                string path = DefinitionReader.Index("$", "productTypes", index++);
                ProductType? type = ProductTypeOf(reader, typeElement, path, sets, units);
                if (type is null)
                {
                    continue;
                }

                if (!seen.Add(type.Id))
                {
                    reader.Error(MappingDiagnosticCodes.Duplicate, path + ".id", $"The product type '{type.Id}' is defined twice.", type.Id);
                    continue;
                }

                types.Add(type);
            }
        }

        reader.ThrowIfErrors();
        return new TargetSchema(id, types.ToImmutable()) { Version = version };
    }

    private static ProductType? ProductTypeOf(
        DefinitionReader reader,
        JsonElement element,
        string path,
        Dictionary<string, ImmutableArray<TargetAttribute>> sets,
        Units.MeasureUnitTable units)
    {
        if (!reader.ExpectObject(element, path))
        {
            return null;
        }

        reader.CheckProperties(element, path, s_typeProperties);
        string? id = reader.String(element, "id", path, required: true);
        string? name = reader.String(element, "name", path);
        var attributes = ImmutableArray.CreateBuilder<TargetAttribute>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        int setIndex = 0;
        foreach (string setName in reader.Strings(element, "attributeSets", path))
        {
            string setPath = DefinitionReader.Index(path, "attributeSets", setIndex++);
            if (!sets.TryGetValue(setName, out ImmutableArray<TargetAttribute> set))
            {
                reader.Error(MappingDiagnosticCodes.UnknownAttributeSet, setPath, $"The attribute set '{setName}' is not defined in 'attributeSets'.", id);
                continue;
            }

            foreach (TargetAttribute attribute in set)
            {
                if (names.Add(attribute.Name))
                {
                    attributes.Add(attribute);
                }
            }
        }

        if (element.TryGetProperty("attributes", out JsonElement attributesElement))
        {
            foreach (TargetAttribute attribute in Attributes(reader, attributesElement, path + ".attributes", units, id))
            {
                if (names.Add(attribute.Name))
                {
                    attributes.Add(attribute);
                }
                else
                {
                    reader.Error(MappingDiagnosticCodes.Duplicate, path + ".attributes", $"The attribute '{attribute.Name}' is defined twice in product type '{id}'.", id);
                }
            }
        }

        return id is null ? null : new ProductType(id, attributes.ToImmutable()) { Name = name };
    }

    private static ImmutableArray<TargetAttribute> Attributes(
        DefinitionReader reader,
        JsonElement element,
        string path,
        Units.MeasureUnitTable units,
        string? productType)
    {
        if (element.ValueKind != JsonValueKind.Array)
        {
            reader.Error(MappingDiagnosticCodes.WrongType, path, $"Expected an array of attributes but found {DefinitionReader.Describe(element)}.", productType);
            return [];
        }

        var attributes = ImmutableArray.CreateBuilder<TargetAttribute>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        int index = 0;
        foreach (JsonElement item in element.EnumerateArray())
        {
            string itemPath = path + "[" + index++.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";
            TargetAttribute? attribute = AttributeOf(reader, item, itemPath, units, productType);
            if (attribute is null)
            {
                continue;
            }

            if (!names.Add(attribute.Name))
            {
                reader.Error(MappingDiagnosticCodes.Duplicate, itemPath + ".name", $"The attribute '{attribute.Name}' is defined twice.", productType);
                continue;
            }

            attributes.Add(attribute);
        }

        return attributes.ToImmutable();
    }

    private static TargetAttribute? AttributeOf(DefinitionReader reader, JsonElement element, string path, Units.MeasureUnitTable units, string? productType)
    {
        if (!reader.ExpectObject(element, path))
        {
            return null;
        }

        reader.CheckProperties(element, path, s_attributeProperties);
        string? name = reader.String(element, "name", path, required: true);
        string? typeName = reader.String(element, "type", path, required: true);
        TargetAttributeType? type = typeName is null ? null : TypeOf(typeName);
        if (typeName is not null && type is null)
        {
            reader.Error(
                MappingDiagnosticCodes.InvalidValue,
                path + ".type",
                $"Unknown attribute type '{typeName}'; expected text, number, enum, multiEnum, boolean or range.",
                productType);
        }

        var attribute = new Draft(reader, element, path, productType);
        if (name is null || type is null)
        {
            return null;
        }

        TargetAttribute result = new TargetAttribute(name, type.Value)
        {
            Label = reader.String(element, "label", path),
            Required = reader.Boolean(element, "required", path),
            MaxLength = attribute.Only("maxLength", type.Value, TargetAttributeType.Text, () => reader.Integer(element, "maxLength", path, minimum: 1)),
            Pattern = attribute.Only("pattern", type.Value, TargetAttributeType.Text, () => Pattern(reader, element, path, productType)),
            Minimum = attribute.OnlyNumeric("minimum", type.Value, () => reader.Decimal(element, "minimum", path)),
            Maximum = attribute.OnlyNumeric("maximum", type.Value, () => reader.Decimal(element, "maximum", path)),
            Decimals = attribute.OnlyNumeric("decimals", type.Value, () => reader.Integer(element, "decimals", path)),
            AllowedValues = reader.Strings(element, "values", path),
            Unit = attribute.OnlyNumeric("unit", type.Value, () => Unit(reader, element, "unit", path, units, productType)),
            AllowedUnits = AllowedUnits(reader, element, path, units, productType),
            Languages = reader.Strings(element, "languages", path),
            MaxValues = attribute.Only("maxValues", type.Value, TargetAttributeType.MultiEnum, () => reader.Integer(element, "maxValues", path, minimum: 1)),
        };

        if (type is TargetAttributeType.Enum or TargetAttributeType.MultiEnum && result.AllowedValues.IsEmpty)
        {
            reader.Error(MappingDiagnosticCodes.MissingProperty, path, $"The {typeName} attribute '{name}' must list its allowed 'values'.", productType);
        }

        if (type is not (TargetAttributeType.Enum or TargetAttributeType.MultiEnum) && !result.AllowedValues.IsEmpty)
        {
            reader.Warning(MappingDiagnosticCodes.IgnoredConstraint, path + ".values", $"'values' does not apply to a {typeName} attribute and is ignored.", productType);
        }

        if (result.IsLocalized && type != TargetAttributeType.Text)
        {
            reader.Error(MappingDiagnosticCodes.InvalidValue, path + ".languages", $"Only text attributes can be localized, but '{name}' is {typeName}.", productType);
        }

        if (result.Minimum is { } min && result.Maximum is { } max && min > max)
        {
            reader.Error(MappingDiagnosticCodes.InvalidValue, path, FormattableString.Invariant($"'minimum' {min} is greater than 'maximum' {max}."), productType);
        }

        return result;
    }

    private static TargetAttributeType? TypeOf(string name) => name switch
    {
        "text" => TargetAttributeType.Text,
        "number" => TargetAttributeType.Number,
        "enum" => TargetAttributeType.Enum,
        "multiEnum" => TargetAttributeType.MultiEnum,
        "boolean" => TargetAttributeType.Boolean,
        "range" => TargetAttributeType.Range,
        _ => null,
    };

    /// <summary>Returns the JSON name of an attribute type, as the schema format spells it.</summary>
    internal static string NameOf(TargetAttributeType type) => type switch
    {
        TargetAttributeType.Text => "text",
        TargetAttributeType.Number => "number",
        TargetAttributeType.Enum => "enum",
        TargetAttributeType.MultiEnum => "multiEnum",
        TargetAttributeType.Boolean => "boolean",
        _ => "range",
    };

    private static string? Pattern(DefinitionReader reader, JsonElement element, string path, string? productType)
    {
        string? pattern = reader.String(element, "pattern", path);
        if (pattern is null)
        {
            return null;
        }

        try
        {
            _ = new Regex(pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
            return pattern;
        }
        catch (ArgumentException exception)
        {
            reader.Error(MappingDiagnosticCodes.InvalidPattern, path + ".pattern", $"The pattern '{pattern}' is not a valid regular expression: {exception.Message}", productType);
            return null;
        }
    }

    private static string? Unit(DefinitionReader reader, JsonElement element, string name, string path, Units.MeasureUnitTable units, string? productType)
    {
        string? text = reader.String(element, name, path);
        if (text is null)
        {
            return null;
        }

        if (units.TryFind(text, out Units.MeasureUnit? unit))
        {
            return unit.Code;
        }

        reader.Error(MappingDiagnosticCodes.UnknownUnit, path + "." + name, $"The unit '{text}' is not in the unit table.", productType);
        return null;
    }

    private static ImmutableArray<string> AllowedUnits(DefinitionReader reader, JsonElement element, string path, Units.MeasureUnitTable units, string? productType)
    {
        var codes = ImmutableArray.CreateBuilder<string>();
        int index = 0;
        foreach (string text in reader.Strings(element, "allowedUnits", path))
        {
            if (units.TryFind(text, out Units.MeasureUnit? unit))
            {
                codes.Add(unit.Code);
            }
            else
            {
                reader.Error(MappingDiagnosticCodes.UnknownUnit, DefinitionReader.Index(path, "allowedUnits", index), $"The unit '{text}' is not in the unit table.", productType);
            }

            index++;
        }

        return codes.ToImmutable();
    }

    /// <summary>Reads constraints that apply only to some attribute types, warning about the rest.</summary>
    private readonly struct Draft(DefinitionReader reader, JsonElement element, string path, string? productType)
    {
        internal T? Only<T>(string name, TargetAttributeType type, TargetAttributeType applies, Func<T?> read)
        {
            if (!element.TryGetProperty(name, out _))
            {
                return default;
            }

            if (type != applies)
            {
                reader.Warning(MappingDiagnosticCodes.IgnoredConstraint, path + "." + name, $"'{name}' does not apply to a {NameOf(type)} attribute and is ignored.", productType);
                return default;
            }

            return read();
        }

        internal T? OnlyNumeric<T>(string name, TargetAttributeType type, Func<T?> read)
        {
            if (!element.TryGetProperty(name, out _))
            {
                return default;
            }

            if (type is not (TargetAttributeType.Number or TargetAttributeType.Range))
            {
                reader.Warning(MappingDiagnosticCodes.IgnoredConstraint, path + "." + name, $"'{name}' does not apply to a {NameOf(type)} attribute and is ignored.", productType);
                return default;
            }

            return read();
        }
    }
}
