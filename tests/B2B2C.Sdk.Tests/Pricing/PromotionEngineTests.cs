using System;
using System.Linq;
using B2B2C.Sdk.Pricing;
using static B2B2C.Sdk.Tests.Pricing.PromotionTestBooks;

namespace B2B2C.Sdk.Tests.Pricing;

public sealed class PromotionEngineTests
{
    [Fact]
    public void QuoteCart_PercentOff_TakesThePercentageOffTheTargetedLines()
    {
        CartQuote quote = Quote(Promo("PCT10", PromotionEffect.PercentOff(10m), new PromotionTarget { Skus = [Resistor] }), Line(Resistor, 1000m), Line(Capacitor, 100m));

        Assert.Equal(Eur(90.00m), quote.Lines[0].NetAmount);
        Assert.Equal(Eur(5.00m), quote.Lines[1].NetAmount);
        PriceAdjustment adjustment = Assert.Single(quote.Lines[0].Adjustments);
        Assert.Equal(PriceAdjustmentKind.Promotion, adjustment.Kind);
        Assert.Equal("PCT10", adjustment.Source);
        Assert.Equal(Eur(-10m), adjustment.Amount);
        AppliedPromotion applied = Assert.Single(quote.Promotions);
        Assert.Equal(Eur(10m), applied.Discount);
        Assert.False(applied.BudgetCapped);
    }

    [Fact]
    public void QuoteCart_AmountOffPerUnit_TakesTheAmountOffEveryUnit()
    {
        CartQuote quote = Quote(Promo("UNIT", PromotionEffect.AmountOffPerUnit(Eur(0.02m))), Line(Resistor, 100m));

        Assert.Equal(Eur(8.00m), quote.NetTotal);
    }

    [Fact]
    public void QuoteCart_AmountOffPerLine_TakesTheAmountOffEachLine()
    {
        CartQuote quote = Quote(Promo("LINE", PromotionEffect.AmountOffPerLine(Eur(1m))), Line(Resistor, 100m), Line(Timer, 10m));

        Assert.Equal(Eur(9.00m), quote.Lines[0].NetAmount);
        Assert.Equal(Eur(4.00m), quote.Lines[1].NetAmount);
        Assert.Equal(Eur(2m), Assert.Single(quote.Promotions).Discount);
    }

    [Fact]
    public void QuoteCart_AmountOffAboveTheLine_ClampsTheLineAtZeroAndSaysSo()
    {
        CartQuote quote = Quote(Promo("BIG", PromotionEffect.AmountOffPerLine(Eur(500m))), Line(Resistor, 100m));

        Assert.Equal(Eur(0m), quote.NetTotal);
        Assert.Contains("clamped", Assert.Single(quote.Lines[0].Adjustments).Description, StringComparison.Ordinal);
    }

    [Fact]
    public void QuoteCart_FixedUnitPrice_PricesTheUnitsAtTheFixedPrice()
    {
        CartQuote quote = Quote(Promo("FIX", PromotionEffect.FixedUnitPrice(Eur(0.07m)), new PromotionTarget { Categories = ["resistors"] }), Line(Resistor, 1000m));

        Assert.Equal(Eur(70.00m), quote.NetTotal);
    }

    [Fact]
    public void QuoteCart_FixedUnitPriceAboveThePrice_GivesNothingAndIsANearMiss()
    {
        CartQuote quote = Quote(Promo("FIX", PromotionEffect.FixedUnitPrice(Eur(0.20m))), Line(Resistor, 1000m));

        Assert.Equal(Eur(100.00m), quote.NetTotal);
        Assert.Equal(PromotionNearMissReason.NoDiscount, Miss(quote, "FIX").Reason);
    }

    [Theory]
    [InlineData(3, 1.00)]
    [InlineData(7, 2.50)]
    [InlineData(5, 2.00)]
    public void QuoteCart_BuyTwoGetOne_GivesEveryThirdUnitFree(int pieces, decimal expected)
    {
        CartQuote quote = Quote(Promo("B2G1", PromotionEffect.BuyXGetY(2, 1), new PromotionTarget { Skus = [Timer] }), Line(Timer, pieces));

        Assert.Equal(Eur(expected), quote.NetTotal);
    }

