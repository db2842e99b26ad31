using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using B2B2C.Sdk.Pricing;
using B2B2C.Sdk.Samples.Console.Data;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace B2B2C.Sdk.Samples.Console.Tests;

/// <summary>
/// The "Prices for who asks" step: every figure it prints is checked against the engines, called here directly on the
/// same composition and sample inputs.
/// </summary>
public sealed class PricingStepTests
{
    [Fact]
    public async Task Demo_PricingStep_PrintsEachAskersTotal()
    {
        using ServiceProvider services = Compose();
        PricingEngine pricing = services.GetRequiredService<PricingEngine>();
        string[] totals = [.. PricingSamples.Askers.Select(asker => Amount(Quote(pricing, asker).NetTotal))];

        SampleRun run = await SampleRun.RunAsync("demo");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal(3, totals.Distinct().Count());
        Assert.Matches($@"│ Total +│ +│ +{Regex.Escape(totals[0])} │ +{Regex.Escape(totals[1])} │ +{Regex.Escape(totals[2])} │", run.Output);
    }

    [Fact]
    public async Task Demo_PricingStep_ResistorFamilyReachesTheBreakTogether()
    {
        using ServiceProvider services = Compose();
        CartQuote general = Quote(services.GetRequiredService<PricingEngine>(), PricingSamples.Askers[0]);
        PriceAdjustment[] tiers = [.. general.Lines.SelectMany(line => line.Adjustments).Where(a => a.Kind == PriceAdjustmentKind.FamilyTier)];

        SampleRun run = await SampleRun.RunAsync("demo");

        // The three resistors, each below 10,000 pieces, reach the 10,000-piece tier by their total.
        Assert.Equal(3, tiers.Length);
        Assert.Contains($"* family tier: {tiers[0].Description}", run.Output, StringComparison.Ordinal);
        QuotedLine first = general.Lines[0];
        Assert.Matches($@"│ {Regex.Escape(first.Sku.Value)} +│ +{Regex.Escape(first.Quantity.ToString())} │ +{Regex.Escape(Amount(first.NetAmount))} \*", run.Output);
    }

