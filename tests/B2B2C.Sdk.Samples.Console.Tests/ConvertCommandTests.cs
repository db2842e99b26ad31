using System;
using System.Threading.Tasks;

namespace B2B2C.Sdk.Samples.Console.Tests;

public sealed class ConvertCommandTests
{
    [Fact]
    public async Task Convert_EurToUsd_PrintsAmountAndLatestRate()
    {
        SampleRun run = await SampleRun.RunAsync("convert", "100", "EUR", "USD");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("100.00 EUR = 117.87 USD", run.Output, StringComparison.Ordinal);
        Assert.Contains("rate EUR/USD 1.1787, Sample reference rates, effective 2025-07-01", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Convert_AtDateBeforeSecondRate_UsesRateInForceThen()
    {
        SampleRun run = await SampleRun.RunAsync("convert", "100", "eur", "jpy", "--at", "2025-03-01");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("100.00 EUR = 16,284 JPY", run.Output, StringComparison.Ordinal);
        Assert.Contains("EUR/JPY 162.84", run.Output, StringComparison.Ordinal);
        Assert.Contains("effective 2025-01-02", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Convert_QuoteToBase_UsesInvertedRate()
    {
        SampleRun run = await SampleRun.RunAsync("convert", "117.87", "USD", "EUR", "--at", "2025-07-01");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("117.87 USD = 100.00 EUR", run.Output, StringComparison.Ordinal);
        Assert.Contains("(inverted)", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Convert_SameCurrency_PrintsAmountWithoutRate()
    {
        SampleRun run = await SampleRun.RunAsync("convert", "5", "EUR", "EUR");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("5.00 EUR = 5.00 EUR", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("rate ", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("XYZ", "EUR", "'XYZ' is not the code of an active ISO 4217 currency")]
    [InlineData("EUR", "EURO", "'EURO' is not the code of an active ISO 4217 currency")]
    public async Task Convert_UnknownCurrency_ExitsTwoNamingTheCode(string from, string to, string expected)
    {
        SampleRun run = await SampleRun.RunAsync("convert", "100", from, to);

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Contains("error: " + expected, run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1,5")]
    [InlineData("abc")]
    [InlineData("1e3")]
    public async Task Convert_BadAmount_ExitsTwoNamingTheValue(string amount)
    {
        SampleRun run = await SampleRun.RunAsync("convert", amount, "EUR", "USD");

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Contains($"error: The amount '{amount}' is not a number", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Convert_BadDate_ExitsTwoNamingTheValue()
    {
        SampleRun run = await SampleRun.RunAsync("convert", "100", "EUR", "USD", "--at", "yesterday");

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Contains("error: The date 'yesterday' is not a date", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Convert_DateBeforeFirstRate_ExitsTwoNamingThePair()
    {
        SampleRun run = await SampleRun.RunAsync("convert", "100", "EUR", "USD", "--at", "2024-12-31");

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Contains("error: No exchange rate from EUR to USD is in force at 2024-12-31", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Convert_PairNotInTable_ExitsTwoNamingThePair()
    {
        SampleRun run = await SampleRun.RunAsync("convert", "100", "EUR", "CHF");

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Contains("error: No exchange rate from EUR to CHF", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Convert_MissingArgument_ExitsTwoWithParserMessage()
    {
        SampleRun run = await SampleRun.RunAsync("convert", "100", "EUR");

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Contains("error: Required argument missing for command: 'convert'", run.Output, StringComparison.Ordinal);
    }
}