    [Fact]
    public void QuoteCart_BuyXGetYAtAPercentage_GivesTheCheapestUnitsAtThatPercentageOff()
    {
        CartQuote quote = Quote(
            Promo("B1G1-HALF", PromotionEffect.BuyXGetY(1, 1, 50m), new PromotionTarget { Categories = ["passives", "ics"] }),
            Line(Timer, 1m),
            Line(Capacitor, 1m));

        Assert.Equal(Eur(0.50m), quote.Lines[0].NetAmount);
        // The capacitor is the cheaper unit: 0.05 at 50% off is 0.025, rounded half to even.
        Assert.Equal(Eur(0.02m), quote.Lines[1].NetAmount);
    }

    [Fact]
    public void QuoteCart_Bundle_PricesEveryCompleteSetAtTheBundlePrice()
    {
        Promotion bundle = Promo("KIT", PromotionEffect.BundlePrice(Eur(55m), [new(Tool, 1m), new(Resistor, 100m)]));

        CartQuote one = Quote(bundle, Line(Tool, 1m), Line(Resistor, 100m));
        CartQuote two = Quote(bundle, Line(Tool, 2m), Line(Resistor, 250m));

        Assert.Equal(Eur(55.00m), one.NetTotal);
        Assert.Equal(Eur(125.00m - 10.00m), two.NetTotal);
    }

    [Fact]
    public void QuoteCart_IncompleteBundle_SaysWhatToAdd()
    {
        CartQuote quote = Quote(Promo("KIT", PromotionEffect.BundlePrice(Eur(55m), [new(Tool, 1m), new(Resistor, 100m)])), Line(Tool, 1m), Line(Resistor, 60m));

        PromotionNearMiss miss = Miss(quote, "KIT");
        Assert.Equal(PromotionNearMissReason.AddQuantity, miss.Reason);
        Assert.Equal("add 40 more of RC0603-10K", miss.Message);
        Assert.Equal(Resistor, miss.MissingSku);
    }

    [Fact]
    public void QuoteCart_SpendThreshold_AppliesTheHighestTierReachedAndAllocatesItExactly()
    {
        Promotion spend = Promo("SPEND", PromotionEffect.SpendThreshold([new(Eur(100m), 5m, null), new(Eur(500m), 10m, null)]));

        CartQuote quote = Quote(spend, Line(Tool, 10m), Line(Resistor, 333m), Line(Capacitor, 77m));

        Assert.Equal(Eur(537.15m - 53.72m), quote.NetTotal);
        Assert.Equal(quote.NetTotal.Amount, quote.Lines.Sum(l => l.NetAmount.Amount));
        Assert.Equal(Eur(-53.72m), Assert.Single(quote.CartAdjustments).Amount);
        Assert.Equal(Eur(53.72m), Assert.Single(quote.Promotions).Discount);
        Assert.All(quote.Lines, line => Assert.Contains(line.Adjustments, a => a.Kind == PriceAdjustmentKind.Promotion));
    }

    [Fact]
    public void QuoteCart_SpendBelowTheThreshold_SaysHowMuchMoreToSpend()
    {
        Promotion spend = Promo("SPEND", PromotionEffect.SpendThreshold([new(Eur(100m), null, Eur(5m))]));

        CartQuote quote = Quote(spend, Line(Resistor, 877m));

        PromotionNearMiss miss = Miss(quote, "SPEND");
        Assert.Equal(PromotionNearMissReason.SpendMore, miss.Reason);
        Assert.Equal("spend 12.30 EUR more", miss.Message);
        Assert.Equal(Eur(12.30m), miss.Shortfall);
    }

