using System.Threading;
using System.Threading.Tasks;

namespace B2B2C.Sdk.Samples.Console.Demo;

/// <summary>
/// One step of the <c>demo</c> command: a capability of the SDK shown on the sample data. Steps are registered in
/// <see cref="SampleHost.BuildServices"/> and run in registration order, each under a heading with its
/// <see cref="Title"/>.
/// </summary>
internal interface IDemoStep
{
    /// <summary>Gets the heading the step runs under.</summary>
    string Title { get; }

    /// <summary>Runs the step, writing to <see cref="DemoContext.Console"/>.</summary>
    /// <param name="context">The console, the services and the sample data.</param>
    /// <param name="cancellationToken">Stops the step.</param>
    /// <returns>A task that completes when the step is done.</returns>
    Task RunAsync(DemoContext context, CancellationToken cancellationToken);
}
