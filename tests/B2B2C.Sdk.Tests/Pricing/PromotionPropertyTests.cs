using System;
using System.Collections.Generic;
using System.Linq;
using B2B2C.Sdk.Pricing;
using B2B2C.Sdk.Testing;
using FsCheck.Fluent;
using static B2B2C.Sdk.Tests.Pricing.PromotionTestBooks;

namespace B2B2C.Sdk.Tests.Pricing;

public sealed class PromotionPropertyTests
{
    private static readonly Sku[] s_skus = [Resistor, Capacitor, Timer, Tool];

    /// <summary>A box of ten pieces: a line of 3 boxes prices like a line of 30 pieces but is a different request.</summary>
    private static readonly UnitOfMeasure s_box = UnitOfMeasure.Pack("BOX", 10m, UnitOfMeasure.Piece);

    private static readonly Promotion[] s_pool =
    [
        Promo("PCT-10", PromotionEffect.PercentOff(10m)) with { StackingGroup = "seasonal" },
        Promo("PCT-25-PASSIVES", PromotionEffect.PercentOff(25m), new PromotionTarget { Categories = ["passives"] }) with { StackingGroup = "seasonal" },
        Promo("UNIT-0.03", PromotionEffect.AmountOffPerUnit(Eur(0.03m)), new PromotionTarget { Skus = [Resistor, Timer] }),
        Promo("LINE-2", PromotionEffect.AmountOffPerLine(Eur(2m))),
        Promo("FIX-0.40", PromotionEffect.FixedUnitPrice(Eur(0.40m)), new PromotionTarget { Skus = [Timer] }) with { Exclusive = true },
        Promo("B3G1", PromotionEffect.BuyXGetY(3, 1), new PromotionTarget { Skus = [Timer, Capacitor] }),
        Promo("KIT", PromotionEffect.BundlePrice(Eur(52m), [new(Tool, 1m), new(Resistor, 50m)])),
        Promo("SPEND", PromotionEffect.SpendThreshold([new(Eur(20m), 3m, null), new(Eur(100m), null, Eur(8m))])) with { Budget = Eur(500m) },
        Promo("ORDER-5", PromotionEffect.AmountOffPerOrder(Eur(5m))) with { StackingGroup = "order" },
        Promo("ORDER-7-BIG", PromotionEffect.AmountOffPerOrder(Eur(7m)), new PromotionTarget { Skus = [Tool] }) with { StackingGroup = "order", Exclusive = true },
    ];

    private static FsCheck.Gen<(CartLine[] Lines, Promotion[] Promotions, int Seed)> Cases()
        => from count in Gen.Choose(1, 6)
           from lines in Gen.ArrayOf(
               from sku in Gen.Elements(s_skus)
               from pieces in Gen.Choose(1, 400)
               from boxed in Gen.Elements(false, false, false, true)
               select boxed ? new CartLine(sku, new Quantity(Math.Max(1, pieces / 10), s_box)) : Line(sku, pieces),
               count)
           from mask in Gen.Choose(1, (1 << s_pool.Length) - 1)
           from seed in Gen.Choose(0, 1000)
           select (lines, s_pool.Where((_, i) => (mask & (1 << i)) != 0).ToArray(), seed);

    [Fact]
    public void QuoteCart_AnyPromotions_LinesSumExactlyToTheTotalAndNoneIsNegative()
    {
        Properties.ForAll(Cases(), input =>
        {
            CartQuote quote = Quote(input.Promotions, Anonymous, input.Lines);

            Assert.Equal(quote.NetTotal.Amount, quote.Lines.Sum(l => l.NetAmount.Amount));
            Assert.All(quote.Lines, line => Assert.False(line.NetAmount.IsNegative));
            Assert.All(quote.Lines, line => Assert.True(line.NetAmount.IsRoundedToMinorUnit()));
        }, cases: 150);
    }

    [Fact]
    public void QuoteCart_BestCombination_IsNeverWorseThanAnySingleAdmissiblePromotion()
    {
        Properties.ForAll(Cases(), input =>
        {
            decimal best = Discount(Quote(input.Promotions, Anonymous, input.Lines), input.Lines, Anonymous);

            foreach (Promotion promotion in input.Promotions)
            {
                decimal single = Discount(Quote([promotion], Anonymous, input.Lines), input.Lines, Anonymous);
                Assert.True(best >= single, $"{promotion.Id} alone gives {single}, the best combination {best}.");
            }
        }, cases: 60);
    }