    [Fact]
    public void QuoteCart_AmountOffPerOrder_IsAllocatedToTheTargetedLinesSummingExactly()
    {
        CartQuote quote = Quote(Promo("TEN", PromotionEffect.AmountOffPerOrder(Eur(10m)), new PromotionTarget { Categories = ["passives"] }), Line(Resistor, 100m), Line(Capacitor, 100m), Line(Tool, 1m));

        Assert.Equal(Eur(50.00m), quote.Lines[2].NetAmount);
        Assert.Equal(Eur(15m - 10m), quote.Lines[0].NetAmount + quote.Lines[1].NetAmount);
        Assert.Equal(Eur(55.00m), quote.NetTotal);
    }

    [Fact]
    public void QuoteCart_BuyXGetYShortOfUnits_SaysHowManyToAdd()
    {
        CartQuote quote = Quote(Promo("B2G1", PromotionEffect.BuyXGetY(2, 1), new PromotionTarget { Skus = [Timer] }), Line(Timer, 2m));

        PromotionNearMiss miss = Miss(quote, "B2G1");
        Assert.Equal("add 1 more of NE555DR", miss.Message);
        Assert.Equal(1m, miss.MissingQuantity);
    }

    [Fact]
    public void QuoteCart_SegmentTarget_AppliesToTheSegmentOnlyAndNamesItOtherwise()
    {
        Promotion gold = Promo("GOLD", PromotionEffect.PercentOff(10m), new PromotionTarget { Segments = [new SegmentId("gold")] });
        CartLine[] lines = [Line(Capacitor, 100m)];

        CartQuote member = Quote([gold], new PricingContext { Currency = Currency.EUR, Segment = new SegmentId("gold") }, lines);
        CartQuote other = Quote([gold], Anonymous, lines);

        Assert.Single(member.Promotions);
        Assert.Empty(other.Promotions);
        Assert.Equal("only for segment gold", Miss(other, "GOLD").Message);
    }

    [Fact]
    public void QuoteCart_NodeTarget_AppliesToDescendantsOnly()
    {
        Promotion east = Promo("EAST", PromotionEffect.PercentOff(10m), new PromotionTarget { Nodes = [new HierarchyNodeId("R-EAST")] });
        CartLine[] lines = [Line(Capacitor, 100m)];

        CartQuote store = Quote([east], PricingTestBooks.Everyone("S-HZ-01"), lines);
        CartQuote west = Quote([east], PricingTestBooks.Everyone("S-W-01"), lines);

        Assert.Equal(Eur(4.50m), store.NetTotal);
        Assert.Equal(PromotionNearMissReason.Node, Miss(west, "EAST").Reason);
    }

    [Fact]
    public void QuoteCart_ChannelAndCustomerTargets_MustMatchTheAsker()
    {
        Promotion web = Promo("WEB", PromotionEffect.PercentOff(10m), new PromotionTarget { Channels = [PricingTestBooks.Web] });
        Promotion vip = Promo("VIP", PromotionEffect.AmountOffPerLine(Eur(1m)), new PromotionTarget { Customers = [PricingTestBooks.Customer] });
        CartLine[] lines = [Line(Capacitor, 100m)];

        CartQuote anonymous = Quote([web, vip], PricingTestBooks.Anonymous(PricingTestBooks.Market), lines);
        CartQuote known = Quote([web, vip], new PricingContext { Currency = Currency.EUR, Channel = PricingTestBooks.Web, Customer = PricingTestBooks.Customer }, lines);

        Assert.Equal(PromotionNearMissReason.Channel, Miss(anonymous, "WEB").Reason);
        Assert.Equal(PromotionNearMissReason.Customer, Miss(anonymous, "VIP").Reason);
        Assert.Equal(["VIP", "WEB"], known.Promotions.Select(p => p.Promotion.Value).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void QuoteCart_FamilyTarget_ReachesTheFamilyOnly()
    {
        CartQuote quote = Quote(Promo("FAM", PromotionEffect.PercentOff(50m), new PromotionTarget { Families = ["RC0603"] }), Line(Resistor, 100m), Line(Capacitor, 100m));

        Assert.Equal(Eur(5.00m), quote.Lines[0].NetAmount);
        Assert.Equal(Eur(5.00m), quote.Lines[1].NetAmount);
    }

    [Fact]
    public void QuoteCart_PromotionNotStartedYet_SaysWhenItStartsAndAnEndedOneIsSilent()
    {
        Promotion later = Promo("LATER", PromotionEffect.PercentOff(10m)) with { ValidFrom = new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero) };
        Promotion ended = Promo("ENDED", PromotionEffect.PercentOff(10m)) with { ValidTo = new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero) };

        CartQuote quote = Quote([later, ended], Anonymous, [Line(Resistor, 10m)]);

        Assert.Empty(quote.Promotions);
        Assert.Equal("starts 2026-12-01", Assert.Single(quote.NearMisses).Message);
    }

