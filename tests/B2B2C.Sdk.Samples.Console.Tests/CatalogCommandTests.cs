using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using B2B2C.Sdk.Catalog;
using B2B2C.Sdk.Samples.Console.Data;
using B2B2C.Sdk.Samples.Console.Demo;
using Spectre.Console;

namespace B2B2C.Sdk.Samples.Console.Tests;

/// <summary>The <c>catalog map</c> command end to end, on the shipped sample catalog, into temporary folders.</summary>
public sealed class CatalogCommandTests : IDisposable
{
    private static readonly string s_catalog = Path.Combine(SampleData.DefaultDirectory, SampleData.CatalogFolder);

    private static readonly string s_input = Path.Combine(s_catalog, CatalogStep.CatalogFile);

    private static readonly string s_spec = Path.Combine(s_catalog, CatalogStep.SpecFile);

    private static readonly string s_schema = Path.Combine(s_catalog, CatalogStep.SchemaFile);

    private static readonly string[] s_files =
    [
        CatalogRunOutputs.ProductsFileName,
        CatalogRunOutputs.ErrorsJsonFileName,
        CatalogRunOutputs.ErrorsCsvFileName,
        CatalogRunOutputs.RemovedFileName,
        CatalogRunOutputs.SummaryFileName,
        CatalogRunOutputs.ManifestFileName,
    ];

    private readonly string _work = Directory.CreateTempSubdirectory("b2b2c-catalog-map-").FullName;

    public void Dispose() => Directory.Delete(_work, recursive: true);

