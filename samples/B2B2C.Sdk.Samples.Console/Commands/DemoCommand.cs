using System.CommandLine;
using System.Threading;
using System.Threading.Tasks;
using B2B2C.Sdk.Samples.Console.Data;
using B2B2C.Sdk.Samples.Console.Demo;
using Microsoft.Extensions.DependencyInjection;

namespace B2B2C.Sdk.Samples.Console.Commands;

/// <summary>The <c>demo</c> command: runs every demo step on the sample data.</summary>
internal static class DemoCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="host">The shared console, data and composition.</param>
    /// <returns>The command.</returns>
    public static Command Create(SampleHost host)
    {
        var command = new Command("demo", "Run the demo: each capability of the SDK, step by step, on the sample data in data/.");
        command.SetAction((parseResult, cancellationToken) => host.RunGuardedAsync(() => RunAsync(host, cancellationToken)));
        return command;
    }

    private static async Task<int> RunAsync(SampleHost host, CancellationToken cancellationToken)
    {
        SampleData data = host.LoadData();
        await using ServiceProvider services = host.BuildServices(data);
        var context = new DemoContext(host.Console, services, data);
        await DemoRunner.RunAsync(services.GetServices<IDemoStep>(), context, cancellationToken);
        return ExitCodes.Success;
    }
}