    [Fact]
    public void QuoteCart_PromotionInAnotherCurrency_DoesNotApply()
    {
        CartQuote quote = Quote(Promo("USD", PromotionEffect.AmountOffPerLine(Money.Of(1m, Currency.USD))), Line(Resistor, 10m));

        Assert.Equal(PromotionNearMissReason.Currency, Miss(quote, "USD").Reason);
    }

    [Fact]
    public void QuoteCart_ExclusivePromotionGivingMore_WinsOverTheStackAndBlocksIt()
    {
        Promotion a = Promo("A", PromotionEffect.PercentOff(10m));
        Promotion b = Promo("B", PromotionEffect.AmountOffPerLine(Eur(1m)));
        Promotion big = Promo("BIG", PromotionEffect.PercentOff(30m)) with { Exclusive = true };

        CartQuote quote = Quote([a, b, big], Anonymous, [Line(Resistor, 100m)]);

        Assert.Equal("BIG", Assert.Single(quote.Promotions).Promotion.Value);
        Assert.Equal(Eur(7.00m), quote.NetTotal);
        PromotionNearMiss miss = Miss(quote, "A");
        Assert.Equal(PromotionNearMissReason.NotCombinable, miss.Reason);
        Assert.Equal([new PromotionId("BIG")], miss.BlockedBy.ToArray());
    }

    [Fact]
    public void QuoteCart_StackablePromotionsGivingMoreTogether_BeatAnExclusiveOne()
    {
        Promotion a = Promo("A", PromotionEffect.PercentOff(20m));
        Promotion b = Promo("B", PromotionEffect.AmountOffPerLine(Eur(2m)));
        Promotion big = Promo("BIG", PromotionEffect.PercentOff(25m)) with { Exclusive = true };

        CartQuote quote = Quote([big, b, a], Anonymous, [Line(Resistor, 100m)]);

        Assert.Equal(["A", "B"], quote.Promotions.Select(p => p.Promotion.Value).Order(StringComparer.Ordinal));
        Assert.Equal(Eur(6.40m), quote.NetTotal);
    }

    [Fact]
    public void QuoteCart_SameStackingGroup_AppliesTheBetterOneOnly()
    {
        Promotion small = Promo("SMALL", PromotionEffect.PercentOff(5m)) with { StackingGroup = "seasonal" };
        Promotion large = Promo("LARGE", PromotionEffect.PercentOff(15m)) with { StackingGroup = "seasonal" };
        Promotion free = Promo("FREE", PromotionEffect.AmountOffPerLine(Eur(1m)));

        CartQuote quote = Quote([small, large, free], Anonymous, [Line(Resistor, 100m)]);

        Assert.Equal(["FREE", "LARGE"], quote.Promotions.Select(p => p.Promotion.Value).Order(StringComparer.Ordinal));
        Assert.Equal([new PromotionId("LARGE")], Miss(quote, "SMALL").BlockedBy.ToArray());
    }