    [Fact]
    public async Task Map_SampleCsv_WritesEveryFileAndTheCountsOfSummaryJson()
    {
        string output = Path.Combine(_work, "out");

        SampleRun run = await MapAsync(s_input, s_spec, output);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.All(s_files, file => Assert.True(File.Exists(Path.Combine(output, file)), file));
        using JsonDocument summary = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(output, CatalogRunOutputs.SummaryFileName)));
        JsonElement root = summary.RootElement;
        long read = root.GetProperty("productsRead").GetInt64();
        long valid = root.GetProperty("validProducts").GetInt64();
        long invalid = root.GetProperty("invalidProducts").GetInt64();
        Assert.Equal(300, read);
        Assert.Equal(read, valid + invalid);
        Assert.Equal(valid, Lines(output, CatalogRunOutputs.ProductsFileName));
        Assert.Equal(invalid, Lines(output, CatalogRunOutputs.ErrorsJsonFileName));
        Assert.Equal(JsonValueKind.Null, root.GetProperty("delta").ValueKind);

        Assert.Contains("Mapping supplier-catalog.csv onto jd-marketplace with supplier-to-jd...", run.Output, StringComparison.Ordinal);
        Assert.Matches(
            $@"│ +{read} │ +{valid} │ +{root.GetProperty("validWithWarnings").GetInt64()} │ +{invalid} │ +{valid} │ +{CatalogReport.Count(root.GetProperty("carriedOverValues").GetInt64())} │",
            run.Output);
        foreach (JsonProperty issue in root.GetProperty("issuesByCode").EnumerateObject())
        {
            Assert.Matches($@"│ {issue.Name} +│ +{issue.Value.GetInt64()} │", run.Output);
        }

        Assert.EndsWith($"Wrote {valid} products and {invalid} error rows to {output}.", Unwrapped(run), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Map_WithPreviousManifest_WritesAnEmptyProductsFile()
    {
        string first = Path.Combine(_work, "first");
        string second = Path.Combine(_work, "second");
        SampleRun full = await MapAsync(s_input, s_spec, first);

        SampleRun delta = await MapAsync(s_input, s_spec, second, "--previous-manifest", Path.Combine(first, CatalogRunOutputs.ManifestFileName));

        Assert.Equal(ExitCodes.Success, full.ExitCode);
        Assert.Equal(ExitCodes.Success, delta.ExitCode);
        Assert.Equal(0, new FileInfo(Path.Combine(second, CatalogRunOutputs.ProductsFileName)).Length);
        Assert.Equal(0, new FileInfo(Path.Combine(second, CatalogRunOutputs.RemovedFileName)).Length);
        Assert.Equal(
            File.ReadAllBytes(Path.Combine(first, CatalogRunOutputs.ManifestFileName)),
            File.ReadAllBytes(Path.Combine(second, CatalogRunOutputs.ManifestFileName)));
        Assert.Contains("Delta: 0 added, 0 changed, 0 invalidated, 0 removed, ", delta.Output, StringComparison.Ordinal);
        Assert.Contains("Wrote 0 products and ", delta.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Map_AnyParallelismOrFormatSpelledOut_WritesTheSameProducts()
    {
        string one = Path.Combine(_work, "one");
        string three = Path.Combine(_work, "three");

        SampleRun first = await MapAsync(s_input, s_spec, one, "--parallelism", "1");
        SampleRun second = await MapAsync(s_input, s_spec, three, "--parallelism", "3", "--format", "csv");

        Assert.Equal(ExitCodes.Success, first.ExitCode);
        Assert.Equal(ExitCodes.Success, second.ExitCode);
        Assert.Equal(
            File.ReadAllBytes(Path.Combine(one, CatalogRunOutputs.ProductsFileName)),
            File.ReadAllBytes(Path.Combine(three, CatalogRunOutputs.ProductsFileName)));
    }

    [Fact]
    public async Task Map_Provenance_RecordsTheRuleOfEachAttribute()
    {
        string output = Path.Combine(_work, "provenance");

        SampleRun run = await MapAsync(s_input, s_spec, output, "--provenance");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        string line = File.ReadLines(Path.Combine(output, CatalogRunOutputs.ProductsFileName)).First();
        Assert.Contains("\"provenance\":{", line, StringComparison.Ordinal);
        Assert.Contains("\"modelNumber\":{\"rule\":\"model\",\"source\":\"mpn\"}", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Map_UnknownTargetAttribute_ListsTheDiagnosticAndProcessesNothing()
    {
        JsonNode spec = JsonNode.Parse(File.ReadAllText(s_spec))!;
        JsonArray rules = spec["rules"]!.AsArray();
        int index = rules.Count;
        rules.Add(new JsonObject { ["id"] = "series", ["target"] = "series", ["kind"] = "copy", ["source"] = "family" });
        string broken = Path.Combine(_work, "broken.spec.json");
        File.WriteAllText(broken, spec.ToJsonString());
        string output = Path.Combine(_work, "never");

        SampleRun run = await MapAsync(s_input, broken, output);

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Contains("error: The spec broken.spec.json does not compile against the schema jd-marketplace.schema.json: ", Unwrapped(run), StringComparison.Ordinal);
        Assert.Contains($"  MS003 error at $.rules[{index}].target", run.Output, StringComparison.Ordinal);
        Assert.Contains("'series'", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Mapping ", run.Output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public async Task Map_MalformedSpec_ListsEveryProblem()
    {
        string broken = Path.Combine(_work, "malformed.spec.json");
        File.WriteAllText(broken, """{ "id": "x", "colour": "red" }""");

        SampleRun run = await MapAsync(s_input, broken, Path.Combine(_work, "never"));

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.StartsWith($"error: The mapping spec '{broken}' is not valid: ", Unwrapped(run), StringComparison.Ordinal);
        Assert.Contains("  CS002 error at $.colour: ", run.Output, StringComparison.Ordinal);
        Assert.Contains("  CS003 error at $: ", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Map_MissingInput_ExitsTwoWithOneLine()
    {
        string missing = Path.Combine(_work, "no-such-catalog.csv");

        SampleRun run = await MapAsync(missing, s_spec, Path.Combine(_work, "never"));

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Equal($"error: The input catalog '{missing}' does not exist.", Unwrapped(run));
    }

    [Fact]
    public async Task Map_MissingPreviousManifest_ExitsTwoNamingIt()
    {
        string missing = Path.Combine(_work, "manifest.tsv");

        SampleRun run = await MapAsync(s_input, s_spec, Path.Combine(_work, "never"), "--previous-manifest", missing);

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Equal($"error: The previous manifest '{missing}' does not exist.", Unwrapped(run));
    }

    [Fact]
    public async Task Map_NotAManifest_ExitsTwoNamingTheLine()
    {
        string manifest = Path.Combine(_work, "manifest.tsv");
        File.WriteAllText(manifest, "sku\thash\n");

        SampleRun run = await MapAsync(s_input, s_spec, Path.Combine(_work, "never"), "--previous-manifest", manifest);

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.StartsWith($"error: The previous manifest '{manifest}' is not a catalog manifest: Catalog manifest, line 1: ", Unwrapped(run), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Map_UnknownExtension_AsksForTheFormat()
    {
        string input = Path.Combine(_work, "catalog.txt");
        File.Copy(s_input, input);

        SampleRun run = await MapAsync(input, s_spec, Path.Combine(_work, "never"));

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Equal(
            $"error: The format of '{input}' cannot be told from its extension; name it with --format csv, jsonl or bmecat.",
            Unwrapped(run));
    }

    [Theory]
    [InlineData("--parallelism", "0", "The parallelism '0' is below 1")]
    [InlineData("--parallelism", "many", "many")]
    [InlineData("--format", "xlsx", "xlsx")]
    public async Task Map_BadOption_ExitsTwoNamingTheValue(string option, string value, string expected)
    {
        SampleRun run = await MapAsync(s_input, s_spec, Path.Combine(_work, "never"), option, value);

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Contains("error: ", run.Output, StringComparison.Ordinal);
        Assert.Contains(expected, Unwrapped(run), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Map_MissingRequiredOptions_ExitsTwo()
    {
        SampleRun run = await SampleRun.RunAsync("catalog", "map", s_input);

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Contains("--spec", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Map_OnAnInteractiveTerminal_RunsUnderTheProgressBar()
    {
        string output = Path.Combine(_work, "interactive");
        using var writer = new StringWriter();
        IAnsiConsole console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.Yes,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.Yes,
            Out = new AnsiConsoleOutput(writer),
        });
        console.Profile.Width = 120;

        int exitCode = await SampleApp.RunAsync(["catalog", "map", s_input, "--spec", s_spec, "--schema", s_schema, "--out", output], console);

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Contains("Mapping supplier-catalog.csv: 300 read", writer.ToString(), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(output, CatalogRunOutputs.ManifestFileName)));
    }

    [Fact]
    public async Task Help_ListsTheCatalogMapCommand()
    {
        SampleRun run = await SampleRun.RunAsync("catalog", "map", "--help");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("catalog map <input> [options]", run.Output, StringComparison.Ordinal);
        Assert.Contains("--previous-manifest <manifest.tsv>", run.Output, StringComparison.Ordinal);
    }

    private static Task<SampleRun> MapAsync(string input, string spec, string output, params string[] more)
        => SampleRun.RunAsync(["catalog", "map", input, "--spec", spec, "--schema", s_schema, "--out", output, .. more]);

    /// <summary>The output without the line breaks the 120-column console adds to long lines (file paths make lines long), trimmed.</summary>
    private static string Unwrapped(SampleRun run) => Regex.Replace(run.Output, @" ?\n", " ").Trim();

    private static long Lines(string folder, string file) => File.ReadLines(Path.Combine(folder, file)).LongCount();
}
