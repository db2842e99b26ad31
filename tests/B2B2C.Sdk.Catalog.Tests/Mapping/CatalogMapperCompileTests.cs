using System;
using System.Linq;

namespace B2B2C.Sdk.Catalog.Tests.Mapping;

public sealed class CatalogMapperCompileTests
{
    private static CatalogMapperCompilation Compile(string rulesJson, string extra = "")
    {
        string spec = $$"""
            {
              "id": "broken",
              "targetSchema": "test-marketplace",
              {{extra}}
              "category": { "source": "class", "map": { "EC000001": "resistor" } },
              "rules": [ {{rulesJson}} ]
            }
            """;
        return CatalogMapper.Compile(MappingSpecJson.Parse(spec), MappingTestData.Schema);
    }

    private const string MinimalRules = """
        { "target": "title", "language": "zh-CN", "kind": "copy", "source": "t" },
        { "target": "title", "language": "en", "kind": "copy", "source": "t" },
        { "target": "brand", "kind": "copy", "source": "b" },
        { "target": "resistance", "kind": "copy", "source": "r" },
        { "target": "package", "kind": "copy", "source": "p" }
        """;

    [Fact]
    public void Compile_SampleSpec_SucceedsWithoutErrors()
    {
        CatalogMapperCompilation compilation = CatalogMapper.Compile(MappingTestData.Spec, MappingTestData.Schema);

        Assert.True(compilation.Succeeded, string.Join(Environment.NewLine, compilation.Diagnostics));
        Assert.Equal(0, compilation.ErrorCount);
    }

    [Fact]
    public void Compile_ManyProblems_ReportsEveryOneAndNoMapper()
    {
        CatalogMapperCompilation compilation = Compile("""
            { "target": "title", "language": "zh-CN", "kind": "copy", "source": "t" },
            { "target": "colour", "kind": "copy", "source": "c" },
            { "target": "package", "kind": "valueMap", "source": "case", "map": { "1608": "0603", "2012": "0805M" } },
            { "target": "resistance", "kind": "number", "source": "r", "sourceUnit": "mm" },
            { "target": "brand", "kind": "lookup", "source": "b", "table": "missing" },
            { "target": "series", "kind": "regex", "source": "s", "pattern": "(unclosed" },
            { "target": "series", "kind": "template", "template": "{open" }
            """);

        Assert.False(compilation.Succeeded);
        Assert.Null(compilation.Mapper);
        string[] codes = [.. compilation.Diagnostics.Where(d => d.IsError).Select(d => d.Code).Distinct().Order(StringComparer.Ordinal)];
        Assert.Equal(
            [
                MappingDiagnosticCodes.RequiredAttributeUnfilled,
                MappingDiagnosticCodes.UnknownTargetAttribute,
                MappingDiagnosticCodes.ValueNotAllowed,
                MappingDiagnosticCodes.IncompatibleUnits,
                MappingDiagnosticCodes.UnknownTable,
                MappingDiagnosticCodes.MalformedRule,
            ],
            codes);
        MappingDiagnostic enumError = compilation.Diagnostics.Single(d => d.Code == MappingDiagnosticCodes.ValueNotAllowed);
        Assert.Equal("$.rules[2].map", enumError.Path);
        Assert.Contains("0805M", enumError.Message, StringComparison.Ordinal);
        Assert.Contains(compilation.Diagnostics, d => d.Code == MappingDiagnosticCodes.RequiredAttributeUnfilled && d.Message.Contains("title@en", StringComparison.Ordinal));
        CatalogDefinitionException exception = Assert.Throws<CatalogDefinitionException>(() => compilation.GetMapperOrThrow());
        Assert.Equal(compilation.Diagnostics.ToArray(), exception.Diagnostics.ToArray());
    }

    [Fact]
    public void Compile_DeclaredSourceFields_RejectsUnknownOnes()
    {
        CatalogMapperCompilation compilation = Compile(MinimalRules, """ "sourceFields": ["class", "t", "b", "r"], """);

        MappingDiagnostic diagnostic = Assert.Single(compilation.Diagnostics, d => d.IsError);
        Assert.Equal((MappingDiagnosticCodes.UnknownSourceField, "$.rules[4].source"), (diagnostic.Code, diagnostic.Path));
    }

