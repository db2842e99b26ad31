using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Spectre.Console;

namespace B2B2C.Sdk.Samples.Console.Demo;

/// <summary>Runs the demo steps in order, each under a rule that names it.</summary>
internal static class DemoRunner
{
    /// <summary>Runs <paramref name="steps"/> one after the other.</summary>
    /// <param name="steps">The steps, in the order to run them.</param>
    /// <param name="context">The context every step gets.</param>
    /// <param name="cancellationToken">Stops the run between or inside steps.</param>
    /// <returns>The number of steps run.</returns>
    public static async Task<int> RunAsync(IEnumerable<IDemoStep> steps, DemoContext context, CancellationToken cancellationToken)
    {
        int number = 0;
        foreach (IDemoStep step in steps)
        {
            cancellationToken.ThrowIfCancellationRequested();
            number++;
            context.Console.Write(new Rule($"[bold]{number}. {Markup.Escape(step.Title)}[/]").LeftJustified());
            await step.RunAsync(context, cancellationToken);
        }

        return number;
    }
}
