using System;
using System.Linq;
using B2B2C.Sdk.Pricing;
using B2B2C.Sdk.Testing;
using FsCheck.Fluent;

namespace B2B2C.Sdk.Tests.Pricing;

public sealed class PricingEngineCartTests
{
    private static readonly DateTimeOffset s_at = new(2026, 11, 20, 10, 0, 0, TimeSpan.Zero);
    private static readonly string[] s_values = ["1K", "2K2", "4K7", "10K", "47K"];

    private static PriceBook Book() => new()
    {
        Version = "cart-1",
        Products = [.. s_values.Select(v => new PricedProduct { Sku = new Sku($"RC0603-{v}"), Family = "RC0603" })],
        PriceLists =
        [
            new PriceList
            {
                Id = new PriceListId("LIST-EUR"),
                Kind = PriceSourceKind.List,
                Currency = Currency.EUR,
                Entries =
                [
                    .. s_values.Select(v => new PriceEntry
                    {
                        Sku = new Sku($"RC0603-{v}"),
                        PriceBasis = 1000m,
                        Tiers = [new(1m, 4.217m), new(10_000m, 3.421m)],
                    }),
                    new PriceEntry { Sku = new Sku("CRIMP-TOOL"), Tiers = [new(1m, 89.00m)] },
                ],
            },
        ],
    };

    [Fact]
    public void QuoteCart_FamilyReachesTheBreakTogether_PricesEveryLineAtTheFamilyTier()
    {
        var engine = new PricingEngine(PricingSnapshot.Compile(Book()).GetSnapshotOrThrow());
        CartLine[] lines = [.. s_values.Select(v => new CartLine(new Sku($"RC0603-{v}"), Quantity.Pieces(2_000m)))];

        CartQuote quote = engine.QuoteCart(new PricingContext { Currency = Currency.EUR }, lines, s_at);

        Assert.All(quote.Lines, line => Assert.Equal(1, line.BasePrice.TierIndex));
        Assert.All(quote.Lines, line => Assert.Equal(Money.Of(6.84m, Currency.EUR), line.NetAmount));
        Assert.All(quote.Lines, line => Assert.Contains(line.Adjustments, a => a.Kind == PriceAdjustmentKind.FamilyTier));
        Assert.Equal(Money.Of(34.20m, Currency.EUR), quote.NetTotal);
    }

    [Fact]
    public void QuoteCart_UnknownArticle_IsReportedAndLeftOutOfTheTotal()
    {
        var engine = new PricingEngine(PricingSnapshot.Compile(Book()).GetSnapshotOrThrow());

        CartQuote quote = engine.QuoteCart(
            new PricingContext { Currency = Currency.EUR },
            [new CartLine(new Sku("CRIMP-TOOL"), Quantity.Pieces(1m)), new CartLine(new Sku("NOPE"), Quantity.Pieces(1m))],
            s_at);

        Assert.False(quote.IsComplete);
        Assert.Equal(PriceStatus.NoPrice, quote.Lines[1].Status);
        Assert.Equal(Money.Of(89m, Currency.EUR), quote.NetTotal);
    }

    [Fact]
    public void QuoteCart_LinesSumExactlyToTheTotal_Property()
    {
        var engine = new PricingEngine(PricingSnapshot.Compile(Book()).GetSnapshotOrThrow());
        var context = new PricingContext { Currency = Currency.EUR };
        Properties.ForAll(
            from count in Gen.Choose(1, 30)
            from lines in Gen.ArrayOf(
                from value in Gen.Elements(s_values)
                from pieces in Gen.Choose(1, 30_000)
                select new CartLine(new Sku($"RC0603-{value}"), Quantity.Pieces(pieces)),
                count)
            select lines,
            lines =>
            {
                CartQuote quote = engine.QuoteCart(context, lines, s_at);
                Assert.Equal(quote.NetTotal, quote.Lines.Select(l => l.NetAmount).Aggregate((a, b) => a + b));
                Assert.All(quote.Lines, l => Assert.True(l.NetAmount.IsRoundedToMinorUnit()));
                Assert.All(quote.Lines, l => Assert.Equal(l.BasePrice.LineAmount + l.Adjustments.Where(a => a.Kind != PriceAdjustmentKind.FamilyTier).Aggregate(Money.Zero(Currency.EUR), (s, a) => s + a.Amount), l.NetAmount));
            });
    }

    [Fact]
    public void QuoteCart_LineAmountWithExtraZeros_IsReturnedAtTheMinorUnitsScale()
    {
        var engine = new PricingEngine(PricingSnapshot.Compile(Book()).GetSnapshotOrThrow());

        CartQuote quote = engine.QuoteCart(
            new PricingContext { Currency = Currency.EUR },
            [new CartLine(new Sku("RC0603-1K"), Quantity.Pieces(10_000m))],
            s_at);

        Assert.Equal(34.21m, quote.Lines[0].NetAmount.Amount);
        Assert.Equal(2, quote.Lines[0].NetAmount.Amount.Scale);
        Assert.Equal(2, quote.NetTotal.Amount.Scale);
    }
}
