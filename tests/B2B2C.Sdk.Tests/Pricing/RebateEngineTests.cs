using System;
using System.Linq;
using B2B2C.Sdk.Pricing;
using Microsoft.Extensions.DependencyInjection;
using static B2B2C.Sdk.Tests.Pricing.RebateTestData;

namespace B2B2C.Sdk.Tests.Pricing;

public sealed class RebateEngineTests
{
    private static readonly DateTimeOffset s_endOfMarch = new(2026, 4, 2, 8, 0, 0, TimeSpan.Zero);

    private readonly RebateEngine _engine = new();

    private RebateAccrual AccrueVolume(RebateKind kind, decimal volume, MidpointRounding rounding = MidpointRounding.ToEven)
    {
        RebateAgreement agreement = Agreement(kind);
        return _engine.Accrue(agreement, [Purchase("INV-1", volume)], _engine.PeriodOf(agreement, MidMarch), rounding);
    }

    [Theory]
    [InlineData(RebateKind.Retroactive)]
    [InlineData(RebateKind.Incremental)]
    public void Accrue_BelowTheFirstThreshold_EarnsNothingAndSaysHowMuchMoreReachesIt(RebateKind kind)
    {
        RebateAccrual accrual = AccrueVolume(kind, 380_000m);

        Assert.Null(accrual.BandIndex);
        Assert.Null(accrual.Band);
        Assert.Equal(new RebateBand(500_000m, 0.01m), accrual.NextBand);
        Assert.Equal(Money.Of(120_000m, Currency.EUR), accrual.VolumeToNextBand);
        Assert.Equal(Money.Zero(Currency.EUR), accrual.Earned);
        Assert.Equal(Money.Of(380_000m, Currency.EUR), accrual.Volume);
    }

    [Fact]
    public void Accrue_RetroactiveAtTheThreshold_EarnsTheBandRateOnTheWholeVolume()
    {
        RebateAccrual accrual = AccrueVolume(RebateKind.Retroactive, 500_000m);

        Assert.Equal(0, accrual.BandIndex);
        Assert.Equal(Money.Of(5_000m, Currency.EUR), accrual.Earned);
        Assert.Equal(Money.Of(500_000m, Currency.EUR), accrual.VolumeToNextBand);
        Assert.Equal(new RebateBand(1_000_000m, 0.02m), accrual.NextBand);
    }

    [Fact]
    public void Accrue_IncrementalAtTheThreshold_ReachesTheBandButEarnsNothingYet()
    {
        RebateAccrual accrual = AccrueVolume(RebateKind.Incremental, 500_000m);

        Assert.Equal(0, accrual.BandIndex);
        Assert.Equal(Money.Zero(Currency.EUR), accrual.Earned);
    }

    [Fact]
    public void Accrue_RetroactiveAboveTheTopThreshold_EarnsTheTopRateOnEverything()
    {
        RebateAccrual accrual = AccrueVolume(RebateKind.Retroactive, 1_200_000m);

        Assert.Equal(1, accrual.BandIndex);
        Assert.Null(accrual.NextBand);
        Assert.Null(accrual.VolumeToNextBand);
        Assert.Equal(Money.Of(24_000m, Currency.EUR), accrual.Earned);
        Assert.Equal([0m, 1_200_000m], accrual.Bands.Select(b => b.Volume.Amount));
        Assert.Equal([0m, 24_000m], accrual.Bands.Select(b => b.Earned.Amount));
    }

    [Fact]
    public void Accrue_IncrementalAboveTheTopThreshold_EarnsEachRateOnItsBandOnly()
    {
        RebateAccrual accrual = AccrueVolume(RebateKind.Incremental, 1_200_000m);

        // 500,000 × 1% + 200,000 × 2%; the first 500,000 earn nothing.
        Assert.Equal(Money.Of(9_000m, Currency.EUR), accrual.Earned);
        Assert.Equal([500_000m, 200_000m], accrual.Bands.Select(b => b.Volume.Amount));
        Assert.Equal([5_000m, 4_000m], accrual.Bands.Select(b => b.Earned.Amount));
    }

    [Fact]
    public void Accrue_BetweenThresholds_RetroactiveEarnsMoreThanIncremental()
    {
        RebateAccrual retroactive = AccrueVolume(RebateKind.Retroactive, 880_000m);
        RebateAccrual incremental = AccrueVolume(RebateKind.Incremental, 880_000m);

        Assert.Equal(Money.Of(8_800m, Currency.EUR), retroactive.Earned);
        Assert.Equal(Money.Of(3_800m, Currency.EUR), incremental.Earned);
        Assert.Equal(Money.Of(120_000m, Currency.EUR), retroactive.VolumeToNextBand);
    }

