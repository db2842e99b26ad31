using System;
using B2B2C.Sdk.Samples.Console.Data;
using Spectre.Console;

namespace B2B2C.Sdk.Samples.Console.Demo;

/// <summary>What every demo step works with.</summary>
/// <param name="Console">Where the step writes.</param>
/// <param name="Services">The composed services: the SDK and what the host registered.</param>
/// <param name="Data">The sample data.</param>
internal sealed record DemoContext(IAnsiConsole Console, IServiceProvider Services, SampleData Data);
