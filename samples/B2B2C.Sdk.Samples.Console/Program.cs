using System.Threading.Tasks;
using Spectre.Console;

namespace B2B2C.Sdk.Samples.Console;

internal static class Program
{
    /// <summary>The width used when the output is not a terminal (redirected to a file or a CI log).</summary>
    private const int RedirectedWidth = 120;

    private static Task<int> Main(string[] args) => SampleApp.RunAsync(args, CreateConsole());

    /// <summary>
    /// The terminal as Spectre.Console detects it; when the output is redirected, plain text (no escape codes, no
    /// colours, nothing interactive) at a fixed width, so files and CI logs read well.
    /// </summary>
    private static IAnsiConsole CreateConsole()
    {
        if (!System.Console.IsOutputRedirected)
        {
            return AnsiConsole.Console;
        }

        IAnsiConsole console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(System.Console.Out),
        });
        console.Profile.Width = RedirectedWidth;
        return console;
    }
}
