using System;
using System.Threading.Tasks;

namespace B2B2C.Sdk.Samples.Console.Tests;

public sealed class AllocateCommandTests
{
    [Fact]
    public async Task Allocate_HundredEurosInThirds_PrintsPartsThatAddUp()
    {
        SampleRun run = await SampleRun.RunAsync("allocate", "100", "EUR", "1", "1", "1");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Matches(@"1 .* 1 .* 33\.34 EUR", run.Output);
        Assert.Matches(@"2 .* 1 .* 33\.33 EUR", run.Output);
        Assert.Matches(@"3 .* 1 .* 33\.33 EUR", run.Output);
        Assert.Contains("sum 100.00 EUR = total 100.00 EUR OK", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Allocate_YenWithoutMinorUnit_PrintsWholeYen()
    {
        SampleRun run = await SampleRun.RunAsync("allocate", "1000", "JPY", "1", "1", "1");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("334 JPY", run.Output, StringComparison.Ordinal);
        Assert.Contains("sum 1,000 JPY = total 1,000 JPY OK", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Allocate_UnevenRatios_PartsFollowRatios()
    {
        SampleRun run = await SampleRun.RunAsync("allocate", "9.99", "EUR", "70", "30");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("6.99 EUR", run.Output, StringComparison.Ordinal);
        Assert.Contains("3.00 EUR", run.Output, StringComparison.Ordinal);
        Assert.Contains("sum 9.99 EUR = total 9.99 EUR OK", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Allocate_BadTotal_ExitsTwoNamingTheValue()
    {
        SampleRun run = await SampleRun.RunAsync("allocate", "ten", "EUR", "1", "1");

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Contains("error: The total 'ten' is not a number", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Allocate_BadRatio_ExitsTwoNamingTheValue()
    {
        SampleRun run = await SampleRun.RunAsync("allocate", "100", "EUR", "1", "x2");

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Contains("error: The ratio 'x2' is not a number", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Allocate_NegativeRatio_ExitsTwoNamingTheValue()
    {
        SampleRun run = await SampleRun.RunAsync("allocate", "100", "EUR", "1", "-2");

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Contains("error: The ratio '-2' is negative", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Allocate_AllRatiosZero_ExitsTwoWithReason()
    {
        SampleRun run = await SampleRun.RunAsync("allocate", "100", "EUR", "0", "0");

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Contains("error: All ratios are zero", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Allocate_TotalFinerThanMinorUnit_ExitsTwoNamingTheValue()
    {
        SampleRun run = await SampleRun.RunAsync("allocate", "100.005", "EUR", "1", "1");

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Contains("error: The total '100.005' has more decimals than EUR has (2)", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Allocate_UnknownCurrency_ExitsTwoNamingTheCode()
    {
        SampleRun run = await SampleRun.RunAsync("allocate", "100", "EUX", "1");

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Contains("error: 'EUX' is not the code of an active ISO 4217 currency", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Allocate_NoRatio_ExitsTwoWithParserMessage()
    {
        SampleRun run = await SampleRun.RunAsync("allocate", "100", "EUR");

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Contains("error: Required argument missing for command: 'allocate'", run.Output, StringComparison.Ordinal);
    }
}
