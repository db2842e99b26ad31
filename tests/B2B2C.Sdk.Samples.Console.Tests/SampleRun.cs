using System;
using System.IO;
using System.Threading.Tasks;
using Spectre.Console;

namespace B2B2C.Sdk.Samples.Console.Tests;

/// <summary>The result of running the console sample in-process: its exit code and everything it printed.</summary>
/// <param name="ExitCode">The exit code.</param>
/// <param name="Output">The output, plain text.</param>
internal sealed record SampleRun(int ExitCode, string Output)
{
    /// <summary>The width of the recording console; the same as the sample uses for redirected output.</summary>
    private const int Width = 120;

    /// <summary>Runs the sample's real command line with a console that records plain text.</summary>
    /// <param name="args">The command line.</param>
    /// <returns>The exit code and the output.</returns>
    public static Task<SampleRun> RunAsync(params string[] args) => RunInAsync(null, args);

    /// <summary>Runs the sample with its data read from <paramref name="dataDirectory"/>.</summary>
    /// <param name="dataDirectory">The data folder; the shipped one when <see langword="null"/>.</param>
    /// <param name="args">The command line.</param>
    /// <returns>The exit code and the output.</returns>
    public static async Task<SampleRun> RunInAsync(string? dataDirectory, params string[] args)
    {
        using var writer = new StringWriter();
        IAnsiConsole console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        console.Profile.Width = Width;

        int exitCode = await SampleApp.RunAsync(args, console, dataDirectory);
        return new SampleRun(exitCode, writer.ToString().Replace("\r\n", "\n", StringComparison.Ordinal));
    }
}
