using System;
using System.Threading.Tasks;

namespace B2B2C.Sdk.Samples.Console.Tests;

public sealed class CommandLineTests
{
    [Fact]
    public async Task Run_NoCommand_ShowsHelpAndExitsZero()
    {
        SampleRun run = await SampleRun.RunAsync();

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("Usage:", run.Output, StringComparison.Ordinal);
        Assert.Contains("demo", run.Output, StringComparison.Ordinal);
        Assert.Contains("convert <amount> <from> <to>", run.Output, StringComparison.Ordinal);
        Assert.Contains("allocate <total> <currency> <ratio>", run.Output, StringComparison.Ordinal);
        Assert.Contains("catalog", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_HelpOnCommand_ShowsItsArgumentsAndExitsZero()
    {
        SampleRun run = await SampleRun.RunAsync("convert", "--help");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("--at <date>", run.Output, StringComparison.Ordinal);
        Assert.Contains("<amount>", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_UnknownCommand_ExitsTwoNamingIt()
    {
        SampleRun run = await SampleRun.RunAsync("frobnicate");

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Contains("error: Unrecognized command or argument 'frobnicate'", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_UnknownOption_ExitsTwoNamingIt()
    {
        SampleRun run = await SampleRun.RunAsync("demo", "--fast");

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Contains("'--fast'", run.Output, StringComparison.Ordinal);
    }
}
