using System;
using System.CommandLine;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using Spectre.Console;

namespace B2B2C.Sdk.Samples.Console.Commands;

/// <summary>The <c>allocate</c> command: divides a total by ratios without losing a cent, and checks the sum.</summary>
internal static class AllocateCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="host">The shared console, data and composition.</param>
    /// <returns>The command.</returns>
    public static Command Create(SampleHost host)
    {
        var total = new Argument<string>("total") { Description = "The amount to divide, with a decimal point: 100 or 9.99." };
        var currency = new Argument<string>("currency") { Description = "Its currency: an ISO 4217 code such as EUR." };
        var ratios = new Argument<string[]>("ratio")
        {
            Description = "The ratios, zero or positive: 1 1 1 divides in thirds, 70 30 in 70% and 30%.",
            Arity = ArgumentArity.OneOrMore,
        };

        var command = new Command("allocate", "Divide an amount by ratios into parts of whole cents that add up to it exactly.")
        {
            total,
            currency,
            ratios,
        };
        command.SetAction(parseResult => host.RunGuardedAsync(() => Task.FromResult(Run(
            host,
            parseResult.GetRequiredValue(total),
            parseResult.GetRequiredValue(currency),
            parseResult.GetRequiredValue(ratios)))));
        return command;
    }

    private static int Run(SampleHost host, string totalText, string currencyText, string[] ratioTexts)
    {
        Currency currency = CommandInput.Currency(currencyText);
        var money = Money.Of(CommandInput.Decimal(totalText, "total"), currency);
        decimal[] ratios = [.. ratioTexts.Select(text => CommandInput.Decimal(text, "ratio"))];
        int negative = Array.FindIndex(ratios, ratio => ratio < 0m);
        if (negative >= 0)
        {
            throw new FormatException($"The ratio '{ratioTexts[negative]}' is negative; ratios must be zero or positive.");
        }

        if (currency.MinorUnit is not int minorUnit)
        {
            throw new FormatException($"{currency.Code} has no minor unit, so it cannot be divided into whole units.");
        }

        if (!money.IsRoundedToMinorUnit())
        {
            throw new FormatException(
                $"The total '{totalText}' has more decimals than {currency.Code} has ({minorUnit}); round it first.");
        }

        Money[] parts = money.Allocate(ratios);

        var table = new Table()
            .Border(TableBorder.Rounded)
            .AddColumn(new TableColumn("Part").RightAligned())
            .AddColumn(new TableColumn("Ratio").RightAligned())
            .AddColumn(new TableColumn("Amount").RightAligned());
        for (int i = 0; i < parts.Length; i++)
        {
            table.AddRow(
                (i + 1).ToString(CultureInfo.InvariantCulture),
                Display.Number(ratios[i]),
                Display.Money(parts[i]));
        }

        IAnsiConsole console = host.Console;
        console.Write(table);
        Money sum = parts.Aggregate(Money.Zero(currency), (accumulated, part) => accumulated + part);
        console.MarkupLine(
            $"sum {Display.Money(sum)} = total {Display.Money(money)} " + (sum == money ? "[green]OK[/]" : "[red]MISMATCH[/]"));
        return sum == money ? ExitCodes.Success : ExitCodes.Failure;
    }
}
