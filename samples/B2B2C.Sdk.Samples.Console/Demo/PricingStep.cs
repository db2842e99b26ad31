using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using B2B2C.Sdk.Pricing;
using B2B2C.Sdk.Samples.Console.Data;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace B2B2C.Sdk.Samples.Console.Demo;

/// <summary>
/// Prices for who asks: one cart quoted for a general customer, a gold distributor and a store of the hierarchy,
/// why one line differs (the proof's winner and the candidates it beat), the next price break, an offer seen by
/// each audience, and a month of the distributor's invoices accrued and settled against a rebate ladder.
/// </summary>
internal sealed class PricingStep : IDemoStep
{
    /// <summary>The path of an entry in a proof: <c>priceLists[3](LIST-CNY).entries[24](CL10B104KB8NNNC)</c>.</summary>
    private static readonly Regex s_entryPath = new(@"^priceLists\[(\d+)\][^.]*\.entries\[(\d+)\]", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <inheritdoc/>
    public string Title => "Prices for who asks";

    /// <inheritdoc/>
    public Task RunAsync(DemoContext context, CancellationToken cancellationToken)
    {
        IAnsiConsole console = context.Console;
        PricingEngine pricing = context.Services.GetRequiredService<PricingEngine>();
        ImmutableArray<Asker> askers = PricingSamples.Askers;
        CartQuote[] quotes = [.. askers.Select(asker => pricing.QuoteCart(asker.Context, PricingSamples.Cart, PricingSamples.QuotedAt))];
        WriteQuotes(console, askers, quotes);
        WriteWhy(console, pricing, context.Data.PriceBook, askers);
        WriteNextBreak(console, pricing);

        cancellationToken.ThrowIfCancellationRequested();
        WriteOffers(console, context.Services.GetRequiredService<OfferEngine>());

        cancellationToken.ThrowIfCancellationRequested();
        WriteRebates(console, context.Services.GetRequiredService<RebateEngine>(), quotes[askers.IndexOf(PricingSamples.Gold)]);
        return Task.CompletedTask;
    }

    private static void WriteQuotes(IAnsiConsole console, ImmutableArray<Asker> askers, CartQuote[] quotes)
    {
        var table = new Table()
            .Border(TableBorder.Rounded)
            .Title($"The same cart quoted on {Display.Date(PricingSamples.QuotedAt)} for three askers (net line amounts)")
            .AddColumn(new TableColumn("SKU").Footer("Total"))
            .AddColumn(new TableColumn("Quantity").RightAligned());
        for (int a = 0; a < askers.Length; a++)
        {
            table.AddColumn(new TableColumn($"{Markup.Escape(askers[a].Name)} ({quotes[a].Currency.Code})").RightAligned()
                .Footer(Amount(quotes[a].NetTotal)));
        }

        foreach (QuotedLine line in quotes[0].Lines)
        {
            // A line whose tier was reached by its family's total in the cart is marked *.
            IEnumerable<string> amounts = quotes.Select(quote => quote.Lines[line.Index]).Select(quoted =>
                Amount(quoted.NetAmount) + (FamilyTier(quoted) is null ? "  " : " *"));
            table.AddRow([Markup.Escape(line.Sku.Value), Markup.Escape(line.Quantity.ToString()), .. amounts.Select(Markup.Escape)]);
        }

        console.Write(table);
        if (quotes[0].Lines.Select(FamilyTier).FirstOrDefault(adjustment => adjustment is not null) is PriceAdjustment tier)
        {
            console.MarkupLine($"* family tier: {Markup.Escape(tier.Description)}");
        }
    }

    private static void WriteWhy(IAnsiConsole console, PricingEngine pricing, PriceBook book, ImmutableArray<Asker> askers)
    {
        Pricing.CartLine line = PricingSamples.Cart[PricingSamples.ExplainedLine];
        var table = new Table()
            .Border(TableBorder.Rounded)
            .Title(Markup.Escape($"Why {line.Sku} x {line.Quantity} differs: each price's proof"))
            .AddColumn("Asker")
            .AddColumn("Winner (price basis), source")
            .AddColumn(new TableColumn("Line").RightAligned())
            .AddColumn("Candidates it beat: line amount, why they lost");
        foreach (Asker asker in askers)
        {
            PriceProof proof = pricing.PriceWithProof(asker.Context, line.Sku, line.Quantity, PricingSamples.QuotedAt);
            PriceCandidate? winner = proof.Candidates.FirstOrDefault(candidate => candidate.Rejection == PriceRejection.None);
            IEnumerable<string> beaten = proof.Candidates
                .Where(candidate => candidate.Rejection != PriceRejection.None)
                .Select(candidate => $"{Describe(book, candidate)}: {(candidate.LineAmount is Money amount ? Amount(amount) + ", " : string.Empty)}{candidate.Rejection}");
            table.AddRow(
                Markup.Escape(asker.Name),
                Markup.Escape(winner is null ? proof.Status.ToString() : $"{Describe(book, winner)}, {winner.Source}"),
                Markup.Escape(proof.RoundedLineAmount is Money rounded ? Amount(rounded) : "-"),
                Markup.Escape(string.Join("\n", beaten)));
        }

        console.Write(table);
        console.MarkupLine(Markup.Escape(
            $"Access sequence {string.Join(" > ", book.AccessSequence)}: the first price found wins, the rest are Shadowed."));
    }

    /// <summary>Names a candidate by its list and the price basis of its entry, looked up by the entry's path in the book.</summary>
    private static string Describe(PriceBook book, PriceCandidate candidate)
    {
        Match path = s_entryPath.Match(candidate.EntryPath);
        if (!path.Success)
        {
            return candidate.PriceList.Value;
        }

        PriceEntry entry = book.PriceLists[int.Parse(path.Groups[1].Value, CultureInfo.InvariantCulture)]
            .Entries[int.Parse(path.Groups[2].Value, CultureInfo.InvariantCulture)];
        return entry.Unit.IsPack && entry.PriceBasis == 1m
            ? $"{candidate.PriceList} {entry.Unit.Code}"
            : $"{candidate.PriceList} {Display.Number(entry.PriceBasis)} {entry.Unit}";
    }

    private static void WriteNextBreak(IAnsiConsole console, PricingEngine pricing)
    {
        Pricing.CartLine line = PricingSamples.Cart[PricingSamples.BreakLine];
        Asker gold = PricingSamples.Gold;
        PriceProof proof = pricing.PriceWithProof(gold.Context, line.Sku, line.Quantity, PricingSamples.QuotedAt);
        if (proof.NextBreak is PriceBreak next && proof.UnitPrice is UnitPrice now)
        {
            console.MarkupLine(Markup.Escape(
                $"Next break ({gold.Name}, {line.Sku} {line.Quantity} at {Display.Exact(now.Price.Amount)}): "
                + $"buy {next.AdditionalQuantity} more, pay {Display.Money(next.SavingPerBasis)} less per {next.Price.Per}."));
        }
    }

    private static void WriteOffers(IAnsiConsole console, OfferEngine offers)
    {
        Pricing.CartLine line = PricingSamples.Cart[PricingSamples.ExplainedLine];
        var table = new Table()
            .Border(TableBorder.Rounded)
            .Title(Markup.Escape($"Offer for {line.Sku} x {line.Quantity}, stock {offers.Stock.Version}"))
            .AddColumn("Asker")
            .AddColumn("Status")
            .AddColumn("Ships")
            .AddColumn("Per warehouse (+ receipts)")
            .AddColumn("Quota left")
            .AddColumn("Orderable");
        foreach (Asker asker in new[] { PricingSamples.Askers[0], PricingSamples.Gold })
        {
            Offer offer = offers.OfferFor(asker.Context, line.Sku, line.Quantity, PricingSamples.QuotedAt);
            AvailabilityView view = offer.Availability;
            string warehouses = view.Warehouses.IsDefaultOrEmpty
                ? "-"
                : string.Join("\n", view.Warehouses.Select(warehouse => $"{warehouse.Name} {warehouse.Available}"
                    + string.Concat(warehouse.Receipts.Select(receipt => $" (+{Display.Number(receipt.Quantity.Value)} {Display.Date(receipt.ExpectedAt)})"))));
            table.AddRow(
                Markup.Escape(asker.Name),
                Markup.Escape(view.Status.ToString()),
                view.ShipDate is { } ships ? Display.Date(ships) : "-",
                Markup.Escape(warehouses),
                Markup.Escape(view.Quota is { } quota ? $"{Display.Number(quota.Remaining.Value)} of {quota.Allocated}" : "-"),
                Markup.Escape(view.OrderableNow?.ToString() ?? "-"));
        }

        console.Write(table);
    }

    private static void WriteRebates(IAnsiConsole console, RebateEngine rebates, CartQuote goldQuote)
    {
        RebateAgreement agreement = PricingSamples.Agreement;
        RebatePeriodWindow month = rebates.PeriodOf(agreement, PricingSamples.RebateMonth);
        IReadOnlyList<RebatePurchase> invoices = PricingSamples.Invoices(goldQuote);
        RebateAccrual accrual = rebates.Accrue(agreement, invoices, month);
        RebateSettlement first = rebates.Settle(agreement, invoices, month, [], PricingSamples.SettledAt);
        RebateSettlement again = rebates.Settle(agreement, invoices, month, [first], PricingSamples.SettledAt.AddHours(1));

        string ladder = string.Join(", ", agreement.Bands.Select(band => $"{Percent(band.Rate)} from {Display.Money(Money.Of(band.Threshold, agreement.Currency))}"));
        console.MarkupLine(Markup.Escape($"Rebate {agreement.Id} ({agreement.Period}, {agreement.Kind}): {ladder}."));
        string next = accrual.NextBand is RebateBand nextBand && accrual.VolumeToNextBand is Money toNext
            ? $"; {Total(toNext)} more earns {Percent(nextBand.Rate)}"
            : string.Empty;
        console.MarkupLine(Markup.Escape(
            $"{month.Label}: {invoices.Select(invoice => invoice.InvoiceId).Distinct().Count()} invoices, {invoices.Count} lines, "
            + $"volume {Total(accrual.Volume)}: {(accrual.Band is RebateBand band ? Percent(band.Rate) : "no band")} earns {Display.Money(accrual.EarnedRounded)}{next}."));
        foreach (RebateSettlement settlement in new[] { first, again })
        {
            console.MarkupLine(Markup.Escape(
                $"Settlement {settlement.Sequence} at {settlement.SettledAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)}: "
                + $"earned {Display.Money(settlement.Earned)} - already paid {Display.Money(settlement.AlreadyPaid)} = due {Display.Money(settlement.Due)}"));
        }

        WriteAllocation(console, first);
    }

    private static void WriteAllocation(IAnsiConsole console, RebateSettlement settlement)
    {
        Money allocated = settlement.Lines.Aggregate(Money.Zero(settlement.Due.Currency), (sum, line) => sum + line.Amount);
        var table = new Table()
            .Border(TableBorder.Rounded)
            .Title(Markup.Escape($"Settlement {settlement.Sequence} by invoice line, per article"))
            .AddColumn(new TableColumn("SKU").Footer("Total"))
            .AddColumn(new TableColumn("Lines").RightAligned().Footer(settlement.Lines.Length.ToString(CultureInfo.InvariantCulture)))
            .AddColumn(new TableColumn("Net").RightAligned().Footer(Amount(settlement.Accrual.Volume)))
            .AddColumn(new TableColumn("Rebate").RightAligned().Footer(Amount(allocated)));
        foreach (IGrouping<Sku, RebateSettlementLine> article in settlement.Lines.GroupBy(line => line.Sku).OrderBy(article => CartIndex(article.Key)))
        {
            Money zero = Money.Zero(settlement.Due.Currency);
            table.AddRow(
                Markup.Escape(article.Key.Value),
                article.Count().ToString(CultureInfo.InvariantCulture),
                Amount(article.Aggregate(zero, (sum, line) => sum + line.EligibleNetAmount)),
                Amount(article.Aggregate(zero, (sum, line) => sum + line.Amount)));
        }

        console.Write(table);
        console.MarkupLine(
            $"Sum of the line allocations {Display.Money(allocated)} = due {Display.Money(settlement.Due)} "
            + (allocated == settlement.Due ? "[green]OK[/]" : "[red]MISMATCH[/]"));
    }

    private static int CartIndex(Sku sku)
    {
        for (int i = 0; i < PricingSamples.Cart.Length; i++)
        {
            if (PricingSamples.Cart[i].Sku == sku)
            {
                return i;
            }
        }

        return int.MaxValue;
    }

    private static PriceAdjustment? FamilyTier(QuotedLine line)
        => line.Adjustments.FirstOrDefault(adjustment => adjustment.Kind == PriceAdjustmentKind.FamilyTier);

    /// <summary>Writes an amount on the cent without its currency; amounts on the cent may carry more decimal places (655.000), shown as 655.00.</summary>
    private static string Amount(Money money) => money.RoundToMinorUnit().ToString("N", CultureInfo.InvariantCulture);

    /// <summary>Writes an amount on the cent with its currency.</summary>
    private static string Total(Money money) => Display.Money(money.RoundToMinorUnit());

    private static string Percent(decimal rate) => (rate * 100m).ToString("0.##", CultureInfo.InvariantCulture) + "%";
}