    [Fact]
    public void QuoteCart_ShuffledLinesAndPromotions_GiveTheSameQuote()
    {
        Properties.ForAll(Cases(), input =>
        {
            var random = new Random(input.Seed);
            int[] order = [.. Enumerable.Range(0, input.Lines.Length).OrderBy(_ => random.Next())];
            CartLine[] shuffled = [.. order.Select(i => input.Lines[i])];
            Promotion[] promotions = [.. input.Promotions.OrderBy(_ => random.Next())];

            CartQuote original = Quote(input.Promotions, Anonymous, input.Lines);
            CartQuote permuted = Quote(promotions, Anonymous, shuffled);

            Assert.Equal(original.NetTotal, permuted.NetTotal);
            AssertSameAmounts(AmountsByLine(original, input.Lines), AmountsByLine(permuted, shuffled));

            Assert.Equal(
                original.Promotions.Select(p => (p.Promotion.Value, p.Discount.Amount)).Order(),
                permuted.Promotions.Select(p => (p.Promotion.Value, p.Discount.Amount)).Order());
        }, cases: 150);
    }

    [Fact]
    public void QuoteCart_EqualLinesWithASpendTierAndPercentOff_GiveTheSameTotalInEveryOrder()
    {
        // A counterexample the shuffle property once found: two equal tool lines, a third one, capacitors, and a
        // spend tier combined with line-level promotions.
        Promotion[] promotions = [.. s_pool.Where(p => p.Id.Value is "PCT-25-PASSIVES" or "UNIT-0.03" or "SPEND")];
        CartLine[] lines =
        [
            new(Tool, Quantity.Pieces(233m)),
            new(Tool, Quantity.Pieces(346m)),
            new(Tool, Quantity.Pieces(233m)),
            new(Capacitor, Quantity.Pieces(256m)),
        ];
        Money expected = Quote(promotions, Anonymous, lines).NetTotal;

        foreach (int[] order in Permutations([0, 1, 2, 3]))
        {
            foreach (int[] promotionOrder in Permutations([0, 1, 2]))
            {
                CartQuote quote = Quote([.. promotionOrder.Select(i => promotions[i])], Anonymous, [.. order.Select(i => lines[i])]);
                Assert.Equal(expected, quote.NetTotal);
            }
        }
    }

    [Fact]
    public void QuoteCart_OneBoxAndTenPiecesOfOneArticle_KeepTheirAmountsInEveryOrder()
    {
        // A box of ten resistors and ten single resistors price alike (1.00 EUR each), so the cent left over when
        // ORDER-5 is allocated went to whichever came first in the request. The canonical order now puts the box
        // first in every order: the box line pays 0.20, the pieces line 0.21.
        UnitOfMeasure box = UnitOfMeasure.Pack("BOX", 10m, UnitOfMeasure.Piece);
        CartLine[] lines = [new(Resistor, new Quantity(1m, box)), Line(Resistor, 10m), Line(Resistor, 43m)];

        CartQuote quote = AssertSameQuoteInEveryOrder(["ORDER-5"], lines);

        Assert.Equal([Eur(0.20m), Eur(0.21m), Eur(0.89m)], quote.Lines.Select(l => l.NetAmount));
    }

    [Fact]
    public void QuoteCart_IdenticalTimerLinesWithStackedPromotions_GiveTheSameQuoteInEveryOrder()
    {
        // A counterexample of the shuffle property: two identical NE555 lines share the cent left over by ORDER-5;
        // the earlier of the two in the request receives it, whatever the order of the other lines.
        CartLine[] lines = [Line(Timer, 314m), Line(Resistor, 110m), Line(Timer, 314m), Line(Timer, 276m)];

        CartQuote quote = AssertSameQuoteInEveryOrder(["PCT-25-PASSIVES", "FIX-0.40", "B3G1", "KIT", "SPEND", "ORDER-5", "ORDER-7-BIG"], lines);

        Assert.Equal(Eur(334.25m), quote.NetTotal);
        Assert.Equal([Eur(113.34m), Eur(7.94m), Eur(113.35m), Eur(99.62m)], quote.Lines.Select(l => l.NetAmount));
    }

