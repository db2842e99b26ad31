using System;
using System.Linq;
using B2B2C.Sdk.Pricing;
using B2B2C.Sdk.Testing;
using FsCheck;
using FsCheck.Fluent;

namespace B2B2C.Sdk.Tests.Pricing;

/// <summary>The cart steps after the base price: segment and quantity discounts, surcharges, floor, corridor, price endings and tax.</summary>
public sealed class CartAdjustmentTests
{
    private static readonly DateTimeOffset s_at = new(2026, 11, 20, 10, 0, 0, TimeSpan.Zero);
    private static readonly Sku s_resistor = new("RES-0603");
    private static readonly Sku s_connector = new("CONN-XH2");
    private static readonly Sku s_tool = new("TOOL-CRIMP");
    private static readonly Sku s_cable = new("CABLE-USB");
    private static readonly Sku s_gadget = new("GADGET-KIT");
    private static readonly SegmentId s_gold = new("distributor-gold");
    private static readonly ChannelId s_market = new("marketplace");
    private static readonly CustomerId s_customer = new("C-1");
    private static readonly Sku[] s_skus = [s_resistor, s_connector, s_tool, s_cable, s_gadget];

    private static PriceBook Book(TaxRounding rounding = TaxRounding.PerLine) => new()
    {
        Version = "adjust-1",
        Products =
        [
            new PricedProduct { Sku = s_resistor, Family = "RC0603", Categories = ["resistors", "smd-passives"], Cost = Money.Of(0.02m, Currency.EUR) },
            new PricedProduct { Sku = s_connector, Family = "JST-XH", Categories = ["connectors"], Cost = Money.Of(0.50m, Currency.EUR) },
            new PricedProduct { Sku = s_tool, Categories = ["tools"], Cost = Money.Of(85m, Currency.EUR), TaxCategory = "tools" },
            new PricedProduct { Sku = s_cable, Categories = ["cables"], Cost = Money.Of(5m, Currency.EUR) },
            new PricedProduct { Sku = s_gadget, Categories = ["kits"], Cost = Money.Of(1m, Currency.EUR) },
        ],
        PriceLists =
        [
            List("LIST", PriceSourceKind.List) with
            {
                Entries = [Entry(s_resistor, 0.05m), Entry(s_connector, 1.00m), Entry(s_tool, 89.00m), Entry(s_cable, 12.34m)],
            },
            List("GOLD", PriceSourceKind.Segment) with { Segment = s_gold, Entries = [Entry(s_connector, 0.80m), Entry(s_tool, 80.00m)] },
            List("CONTRACT", PriceSourceKind.Contract) with { Customer = s_customer, AllowBelowFloor = true, Entries = [Entry(s_tool, 80.00m)] },
            List("MARKET", PriceSourceKind.List) with { Channel = s_market, Priority = 1, Entries = [Entry(s_connector, 0.85m), Entry(s_cable, 14.50m), Entry(s_gadget, 5.00m)] },
        ],
        Adjustments =
        [
            new AdjustmentRule { Id = "GOLD-5", Kind = AdjustmentRuleKind.SegmentDiscount, Segment = s_gold, Percent = 5m, Categories = ["connectors"] },
            new AdjustmentRule { Id = "QTY", Kind = AdjustmentRuleKind.QuantityDiscount, Skus = [s_resistor], Tiers = [new(1_000m, 2m), new(10_000m, 4m)] },
            new AdjustmentRule { Id = "CUT-TAPE", Kind = AdjustmentRuleKind.Surcharge, Name = "Cut-tape fee", Amount = Money.Of(2.00m, Currency.EUR), MaxQuantity = 4_999m, Categories = ["smd-passives"] },
        ],
        Floor = new FloorPolicy(8m),
        Corridors = [new ChannelCorridor(s_market, s_gold, 10m)],
        PriceEndings = [new PriceEnding(s_market, 0.99m)],
        TaxRates = [new TaxRate("DE", null, 0.19m), new TaxRate("CN", null, 0.13m)],
        TaxRounding = rounding,
    };

