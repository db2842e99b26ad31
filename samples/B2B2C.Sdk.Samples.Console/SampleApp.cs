using System;
using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Parsing;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using B2B2C.Sdk.Samples.Console.Commands;
using B2B2C.Sdk.Samples.Console.Data;
using Spectre.Console;

namespace B2B2C.Sdk.Samples.Console;

/// <summary>
/// The console host: the command line (<c>demo</c>, <c>convert</c>, <c>allocate</c>, <c>catalog map</c>) over one <see cref="IAnsiConsole"/>,
/// so the same code runs in a terminal, with redirected output and in tests.
/// </summary>
internal static class SampleApp
{
    /// <summary>The width help text wraps at; independent of the terminal so the output is stable.</summary>
    private const int HelpWidth = 100;

    /// <summary>Parses <paramref name="args"/>, runs the command and returns the process exit code.</summary>
    /// <param name="args">The command line, without the executable.</param>
    /// <param name="console">Where every line of output goes, help and errors included.</param>
    /// <param name="dataDirectory">The folder holding the sample data; the <c>data</c> folder next to the executable by default.</param>
    /// <param name="cancellationToken">Stops a running command.</param>
    /// <returns><see cref="ExitCodes.Success"/>, <see cref="ExitCodes.InvalidInput"/> or <see cref="ExitCodes.Failure"/>.</returns>
    public static async Task<int> RunAsync(
        string[] args,
        IAnsiConsole console,
        string? dataDirectory = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(console);

        var host = new SampleHost(console, dataDirectory ?? SampleData.DefaultDirectory);
        RootCommand root = BuildRootCommand(host);
        ParseResult parseResult = root.Parse(args);
        TextWriter writer = console.Profile.Out.Writer;
        var invocation = new InvocationConfiguration { Output = writer, Error = writer };

        if (parseResult.Action is not HelpAction && parseResult.Errors.Count > 0)
        {
            foreach (ParseError error in parseResult.Errors)
            {
                host.WriteError(error.Message);
            }

            console.MarkupLine("Run [bold]b2b2c-sample --help[/] for the commands and their arguments.");
            return ExitCodes.InvalidInput;
        }

        return await parseResult.InvokeAsync(invocation, cancellationToken);
    }

    /// <summary>Builds the command tree; running the root command alone shows help.</summary>
    /// <param name="host">The services the commands share.</param>
    /// <returns>The root command.</returns>
    internal static RootCommand BuildRootCommand(SampleHost host)
    {
        var root = new RootCommand("B2B2C.Sdk console sample: composes the SDK and shows what it does with real-looking data.")
        {
            DemoCommand.Create(host),
            ConvertCommand.Create(host),
            AllocateCommand.Create(host),
            CatalogCommand.Create(host),
        };

        HelpAction help = root.Options.OfType<HelpOption>().Select(option => option.Action).OfType<HelpAction>().First();
        help.MaxWidth = HelpWidth;
        root.SetAction(parseResult => help.Invoke(parseResult));
        return root;
    }
}