    [Fact]
    public void QuoteCart_IdenticalToolLinesWithPercentPerLineAndOrderPromotions_GiveTheSameQuoteInEveryOrder()
    {
        // Another counterexample: two identical tool lines of 136 pieces after 2.00 off per line and 10% off.
        CartLine[] lines = [Line(Tool, 167m), Line(Tool, 121m), Line(Tool, 136m), Line(Tool, 136m)];

        CartQuote quote = AssertSameQuoteInEveryOrder(["PCT-10", "PCT-25-PASSIVES", "UNIT-0.03", "LINE-2", "FIX-0.40", "KIT", "ORDER-5"], lines);

        Assert.Equal(Eur(25_187.80m), quote.NetTotal);
        Assert.Equal([Eur(6_116.98m), Eur(6_116.99m)], [quote.Lines[2].NetAmount, quote.Lines[3].NetAmount]);
    }

    /// <summary>
    /// Quotes the lines in every order, with the promotions in several orders, and checks that every quote matches the
    /// first: the same total, the same promotions and the same amount for every line; lines identical in SKU and
    /// quantity are interchangeable and compared in request order.
    /// </summary>
    private static CartQuote AssertSameQuoteInEveryOrder(string[] promotionIds, CartLine[] lines)
    {
        Promotion[] promotions = [.. promotionIds.Select(id => s_pool.Single(p => p.Id.Value == id))];
        Promotion[][] promotionOrders = [promotions, [.. promotions.Reverse()], [.. promotions.OrderBy(p => p.Id.Value, StringComparer.Ordinal)]];
        CartQuote expected = Quote(promotions, Anonymous, lines);
        Dictionary<(CartLine, int), Money> expectedAmounts = AmountsByLine(expected, lines);
        foreach (int[] order in Permutations([.. Enumerable.Range(0, lines.Length)]))
        {
            CartLine[] permuted = [.. order.Select(i => lines[i])];
            foreach (Promotion[] promotionOrder in promotionOrders)
            {
                CartQuote quote = Quote(promotionOrder, Anonymous, permuted);
                Assert.Equal(expected.NetTotal, quote.NetTotal);
                AssertSameAmounts(expectedAmounts, AmountsByLine(quote, permuted));
                Assert.Equal(
                    expected.Promotions.Select(p => (p.Promotion.Value, p.Discount.Amount)).Order(),
                    quote.Promotions.Select(p => (p.Promotion.Value, p.Discount.Amount)).Order());
            }
        }

        return expected;
    }

    /// <summary>
    /// Returns each line's net amount keyed by the requested line and its rank among identical requested lines, so two
    /// quotes of one cart in different orders compare line by line: identical lines are interchangeable, and the
    /// earlier in the request comes first.
    /// </summary>
    private static Dictionary<(CartLine, int), Money> AmountsByLine(CartQuote quote, CartLine[] lines)
    {
        var amounts = new Dictionary<(CartLine, int), Money>();
        for (int i = 0; i < lines.Length; i++)
        {
            int rank = 0;
            while (amounts.ContainsKey((lines[i], rank)))
            {
                rank++;
            }

            amounts.Add((lines[i], rank), quote.Lines[i].NetAmount);
        }

        return amounts;
    }

    private static void AssertSameAmounts(Dictionary<(CartLine, int), Money> expected, Dictionary<(CartLine, int), Money> actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        foreach (KeyValuePair<(CartLine Line, int Rank), Money> pair in expected)
        {
            Assert.True(actual.TryGetValue(pair.Key, out Money amount), $"{pair.Key.Line} #{pair.Key.Rank} is missing.");
            Assert.True(pair.Value == amount, $"{pair.Key.Line} #{pair.Key.Rank}: {pair.Value} expected, {amount} quoted.");
        }
    }

    private static IEnumerable<int[]> Permutations(int[] items)
    {
        if (items.Length <= 1)
        {
            yield return items;
            yield break;
        }

        for (int i = 0; i < items.Length; i++)
        {
            int[] rest = [.. items.Where((_, j) => j != i)];
            foreach (int[] tail in Permutations(rest))
            {
                yield return [items[i], .. tail];
            }
        }
    }
}