    private static PriceList List(string id, PriceSourceKind kind) => new() { Id = new PriceListId(id), Kind = kind, Currency = Currency.EUR };

    private static PriceEntry Entry(Sku sku, decimal price) => new() { Sku = sku, Tiers = [new PriceTier(1m, price)] };

    private static PricingEngine Engine(TaxRounding rounding = TaxRounding.PerLine) => new(PricingSnapshot.Compile(Book(rounding)).GetSnapshotOrThrow());

    private static QuotedLine One(PricingContext context, Sku sku, decimal pieces, TaxRounding rounding = TaxRounding.PerLine)
        => Engine(rounding).QuoteCart(context, [new CartLine(sku, Quantity.Pieces(pieces))], s_at).Lines.Single();

    private static Money Eur(decimal amount) => Money.Of(amount, Currency.EUR);

    [Fact]
    public void QuoteCart_GoldAskerBuysConnectors_TakesTheSegmentDiscountOffTheGoldPrice()
    {
        QuotedLine line = One(new PricingContext { Currency = Currency.EUR, Segment = s_gold }, s_connector, 100m);

        PriceAdjustment discount = Assert.Single(line.Adjustments, a => a.Kind == PriceAdjustmentKind.SegmentDiscount);
        Assert.Equal("GOLD-5", discount.Source);
        Assert.Equal(Eur(-4.00m), discount.Amount);
        Assert.Equal(Eur(76.00m), line.NetAmount);
    }

    [Fact]
    public void QuoteCart_ResistorsPastTheLadder_TakeTheHighestStepReached()
    {
        var context = new PricingContext { Currency = Currency.EUR };

        QuotedLine ten = One(context, s_resistor, 10_000m);
        QuotedLine below = One(context, s_resistor, 999m);

        Assert.Equal(Eur(480.00m), ten.NetAmount);
        Assert.Equal(Eur(-20.00m), Assert.Single(ten.Adjustments, a => a.Kind == PriceAdjustmentKind.QuantityDiscount).Amount);
        Assert.DoesNotContain(below.Adjustments, a => a.Kind == PriceAdjustmentKind.QuantityDiscount);
    }

    [Fact]
    public void QuoteCart_CutTapeQuantity_AddsTheFeeOnlyBelowTheMaximum()
    {
        var context = new PricingContext { Currency = Currency.EUR };

        QuotedLine cut = One(context, s_resistor, 1_000m);
        QuotedLine reel = One(context, s_resistor, 5_000m);

        Assert.Equal(Eur(51.00m), cut.NetAmount);
        PriceAdjustment fee = Assert.Single(cut.Adjustments, a => a.Kind == PriceAdjustmentKind.Surcharge);
        Assert.Equal(("CUT-TAPE", Eur(2.00m)), (fee.Source, fee.Amount));
        Assert.Equal(Eur(245.00m), reel.NetAmount);
        Assert.DoesNotContain(reel.Adjustments, a => a.Kind == PriceAdjustmentKind.Surcharge);
    }

    [Fact]
    public void QuoteCart_PriceBelowCostPlusMargin_IsRaisedToTheFloorUnlessTheContractAllowsIt()
    {
        QuotedLine gold = One(new PricingContext { Currency = Currency.EUR, Segment = s_gold }, s_tool, 1m);
        QuotedLine contract = One(new PricingContext { Currency = Currency.EUR, Customer = s_customer }, s_tool, 1m);

        Assert.Equal(Eur(91.80m), gold.NetAmount);
        Assert.Equal(Eur(11.80m), Assert.Single(gold.Adjustments, a => a.Kind == PriceAdjustmentKind.Floor).Amount);
        Assert.Equal(Eur(80.00m), contract.NetAmount);
        Assert.DoesNotContain(contract.Adjustments, a => a.Kind == PriceAdjustmentKind.Floor);
    }

