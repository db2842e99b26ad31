using System;
using System.Collections.Generic;
using System.Linq;
using B2B2C.Sdk.Pricing;
using B2B2C.Sdk.Testing;
using FsCheck.Fluent;

namespace B2B2C.Sdk.Tests.Pricing;

/// <summary>Graduated ladders counted across a product family in a cart quote.</summary>
public sealed class FamilyGraduatedTests
{
    private static readonly DateTimeOffset s_at = new(2026, 11, 20, 10, 0, 0, TimeSpan.Zero);

    /// <summary>From 1 at 0.10, from 1,000 at 0.07, from 5,000 at 0.05 EUR per piece, graduated.</summary>
    private static readonly PriceTier[] s_ladder = [new(1m, 0.10m), new(1000m, 0.07m), new(5000m, 0.05m)];

    private static readonly PricingEngine s_engine = new(PricingSnapshot.Compile(Book()).GetSnapshotOrThrow());

    private static readonly PricingContext s_general = new() { Currency = Currency.EUR };

    private static PriceBook Book() => new()
    {
        Version = "family-graduated-1",
        Products =
        [
            new PricedProduct { Sku = new Sku("XHP-2"), Family = "JST-XH" },
            new PricedProduct { Sku = new Sku("XHP-3"), Family = "JST-XH" },
            new PricedProduct { Sku = new Sku("XHP-4"), Family = "JST-XH" },
            new PricedProduct { Sku = new Sku("XHP-5"), Family = "JST-XH" },
            new PricedProduct { Sku = new Sku("XHP-6"), Family = "JST-XH" },
            new PricedProduct { Sku = new Sku("CABLE-A"), Family = "CABLE" },
            new PricedProduct { Sku = new Sku("CABLE-B"), Family = "CABLE" },
        ],
        PriceLists =
        [
            new PriceList
            {
                Id = new PriceListId("LIST-EUR"),
                Kind = PriceSourceKind.List,
                Currency = Currency.EUR,
                Entries =
                [
                    Graduated("XHP-2", s_ladder),
                    Graduated("XHP-3", s_ladder),
                    Graduated("XHP-4", s_ladder),

                    // The same family with a dearer ladder.
                    Graduated("XHP-5", [new(1m, 0.12m), new(1000m, 0.08m)]),

                    // The same family by volume: counted with the volume lines only.
                    new PriceEntry { Sku = new Sku("XHP-6"), Tiers = [new(1m, 0.10m), new(1000m, 0.06m)] },

                    // The same ladder without a family.
                    Graduated("LOOSE", s_ladder),

                    // Measured: each band runs up to the next minimum.
                    Graduated("CABLE-A", [new(1m, 1.00m), new(100m, 0.80m)]) with { Unit = UnitOfMeasure.Metre },
                    Graduated("CABLE-B", [new(1m, 1.00m), new(100m, 0.80m)]) with { Unit = UnitOfMeasure.Metre },
                ],
            },
        ],
    };

    private static PriceEntry Graduated(string sku, PriceTier[] tiers)
        => new() { Sku = new Sku(sku), TierKind = TierKind.Graduated, Tiers = [.. tiers] };