    [Theory]
    [InlineData(MidpointRounding.ToEven, 5_000.00)]
    [InlineData(MidpointRounding.AwayFromZero, 5_000.01)]
    public void Accrue_EarnedOnAMidpoint_RoundsWithTheGivenRule(MidpointRounding rounding, double expected)
    {
        RebateAccrual accrual = AccrueVolume(RebateKind.Retroactive, 500_000.50m, rounding);

        Assert.Equal(Money.Of(5_000.005m, Currency.EUR), accrual.Earned);
        Assert.Equal(Money.Of((decimal)expected, Currency.EUR), accrual.EarnedRounded);
        Assert.Equal(rounding, accrual.Rounding);
    }

    [Fact]
    public void Accrue_PurchasesThatDoNotCount_AreListedWithTheirReason()
    {
        RebateAgreement agreement = Agreement(RebateKind.Retroactive) with
        {
            ValidFrom = new DateTimeOffset(2026, 3, 10, 0, 0, 0, TimeSpan.Zero),
            Skus = [new Sku("RC0603-10K")],
        };
        RebatePurchase counted = Purchase("INV-1", 600_000m);
        RebatePurchase[] purchases =
        [
            Purchase("INV-6", 10m, sku: "CRIMP-TOOL"),
            Purchase("INV-5", 10m, new DateTimeOffset(2026, 3, 5, 0, 0, 0, TimeSpan.Zero)),
            Purchase("INV-4", 10m, new DateTimeOffset(2026, 4, 1, 0, 0, 0, TimeSpan.Zero)),
            Purchase("INV-3", 10m) with { NetAmount = Money.Of(10m, Currency.USD) },
            Purchase("INV-2", 10m) with { Customer = OtherCustomer },
            counted,
        ];

        RebateAccrual accrual = _engine.Accrue(agreement, purchases, _engine.PeriodOf(agreement, MidMarch));

        Assert.Equal(counted, Assert.Single(accrual.Eligible));
        Assert.Equal(
            [
                RebateIgnoreReason.OtherCustomer,
                RebateIgnoreReason.OtherCurrency,
                RebateIgnoreReason.OutsidePeriod,
                RebateIgnoreReason.OutsideValidity,
                RebateIgnoreReason.SkuNotCovered,
            ],
            accrual.Ignored.Select(i => i.Reason));
        Assert.Equal(["INV-2", "INV-3", "INV-4", "INV-5", "INV-6"], accrual.Ignored.Select(i => i.Purchase.InvoiceId));
        Assert.Contains("USD", accrual.Ignored[1].Explanation, StringComparison.Ordinal);
        Assert.Contains("2026-03", accrual.Ignored[2].Explanation, StringComparison.Ordinal);
        Assert.Equal(Money.Of(6_000m, Currency.EUR), accrual.Earned);
    }

    [Fact]
    public void Accrue_ValidToIsExclusive_IgnoresAPurchaseAtTheEnd()
    {
        var end = new DateTimeOffset(2026, 3, 20, 0, 0, 0, TimeSpan.Zero);
        RebateAgreement agreement = Agreement(RebateKind.Retroactive) with { ValidTo = end };

        RebateAccrual accrual = _engine.Accrue(
            agreement, [Purchase("INV-1", 500_000m, end.AddTicks(-1)), Purchase("INV-2", 1m, end)], _engine.PeriodOf(agreement, MidMarch));

        Assert.Equal(RebateIgnoreReason.OutsideValidity, Assert.Single(accrual.Ignored).Reason);
        Assert.Equal(Money.Of(500_000m, Currency.EUR), accrual.Volume);
    }

    [Fact]
    public void Accrue_PurchaseAfterBerlinMidnight_CountsInTheLocalMonthOnly()
    {
        RebateAgreement berlin = Agreement(RebateKind.Retroactive) with { TimeZoneId = "Europe/Berlin" };
        RebateAgreement utc = Agreement(RebateKind.Retroactive);
        RebatePurchase lateOnTheLastDay = Purchase("INV-2", 20_000m, new DateTimeOffset(2026, 3, 31, 22, 30, 0, TimeSpan.Zero));
        RebatePurchase[] purchases = [Purchase("INV-1", 490_000m), lateOnTheLastDay];

        RebateAccrual inBerlin = _engine.Accrue(berlin, purchases, _engine.PeriodOf(berlin, MidMarch));
        RebateAccrual inUtc = _engine.Accrue(utc, purchases, _engine.PeriodOf(utc, MidMarch));

        Assert.Equal(Money.Zero(Currency.EUR), inBerlin.Earned);
        Assert.Equal(RebateIgnoreReason.OutsidePeriod, Assert.Single(inBerlin.Ignored).Reason);
        Assert.Equal(Money.Of(5_100m, Currency.EUR), inUtc.Earned);
    }