    [Fact]
    public void QuoteCart_MarketplaceBelowGoldPlusTenPercent_IsRaisedIntoTheCorridorThenToTheEnding()
    {
        QuotedLine line = One(new PricingContext { Currency = Currency.EUR, Channel = s_market }, s_connector, 100m);

        Assert.Equal(Eur(3.00m), Assert.Single(line.Adjustments, a => a.Kind == PriceAdjustmentKind.Corridor).Amount);
        Assert.Equal(Eur(11.00m), Assert.Single(line.Adjustments, a => a.Kind == PriceAdjustmentKind.PriceEnding).Amount);
        Assert.Equal(Eur(99.00m), line.NetAmount);
    }

    [Fact]
    public void QuoteCart_PriceEnding_RoundsDownUnlessThatBreaksTheFloor()
    {
        var context = new PricingContext { Currency = Currency.EUR, Channel = s_market };

        CartQuote quote = Engine().QuoteCart(
            context,
            [new CartLine(s_cable, Quantity.Pieces(2m)), new CartLine(s_tool, Quantity.Pieces(1m)), new CartLine(s_gadget, Quantity.Pieces(1m))],
            s_at);

        Assert.Equal(Eur(27.98m), quote.Lines[0].NetAmount);
        Assert.Equal(Eur(91.99m), quote.Lines[1].NetAmount);
        Assert.Equal(Eur(4.99m), quote.Lines[2].NetAmount);
        QuoteWarning warning = Assert.Single(quote.Warnings);
        Assert.Equal((QuoteWarning.MissingReferencePrice, (int?)2), (warning.Code, warning.LineIndex));
    }

    [Fact]
    public void QuoteCart_TaxRounding_PerLineAndPerUnitDifferAsDocumented()
    {
        var context = new PricingContext { Currency = Currency.EUR, Country = "DE" };

        QuotedLine perLine = One(context, s_cable, 3m);
        QuotedLine perUnit = One(context, s_cable, 3m, TaxRounding.PerUnit);

        Assert.Equal(Eur(37.02m), perLine.NetAmount);
        Assert.Equal(Eur(7.03m), perLine.TaxAmount);
        Assert.Equal(Eur(7.02m), perUnit.TaxAmount);
        Assert.Equal(0.19m, perLine.TaxRate);
        Assert.Equal(Eur(44.05m), perLine.GrossAmount);
    }

    [Fact]
    public void QuoteCart_GrossDisplayWithEnding_FixesTheGrossAndSplitsOutTheTax()
    {
        var context = new PricingContext { Currency = Currency.EUR, Channel = s_market, Country = "DE", PriceDisplay = PriceDisplay.Gross };

        CartQuote quote = Engine().QuoteCart(context, [new CartLine(s_cable, Quantity.Pieces(1m))], s_at);

        QuotedLine line = quote.Lines.Single();
        Assert.Equal(Eur(16.99m), line.GrossAmount);
        Assert.Equal(Eur(14.28m), line.NetAmount);
        Assert.Equal(Eur(2.71m), line.TaxAmount);
        Assert.Equal(Eur(16.99m), quote.DisplayTotal);
    }

    [Fact]
    public void QuoteCart_NoRateForTheTaxCategory_ChargesNoTaxAndWarns()
    {
        CartQuote quote = Engine().QuoteCart(new PricingContext { Currency = Currency.EUR, Country = "DE" }, [new CartLine(s_tool, Quantity.Pieces(1m))], s_at);

        Assert.Equal(Eur(0m), quote.TaxTotal);
        Assert.Null(quote.Lines[0].TaxRate);
        QuoteWarning warning = Assert.Single(quote.Warnings);
        Assert.Equal((QuoteWarning.MissingTaxRate, (int?)0), (warning.Code, warning.LineIndex));
    }

