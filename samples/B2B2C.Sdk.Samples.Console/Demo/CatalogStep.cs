using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using B2B2C.Sdk.Catalog;
using B2B2C.Sdk.Catalog.Delta;
using B2B2C.Sdk.Catalog.Readers;
using Spectre.Console;

namespace B2B2C.Sdk.Samples.Console.Demo;

/// <summary>
/// A supplier catalog onto a marketplace: the 300-article CSV in data/catalog mapped onto the JD-style schema with
/// the shipped spec; the counts, the issues, one published product and one error-report row; then a second run
/// against the first run's manifest (nothing to send) and a third against a tightened schema (what it invalidates).
/// </summary>
internal sealed class CatalogStep : IDemoStep
{
    /// <summary>The supplier catalog, in data/catalog.</summary>
    public const string CatalogFile = "supplier-catalog.csv";

    /// <summary>The mapping spec, in data/catalog.</summary>
    public const string SpecFile = "supplier-to-jd.spec.json";

    /// <summary>The marketplace schema, in data/catalog.</summary>
    public const string SchemaFile = "jd-marketplace.schema.json";

    /// <summary>The product type whose title the third run limits: chip resistors.</summary>
    public const string ResistorType = "9987-13766";

    /// <summary>The title length the third run allows chip resistors.</summary>
    public const int TightenedTitleLength = 30;

    /// <summary>The longest extended value shown in full in the product line; longer ones are shortened.</summary>
    private const int ShownValueLength = 60;

    /// <summary>How many issue codes the step names.</summary>
    private const int TopIssueCodes = 5;

    private static readonly JsonSerializerOptions s_readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <inheritdoc/>
    public string Title => "Catalog to marketplace";

    /// <summary>Builds the schema of the third run: <paramref name="schema"/> with the title of one product type limited to <paramref name="maxLength"/> characters.</summary>
    /// <param name="schema">The schema as shipped.</param>
    /// <param name="productType">The product type to change.</param>
    /// <param name="maxLength">The new maximum length of its title.</param>
    /// <returns>The changed schema; every other product type is unchanged, so only this one's fingerprint moves.</returns>
    public static TargetSchema WithTitleLimit(TargetSchema schema, string productType, int maxLength)
    {
        ImmutableArray<ProductType> types = [.. schema.ProductTypes.Select(type => type.Id != productType
            ? type
            : new ProductType(type.Id, [.. type.Attributes.Select(attribute => attribute.Name == "title" ? attribute with { MaxLength = maxLength } : attribute)])
            {
                Name = type.Name,
            })];
        return new TargetSchema(schema.Id, types) { Version = schema.Version };
    }