    [Fact]
    public void Accrue_OneInvoiceLineWithTwoSkus_Throws()
    {
        RebateAgreement agreement = Agreement(RebateKind.Retroactive);

        ArgumentException error = Assert.Throws<ArgumentException>(() => _engine.Accrue(
            agreement, [Purchase("INV-1", 10m), Purchase("INV-1", -5m, sku: "OTHER")], _engine.PeriodOf(agreement, MidMarch)));

        Assert.Contains("INV-1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Settle_FirstSettlement_PaysTheEarnedRebateAllocatedToTheLines()
    {
        RebateAgreement agreement = Agreement(RebateKind.Retroactive);
        RebatePeriodWindow march = _engine.PeriodOf(agreement, MidMarch);
        RebatePurchase[] purchases = [Purchase("INV-3", 580_000m), Purchase("INV-1", 300_000m), Purchase("INV-2", 220_000m)];

        RebateSettlement settlement = _engine.Settle(agreement, purchases, march, [], s_endOfMarch);

        // 1,100,000 reaches 2%: 22,000, split 300:220:580.
        Assert.Equal(Money.Of(22_000m, Currency.EUR), settlement.Due);
        Assert.Equal(Money.Zero(Currency.EUR), settlement.AlreadyPaid);
        Assert.Equal(1, settlement.Sequence);
        Assert.Equal(["INV-1", "INV-2", "INV-3"], settlement.Lines.Select(l => l.InvoiceId));
        Assert.Equal([6_000m, 4_400m, 11_600m], settlement.Lines.Select(l => l.Amount.Amount));
        Assert.Equal(s_endOfMarch, settlement.SettledAt);
        Assert.False(settlement.IsClawback);
    }

    [Fact]
    public void Settle_AfterAPartialSettlement_PaysOnlyTheDifferenceAllocatedExactly()
    {
        RebateAgreement agreement = Agreement(RebateKind.Retroactive);
        RebatePeriodWindow march = _engine.PeriodOf(agreement, MidMarch);
        RebatePurchase[] firstHalf = [Purchase("INV-1", 300_000m), Purchase("INV-2", 220_000m)];
        RebateSettlement midMonth = _engine.Settle(agreement, firstHalf, march, [], MidMarch);

        RebateSettlement endOfMonth = _engine.Settle(agreement, [.. firstHalf, Purchase("INV-3", 580_000m)], march, [midMonth], s_endOfMarch);

        Assert.Equal(Money.Of(5_200m, Currency.EUR), midMonth.Due);
        Assert.Equal(Money.Of(22_000m, Currency.EUR), endOfMonth.Earned);
        Assert.Equal(Money.Of(5_200m, Currency.EUR), endOfMonth.AlreadyPaid);
        Assert.Equal(Money.Of(16_800m, Currency.EUR), endOfMonth.Due);
        Assert.Equal(2, endOfMonth.Sequence);

        // 16,800 by 300:220:580 is 4,581.8181..., 3,360 and 8,858.1818...; the leftover cent goes to the larger remainder.
        Assert.Equal([4_581.82m, 3_360.00m, 8_858.18m], endOfMonth.Lines.Select(l => l.Amount.Amount));
    }

    [Fact]
    public void Settle_AgainWithTheSettlementIncluded_DuesNothing()
    {
        RebateAgreement agreement = Agreement(RebateKind.Incremental);
        RebatePeriodWindow march = _engine.PeriodOf(agreement, MidMarch);
        RebatePurchase[] purchases = [Purchase("INV-1", 777_777.77m), Purchase("INV-2", 333_333.33m)];
        RebateSettlement first = _engine.Settle(agreement, purchases, march, [], s_endOfMarch);

        RebateSettlement again = _engine.Settle(agreement, purchases, march, [first], s_endOfMarch.AddDays(1));

        Assert.Equal(Money.Of(5_000m + 2_222.2220m, Currency.EUR), first.Accrual.Earned);
        Assert.Equal(Money.Of(7_222.22m, Currency.EUR), first.Due);
        Assert.Equal(Money.Zero(Currency.EUR), again.Due);
        Assert.Equal(first.Due, again.AlreadyPaid);
        Assert.All(again.Lines, l => Assert.True(l.Amount.IsZero));
        Assert.Equal(2, again.Sequence);
    }

    [Fact]
    public void Settle_CreditNoteBelowThePaidThreshold_ClawsBackAllocatedToTheLines()
    {
        RebateAgreement agreement = Agreement(RebateKind.Retroactive);
        RebatePeriodWindow march = _engine.PeriodOf(agreement, MidMarch);
        RebatePurchase[] invoices = [Purchase("INV-1", 400_000m), Purchase("INV-2", 200_000m)];
        RebateSettlement paid = _engine.Settle(agreement, invoices, march, [], s_endOfMarch);

        RebatePurchase creditNote = Purchase("CN-1", -150_000m, new DateTimeOffset(2026, 3, 30, 0, 0, 0, TimeSpan.Zero));
        RebateSettlement clawback = _engine.Settle(agreement, [.. invoices, creditNote], march, [paid], s_endOfMarch.AddDays(10));

        Assert.Equal(Money.Of(6_000m, Currency.EUR), paid.Due);
        Assert.Equal(Money.Of(450_000m, Currency.EUR), clawback.Accrual.Volume);
        Assert.Equal(Money.Zero(Currency.EUR), clawback.Earned);
        Assert.Equal(Money.Of(-6_000m, Currency.EUR), clawback.Due);
        Assert.True(clawback.IsClawback);

        // The clawback falls on the lines with a positive net amount, 400:200; the credit note's own line gets nothing.
        Assert.Equal(["CN-1", "INV-1", "INV-2"], clawback.Lines.Select(l => l.InvoiceId));
        Assert.Equal([0m, -4_000m, -2_000m], clawback.Lines.Select(l => l.Amount.Amount));
    }

    [Fact]
    public void Settle_EveryLineCreditedInFull_ClawsBackByGrossAmount()
    {
        RebateAgreement agreement = Agreement(RebateKind.Retroactive);
        RebatePeriodWindow march = _engine.PeriodOf(agreement, MidMarch);
        RebatePurchase[] invoices = [Purchase("INV-1", 300_000m), Purchase("INV-2", 300_000m, line: 2)];
        RebateSettlement paid = _engine.Settle(agreement, invoices, march, [], s_endOfMarch);

        // Credit notes that carry the key of the line they correct are netted with it.
        RebatePurchase[] credited = [.. invoices, Purchase("INV-1", -300_000m), Purchase("INV-2", -300_000m, line: 2)];
        RebateSettlement clawback = _engine.Settle(agreement, credited, march, [paid], s_endOfMarch);

        Assert.Equal(Money.Of(-6_000m, Currency.EUR), clawback.Due);
        Assert.Equal([0m, 0m], clawback.Lines.Select(l => l.EligibleNetAmount.Amount));
        Assert.Equal([-3_000m, -3_000m], clawback.Lines.Select(l => l.Amount.Amount));
    }

    [Fact]
    public void Settle_PreviousSettlementsOfOtherPeriodsOrAgreements_AreNotCounted()
    {
        RebateAgreement agreement = Agreement(RebateKind.Retroactive);
        RebateAgreement other = agreement with { Id = new RebateAgreementId("RB-OTHER") };
        RebatePeriodWindow march = _engine.PeriodOf(agreement, MidMarch);
        RebatePeriodWindow april = _engine.PeriodOf(agreement, MidMarch.AddMonths(1));
        RebatePurchase[] purchases = [Purchase("INV-1", 600_000m)];
        RebateSettlement otherAgreement = _engine.Settle(other, purchases, march, [], s_endOfMarch);
        RebateSettlement otherMonth = _engine.Settle(agreement, [Purchase("INV-9", 600_000m, MidMarch.AddMonths(1))], april, [], s_endOfMarch);

        RebateSettlement settlement = _engine.Settle(agreement, purchases, march, [otherAgreement, otherMonth], s_endOfMarch);

        Assert.Equal(Money.Of(6_000m, Currency.EUR), settlement.Due);
        Assert.Equal(1, settlement.Sequence);
    }

    [Fact]
    public void Settle_NoEligiblePurchase_HasNoLines()
    {
        RebateAgreement agreement = Agreement(RebateKind.Retroactive);

        RebateSettlement settlement = _engine.Settle(agreement, [], _engine.PeriodOf(agreement, MidMarch), [], s_endOfMarch);

        Assert.Empty(settlement.Lines);
        Assert.Equal(Money.Zero(Currency.EUR), settlement.Due);
    }

    [Fact]
    public void AddRebates_ResolvesOneStatelessEngine()
    {
        var services = new ServiceCollection();
        services.AddB2B2C(b => b.AddRebates().AddRebates());
        using ServiceProvider provider = services.BuildServiceProvider();

        RebateEngine engine = provider.GetRequiredService<RebateEngine>();

        Assert.Same(engine, provider.GetRequiredService<RebateEngine>());
        Assert.Single(services, d => d.ServiceType == typeof(RebateEngine));
        Assert.Equal("2026-03", engine.PeriodOf(Agreement(RebateKind.Retroactive), MidMarch).Label);
    }
}