    public static TheoryData<string, string, decimal> Cases() => new()
    {
        // 1,500 pieces: 999 x 0.10 + 501 x 0.07 = 134.97, shared 800:700 (71.984 and 62.986; the cent left goes to
        // the larger remainder).
        { "XHP-2 800; XHP-3 700", "71.98; 62.99", 134.97m },

        // In the first band the family changes nothing.
        { "XHP-2 300; XHP-3 400", "30.00; 40.00", 70.00m },

        // One line alone is its own graduated price.
        { "XHP-2 1500", "134.97", 134.97m },

        // 6,000 pieces: 999 x 0.10 + 4,000 x 0.07 + 1,001 x 0.05 = 429.95, shared 3,000:2,500:500.
        { "XHP-2 3000; XHP-3 2500; XHP-4 500", "214.97; 179.15; 35.83", 429.95m },

        // Another ladder of the family pays its own average at the family total: 800/1,500 of 134.97 and
        // 700/1,500 of 999 x 0.12 + 501 x 0.08 = 159.96.
        { "XHP-2 800; XHP-5 700", "71.98; 74.65", 146.63m },

        // A volume line of the family is not counted with the graduated ones, nor an article without a family.
        { "XHP-2 800; XHP-6 700", "80.00; 70.00", 150.00m },
        { "XHP-2 800; LOOSE 700", "80.00; 70.00", 150.00m },

        // Identical lines share the odd cent; the earlier one in the request receives it.
        { "XHP-2 750; XHP-2 750", "67.49; 67.48", 134.97m },

        // Metres: 150 m are 100 m x 1.00 + 50 m x 0.80 = 140.00, shared 60:90.
        { "CABLE-A 60 m; CABLE-B 90 m", "56.00; 84.00", 140.00m },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void QuoteCart_GraduatedFamily_FillsTheBandsWithTheFamilyTotal(string lines, string amounts, decimal total)
    {
        CartQuote quote = s_engine.QuoteCart(s_general, Parse(lines), s_at);

        Assert.Equal(amounts.Split("; ").Select(a => Money.Of(decimal.Parse(a, System.Globalization.CultureInfo.InvariantCulture), Currency.EUR)), quote.Lines.Select(l => l.NetAmount));
        Assert.Equal(Money.Of(total, Currency.EUR), quote.NetTotal);
    }

    [Fact]
    public void QuoteCart_GraduatedFamily_RecordsTheFamilyTierInTheBasePrice()
    {
        CartQuote quote = s_engine.QuoteCart(s_general, Parse("XHP-2 800; XHP-3 700"), s_at);

        QuotedLine first = quote.Lines[0];
        PriceAdjustment family = Assert.Single(first.Adjustments, a => a.Kind == PriceAdjustmentKind.FamilyTier);
        Assert.Equal(Money.Of(-8.02m, Currency.EUR), family.Amount);
        Assert.Contains("JST-XH family totals 1500", family.Description, StringComparison.Ordinal);
        Assert.Equal(1, first.BasePrice.TierIndex);
        Assert.Equal(Money.Of(71.98m, Currency.EUR), first.BasePrice.LineAmount);
        Assert.Equal(new UnitPrice(Money.Of(71.98m, Currency.EUR), Quantity.Pieces(800m)), first.BasePrice.UnitPrice);
    }

    [Fact]
    public void QuoteCart_GraduatedFamilyInTheFirstBand_RecordsNothing()
    {
        CartQuote quote = s_engine.QuoteCart(s_general, Parse("XHP-2 300; XHP-3 400"), s_at);

        Assert.All(quote.Lines, line => Assert.Empty(line.Adjustments));
    }

    [Fact]
    public void QuoteCart_GraduatedFamily_LinesInAnyOrderSumToTheFamilysGraduatedPrice()
    {
        string[] skus = ["XHP-2", "XHP-3", "XHP-4", "LOOSE"];
        FsCheck.Gen<(CartLine[] Lines, int Seed)> cases =
            from count in Gen.Choose(1, 6)
            from lines in Gen.ArrayOf(
                from sku in Gen.Elements(skus)
                from pieces in Gen.Choose(1, 4000)
                select new CartLine(new Sku(sku), Quantity.Pieces(pieces)),
                count)
            from seed in Gen.Choose(0, 1000)
            select (lines, seed);

        Properties.ForAll(cases, input =>
        {
            CartQuote quote = s_engine.QuoteCart(s_general, input.Lines, s_at);

            // The family's lines add up exactly to the graduated price of the family's total, rounded.
            int[] family = [.. Enumerable.Range(0, input.Lines.Length).Where(i => input.Lines[i].Sku.Value != "LOOSE")];
            decimal pieces = family.Sum(i => input.Lines[i].Quantity.Value);
            decimal expected = family.Length == 0 ? 0m : Math.Round(GraduatedPrice(pieces), 2, MidpointRounding.ToEven);
            Assert.Equal(expected, family.Sum(i => quote.Lines[i].NetAmount.Amount));

            // Each family line is within a cent of its exact share by quantity; a line without a family is priced alone.
            foreach (int i in family)
            {
                decimal share = GraduatedPrice(pieces) * input.Lines[i].Quantity.Value / pieces;
                Assert.True(Math.Abs(quote.Lines[i].NetAmount.Amount - share) < 0.01m, $"{quote.Lines[i].NetAmount} is not within a cent of {share}.");
            }

            foreach (int i in Enumerable.Range(0, input.Lines.Length).Except(family))
            {
                Assert.Equal(Math.Round(GraduatedPrice(input.Lines[i].Quantity.Value), 2, MidpointRounding.ToEven), quote.Lines[i].NetAmount.Amount);
            }

            // The order of the lines changes nothing: identical lines are interchangeable and compared in request order.
            var random = new Random(input.Seed);
            int[] order = [.. Enumerable.Range(0, input.Lines.Length).OrderBy(_ => random.Next())];
            CartLine[] shuffled = [.. order.Select(i => input.Lines[i])];
            CartQuote permuted = s_engine.QuoteCart(s_general, shuffled, s_at);
            Assert.Equal(quote.NetTotal, permuted.NetTotal);
            Assert.Equal(Ranked(quote, input.Lines), Ranked(permuted, shuffled));
        }, cases: 200);
    }

    /// <summary>The graduated price of <paramref name="pieces"/> on <see cref="s_ladder"/>, counted band by band: piece n is priced at the last tier whose minimum is at most n.</summary>
    private static decimal GraduatedPrice(decimal pieces)
    {
        decimal amount = 0m;
        for (int i = 0; i < s_ladder.Length; i++)
        {
            decimal from = s_ladder[i].MinQuantity;
            decimal to = i + 1 < s_ladder.Length ? Math.Min(pieces, s_ladder[i + 1].MinQuantity - 1m) : pieces;
            amount += Math.Max(0m, to - from + 1m) * s_ladder[i].Price;
        }

        return amount;
    }

    /// <summary>Each line's amount keyed by its request and rank among identical requests, sorted, for comparing quotes of one cart in different orders.</summary>
    private static List<string> Ranked(CartQuote quote, CartLine[] lines)
    {
        var seen = new Dictionary<CartLine, int>();
        var ranked = new List<string>();
        for (int i = 0; i < lines.Length; i++)
        {
            int rank = seen.GetValueOrDefault(lines[i]);
            seen[lines[i]] = rank + 1;
            ranked.Add($"{lines[i]} #{rank}: {quote.Lines[i].NetAmount}");
        }

        ranked.Sort(StringComparer.Ordinal);
        return ranked;
    }

    private static CartLine[] Parse(string lines)
        => [.. lines.Split("; ").Select(line =>
        {
            string[] parts = line.Split(' ');
            decimal value = decimal.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture);
            return new CartLine(new Sku(parts[0]), parts.Length > 2 ? Quantity.Of(value, UnitOfMeasure.Metre) : Quantity.Pieces(value));
        })];
}
