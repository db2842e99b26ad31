using System;
using System.Linq;
using System.Threading.Tasks;

namespace B2B2C.Sdk.Samples.Console.Tests;

public sealed class DemoCommandTests
{
    [Fact]
    public async Task Demo_SampleData_ExitsZeroUnderTheStepHeadings()
    {
        SampleRun run = await SampleRun.RunAsync("demo");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("1. Money, quantities and prices", run.Output, StringComparison.Ordinal);
        Assert.Contains("2. Prices for who asks", run.Output, StringComparison.Ordinal);
        Assert.Contains("3. Catalog to marketplace", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Demo_SampleData_PrintsExactAndRoundedLines()
    {
        SampleRun run = await SampleRun.RunAsync("demo");

        // 2,500 pieces at 12.37 EUR per 1,000: exactly 30.925, rounded half to even to 30.92.
        Assert.Matches(@"1N4148W-7-F .*12\.37 / 1000 H87 .* 30\.925 .* 30\.92 ", run.Output);

        // 3 reels at 17.10 EUR per reel of 5,000.
        Assert.Matches(@"3 REEL\(5000 H87\) .* 17\.10 / 1 REEL\(5000 H87\) .* 51\.30 ", run.Output);

        // 35 metres at 7.45 EUR per 10-metre spool: exactly 26.075, rounded to 26.08.
        Assert.Matches(@"35 MTR .* 26\.075 .* 26\.08 ", run.Output);
    }

    [Fact]
    public async Task Demo_SampleData_PrintsTotalVoucherCheckAndShipping()
    {
        SampleRun run = await SampleRun.RunAsync("demo");

        Assert.Contains("Cart total (sum of rounded lines): 619.12 EUR", run.Output, StringComparison.Ordinal);
        Assert.Contains("allocated 25.00 EUR = 25.00 EUR OK", run.Output, StringComparison.Ordinal);
        Assert.Contains("Shipping 9.99 EUR over 3 parcels: 3.33 + 3.33 + 3.33 = 9.99 EUR", run.Output, StringComparison.Ordinal);
        Assert.Contains("= 604.11 EUR", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Demo_SampleData_PrintsConversionsWithRateSourceAndDate()
    {
        SampleRun run = await SampleRun.RunAsync("demo");

        Assert.Matches(@"USD .* 712\.06 USD .* EUR/USD 1\.1787 .* Sample reference rates .* 2025-07-01", run.Output);
        Assert.Matches(@"JPY .* 102,536 JPY .* EUR/JPY 169\.73 .* Sample reference rates .* 2025-07-01", run.Output);
        Assert.Matches(@"CNY .* 5,100\.26 CNY .* EUR/CNY 8\.4426 .* Sample reference rates .* 2025-07-01", run.Output);
    }

    [Fact]
    public async Task Demo_SampleData_PrintsPackSplitAndRefusedConversion()
    {
        SampleRun run = await SampleRun.RunAsync("demo");

        Assert.Contains("12000 H87 into REEL(5000 H87): 2 REEL(5000 H87) + 2000 H87", run.Output, StringComparison.Ordinal);
        Assert.Contains("12000 H87 cannot be converted exactly to REEL(5000 H87)", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Demo_SampleData_PrintsCultureFormatsAndJson()
    {
        SampleRun run = await SampleRun.RunAsync("demo");

        Assert.Contains("en-US (C)  €604.11", run.Output, StringComparison.Ordinal);
        Assert.Matches(@"de-DE \(C\)\s+604,11\s€", run.Output);
        Assert.Contains("ja-JP (C)  €604.11", run.Output, StringComparison.Ordinal);
        Assert.Contains("{\"amount\":\"604.11\",\"currency\":\"EUR\"}", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Demo_SampleData_EachStepFitsInSixtyLines()
    {
        SampleRun run = await SampleRun.RunAsync("demo");

        // Each step starts at its rule ("── 1. ..."); count the non-empty lines of each, heading included.
        string[] lines = [.. run.Output.Split('\n').Where(line => line.Length > 0)];
        int[] starts = [.. Enumerable.Range(0, lines.Length).Where(i => lines[i].StartsWith("── ", StringComparison.Ordinal))];
        Assert.Equal(3, starts.Length);
        Assert.Equal(0, starts[0]);
        for (int step = 0; step < starts.Length; step++)
        {
            int end = step + 1 < starts.Length ? starts[step + 1] : lines.Length;
            Assert.InRange(end - starts[step], 20, 60);
        }
    }

    [Fact]
    public async Task Demo_MissingData_ExitsOneNamingTheFolder()
    {
        string empty = System.IO.Directory.CreateTempSubdirectory("b2b2c-sample-").FullName;
        try
        {
            SampleRun run = await SampleRun.RunInAsync(empty, "demo");

            Assert.Equal(ExitCodes.Failure, run.ExitCode);
            Assert.Contains(empty, run.Output, StringComparison.Ordinal);
        }
        finally
        {
            System.IO.Directory.Delete(empty, recursive: true);
        }
    }
}
