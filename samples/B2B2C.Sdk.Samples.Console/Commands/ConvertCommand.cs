using System;
using System.CommandLine;
using System.Threading;
using System.Threading.Tasks;
using B2B2C.Sdk.Samples.Console.Data;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace B2B2C.Sdk.Samples.Console.Commands;

/// <summary>The <c>convert</c> command: converts an amount at the shipped exchange rates and shows the rate used.</summary>
internal static class ConvertCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="host">The shared console, data and composition.</param>
    /// <returns>The command.</returns>
    public static Command Create(SampleHost host)
    {
        var amount = new Argument<string>("amount") { Description = "The amount, with a decimal point: 100 or 1234.50." };
        var from = new Argument<string>("from") { Description = "The currency of the amount: an ISO 4217 code such as EUR." };
        var to = new Argument<string>("to") { Description = "The currency to convert into: USD, JPY, CNY or GBP from EUR, or back." };
        var at = new Option<string?>("--at")
        {
            Description = "Use the rate in force at this date (2025-07-01, midnight UTC) instead of now.",
            HelpName = "date",
        };

        var command = new Command("convert", "Convert an amount at the exchange rates shipped in data/exchange-rates.json.")
        {
            amount,
            from,
            to,
            at,
        };
        command.SetAction((parseResult, cancellationToken) => host.RunGuardedAsync(() => RunAsync(
            host,
            parseResult.GetRequiredValue(amount),
            parseResult.GetRequiredValue(from),
            parseResult.GetRequiredValue(to),
            parseResult.GetValue(at),
            cancellationToken)));
        return command;
    }

    private static async Task<int> RunAsync(SampleHost host, string amountText, string fromText, string toText, string? atText, CancellationToken cancellationToken)
    {
        Currency from = CommandInput.Currency(fromText);
        var money = Money.Of(CommandInput.Decimal(amountText, "amount"), from);
        Currency to = CommandInput.Currency(toText);
        DateTimeOffset? at = atText is null ? null : CommandInput.Moment(atText);

        SampleData data = host.LoadData();
        await using ServiceProvider services = host.BuildServices(data);
        CurrencyConverter converter = services.GetRequiredService<CurrencyConverter>();
        CurrencyConversion conversion = await converter.ConvertAsync(money, to, at, cancellationToken: cancellationToken);

        IAnsiConsole console = host.Console;
        console.MarkupLine($"{Display.Money(conversion.Original)} = [bold]{Display.Money(conversion.Result)}[/]");
        if (conversion.Rate is { } rate)
        {
            console.MarkupLine(Markup.Escape(
                $"rate {Display.Rate(rate)}, {rate.Source}, effective {Display.Date(rate.EffectiveFrom)}; "
                + $"exact {Display.Exact(conversion.Exact.Amount)} {to.Code}, rounded {conversion.Rounding}"));
        }
        else
        {
            console.MarkupLine("same currency: nothing to convert");
        }

        return ExitCodes.Success;
    }
}
