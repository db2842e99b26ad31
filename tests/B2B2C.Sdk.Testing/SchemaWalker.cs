using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace B2B2C.Sdk.Testing;

/// <summary>
/// Walks a JSON document and a JSON Schema (draft 2020-12) together and lists where the document breaks the schema,
/// without a validator library (none is available to the build).
/// </summary>
/// <remarks>
/// <para>
/// The walker understands only these keywords: <c>$ref</c> (to <c>#/$defs/...</c>), <c>anyOf</c>, <c>type</c>,
/// <c>enum</c>, <c>pattern</c> (with .NET regular expressions, which agree with ECMA-262 on the patterns the
/// repository's schemas use), <c>minLength</c>/<c>maxLength</c> (in UTF-16 units), <c>minimum</c>/<c>maximum</c> (on
/// numbers), <c>minItems</c>, <c>properties</c>, <c>patternProperties</c>, <c>required</c>,
/// <c>additionalProperties</c> (<c>false</c> or a schema) and <c>items</c>. <c>$schema</c>, <c>$id</c>,
/// <c>$comment</c>, <c>$defs</c>, <c>title</c>, <c>description</c> and <c>format</c> are annotations and not checked.
/// </para>
/// <para>
/// Any other keyword throws <see cref="NotSupportedException"/>, which fails the test: a schema cannot quietly grow
/// rules that the tests walking it do not check.
/// </para>
/// </remarks>
/// <param name="root">The schema's root; <c>$ref</c> targets are looked up in its <c>$defs</c>.</param>
public sealed class SchemaWalker(JsonElement root)
{
    private const string DefinitionsPrefix = "#/$defs/";

    private static readonly HashSet<string> s_checked =
    [
        "$ref", "anyOf", "type", "enum", "pattern", "minLength", "maxLength", "minimum", "maximum", "minItems", "properties",
        "patternProperties", "required", "additionalProperties", "items",
    ];

    private static readonly HashSet<string> s_annotations =
        ["$schema", "$id", "$comment", "$defs", "title", "description", "format"];

    private readonly List<string> _problems = [];

    /// <summary>Returns the problems of <paramref name="document"/>, each starting with its JSON path; empty when it conforms.</summary>
    /// <param name="document">The document to walk.</param>
    /// <returns>The problems found.</returns>
    /// <exception cref="NotSupportedException">The schema uses a keyword the walker does not check.</exception>
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
            if (!s_checked.Contains(keyword.Name) && !s_annotations.Contains(keyword.Name))
            {
                throw new NotSupportedException($"The schema uses \"{keyword.Name}\" at {path}, which the walker does not check.");
            }
        }

        if (schema.TryGetProperty("$ref", out JsonElement reference))
        {
            string target = reference.GetString()!;
            if (!target.StartsWith(DefinitionsPrefix, StringComparison.Ordinal))
            {
                throw new NotSupportedException($"The schema refers to \"{target}\"; the walker follows only {DefinitionsPrefix}... references.");
            }

            Walk(root.GetProperty("$defs").GetProperty(target[DefinitionsPrefix.Length..]), value, path);
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

        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                WalkString(schema, value.GetString()!, path);
                break;
            case JsonValueKind.Number:
                WalkNumber(schema, value, path);
                break;
            case JsonValueKind.Object:
                WalkObject(schema, value, path);
                break;
            case JsonValueKind.Array:
                WalkArray(schema, value, path);
                break;
        }
    }

    private void WalkString(JsonElement schema, string text, string path)
    {
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

    private void WalkNumber(JsonElement schema, JsonElement value, string path)
    {
        double number = value.GetDouble();
        if ((schema.TryGetProperty("minimum", out JsonElement min) && number < min.GetDouble())
            || (schema.TryGetProperty("maximum", out JsonElement max) && number > max.GetDouble()))
        {
            _problems.Add($"{path}: {value.GetRawText()} out of bounds");
        }
    }

    private void WalkArray(JsonElement schema, JsonElement value, string path)
    {
        if (schema.TryGetProperty("minItems", out JsonElement minItems) && value.GetArrayLength() < minItems.GetInt32())
        {
            _problems.Add($"{path}: {value.GetArrayLength().ToString(CultureInfo.InvariantCulture)} items, fewer than {minItems.GetInt32().ToString(CultureInfo.InvariantCulture)}");
        }

        if (schema.TryGetProperty("items", out JsonElement items))
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
        bool hasPatterns = schema.TryGetProperty("patternProperties", out JsonElement patterns);
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
            string propertyPath = $"{path}.{property.Name}";
            bool matched = false;
            if (hasProperties && properties.TryGetProperty(property.Name, out JsonElement declared))
            {
                matched = true;
                Walk(declared, property.Value, propertyPath);
            }

            if (hasPatterns)
            {
                foreach (JsonProperty pattern in patterns.EnumerateObject())
                {
                    if (Regex.IsMatch(property.Name, pattern.Name, RegexOptions.CultureInvariant))
                    {
                        matched = true;
                        Walk(pattern.Value, property.Value, propertyPath);
                    }
                }
            }

            if (!matched && schema.TryGetProperty("additionalProperties", out JsonElement additional))
            {
                if (additional.ValueKind == JsonValueKind.Object)
                {
                    Walk(additional, property.Value, propertyPath);
                }
                else if (!additional.GetBoolean())
                {
                    _problems.Add($"{propertyPath}: not declared");
                }
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
            _ => throw new NotSupportedException($"Unknown JSON type \"{type}\" in the schema."),
        };
}
