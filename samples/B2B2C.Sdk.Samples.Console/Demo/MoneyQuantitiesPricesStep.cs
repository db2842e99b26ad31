using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using B2B2C.Sdk.Samples.Console.Data;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace B2B2C.Sdk.Samples.Console.Demo;

/// <summary>
/// Money, quantities and prices on the sample cart: exact line extension, rounding to cents, a voucher allocated
/// without losing a cent, shipping split, the total converted at recorded rates, pack arithmetic, and formatting.
/// </summary>
internal sealed class MoneyQuantitiesPricesStep : IDemoStep
{
    /// <summary>The voucher taken off the cart.</summary>
    private const decimal VoucherAmount = 25.00m;

    /// <summary>The shipping charge, split over three parcels.</summary>
    private const decimal ShippingAmount = 9.99m;

    private const int Parcels = 3;

    private static readonly string[] s_cultures = ["en-US", "de-DE", "ja-JP"];

    private static readonly Currency[] s_targets = [Currency.USD, Currency.JPY, Currency.CNY];

    /// <inheritdoc/>
    public string Title => "Money, quantities and prices";

    /// <inheritdoc/>
    public async Task RunAsync(DemoContext context, CancellationToken cancellationToken)
    {
        IAnsiConsole console = context.Console;
        Cart cart = context.Data.Cart;
        Currency currency = cart.Lines[0].UnitPrice.Currency;

        // Each line extended exactly (no rounding), then rounded once to the cent.
        Money[] exact = [.. cart.Lines.Select(line => line.UnitPrice.Extend(line.Quantity))];
        Money[] rounded = [.. exact.Select(amount => amount.RoundToMinorUnit())];
        Money total = Sum(rounded, currency);

        // The voucher is shared out in proportion to the rounded line amounts; the parts always add up.
        Money voucher = Money.Of(VoucherAmount, currency);
        Money[] voucherShares = voucher.Allocate([.. rounded.Select(amount => amount.Amount)]);
        Money allocated = Sum(voucherShares, currency);

        WriteLines(console, cart, exact, rounded, voucherShares, total);
        console.MarkupLine($"Cart total (sum of rounded lines): [bold]{Display.Money(total)}[/]");
        console.MarkupLine(
            $"Voucher {Display.Money(voucher)} by line amount: allocated {Display.Money(allocated)} = {Display.Money(voucher)} "
            + (allocated == voucher ? "[green]OK[/]" : "[red]MISMATCH[/]"));

        Money shipping = Money.Of(ShippingAmount, currency);
        Money[] parcels = shipping.Split(Parcels);
        console.MarkupLine(
            $"Shipping {Display.Money(shipping)} over {Parcels} parcels: "
            + $"{string.Join(" + ", parcels.Select(part => part.ToString("N", CultureInfo.InvariantCulture)))} = {Display.Money(Sum(parcels, currency))}");

        Money net = total - voucher + shipping;
        console.MarkupLine($"Net total: {Display.Money(total)} - {Display.Money(voucher)} + {Display.Money(shipping)} = [bold]{Display.Money(net)}[/]");

        CurrencyConverter converter = context.Services.GetRequiredService<CurrencyConverter>();
        await WriteConversionsAsync(console, converter, net, cart, cancellationToken);
        WritePacks(console, cart.Lines[0].Quantity);
        WriteFormats(console, net);
    }

    private static void WriteLines(IAnsiConsole console, Cart cart, Money[] exact, Money[] rounded, Money[] voucherShares, Money total)
    {
        string code = total.Currency.Code;
        var table = new Table()
            .Border(TableBorder.Rounded)
            .Title($"Cart of {Markup.Escape(cart.Customer.Value)}, ordered {Display.Date(cart.OrderedAt)}")
            .AddColumn("SKU")
            .AddColumn("Description")
            .AddColumn(new TableColumn("Quantity").RightAligned())
            .AddColumn(new TableColumn($"Price ({code})").RightAligned())
            .AddColumn(new TableColumn("Exact").RightAligned())
            .AddColumn(new TableColumn("Line").RightAligned())
            .AddColumn(new TableColumn("Voucher").RightAligned());

        for (int i = 0; i < cart.Lines.Count; i++)
        {
            CartLine line = cart.Lines[i];
            table.AddRow(
                Markup.Escape(line.Sku.Value),
                Markup.Escape(line.Description),
                Markup.Escape(line.Quantity.ToString()),
                Markup.Escape($"{Display.Exact(line.UnitPrice.Price.Amount)} / {line.UnitPrice.Per}"),
                Display.Exact(exact[i].Amount),
                rounded[i].ToString("N", CultureInfo.InvariantCulture),
                (-voucherShares[i]).ToString("N", CultureInfo.InvariantCulture));
        }

        console.Write(table);
    }

    private static async Task WriteConversionsAsync(
        IAnsiConsole console,
        CurrencyConverter converter,
        Money net,
        Cart cart,
        CancellationToken cancellationToken)
    {
        var table = new Table()
            .Border(TableBorder.Rounded)
            .Title($"Net total at the rates in force on {Display.Date(cart.OrderedAt)}")
            .AddColumn("To")
            .AddColumn(new TableColumn("Exact").RightAligned())
            .AddColumn(new TableColumn("Rounded").RightAligned())
            .AddColumn("Rate")
            .AddColumn("Source")
            .AddColumn("Effective");

        foreach (Currency target in s_targets)
        {
            CurrencyConversion conversion = await converter.ConvertAsync(net, target, cart.OrderedAt, cancellationToken: cancellationToken);
            ExchangeRate rate = conversion.Rate!;
            table.AddRow(
                target.Code,
                Display.Exact(conversion.Exact.Amount),
                Display.Money(conversion.Result),
                Display.Rate(rate),
                Markup.Escape(rate.Source),
                Display.Date(rate.EffectiveFrom));
        }

        console.Write(table);
    }

    private static void WritePacks(IAnsiConsole console, Quantity pieces)
    {
        UnitOfMeasure reel = UnitOfMeasure.Pack("REEL", 5000m, UnitOfMeasure.Piece);
        Quantity reels = pieces.ToWholePacks(reel, out Quantity rest);
        console.MarkupLine(Markup.Escape($"Packs: {pieces} into {reel}: {reels} + {rest} (ToWholePacks)"));
        try
        {
            pieces.ConvertTo(reel);
        }
        catch (QuantityConversionException exception)
        {
            // Deliberate: 12,000 pieces are 2.4 reels, and the SDK never rounds a quantity to make it fit.
            console.MarkupLine($"ConvertTo refused, by design (2.4 reels do not exist): [yellow]{Markup.Escape(exception.Message)}[/]");
        }
    }

    private static void WriteFormats(IAnsiConsole console, Money net)
    {
        var grid = new Grid().AddColumn().AddColumn();
        foreach (string name in s_cultures)
        {
            grid.AddRow(Markup.Escape($"{name} (C)"), Markup.Escape(net.ToString("C", CultureInfo.GetCultureInfo(name))));
        }

        grid.AddRow("JSON", Markup.Escape(JsonSerializer.Serialize(net)));
        console.Write(grid);
    }

    /// <summary>Sums amounts of one currency.</summary>
    private static Money Sum(IEnumerable<Money> amounts, Currency currency)
        => amounts.Aggregate(Money.Zero(currency), (sum, amount) => sum + amount);
}