    [Fact]
    public void Compile_UnknownProductTypeInCategoryMap_IsAnError()
    {
        string spec = """
            { "id": "s", "category": { "source": "class", "map": { "EC1": "nonexistent" }, "fallback": "other" },
              "rules": [ { "target": "title", "language": "zh-CN", "kind": "copy", "source": "t" },
                         { "target": "title", "language": "en", "kind": "copy", "source": "t" },
                         { "target": "brand", "kind": "copy", "source": "b" } ] }
            """;

        CatalogMapperCompilation compilation = CatalogMapper.Compile(MappingSpecJson.Parse(spec), MappingTestData.Schema);

        MappingDiagnostic diagnostic = Assert.Single(compilation.Diagnostics, d => d.IsError);
        Assert.Equal((MappingDiagnosticCodes.UnknownProductType, "$.category.map.EC1"), (diagnostic.Code, diagnostic.Path));
    }

    [Fact]
    public void Compile_RequiredOnlyConditional_WarnsButCompiles()
    {
        CatalogMapperCompilation compilation = Compile(MinimalRules.Replace(
            """{ "target": "brand", "kind": "copy", "source": "b" }""",
            """{ "target": "brand", "kind": "copy", "source": "b", "when": { "field": "b", "exists": true } }""",
            StringComparison.Ordinal));

        Assert.True(compilation.Succeeded);
        Assert.Contains(compilation.Diagnostics, d => d.Code == MappingDiagnosticCodes.RequiredAttributeConditional && !d.IsError);
        Assert.Equal(compilation.Diagnostics.ToArray(), compilation.Mapper.Warnings.ToArray());
    }

    [Fact]
    public void Compile_LanguageMistakes_AreReported()
    {
        CatalogMapperCompilation compilation = Compile(MinimalRules + """
            , { "target": "title", "language": "de", "kind": "copy", "source": "t" },
              { "target": "title", "kind": "copy", "source": "t" },
              { "target": "brand", "language": "en", "kind": "copy", "source": "b" }
            """);

        Assert.Equal(3, compilation.Diagnostics.Count(d => d.Code == MappingDiagnosticCodes.LanguageNotOffered));
    }

    [Fact]
    public void Compile_SpecForAnotherSchema_IsRejected()
    {
        MappingSpec spec = MappingTestData.Spec with { TargetSchema = "amazon" };

        CatalogMapperCompilation compilation = CatalogMapper.Compile(spec, MappingTestData.Schema);

        Assert.Contains(compilation.Diagnostics, d => d.Code == MappingDiagnosticCodes.SchemaMismatch);
        Assert.False(compilation.Succeeded);
    }

    [Fact]
    public void MappingSpecJson_BadDocument_ListsEveryProblemWithPaths()
    {
        CatalogDefinitionException exception = Assert.Throws<CatalogDefinitionException>(() => MappingSpecJson.Parse("""
            { "id": "x", "colour": 1,
              "category": { "source": "class", "map": { "A": true } },
              "rules": [ { "target": "t", "kind": "magic" }, { "kind": "copy" }, 5 ] }
            """, "bad-spec.json"));

        string[] paths = [.. exception.Diagnostics.Select(d => d.Code + " " + d.Path)];
        Assert.Contains("CS002 $.colour", paths);
        Assert.Contains("CS004 $.category.map.A", paths);
        Assert.Contains("CS005 $.rules[0].kind", paths);
        Assert.Contains("CS003 $.rules[1]", paths);
        Assert.Contains("CS004 $.rules[2]", paths);
        Assert.StartsWith("'bad-spec.json' cannot be used", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MappingSpecJson_InvalidJson_NamesLineAndByte()
    {
        CatalogDefinitionException exception = Assert.Throws<CatalogDefinitionException>(() => MappingSpecJson.Parse("{\n  \"id\": \"x\",\n  \"rules\": [ }\n"));

        MappingDiagnostic diagnostic = Assert.Single(exception.Diagnostics);
        Assert.Equal(MappingDiagnosticCodes.InvalidJson, diagnostic.Code);
        Assert.Contains("line 3", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MappingSpecJson_ParsedSpec_KeepsEveryRuleMember()
    {
        MappingSpec spec = MappingTestData.Spec;

        FieldRule voltage = spec.Rules.Single(r => r.Id == "voltage");
        Assert.Equal((FieldRuleKind.Number, "voltage", "V", true), (voltage.Kind, voltage.Source, voltage.SourceUnit, voltage.DecimalComma));
        Assert.Equal(["zh"], spec.LanguageFallbacks["zh-CN"].ToArray());
        Assert.Equal(["sku", "price*"], spec.CarryOverExclude.ToArray());
        Assert.Equal(FieldRuleKind.Constant, spec.Rules.Single(r => r.Id == "automotive-default").Kind);
        Assert.Equal(["yes", "no"], spec.Rules.Single(r => r.Id == "automotive").When!.In.ToArray());
    }
}
