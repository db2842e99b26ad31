using System;
using System.Collections.Immutable;
using System.IO;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace B2B2C.Sdk.Catalog;

/// <summary>Reads mapping specs in the documented JSON format (<c>docs/schemas/mapping-spec.schema.json</c>).</summary>
/// <remarks>
/// The reader checks the document's shape and reports every problem at once in a <see cref="CatalogDefinitionException"/>
/// with JSON paths; what needs the target schema (attributes, enum values, units) is checked by
/// <see cref="CatalogMapper.Compile"/>. The class is stateless and thread-safe.
/// </remarks>
public static class MappingSpecJson
{
    private static readonly string[] s_rootProperties =
        ["id", "targetSchema", "sourceFields", "category", "languages", "tables", "carryOver", "rules"];

    private static readonly string[] s_ruleProperties =
        ["id", "target", "kind", "language", "productTypes", "source", "template", "table", "map", "otherwise", "pattern", "group", "value",
         "sourceUnit", "inlineUnit", "decimalComma", "split", "when"];

    /// <summary>Reads a spec from UTF-8 JSON.</summary>
    /// <param name="utf8Json">The JSON stream; read to its end, not closed.</param>
    /// <param name="documentName">The document's name for messages.</param>
    /// <returns>The spec.</returns>
    /// <exception cref="CatalogDefinitionException">The document is not a valid spec; every problem is listed.</exception>
    public static MappingSpec Read(Stream utf8Json, string documentName = "spec")
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        using JsonDocument document = DefinitionReader.Parse(utf8Json, documentName);
        return Read(document.RootElement, documentName);
    }

    /// <summary>Reads a spec from JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="documentName">The document's name for messages.</param>
    /// <returns>The spec.</returns>
    /// <exception cref="CatalogDefinitionException">The document is not a valid spec; every problem is listed.</exception>
    public static MappingSpec Parse(string json, string documentName = "spec")
    {
        ArgumentNullException.ThrowIfNull(json);
        using JsonDocument document = DefinitionReader.Parse(json, documentName);
        return Read(document.RootElement, documentName);
    }

    /// <summary>Reads a spec from a file.</summary>
    /// <param name="path">The file path.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The spec.</returns>
    /// <exception cref="CatalogDefinitionException">The document is not a valid spec; every problem is listed.</exception>
    public static async Task<MappingSpec> ReadFileAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        byte[] bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        using var stream = new MemoryStream(bytes, writable: false);
        return Read(stream, Path.GetFileName(path));
    }

    private static MappingSpec Read(JsonElement root, string documentName)
    {
        var reader = new DefinitionReader(documentName);
        if (!reader.ExpectObject(root, "$"))
        {
            reader.ThrowIfErrors();
        }

        reader.CheckProperties(root, "$", s_rootProperties);
        string id = reader.String(root, "id", "$", required: true) ?? "spec";
        CategoryMapping category = Category(reader, root);
        ImmutableArray<FieldRule> rules = Rules(reader, root);

        var tables = ImmutableDictionary.CreateBuilder<string, ImmutableDictionary<string, string>>(StringComparer.Ordinal);
        if (root.TryGetProperty("tables", out JsonElement tablesElement) && reader.ExpectObject(tablesElement, "$.tables"))
        {
            foreach (JsonProperty table in tablesElement.EnumerateObject())
            {
                tables[table.Name] = reader.StringMap(tablesElement, table.Name, "$.tables");
            }
        }

        var fallbacks = ImmutableDictionary.CreateBuilder<string, ImmutableArray<string>>(StringComparer.OrdinalIgnoreCase);
        LanguageFallbackMode mode = LanguageFallbackMode.Warn;
        if (root.TryGetProperty("languages", out JsonElement languages) && reader.ExpectObject(languages, "$.languages"))
        {
            reader.CheckProperties(languages, "$.languages", "fallbacks", "onFallback");
            if (languages.TryGetProperty("fallbacks", out JsonElement fallbackElement) && reader.ExpectObject(fallbackElement, "$.languages.fallbacks"))
            {
                foreach (JsonProperty language in fallbackElement.EnumerateObject())
                {
                    fallbacks[language.Name] = reader.Strings(fallbackElement, language.Name, "$.languages.fallbacks");
                }
            }

            switch (reader.String(languages, "onFallback", "$.languages"))
            {
                case null or "warn":
                    break;
                case "allow":
                    mode = LanguageFallbackMode.Allow;
                    break;
                case "forbid":
                    mode = LanguageFallbackMode.Forbid;
                    break;
                case string other:
                    reader.Error(MappingDiagnosticCodes.InvalidValue, "$.languages.onFallback", $"Unknown fallback mode '{other}'; expected warn, allow or forbid.");
                    break;
            }
        }

        bool carryOver = true;
        ImmutableArray<string> exclude = [];
        if (root.TryGetProperty("carryOver", out JsonElement carry) && reader.ExpectObject(carry, "$.carryOver"))
        {
            reader.CheckProperties(carry, "$.carryOver", "enabled", "exclude");
            carryOver = reader.Boolean(carry, "enabled", "$.carryOver", defaultValue: true);
            exclude = reader.Strings(carry, "exclude", "$.carryOver");
        }

        MappingSpec spec = new(id, category, rules)
        {
            TargetSchema = reader.String(root, "targetSchema", "$"),
            Tables = tables.ToImmutable(),
            LanguageFallbacks = fallbacks.ToImmutable(),
            LanguageFallbackMode = mode,
            CarryOver = carryOver,
            CarryOverExclude = exclude,
            SourceFields = reader.Strings(root, "sourceFields", "$"),
        };
        reader.ThrowIfErrors();
        return spec;
    }

    private static CategoryMapping Category(DefinitionReader reader, JsonElement root)
    {
        if (!root.TryGetProperty("category", out JsonElement element))
        {
            reader.Error(MappingDiagnosticCodes.MissingProperty, "$", "The spec must have a 'category' object naming the source field and the map.");
            return new CategoryMapping("category");
        }

        if (!reader.ExpectObject(element, "$.category"))
        {
            return new CategoryMapping("category");
        }

        reader.CheckProperties(element, "$.category", "source", "map", "prefixMatch", "fallback");
        string source = reader.String(element, "source", "$.category", required: true) ?? "category";
        return new CategoryMapping(source)
        {
            Map = reader.StringMap(element, "map", "$.category"),
            PrefixMatch = reader.Boolean(element, "prefixMatch", "$.category"),
            Fallback = reader.String(element, "fallback", "$.category"),
        };
    }

    private static ImmutableArray<FieldRule> Rules(DefinitionReader reader, JsonElement root)
    {
        if (!root.TryGetProperty("rules", out JsonElement element) || element.ValueKind != JsonValueKind.Array)
        {
            reader.Error(MappingDiagnosticCodes.MissingProperty, "$", "The spec must have a 'rules' array.");
            return [];
        }

        var rules = ImmutableArray.CreateBuilder<FieldRule>();
        var ids = new System.Collections.Generic.HashSet<string>(StringComparer.Ordinal);
        int index = 0;
        foreach (JsonElement item in element.EnumerateArray())
        {
            string path = DefinitionReader.Index("$", "rules", index++);
            FieldRule? rule = Rule(reader, item, path);
            if (rule is null)
            {
                continue;
            }

            if (rule.Id is not null && !ids.Add(rule.Id))
            {
                reader.Error(MappingDiagnosticCodes.Duplicate, path + ".id", $"The rule id '{rule.Id}' is used twice.");
            }

            rules.Add(rule);
        }

        return rules.ToImmutable();
    }

    private static FieldRule? Rule(DefinitionReader reader, JsonElement element, string path)
    {
        if (!reader.ExpectObject(element, path))
        {
            return null;
        }

        reader.CheckProperties(element, path, s_ruleProperties);
        string? target = reader.String(element, "target", path, required: true);
        string? kindName = reader.String(element, "kind", path, required: true);
        FieldRuleKind? kind = kindName switch
        {
            "copy" => FieldRuleKind.Copy,
            "template" => FieldRuleKind.Template,
            "lookup" => FieldRuleKind.Lookup,
            "valueMap" => FieldRuleKind.ValueMap,
            "regex" => FieldRuleKind.Regex,
            "number" => FieldRuleKind.Number,
            "constant" or "default" => FieldRuleKind.Constant,
            _ => null,
        };
        if (kindName is not null && kind is null)
        {
            reader.Error(
                MappingDiagnosticCodes.InvalidValue,
                path + ".kind",
                $"Unknown rule kind '{kindName}'; expected copy, template, lookup, valueMap, regex, number, constant or default.");
        }

        FieldCondition? when = null;
        if (element.TryGetProperty("when", out JsonElement whenElement) && reader.ExpectObject(whenElement, path + ".when"))
        {
            reader.CheckProperties(whenElement, path + ".when", "field", "equals", "in", "matches", "exists");
            string? field = reader.String(whenElement, "field", path + ".when", required: true);
            if (field is not null)
            {
                when = new FieldCondition(field)
                {
                    Equal = reader.String(whenElement, "equals", path + ".when"),
                    In = reader.Strings(whenElement, "in", path + ".when"),
                    Matches = reader.String(whenElement, "matches", path + ".when"),
                    Exists = whenElement.TryGetProperty("exists", out _) ? reader.Boolean(whenElement, "exists", path + ".when") : null,
                };
            }
        }

        string? group = null;
        if (element.TryGetProperty("group", out JsonElement groupElement))
        {
            group = groupElement.ValueKind switch
            {
                JsonValueKind.Number => groupElement.GetRawText(),
                JsonValueKind.String => groupElement.GetString(),
                _ => null,
            };
            if (group is null)
            {
                reader.Error(MappingDiagnosticCodes.WrongType, path + ".group", "'group' must be a group number or name.");
            }
        }

        string? value = null;
        if (element.TryGetProperty("value", out JsonElement valueElement))
        {
            value = valueElement.ValueKind switch
            {
                JsonValueKind.String => valueElement.GetString(),
                JsonValueKind.Number => valueElement.GetRawText(),
                JsonValueKind.True => "true",
                JsonValueKind.False => "false",
                _ => null,
            };
            if (value is null)
            {
                reader.Error(MappingDiagnosticCodes.WrongType, path + ".value", "'value' must be a string, a number or a boolean.");
            }
        }

        if (target is null || kind is null)
        {
            return null;
        }

        return new FieldRule(target, kind.Value)
        {
            Id = reader.String(element, "id", path),
            Language = reader.String(element, "language", path),
            ProductTypes = reader.Strings(element, "productTypes", path),
            Source = reader.String(element, "source", path),
            Template = reader.String(element, "template", path),
            Table = reader.String(element, "table", path),
            ValueMap = reader.StringMap(element, "map", path),
            Otherwise = reader.String(element, "otherwise", path),
            Pattern = reader.String(element, "pattern", path),
            Group = group,
            Value = value,
            SourceUnit = reader.String(element, "sourceUnit", path),
            InlineUnit = reader.Boolean(element, "inlineUnit", path),
            DecimalComma = reader.Boolean(element, "decimalComma", path),
            Split = reader.String(element, "split", path),
            When = when,
        };
    }
}