    [Fact]
    public void QuoteCart_GrossDisplayWithoutCountry_WarnsThatNoTaxWasComputed()
    {
        CartQuote quote = Engine().QuoteCart(new PricingContext { Currency = Currency.EUR, PriceDisplay = PriceDisplay.Gross }, [new CartLine(s_cable, Quantity.Pieces(1m))], s_at);

        Assert.Equal(QuoteWarning.NoCountry, Assert.Single(quote.Warnings).Code);
        Assert.Equal(quote.NetTotal, quote.DisplayTotal);
    }

    // ----- Properties -----------------------------------------------------------------------------------------

    private static Gen<PricingContext> Contexts()
        => from segment in Gen.Elements<SegmentId?>(null, s_gold)
           from channel in Gen.Elements<ChannelId?>(null, s_market)
           from customer in Gen.Elements<CustomerId?>(null, s_customer)
           from country in Gen.Elements<string?>(null, "DE", "CN", "FR")
           from display in Gen.Elements(PriceDisplay.Net, PriceDisplay.Gross)
           select new PricingContext { Currency = Currency.EUR, Segment = segment, Channel = channel, Customer = customer, Country = country, PriceDisplay = display };

    private static Gen<CartLine[]> Carts()
        => from count in Gen.Choose(1, 12)
           from lines in Gen.ArrayOf(
               from sku in Gen.Elements(s_skus)
               from pieces in Gen.Choose(1, 20_000)
               select new CartLine(sku, Quantity.Pieces(pieces)),
               count)
           select lines;

    [Fact]
    public void QuoteCart_AnyCart_LinesSumExactlyAndGrossIsNetPlusTax()
    {
        PricingEngine engine = Engine();
        Properties.ForAll(
            from context in Contexts()
            from lines in Carts()
            select (context, lines),
            c =>
            {
                CartQuote quote = engine.QuoteCart(c.context, c.lines, s_at);
                Assert.Equal(quote.NetTotal, quote.Lines.Aggregate(Eur(0m), (sum, l) => sum + l.NetAmount));
                Assert.Equal(quote.TaxTotal, quote.Lines.Aggregate(Eur(0m), (sum, l) => sum + l.TaxAmount));
                Assert.Equal(quote.GrossTotal, quote.NetTotal + quote.TaxTotal);
                Assert.All(quote.Lines, l => Assert.True(l.NetAmount.IsRoundedToMinorUnit() && l.TaxAmount.IsRoundedToMinorUnit()));
                Assert.All(quote.Lines.Where(l => l.Status == PriceStatus.Priced), l => Assert.Equal(
                    l.NetAmount,
                    l.BasePrice.LineAmount + l.Adjustments.Where(a => a.Kind is not PriceAdjustmentKind.FamilyTier and not PriceAdjustmentKind.Tax).Aggregate(Eur(0m), (s, a) => s + a.Amount)));
            });
    }

    [Fact]
    public void QuoteCart_AnyCart_NoLineBelowItsFloorUnlessItsListAllowsIt()
    {
        PricingEngine engine = Engine();
        PriceBook book = Book();
        Properties.ForAll(
            from context in Contexts()
            from lines in Carts()
            select (context, lines),
            c =>
            {
                CartQuote quote = engine.QuoteCart(c.context, c.lines, s_at);
                foreach (QuotedLine line in quote.Lines.Where(l => l.Status == PriceStatus.Priced))
                {
                    bool allowed = book.PriceLists.Single(l => l.Id == line.BasePrice.PriceList).AllowBelowFloor;
                    Money cost = book.Products.Single(p => p.Sku == line.Sku).Cost!.Value;
                    if (!allowed)
                    {
                        Assert.True(line.NetAmount >= cost * line.Quantity.Value * 1.08m, $"{line.Sku} {line.Quantity}: {line.NetAmount} is below the floor.");
                    }
                }
            });
    }

