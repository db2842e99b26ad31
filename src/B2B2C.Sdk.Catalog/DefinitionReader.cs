using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace B2B2C.Sdk.Catalog;

/// <summary>
/// Reads schema and spec documents strictly and collects every problem with its JSON path instead of stopping at the
/// first: unknown properties (other than <c>$...</c> and <c>x-...</c> extensions), wrong types and missing members.
/// </summary>
internal sealed class DefinitionReader
{
    private static readonly JsonDocumentOptions s_documentOptions = new() { CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 };

    private readonly List<MappingDiagnostic> _diagnostics = [];

    internal DefinitionReader(string documentName) => DocumentName = documentName;

    internal string DocumentName { get; }

    internal IReadOnlyList<MappingDiagnostic> Diagnostics => _diagnostics;

    internal bool HasErrors => _diagnostics.Any(d => d.IsError);

    internal static JsonDocument Parse(Stream utf8Json, string documentName)
    {
        try
        {
            return JsonDocument.Parse(utf8Json, s_documentOptions);
        }
        catch (JsonException exception)
        {
            throw new CatalogDefinitionException(documentName, [SyntaxError(exception)]);
        }
    }

    internal static JsonDocument Parse(string json, string documentName)
    {
        try
        {
            return JsonDocument.Parse(json, s_documentOptions);
        }
        catch (JsonException exception)
        {
            throw new CatalogDefinitionException(documentName, [SyntaxError(exception)]);
        }
    }

    internal void Error(string code, string path, string message, string? productType = null)
        => _diagnostics.Add(new MappingDiagnostic(code, MappingDiagnosticSeverity.Error, path, message, productType));

    internal void Warning(string code, string path, string message, string? productType = null)
        => _diagnostics.Add(new MappingDiagnostic(code, MappingDiagnosticSeverity.Warning, path, message, productType));

    internal void ThrowIfErrors()
    {
        if (HasErrors)
        {
            throw new CatalogDefinitionException(DocumentName, Sorted());
        }
    }

    internal ImmutableArray<MappingDiagnostic> Sorted()
        => [.. _diagnostics.Where(d => d.IsError), .. _diagnostics.Where(d => !d.IsError)];

    internal bool ExpectObject(JsonElement element, string path)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            return true;
        }

        Error(MappingDiagnosticCodes.WrongType, path, $"Expected an object but found {Describe(element)}.");
        return false;
    }

    internal void CheckProperties(JsonElement element, string path, params string[] allowed)
    {
        foreach (JsonProperty property in element.EnumerateObject())
        {
            if (property.Name.StartsWith('$') || property.Name.StartsWith("x-", StringComparison.Ordinal) || allowed.Contains(property.Name, StringComparer.Ordinal))
            {
                continue;
            }

            Error(
                MappingDiagnosticCodes.UnknownProperty,
                path + "." + property.Name,
                $"Unknown property '{property.Name}'; expected one of: {string.Join(", ", allowed)}.");
        }
    }

    internal string? String(JsonElement element, string name, string path, bool required = false)
    {
        if (!element.TryGetProperty(name, out JsonElement value) || value.ValueKind == JsonValueKind.Null)
        {
            if (required)
            {
                Error(MappingDiagnosticCodes.MissingProperty, path, $"The required property '{name}' is missing.");
            }

            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            Error(MappingDiagnosticCodes.WrongType, path + "." + name, $"'{name}' must be a string but is {Describe(value)}.");
            return null;
        }

        string text = value.GetString()!;
        if (required && string.IsNullOrWhiteSpace(text))
        {
            Error(MappingDiagnosticCodes.MissingProperty, path + "." + name, $"'{name}' must not be empty.");
            return null;
        }

        return text;
    }

    internal bool Boolean(JsonElement element, string name, string path, bool defaultValue = false)
    {
        if (!element.TryGetProperty(name, out JsonElement value) || value.ValueKind == JsonValueKind.Null)
        {
            return defaultValue;
        }

        if (value.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return value.GetBoolean();
        }

        Error(MappingDiagnosticCodes.WrongType, path + "." + name, $"'{name}' must be true or false but is {Describe(value)}.");
        return defaultValue;
    }

    internal int? Integer(JsonElement element, string name, string path, int minimum = 0)
    {
        if (!element.TryGetProperty(name, out JsonElement value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out int number) && number >= minimum)
        {
            return number;
        }

        Error(
            MappingDiagnosticCodes.WrongType,
            path + "." + name,
            FormattableString.Invariant($"'{name}' must be a whole number of at least {minimum} but is {Describe(value)}."));
        return null;
    }

    internal decimal? Decimal(JsonElement element, string name, string path)
    {
        if (!element.TryGetProperty(name, out JsonElement value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out decimal number))
        {
            return number;
        }

        if (value.ValueKind == JsonValueKind.String
            && decimal.TryParse(value.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out decimal parsed))
        {
            return parsed;
        }

        Error(MappingDiagnosticCodes.WrongType, path + "." + name, $"'{name}' must be a decimal number but is {Describe(value)}.");
        return null;
    }

    internal ImmutableArray<string> Strings(JsonElement element, string name, string path)
    {
        if (!element.TryGetProperty(name, out JsonElement value) || value.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            Error(MappingDiagnosticCodes.WrongType, path + "." + name, $"'{name}' must be an array of strings but is {Describe(value)}.");
            return [];
        }

        var builder = ImmutableArray.CreateBuilder<string>();
        int index = 0;
        foreach (JsonElement item in value.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.String)
            {
                builder.Add(item.GetString()!);
            }
            else
            {
                Error(
                    MappingDiagnosticCodes.WrongType,
                    FormattableString.Invariant($"{path}.{name}[{index}]"),
                    $"Expected a string but found {Describe(item)}.");
            }

            index++;
        }

        return builder.ToImmutable();
    }

    internal ImmutableDictionary<string, string> StringMap(JsonElement element, string name, string path)
    {
        if (!element.TryGetProperty(name, out JsonElement value) || value.ValueKind == JsonValueKind.Null)
        {
            return ImmutableDictionary<string, string>.Empty.WithComparers(StringComparer.Ordinal);
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            Error(MappingDiagnosticCodes.WrongType, path + "." + name, $"'{name}' must be an object of strings but is {Describe(value)}.");
            return ImmutableDictionary<string, string>.Empty.WithComparers(StringComparer.Ordinal);
        }

        var builder = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (JsonProperty property in value.EnumerateObject())
        {
            if (property.Value.ValueKind == JsonValueKind.String)
            {
                builder[property.Name] = property.Value.GetString()!;
            }
            else if (property.Value.ValueKind == JsonValueKind.Number)
            {
                builder[property.Name] = property.Value.GetRawText();
            }
            else
            {
                Error(
                    MappingDiagnosticCodes.WrongType,
                    path + "." + name + "." + property.Name,
                    $"Expected a string but found {Describe(property.Value)}.");
            }
        }

        return builder.ToImmutable();
    }

    internal static string Describe(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "the string \"" + Shorten(element.GetString()!) + "\"",
        JsonValueKind.Number => "the number " + element.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => "null",
    };

    internal static string Index(string path, string name, int index)
        => path + "." + name + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "...";

    private static MappingDiagnostic SyntaxError(JsonException exception)
        => new(
            MappingDiagnosticCodes.InvalidJson,
            MappingDiagnosticSeverity.Error,
            exception.Path ?? "$",
            FormattableString.Invariant(
                $"The document is not valid JSON at line {(exception.LineNumber ?? 0) + 1}, byte {(exception.BytePositionInLine ?? 0) + 1}: {exception.Message}"));
}
