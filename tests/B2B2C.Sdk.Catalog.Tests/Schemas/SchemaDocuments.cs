using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using B2B2C.Sdk.Testing;

namespace B2B2C.Sdk.Catalog.Tests.Schemas;

/// <summary>Loads the catalog JSON Schemas and checks documents against them and against their readers.</summary>
internal static class SchemaDocuments
{
    /// <summary>Parses a file given relative to the repository root.</summary>
    internal static JsonDocument Load(string relativePath) => JsonDocument.Parse(File.ReadAllBytes(RepositoryRoot.Combine(relativePath)));

    /// <summary>Returns the paths of the property schemas (under <c>properties</c>, <c>patternProperties</c> or a schema-valued <c>additionalProperties</c>) that have no <c>description</c>.</summary>
    internal static List<string> Undescribed(JsonElement schema)
    {
        var missing = new List<string>();
        Visit(schema, "#", missing);
        return missing;
    }

    /// <summary>Returns the root and the <c>$defs</c> entries that declare properties but leave other properties open.</summary>
    internal static List<string> OpenObjects(JsonElement schema)
        => schema.GetProperty("$defs").EnumerateObject().Select(p => ("#/$defs/" + p.Name, p.Value)).Append(("#", schema))
            .Where(d => d.Item2.TryGetProperty("properties", out _)
                && !(d.Item2.TryGetProperty("additionalProperties", out JsonElement additional) && additional.ValueKind == JsonValueKind.False))
            .Select(d => d.Item1)
            .ToList();

    /// <summary>Asserts that the schema and the reader both accept or both reject <paramref name="json"/>.</summary>
    internal static void AssertAgreement(JsonElement schema, string json, Action<string> read)
    {
        using JsonDocument document = JsonDocument.Parse(json);
        List<string> problems = new SchemaWalker(schema).Check(document.RootElement);
        string? readerProblem = null;
        try
        {
            read(json);
        }
        catch (CatalogDefinitionException error)
        {
            readerProblem = error.Message;
        }

        Assert.True(
            (problems.Count == 0) == (readerProblem is null),
            $"The schema {(problems.Count == 0 ? "accepts" : "rejects (" + string.Join("; ", problems) + ")")} but the reader {(readerProblem is null ? "accepts" : "rejects (" + readerProblem + ")")}: {json}");
    }

    private static void Visit(JsonElement element, string path, List<string> missing)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            int index = 0;
            foreach (JsonElement item in element.EnumerateArray())
            {
                Visit(item, $"{path}/{index++}", missing);
            }

            return;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        foreach (JsonProperty keyword in element.EnumerateObject())
        {
            string keywordPath = path + "/" + keyword.Name;
            if (keyword.Name is "properties" or "patternProperties")
            {
                foreach (JsonProperty property in keyword.Value.EnumerateObject())
                {
                    Require(property.Value, keywordPath + "/" + property.Name, missing);
                    Visit(property.Value, keywordPath + "/" + property.Name, missing);
                }
            }
            else if (keyword.Name == "additionalProperties" && keyword.Value.ValueKind == JsonValueKind.Object)
            {
                Require(keyword.Value, keywordPath, missing);
                Visit(keyword.Value, keywordPath, missing);
            }
            else if (keyword.Name is not ("enum" or "required"))
            {
                Visit(keyword.Value, keywordPath, missing);
            }
        }
    }

    private static void Require(JsonElement schema, string path, List<string> missing)
    {
        if (!schema.TryGetProperty("description", out JsonElement description) || string.IsNullOrWhiteSpace(description.GetString()))
        {
            missing.Add(path);
        }
    }
}