    [Fact]
    public void QuoteCart_MarketplaceCart_NeverBelowTheGoldPricePlusTenPercent()
    {
        PricingEngine engine = Engine();
        var gold = new PricingContext { Currency = Currency.EUR, Segment = s_gold };
        Properties.ForAll(
            from context in Contexts()
            from lines in Carts()
            select (context, lines),
            c =>
            {
                var context = new PricingContext { Currency = Currency.EUR, Channel = s_market, Segment = c.context.Segment, Country = c.context.Country, PriceDisplay = c.context.PriceDisplay };
                CartQuote quote = engine.QuoteCart(context, c.lines, s_at);
                foreach (QuotedLine line in quote.Lines.Where(l => l.Status == PriceStatus.Priced))
                {
                    PriceResult reference = engine.Price(gold, line.Sku, line.Quantity, s_at);
                    Assert.True(reference.IsPriced == quote.Warnings.All(w => w.LineIndex != line.Index || w.Code != QuoteWarning.MissingReferencePrice));
                    if (reference.IsPriced)
                    {
                        Assert.True(line.NetAmount >= reference.LineAmount * 1.10m, $"{line.Sku}: {line.NetAmount} is below {reference.LineAmount} + 10%.");
                    }
                }
            });
    }

    [Fact]
    public void QuoteCart_TaxRoundingModes_ChangeOnlyTheTaxAndByAtMostHalfAMinorUnitPerUnit()
    {
        PricingEngine perLine = Engine(TaxRounding.PerLine);
        PricingEngine perUnit = Engine(TaxRounding.PerUnit);
        Properties.ForAll(
            from lines in Carts()
            select lines,
            lines =>
            {
                var context = new PricingContext { Currency = Currency.EUR, Country = "DE" };
                CartQuote byLine = perLine.QuoteCart(context, lines, s_at);
                CartQuote byUnit = perUnit.QuoteCart(context, lines, s_at);
                for (int i = 0; i < lines.Length; i++)
                {
                    QuotedLine a = byLine.Lines[i];
                    QuotedLine b = byUnit.Lines[i];
                    Assert.Equal(a.NetAmount, b.NetAmount);
                    if (a.TaxRate is decimal rate)
                    {
                        Assert.True(Math.Abs((a.NetAmount.Amount * rate) - a.TaxAmount.Amount) <= 0.005m);
                        Assert.True(Math.Abs(a.TaxAmount.Amount - b.TaxAmount.Amount) <= (0.005m * a.Quantity.Value) + 0.01m);
                    }
                }
            });
    }

    [Fact]
    public void QuoteCart_ShuffledLines_GiveEveryLineTheSameAmounts()
    {
        PricingEngine engine = Engine();
        Properties.ForAll(
            from context in Contexts()
            from lines in Carts()
            from seed in Gen.Choose(0, int.MaxValue)
            select (context, lines, seed),
            c =>
            {
                int[] order = [.. Enumerable.Range(0, c.lines.Length)];
                new Random(c.seed).Shuffle(order);
                CartQuote quote = engine.QuoteCart(c.context, c.lines, s_at);
                CartQuote shuffled = engine.QuoteCart(c.context, [.. order.Select(i => c.lines[i])], s_at);
                for (int j = 0; j < order.Length; j++)
                {
                    QuotedLine original = quote.Lines[order[j]];
                    QuotedLine moved = shuffled.Lines[j];
                    Assert.Equal((original.NetAmount, original.TaxAmount), (moved.NetAmount, moved.TaxAmount));
                    Assert.Equal(original.Adjustments.Select(a => (a.Kind, a.Source, a.Amount)), moved.Adjustments.Select(a => (a.Kind, a.Source, a.Amount)));
                }

                Assert.Equal(quote.NetTotal, shuffled.NetTotal);
                Assert.Equal(quote.TaxTotal, shuffled.TaxTotal);
            });
    }
}