    [Fact]
    public void QuoteCart_EqualDiscounts_TieBreakOnTheSmallestIdentifier()
    {
        Promotion b = Promo("B", PromotionEffect.PercentOff(10m)) with { Exclusive = true };
        Promotion a = Promo("A", PromotionEffect.PercentOff(10m)) with { Exclusive = true };

        CartQuote quote = Quote([b, a], Anonymous, [Line(Resistor, 100m)]);

        Assert.Equal("A", Assert.Single(quote.Promotions).Promotion.Value);
    }

    [Fact]
    public void QuoteCart_UsageLimitReached_DoesNotApply()
    {
        Promotion limited = Promo("LIMITED", PromotionEffect.PercentOff(10m)) with { MaxUses = 100, MaxUsesPerCustomer = 1 };
        PricingContext customer = new() { Currency = Currency.EUR, Customer = PricingTestBooks.Customer };
        CartLine[] lines = [Line(Resistor, 100m)];

        CartQuote total = Quote([limited], customer, lines, PromotionUsage.None.WithUses(limited.Id, 100));
        CartQuote mine = Quote([limited], customer, lines, PromotionUsage.None.WithUses(limited.Id, PricingTestBooks.Customer, 1));
        CartQuote anonymous = Quote([limited], Anonymous, lines);
        CartQuote fresh = Quote([limited], customer, lines, PromotionUsage.None.WithUses(limited.Id, 99));

        Assert.Equal(PromotionNearMissReason.UsageLimit, Miss(total, "LIMITED").Reason);
        Assert.Equal(PromotionNearMissReason.CustomerUsageLimit, Miss(mine, "LIMITED").Reason);
        Assert.Equal(PromotionNearMissReason.Customer, Miss(anonymous, "LIMITED").Reason);
        Assert.Single(fresh.Promotions);
    }

    [Fact]
    public void QuoteCart_BudgetNearlySpent_CapsTheDiscountAndRecordsIt()
    {
        Promotion budgeted = Promo("BUDGET", PromotionEffect.PercentOff(10m)) with { Budget = Eur(1000m) };
        PromotionUsage usage = PromotionUsage.None.WithSpent(budgeted.Id, Eur(997m));

        CartQuote quote = Quote([budgeted], Anonymous, [Line(Resistor, 1000m), Line(Capacitor, 200m)], usage);

        AppliedPromotion applied = Assert.Single(quote.Promotions);
        Assert.True(applied.BudgetCapped);
        Assert.Equal(Eur(3m), applied.Discount);
        Assert.Equal(Eur(107.00m), quote.NetTotal);
    }

    [Fact]
    public void QuoteCart_BudgetSpent_IsANearMiss()
    {
        Promotion budgeted = Promo("BUDGET", PromotionEffect.AmountOffPerOrder(Eur(5m))) with { Budget = Eur(1000m) };

        CartQuote quote = Quote([budgeted], Anonymous, [Line(Resistor, 100m)], PromotionUsage.None.WithSpent(budgeted.Id, Eur(1000m)));

        Assert.Equal("budget exhausted", Miss(quote, "BUDGET").Message);
        Assert.Equal(Eur(10.00m), quote.NetTotal);
    }

    [Fact]
    public void QuoteCart_WithoutUsage_KeepsTheExistingOverloadsWorking()
    {
        var engine = new PricingEngine(PricingSnapshot.Compile(Book(Promo("PCT", PromotionEffect.PercentOff(10m)))).GetSnapshotOrThrow());

        CartQuote quote = engine.QuoteCart(Anonymous, [Line(Resistor, 100m)], At);

        Assert.Equal(Eur(9.00m), quote.NetTotal);
    }

    [Fact]
    public void PromotionUsage_NegativeValues_AreRejected()
    {
        var id = new PromotionId("X");

        Assert.Throws<ArgumentOutOfRangeException>(() => PromotionUsage.None.WithUses(id, -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => PromotionUsage.None.WithSpent(id, Eur(-1m)));
        Assert.Equal(0, PromotionUsage.None.UsesOf(id));
        Assert.Null(PromotionUsage.None.SpentOf(id));
    }
}
