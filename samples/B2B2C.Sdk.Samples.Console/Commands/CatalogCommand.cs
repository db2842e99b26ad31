using System;
using System.CommandLine;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using B2B2C.Sdk.Catalog;
using B2B2C.Sdk.Catalog.Delta;
using Spectre.Console;

namespace B2B2C.Sdk.Samples.Console.Commands;

/// <summary>
/// The <c>catalog</c> command and its <c>map</c> subcommand: maps a supplier catalog onto a marketplace schema with
/// a mapping spec, writing the products, the error reports, the summary and the manifest into a folder.
/// </summary>
internal static class CatalogCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="host">The shared console, data and composition.</param>
    /// <returns>The command.</returns>
    public static Command Create(SampleHost host)
    {
        var input = new Argument<string>("input") { Description = "The supplier catalog: a CSV, JSON Lines or BMEcat XML file." };
        var spec = new Option<string>("--spec")
        {
            Description = "The mapping spec (JSON), for example data/catalog/supplier-to-jd.spec.json.",
            HelpName = "spec.json",
            Required = true,
        };
        var schema = new Option<string>("--schema")
        {
            Description = "The marketplace schema (JSON), for example data/catalog/jd-marketplace.schema.json.",
            HelpName = "schema.json",
            Required = true,
        };
        var output = new Option<string>("--out")
        {
            Description = "The folder to write products.jsonl, errors.jsonl, errors.csv, removed.txt, summary.json and manifest.tsv into.",
            HelpName = "folder",
            Required = true,
        };
        var format = new Option<string?>("--format")
        {
            Description = "The input format; by default from the extension: .csv, .jsonl or .ndjson, .xml.",
            HelpName = "csv|jsonl|bmecat",
        };
        format.AcceptOnlyFromAmong(CatalogFormat.Csv, CatalogFormat.JsonLines, CatalogFormat.Bmecat);
        var previous = new Option<string?>("--previous-manifest")
        {
            Description = "The manifest.tsv of an earlier run: write only what was added, changed or invalidated since, and list the removed keys.",
            HelpName = "manifest.tsv",
        };
        var parallelism = new Option<int?>("--parallelism")
        {
            Description = "How many products to map at the same time; the output is the same for every value. Default: the processor count.",
            HelpName = "N",
        };
        var provenance = new Option<bool>("--provenance")
        {
            Description = "Record in each product line the rule and source field of every attribute.",
        };

        var map = new Command("map", "Map a supplier catalog onto a marketplace schema with a mapping spec, checked before anything is read.")
        {
            input,
            spec,
            schema,
            output,
            format,
            previous,
            parallelism,
            provenance,
        };
        map.SetAction((parseResult, cancellationToken) => host.RunGuardedAsync(() => MapAsync(
            host,
            new MapRequest(
                parseResult.GetRequiredValue(input),
                parseResult.GetRequiredValue(spec),
                parseResult.GetRequiredValue(schema),
                parseResult.GetRequiredValue(output),
                parseResult.GetValue(format),
                parseResult.GetValue(previous),
                parseResult.GetValue(parallelism),
                parseResult.GetValue(provenance)),
            cancellationToken)));

        return new Command("catalog", "Map supplier catalogs (CSV, JSON Lines, BMEcat) onto marketplace product types.")
        {
            map,
        };
    }

    private static async Task<int> MapAsync(SampleHost host, MapRequest request, CancellationToken cancellationToken)
    {
        IAnsiConsole console = host.Console;
        string format = request.Format ?? CatalogFormat.FromExtension(request.Input);
        if (request.Parallelism is < 1)
        {
            throw new FormatException($"The parallelism '{request.Parallelism}' is below 1; give the number of products to map at the same time.");
        }

        if (MissingFile(host, request.Input, "input catalog") || MissingFile(host, request.Spec, "mapping spec")
            || MissingFile(host, request.Schema, "schema") || (request.PreviousManifest is { } manifestPath && MissingFile(host, manifestPath, "previous manifest")))
        {
            return ExitCodes.InvalidInput;
        }

        if (await ReadDefinitionAsync(host, request.Spec, "mapping spec", path => MappingSpecJson.ReadFileAsync(path, cancellationToken)) is not { } spec
            || await ReadDefinitionAsync(host, request.Schema, "schema", path => TargetSchemaJson.ReadFileAsync(path, cancellationToken: cancellationToken)) is not { } schema)
        {
            return ExitCodes.InvalidInput;
        }

        CatalogMapperCompilation compilation = CatalogMapper.Compile(spec, schema);
        if (!compilation.Succeeded)
        {
            host.WriteError(
                $"The spec {Path.GetFileName(request.Spec)} does not compile against the schema {Path.GetFileName(request.Schema)}: "
                + $"{compilation.ErrorCount} error(s); nothing was read.");
            WriteDiagnostics(console, compilation);
            return ExitCodes.InvalidInput;
        }

        if (!compilation.Diagnostics.IsEmpty)
        {
            console.WriteLine($"The spec compiles with {compilation.Diagnostics.Length} warning(s):");
            WriteDiagnostics(console, compilation);
        }

        CatalogManifest? previous = null;
        if (request.PreviousManifest is { } previousPath)
        {
            previous = await ReadManifestAsync(host, previousPath, cancellationToken);
            if (previous is null)
            {
                return ExitCodes.InvalidInput;
            }
        }

        var options = new CatalogRunOptions
        {
            PreviousManifest = previous,
            IncludeProvenance = request.Provenance,
            MaxDegreeOfParallelism = request.Parallelism ?? Environment.ProcessorCount,
        };
        ICatalogSource source = CatalogFormat.Open(format, request.Input);
        CatalogRunSummary summary;
        try
        {
            summary = await RunAsync(console, source, compilation.Mapper, CatalogRunOutputs.ToFolder(request.Output), options, cancellationToken);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            host.WriteError($"The run stopped and left {request.Output} as it was: {exception.Message}");
            return ExitCodes.Failure;
        }
        catch (CatalogMappingException exception)
        {
            host.WriteError($"The mapper failed on {exception.ProductKey} ({exception.Location}), so the run stopped: {exception.InnerException?.Message}");
            return ExitCodes.Failure;
        }

        WriteSummary(console, summary, Path.GetFullPath(request.Output));
        return ExitCodes.Success;
    }

    /// <summary>
    /// Runs the mapping; on an interactive terminal under a progress bar fed by the run's progress reports (products
    /// read), otherwise (redirected output, CI, tests) plainly, with one line saying what runs.
    /// </summary>
    private static async Task<CatalogRunSummary> RunAsync(
        IAnsiConsole console, ICatalogSource source, CatalogMapper mapper, CatalogRunOutputs outputs, CatalogRunOptions options, CancellationToken cancellationToken)
    {
        string name = Markup.Escape(source.Name);
        if (!console.Profile.Capabilities.Interactive)
        {
            console.WriteLine($"Mapping {source.Name} onto {mapper.Schema.Id} with {mapper.Spec.Id}...");
            return await CatalogMappingRun.RunAsync(source, mapper, outputs, options, progress: null, cancellationToken);
        }

        return await console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new ElapsedTimeColumn())
            .StartAsync(async context =>
            {
                ProgressTask task = context.AddTask($"Mapping {name}");
                task.IsIndeterminate = true;
                var progress = new ReportProgress<CatalogRunProgress>(report =>
                    task.Description = $"Mapping {name}: {CatalogReport.Count(report.ProductsRead)} read, {CatalogReport.Count(report.InvalidProducts)} invalid");
                CatalogRunSummary summary = await CatalogMappingRun.RunAsync(source, mapper, outputs, options, progress, cancellationToken);
                task.IsIndeterminate = false;
                task.MaxValue = Math.Max(1, summary.ProductsRead);
                task.Value = task.MaxValue;
                task.StopTask();
                return summary;
            });
    }

    private static void WriteSummary(IAnsiConsole console, CatalogRunSummary summary, string folder)
    {
        console.Write(CatalogReport.Counts(summary));
        if (!summary.IssuesByCode.IsEmpty)
        {
            console.Write(CatalogReport.Issues(summary));
        }

        if (summary.Delta is { } delta)
        {
            console.WriteLine(
                $"Delta: {CatalogReport.Delta(delta)}; {CatalogReport.Count(summary.RetainedProducts)} invalid kept as published.");
        }

        console.WriteLine(
            $"Wrote {CatalogReport.Count(summary.ProductsWritten)} products and {CatalogReport.Count(summary.InvalidProducts)} error rows to {folder}.");
    }

    private static void WriteDiagnostics(IAnsiConsole console, CatalogMapperCompilation compilation)
    {
        foreach (MappingDiagnostic diagnostic in compilation.Diagnostics)
        {
            console.WriteLine("  " + CatalogReport.Diagnostic(diagnostic));
        }
    }

    /// <summary>Says so and returns <see langword="true"/> when a file given on the command line does not exist.</summary>
    private static bool MissingFile(SampleHost host, string path, string what)
    {
        if (File.Exists(path))
        {
            return false;
        }

        host.WriteError(Directory.Exists(path)
            ? $"The {what} '{path}' is a folder, not a file."
            : $"The {what} '{path}' does not exist.");
        return true;
    }

    /// <summary>Reads a spec or schema; when it cannot be read or is not valid, writes every problem and returns <see langword="null"/>.</summary>
    private static async Task<T?> ReadDefinitionAsync<T>(SampleHost host, string path, string what, Func<string, Task<T>> read)
        where T : class
    {
        try
        {
            return await read(path);
        }
        catch (CatalogDefinitionException exception)
        {
            host.WriteError($"The {what} '{path}' is not valid: {exception.Diagnostics.Length} problem(s).");
            foreach (MappingDiagnostic diagnostic in exception.Diagnostics)
            {
                host.Console.WriteLine("  " + CatalogReport.Diagnostic(diagnostic));
            }

            return null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            host.WriteError($"The {what} '{path}' cannot be read: {exception.Message}");
            return null;
        }
    }

    private static async Task<CatalogManifest?> ReadManifestAsync(SampleHost host, string path, CancellationToken cancellationToken)
    {
        try
        {
            await using FileStream stream = File.OpenRead(path);
            return await CatalogManifest.ReadAsync(stream, cancellationToken);
        }
        catch (CatalogManifestFormatException exception)
        {
            host.WriteError($"The previous manifest '{path}' is not a catalog manifest: {exception.Message}");
            return null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            host.WriteError($"The previous manifest '{path}' cannot be read: {exception.Message}");
            return null;
        }
    }

    /// <summary>What <c>catalog map</c> was asked to do.</summary>
    private sealed record MapRequest(
        string Input,
        string Spec,
        string Schema,
        string Output,
        string? Format,
        string? PreviousManifest,
        int? Parallelism,
        bool Provenance);

    /// <summary>Reports progress on the thread that reports it, so the last report is shown before the run returns.</summary>
    private sealed class ReportProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
