using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using B2B2C.Sdk.Catalog;
using B2B2C.Sdk.Catalog.Delta;
using B2B2C.Sdk.Catalog.Readers;
using B2B2C.Sdk.Samples.Console.Data;
using B2B2C.Sdk.Samples.Console.Demo;

namespace B2B2C.Sdk.Samples.Console.Tests;

/// <summary>
/// The "Catalog to marketplace" step: the counts, the issues and the delta it prints are checked against runs of the
/// same spec, schema and catalog made here directly, into memory.
/// </summary>
public sealed class CatalogStepTests
{
    private static readonly Lazy<Task<SampleRun>> s_demo = new(() => SampleRun.RunAsync("demo"));

    private static readonly string s_catalog = Path.Combine(SampleData.DefaultDirectory, SampleData.CatalogFolder);

    [Fact]
    public async Task Demo_CatalogStep_PrintsTheCountsOfTheRun()
    {
        Runs runs = await MapAsync();
        CatalogRunSummary first = runs.First;

        SampleRun run = await s_demo.Value;

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal(300, first.ProductsRead);
        Assert.InRange(first.InvalidProducts, 1, 10);
        Assert.Contains("Spec supplier-to-jd compiled against jd-marketplace 2026.11 (6 product types, ", run.Output, StringComparison.Ordinal);
        Assert.Contains("): 0 errors, 0 warnings.", run.Output, StringComparison.Ordinal);
        Assert.Matches(
            $@"│ +{first.ProductsRead} │ +{first.ValidProducts} │ +{first.ValidWithWarnings} │ +{first.InvalidProducts} │ +{first.ProductsWritten} │ +{Regex.Escape(CatalogReport.Count(first.CarriedOverValues))} │",
            run.Output);
        Assert.Contains($"Top issues: {CatalogReport.TopIssues(first, 5)}.", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Demo_CatalogStep_PrintsAResistorWithItsChineseTitleAndUnits()
    {
        SampleRun run = await s_demo.Value;

        Assert.Contains("  \"productType\": \"9987-13766\",", run.Output, StringComparison.Ordinal);
        Assert.Matches(@"\n    ""title"": \{""zh-CN"":""[^""]+ 贴片电阻 0402""\},\n", run.Output);
        Assert.Matches(@"\n    ""resistance"": \{""value"":[0-9.]+,""unit"":""OHM""\},\n", run.Output);
        Assert.Contains("    \"package\": \"0402\",", run.Output, StringComparison.Ordinal);
        Assert.Contains("    \"brand\": \"兴亚 KOA\",", run.Output, StringComparison.Ordinal);
        Assert.Contains("  \"extended\": {", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Demo_CatalogStep_PrintsTheFirstErrorRow()
    {
        Runs runs = await MapAsync();
        using JsonDocument row = JsonDocument.Parse(runs.FirstErrorLine);
        string key = row.RootElement.GetProperty("key").GetString()!;
        JsonElement issue = row.RootElement.GetProperty("issues")[0];

        SampleRun run = await s_demo.Value;

        Assert.Contains($"First row of errors.jsonl: {key} (supplier-catalog.csv, record ", run.Output, StringComparison.Ordinal);
        Assert.Contains(
            $"  {issue.GetProperty("code").GetString()} error {issue.GetProperty("targetField").GetString()}: {issue.GetProperty("message").GetString()}",
            run.Output,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task Demo_CatalogStep_SecondRunAgainstTheManifestSendsNothing()
    {
        Runs runs = await MapAsync();

        SampleRun run = await s_demo.Value;

        Assert.True(runs.Second.Delta!.IsEmpty);
        Assert.Equal(0, runs.Second.ProductsWritten);
        Assert.Contains(
            $"Run 2 against run 1's manifest: 0 added, 0 changed, 0 invalidated, 0 removed, {runs.First.ValidProducts} unchanged;",
            run.Output,
            StringComparison.Ordinal);
        Assert.Contains("  products.jsonl has 0 lines, removed.txt 0: nothing to send.", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Demo_CatalogStep_TightenedSchemaInvalidatesTheResistors()
    {
        Runs runs = await MapAsync();
        CatalogRunSummary third = runs.Third;
        CatalogDeltaResult delta = third.Delta!;

        SampleRun run = await s_demo.Value;

        // Only the resistor type changed: every product sent again is a resistor still valid, the others are unchanged.
        Assert.True(delta.Invalidated.Length > 0);
        Assert.All(delta.Invalidated, key => Assert.StartsWith("RES-", key, StringComparison.Ordinal));
        Assert.True(third.RetainedProducts > 0);
        Assert.Equal(delta.Invalidated.Length, third.ProductsWritten);
        Assert.Contains(
            $"Run 3, resistor titles limited to {CatalogStep.TightenedTitleLength} characters: 0 added, 0 changed, {delta.Invalidated.Length} invalidated, 0 removed, {delta.Unchanged} unchanged;",
            run.Output,
            StringComparison.Ordinal);
        Assert.Contains(
            $"  {third.IssuesByCode[CatalogIssueCodes.TooLong]} titles too long (CV202), {third.RetainedProducts} of them kept as published until fixed; "
            + $"the {delta.Invalidated.Length} resistors still valid are sent again.",
            run.Output,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithTitleLimit_ChangesOnlyTheResistorFingerprint()
    {
        TargetSchema schema = await TargetSchemaJson.ReadFileAsync(Path.Combine(s_catalog, CatalogStep.SchemaFile));

        TargetSchema tightened = CatalogStep.WithTitleLimit(schema, CatalogStep.ResistorType, CatalogStep.TightenedTitleLength);

        foreach (ProductType type in schema.ProductTypes)
        {
            Assert.Equal(type.Id == CatalogStep.ResistorType, schema.Fingerprint(type.Id) != tightened.Fingerprint(type.Id));
        }

        Assert.True(tightened.TryGetProductType(CatalogStep.ResistorType, out ProductType? resistor));
        Assert.True(resistor.TryGetAttribute("title", out TargetAttribute? title));
        Assert.Equal(CatalogStep.TightenedTitleLength, title.MaxLength);
        Assert.Equal(schema.ProductTypes.Select(type => type.Name), tightened.ProductTypes.Select(type => type.Name));
    }

    /// <summary>The step's three runs, made directly into memory streams.</summary>
    private static async Task<Runs> MapAsync()
    {
        MappingSpec spec = await MappingSpecJson.ReadFileAsync(Path.Combine(s_catalog, CatalogStep.SpecFile));
        TargetSchema schema = await TargetSchemaJson.ReadFileAsync(Path.Combine(s_catalog, CatalogStep.SchemaFile));
        CatalogMapper mapper = CatalogMapper.Compile(spec, schema).GetMapperOrThrow();
        var source = new CsvCatalogReader(Path.Combine(s_catalog, CatalogStep.CatalogFile));

        using var errors = new MemoryStream();
        CatalogRunSummary first = await CatalogMappingRun.RunAsync(source, mapper, CatalogRunOutputs.ToStreams(null, errorsJson: errors));
        var since = new CatalogRunOptions { PreviousManifest = first.Manifest };
        CatalogRunSummary second = await CatalogMappingRun.RunAsync(source, mapper, CatalogRunOutputs.ToStreams(null), since);
        CatalogMapper tightened = CatalogMapper.Compile(
            spec, CatalogStep.WithTitleLimit(schema, CatalogStep.ResistorType, CatalogStep.TightenedTitleLength)).GetMapperOrThrow();
        CatalogRunSummary third = await CatalogMappingRun.RunAsync(source, tightened, CatalogRunOutputs.ToStreams(null), since);
        string firstError = Encoding.UTF8.GetString(errors.ToArray()).Split('\n')[0];
        return new Runs(first, second, third, firstError);
    }

    private sealed record Runs(CatalogRunSummary First, CatalogRunSummary Second, CatalogRunSummary Third, string FirstErrorLine);
}