    [Fact]
    public async Task Demo_PricingStep_ExplainsEachWinnerAndItsBeatenCandidates()
    {
        using ServiceProvider services = Compose();
        PricingEngine pricing = services.GetRequiredService<PricingEngine>();
        Pricing.CartLine line = PricingSamples.Cart[PricingSamples.ExplainedLine];

        SampleRun run = await SampleRun.RunAsync("demo");

        foreach (Asker asker in PricingSamples.Askers)
        {
            PriceProof proof = pricing.PriceWithProof(asker.Context, line.Sku, line.Quantity, PricingSamples.QuotedAt);
            PriceCandidate winner = Assert.Single(proof.Candidates, candidate => candidate.Rejection == PriceRejection.None);
            Assert.Contains(proof.Candidates, candidate => candidate.Rejection == PriceRejection.Shadowed);
            Assert.Matches(
                $@"│ {Regex.Escape(asker.Name)} +│ {Regex.Escape(winner.PriceList.Value)} REEL, {winner.Source} +│ {Regex.Escape(Amount(proof.RoundedLineAmount!.Value))} │",
                run.Output);
        }

        // The gold distributor's segment price wins before the lower-priority list price it shadows.
        Assert.Contains("│ Gold distributor │ GOLD-CNY REEL, Segment", run.Output, StringComparison.Ordinal);
        Assert.Contains("LIST-CNY REEL: 608.40, Shadowed", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Demo_PricingStep_PrintsTheNextBreak()
    {
        using ServiceProvider services = Compose();
        Pricing.CartLine line = PricingSamples.Cart[PricingSamples.BreakLine];
        PriceProof proof = services.GetRequiredService<PricingEngine>()
            .PriceWithProof(PricingSamples.Gold.Context, line.Sku, line.Quantity, PricingSamples.QuotedAt);
        PriceBreak next = Assert.IsType<PriceBreak>(proof.NextBreak);

        SampleRun run = await SampleRun.RunAsync("demo");

        Assert.Contains(
            $"buy {next.AdditionalQuantity} more, pay {Display.Money(next.SavingPerBasis)} less per {next.Price.Per}.",
            run.Output,
            StringComparison.Ordinal);
        Assert.Contains("buy 2000 H87 more, pay 10.61 CNY less per 1000 H87.", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Demo_PricingStep_ShowsStockToTheDistributorOnly()
    {
        using ServiceProvider services = Compose();
        OfferEngine offers = services.GetRequiredService<OfferEngine>();
        Pricing.CartLine line = PricingSamples.Cart[PricingSamples.ExplainedLine];
        AvailabilityView general = offers.OfferFor(PricingSamples.Askers[0].Context, line.Sku, line.Quantity, PricingSamples.QuotedAt).Availability;
        AvailabilityView distributor = offers.OfferFor(PricingSamples.Gold.Context, line.Sku, line.Quantity, PricingSamples.QuotedAt).Availability;

        SampleRun run = await SampleRun.RunAsync("demo");

        Assert.True(general.Warehouses.IsEmpty);
        Assert.Null(general.Quota);
        Assert.Equal(3, distributor.Warehouses.Length);
        AvailabilityQuota quota = Assert.IsType<AvailabilityQuota>(distributor.Quota);
        Assert.Matches(
            $@"│ General customer │ {general.Status} +│ {Display.Date(general.ShipDate!.Value)} │ - +│ - +│ - +│",
            run.Output);
        Assert.Matches(
            $@"│ Gold distributor │ {distributor.Status} +│ {Display.Date(distributor.ShipDate!.Value)} │ .* │ {quota.Remaining.Value.ToString(CultureInfo.InvariantCulture)} of {Regex.Escape(quota.Allocated.ToString())} │ {Regex.Escape(distributor.OrderableNow!.Value.ToString())} +│",
            run.Output);
        foreach (AvailabilityWarehouse warehouse in distributor.Warehouses)
        {
            Assert.Contains($"{warehouse.Name} {warehouse.Available}", run.Output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Demo_PricingStep_SettlesTheRebateOnceAndAllocatesItExactly()
    {
        using ServiceProvider services = Compose();
        RebateEngine rebates = services.GetRequiredService<RebateEngine>();
        CartQuote goldQuote = Quote(services.GetRequiredService<PricingEngine>(), PricingSamples.Gold);
        RebateAgreement agreement = PricingSamples.Agreement;
        RebatePeriodWindow month = rebates.PeriodOf(agreement, PricingSamples.RebateMonth);
        var invoices = PricingSamples.Invoices(goldQuote);
        RebateSettlement first = rebates.Settle(agreement, invoices, month, [], PricingSamples.SettledAt);
        RebateSettlement again = rebates.Settle(agreement, invoices, month, [first], PricingSamples.SettledAt.AddHours(1));

        SampleRun run = await SampleRun.RunAsync("demo");

        Assert.Equal(PricingSamples.InvoiceCount, invoices.Select(invoice => invoice.InvoiceId).Distinct().Count());
        Assert.NotNull(first.Accrual.Band);
        Assert.True(first.Due.IsPositive);
        Assert.Equal(Money.Zero(agreement.Currency), again.Due);
        Assert.Equal(first.Due, first.Lines.Aggregate(Money.Zero(agreement.Currency), (sum, l) => sum + l.Amount));
        Assert.Contains(
            $"Settlement 1 at 2026-11-02 09:00: earned {Display.Money(first.Earned)} - already paid {Display.Money(first.AlreadyPaid)} = due {Display.Money(first.Due)}",
            run.Output,
            StringComparison.Ordinal);
        Assert.Contains(
            $"Settlement 2 at 2026-11-02 10:00: earned {Display.Money(again.Earned)} - already paid {Display.Money(first.Due)} = due 0.00 CNY",
            run.Output,
            StringComparison.Ordinal);
        Assert.Contains($"volume {Display.Money(first.Accrual.Volume.RoundToMinorUnit())}", run.Output, StringComparison.Ordinal);
        Assert.Contains($"Sum of the line allocations {Display.Money(first.Due)} = due {Display.Money(first.Due)} OK", run.Output, StringComparison.Ordinal);
        Assert.Matches($@"│ Total +│ +{first.Lines.Length} │ +{Regex.Escape(Amount(first.Accrual.Volume))} │ +{Regex.Escape(Amount(first.Due))} │", run.Output);
    }

    [Fact]
    public void Load_StockBook_DeserializesTheRecordDirectly()
    {
        SampleData data = SampleData.Load(SampleData.DefaultDirectory);

        Assert.Equal(3, data.StockBook.Warehouses.Length);
        StockQuota quota = Assert.Single(data.StockBook.Quotas);
        Assert.Equal(PricingSamples.Distributor, quota.Customer);
        Assert.Equal(Quantity.Pieces(40_000m), quota.Allocated);
        Assert.True(StockSnapshot.Compile(data.StockBook).Succeeded);
    }

    private static ServiceProvider Compose()
    {
        var host = new SampleHost(AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(TextWriter.Null) }), SampleData.DefaultDirectory);
        return host.BuildServices(host.LoadData());
    }

    private static CartQuote Quote(PricingEngine pricing, Asker asker)
        => pricing.QuoteCart(asker.Context, PricingSamples.Cart, PricingSamples.QuotedAt);

    /// <summary>An amount as the step's tables write it: on the cent, without its currency.</summary>
    private static string Amount(Money money) => money.RoundToMinorUnit().ToString("N", CultureInfo.InvariantCulture);
}