    /// <inheritdoc/>
    public async Task RunAsync(DemoContext context, CancellationToken cancellationToken)
    {
        IAnsiConsole console = context.Console;
        string data = context.Data.CatalogDirectory;
        MappingSpec spec = await MappingSpecJson.ReadFileAsync(Path.Combine(data, SpecFile), cancellationToken);
        TargetSchema schema = await TargetSchemaJson.ReadFileAsync(Path.Combine(data, SchemaFile), cancellationToken: cancellationToken);
        CatalogMapperCompilation compilation = CatalogMapper.Compile(spec, schema);
        CatalogMapper mapper = compilation.GetMapperOrThrow();
        console.WriteLine(
            $"Spec {spec.Id} compiled against {schema.Id} {schema.Version} ({schema.ProductTypes.Length} product types, "
            + $"{spec.Rules.Length} rules): {compilation.ErrorCount} errors, {mapper.Warnings.Length} warnings.");

        string work = Directory.CreateTempSubdirectory("b2b2c-catalog-").FullName;
        try
        {
            var source = new CsvCatalogReader(Path.Combine(data, CatalogFile));
            string full = Path.Combine(work, "full");
            CatalogRunSummary first = await CatalogMappingRun.RunAsync(source, mapper, CatalogRunOutputs.ToFolder(full), cancellationToken: cancellationToken);
            console.WriteLine($"Run 1: {CatalogFile} into products.jsonl, errors.jsonl, errors.csv and manifest.tsv in {Milliseconds(first.Elapsed)}:");
            console.Write(CatalogReport.Counts(first));
            console.WriteLine($"Top issues: {CatalogReport.TopIssues(first, TopIssueCodes)}.");

            WriteProduct(console, Path.Combine(full, CatalogRunOutputs.ProductsFileName));
            WriteErrorRow(console, Path.Combine(full, CatalogRunOutputs.ErrorsJsonFileName));

            CatalogManifest manifest;
            await using (FileStream stream = File.OpenRead(Path.Combine(full, CatalogRunOutputs.ManifestFileName)))
            {
                manifest = await CatalogManifest.ReadAsync(stream, cancellationToken);
            }

            var since = new CatalogRunOptions { PreviousManifest = manifest };
            string again = Path.Combine(work, "again");
            CatalogRunSummary second = await CatalogMappingRun.RunAsync(source, mapper, CatalogRunOutputs.ToFolder(again), since, cancellationToken: cancellationToken);
            console.WriteLine($"Run 2 against run 1's manifest: {CatalogReport.Delta(second.Delta!)};");
            console.WriteLine(
                $"  products.jsonl has {CatalogReport.Count(LineCount(Path.Combine(again, CatalogRunOutputs.ProductsFileName)))} lines, "
                + $"removed.txt {CatalogReport.Count(LineCount(Path.Combine(again, CatalogRunOutputs.RemovedFileName)))}: nothing to send.");

            CatalogMapper tightened = CatalogMapper.Compile(spec, WithTitleLimit(schema, ResistorType, TightenedTitleLength)).GetMapperOrThrow();
            CatalogRunSummary third = await CatalogMappingRun.RunAsync(
                source, tightened, CatalogRunOutputs.ToFolder(Path.Combine(work, "tightened")), since, cancellationToken: cancellationToken);
            long tooLong = third.IssuesByCode.GetValueOrDefault(CatalogIssueCodes.TooLong);
            console.WriteLine(
                $"Run 3, resistor titles limited to {TightenedTitleLength} characters: {CatalogReport.Delta(third.Delta!)};");
            console.WriteLine(
                $"  {CatalogReport.Count(tooLong)} titles too long ({CatalogIssueCodes.TooLong}), {CatalogReport.Count(third.RetainedProducts)} of them kept "
                + $"as published until fixed; the {CatalogReport.Count(third.Delta!.Invalidated.Length)} resistors still valid are sent again.");
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    /// <summary>Writes the first chip resistor of the products file, one attribute or extended field per line.</summary>
    private static void WriteProduct(IAnsiConsole console, string productsFile)
    {
        string line = File.ReadLines(productsFile).First(text => text.Contains($"\"productType\":\"{ResistorType}\"", StringComparison.Ordinal));
        using JsonDocument document = JsonDocument.Parse(line);
        console.WriteLine($"A chip resistor as the marketplace receives it (products.jsonl; extended values over {ShownValueLength} characters shortened):");
        var lines = new List<string> { "{" };
        JsonProperty[] properties = [.. document.RootElement.EnumerateObject()];
        for (int i = 0; i < properties.Length; i++)
        {
            JsonProperty property = properties[i];
            string comma = i + 1 < properties.Length ? "," : string.Empty;
            if (property.Value.ValueKind != JsonValueKind.Object)
            {
                lines.Add($"  \"{property.Name}\": {property.Value.GetRawText()}{comma}");
                continue;
            }

            lines.Add($"  \"{property.Name}\": {{");
            JsonProperty[] members = [.. property.Value.EnumerateObject()];
            for (int j = 0; j < members.Length; j++)
            {
                lines.Add($"    \"{members[j].Name}\": {Shorten(members[j].Value)}{(j + 1 < members.Length ? "," : string.Empty)}");
            }

            lines.Add($"  }}{comma}");
        }

        lines.Add("}");
        foreach (string text in lines)
        {
            console.WriteLine(text);
        }
    }

    /// <summary>Writes the first row of the JSON Lines error report: the product, where it is, and each issue.</summary>
    private static void WriteErrorRow(IAnsiConsole console, string errorsFile)
    {
        string line = File.ReadLines(errorsFile).First();
        using JsonDocument document = JsonDocument.Parse(line);
        JsonElement row = document.RootElement;
        JsonElement location = row.GetProperty("location");
        console.WriteLine(
            $"First row of errors.jsonl: {row.GetProperty("key").GetString()} ({location.GetProperty("source").GetString()}, "
            + $"record {location.GetProperty("record").GetInt64().ToString(CultureInfo.InvariantCulture)}, "
            + $"line {location.GetProperty("line").GetInt64().ToString(CultureInfo.InvariantCulture)}), "
            + $"product type {(row.TryGetProperty("productType", out JsonElement type) ? type.GetString() : "none")}:");
        foreach (JsonElement issue in row.GetProperty("issues").EnumerateArray())
        {
            string target = issue.TryGetProperty("targetField", out JsonElement field) ? " " + field.GetString() : string.Empty;
            console.WriteLine(
                $"  {issue.GetProperty("code").GetString()} {issue.GetProperty("severity").GetString()}{target}: {issue.GetProperty("message").GetString()}");
        }
    }

    /// <summary>Writes a value compactly, long strings shortened (in objects too), keeping Chinese as it is.</summary>
    private static string Shorten(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String when value.GetString() is { Length: > ShownValueLength } text
            => JsonSerializer.Serialize(text[..ShownValueLength] + "…", s_readable),
        JsonValueKind.Object
            => "{" + string.Join(",", value.EnumerateObject().Select(member => JsonSerializer.Serialize(member.Name, s_readable) + ":" + Shorten(member.Value))) + "}",
        _ => value.GetRawText(),
    };

    private static long LineCount(string path) => File.ReadLines(path).LongCount();

    private static string Milliseconds(TimeSpan elapsed)
        => (elapsed.Ticks / TimeSpan.TicksPerMillisecond).ToString(CultureInfo.InvariantCulture) + " ms";
}
