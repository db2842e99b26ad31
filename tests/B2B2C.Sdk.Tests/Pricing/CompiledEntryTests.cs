using System;
using System.Collections.Immutable;
using B2B2C.Sdk.Pricing;
using B2B2C.Sdk.Testing;
using FsCheck;
using FsCheck.Fluent;
using static B2B2C.Sdk.Tests.Pricing.PricingTestBooks;

namespace B2B2C.Sdk.Tests.Pricing;

/// <summary>How an entry's ladder prices a line: volume and graduated tiers, price basis, unit price and rounding.</summary>
public sealed class CompiledEntryTests
{
    private static readonly decimal[] s_volumePrices = [4.20m, 3.42m, 2.90m];

    private static PricingEngine LadderEngine(PriceEntry entry, PricingOptions? options = null)
        => new(Compile(SingleEntryBook(entry)), options);

    private static PriceEntry Ladder(TierKind kind, UnitOfMeasure unit, decimal basis, params (decimal Min, decimal Price)[] tiers)
        => new() { Sku = Resistor, Unit = unit, PriceBasis = basis, TierKind = kind, Tiers = [.. Array.ConvertAll(tiers, t => new PriceTier(t.Min, t.Price))] };

    private static PriceBook SingleEntryBook(PriceEntry entry) => PriceBookGenerators.SingleEntryBook(entry);

    [Theory]
    [InlineData(1, 0, 0.0042)]
    [InlineData(9_999, 0, 41.9958)]
    [InlineData(10_000, 1, 34.20)]
    [InlineData(12_000, 1, 41.04)]
    [InlineData(50_000, 2, 145.00)]
    public void LineAmount_VolumeTiers_PriceTheWholeLineAtTheReachedTier(int pieces, int tier, decimal line)
    {
        PricingEngine engine = LadderEngine(Ladder(TierKind.Volume, UnitOfMeasure.Piece, 1000m, (1m, 4.20m), (10_000m, 3.42m), (50_000m, 2.90m)));

        PriceResult result = engine.Price(Anonymous(), pieces);

        Assert.Equal(tier, result.TierIndex);
        Assert.Equal(Money.Of(line, Currency.EUR), result.LineAmount);
        Assert.Equal(new UnitPrice(Money.Of(s_volumePrices[tier], Currency.EUR), Quantity.Pieces(1000m)), result.UnitPrice);
    }

    [Fact]
    public void LineAmount_PricePerThousand_KeepsSubCentDigitsAndRoundsTheLine()
    {
        PricingEngine engine = LadderEngine(Ladder(TierKind.Volume, UnitOfMeasure.Piece, 1000m, (1m, 3.425m)));

        PriceResult result = engine.Price(Anonymous(), 1_001m);

        Assert.Equal(3.428425m, result.LineAmount.Amount);
        Assert.Equal(3.43m, result.RoundedLineAmount.Amount);
        Assert.Equal(Quantity.Pieces(1000m), result.UnitPrice.Per);
        Assert.Equal(Quantity.Pieces(1_001m), result.PricedQuantity);
    }

    [Theory]
    [InlineData(1, 0, 10.00)]
    [InlineData(99, 0, 990.00)]
    [InlineData(100, 1, 998.00)]
    [InlineData(150, 1, 1_398.00)]
    [InlineData(1_000, 2, 990.00 + 900 * 8.00 + 5.00)]
    [InlineData(1_500, 2, 990.00 + 900 * 8.00 + 501 * 5.00)]
    public void LineAmount_GraduatedCountedUnits_PricesEachUnitAtTheTierOfItsNumber(int pieces, int tier, double line)
    {
        // From 1 at 10.00, from 100 at 8.00, from 1,000 at 5.00: 150 pieces are 99 x 10.00 + 51 x 8.00.
        PricingEngine engine = LadderEngine(Ladder(TierKind.Graduated, UnitOfMeasure.Piece, 1m, (1m, 10.00m), (100m, 8.00m), (1_000m, 5.00m)));

        PriceResult result = engine.Price(Anonymous(), pieces);

        Assert.Equal(tier, result.TierIndex);
        Assert.Equal(Money.Of((decimal)line, Currency.EUR), result.LineAmount);
        Assert.Equal(new UnitPrice(result.LineAmount, Quantity.Pieces(pieces)), result.UnitPrice);
    }

    [Theory]
    [InlineData("0.5", 0, "5.00")]
    [InlineData("99.5", 0, "995.00")]
    [InlineData("100", 1, "1000.00")]
    [InlineData("150", 1, "1400.00")]
    [InlineData("150.25", 1, "1402.00")]
    public void LineAmount_GraduatedMeasuredUnits_PricesEachBandUpToTheNextMinimum(string metres, int tier, string line)
    {
        // From 0 m at 10.00, from 100 m at 8.00: 150 m are 100 m x 10.00 + 50 m x 8.00.
        PricingEngine engine = LadderEngine(Ladder(TierKind.Graduated, UnitOfMeasure.Metre, 1m, (0m, 10.00m), (100m, 8.00m)));

        PriceResult result = engine.Price(Anonymous(), Resistor, Quantity.Of(decimal.Parse(metres, System.Globalization.CultureInfo.InvariantCulture), UnitOfMeasure.Metre), At);

        Assert.Equal(tier, result.TierIndex);
        Assert.Equal(Money.Of(decimal.Parse(line, System.Globalization.CultureInfo.InvariantCulture), Currency.EUR), result.LineAmount);
    }

    [Fact]
    public void LineAmount_GraduatedPerThousand_DividesTheBandsByTheBasis()
    {
        PricingEngine engine = LadderEngine(Ladder(TierKind.Graduated, UnitOfMeasure.Piece, 1000m, (1m, 4.20m), (10_000m, 3.42m)));

        PriceResult result = engine.Price(Anonymous(), 12_000m);

        Assert.Equal(Money.Of(((9_999m * 4.20m) + (2_001m * 3.42m)) / 1000m, Currency.EUR), result.LineAmount);
        Assert.Equal(Money.Of(48.83922m, Currency.EUR), result.LineAmount);
        Assert.Equal(Money.Of(48.84m, Currency.EUR), result.RoundedLineAmount);
    }

    [Fact]
    public void LineAmount_GraduatedInReels_CountsWholeReels()
    {
        PricingEngine engine = LadderEngine(Ladder(TierKind.Graduated, Reel, 1m, (1m, 15m), (3m, 12m)));

        PriceResult result = engine.Price(Anonymous(), 20_000m);

        Assert.Equal(Quantity.Of(4m, Reel), result.PricedQuantity);
        Assert.Equal(Money.Of((2m * 15m) + (2m * 12m), Currency.EUR), result.LineAmount);
    }

    [Theory]
    [InlineData(MidpointRounding.ToEven, 0.12)]
    [InlineData(MidpointRounding.AwayFromZero, 0.13)]
    public void RoundedLineAmount_Midpoint_FollowsTheEngineOption(MidpointRounding rounding, decimal expected)
    {
        PricingEngine engine = LadderEngine(Ladder(TierKind.Volume, UnitOfMeasure.Piece, 1000m, (1m, 12.5m)), new PricingOptions { Rounding = rounding });

        PriceResult result = engine.Price(Anonymous(), 10m);

        Assert.Equal(0.125m, result.LineAmount.Amount);
        Assert.Equal(Money.Of(expected, Currency.EUR), result.RoundedLineAmount);
        Assert.Equal(rounding, engine.Rounding);
    }

    [Fact]
    public void LineAmount_VolumeLadderWithNonIncreasingPrices_UnitPriceNeverRisesWithQuantity()
    {
        Gen<(PriceEntry Entry, int[] Quantities)> cases =
            from entry in PriceBookGenerators.Ladder(Resistor, TierKind.Volume, nonIncreasing: true)
            from quantities in Gen.ArrayOf(Gen.Choose(1, 30_000), 8)
            select (entry, quantities);

        Properties.ForAll(cases, c =>
        {
            PricingEngine engine = LadderEngine(c.Entry);
            Array.Sort(c.Quantities);
            decimal previous = decimal.MaxValue;
            foreach (int n in c.Quantities)
            {
                PriceResult result = engine.Price(Anonymous(), Resistor, Quantity.Of(n, c.Entry.Unit), At);
                Assert.True(result.IsPriced);
                Assert.True(result.UnitPrice.Price.Amount <= previous, $"{result.UnitPrice} after {previous} at {n}");
                previous = result.UnitPrice.Price.Amount;
            }
        });
    }

    [Fact]
    public void LineAmount_VolumeLadder_EqualsTheUnitPriceExtendedOverThePricedQuantity()
    {
        Gen<(PriceEntry Entry, int Quantity)> cases =
            from entry in PriceBookGenerators.Ladder(Resistor, TierKind.Volume, nonIncreasing: false)
            from quantity in Gen.Choose(1, 30_000)
            select (entry, quantity);

        Properties.ForAll(cases, c =>
        {
            PricingEngine engine = LadderEngine(c.Entry);
            PriceResult result = engine.Price(Anonymous(), Resistor, Quantity.Of(c.Quantity, c.Entry.Unit), At);
            Assert.True(result.IsPriced);
            Assert.Equal(result.UnitPrice.Extend(result.PricedQuantity), result.LineAmount);
            Assert.Equal(result.LineAmount.RoundToMinorUnit(engine.Rounding), result.RoundedLineAmount);
        });
    }

    [Fact]
    public void LineAmount_VolumeLadderAskedInReels_EqualsTheUnitPriceExtendedOverTheRequest()
    {
        Gen<(PriceEntry Entry, int Reels)> cases =
            from entry in PriceBookGenerators.Ladder(Resistor, TierKind.Volume, nonIncreasing: false).Where(e => e.Unit == UnitOfMeasure.Piece)
            from reels in Gen.Choose(1, 6)
            select (entry, reels);

        Properties.ForAll(cases, c =>
        {
            PriceResult result = LadderEngine(c.Entry).Price(Anonymous(), Resistor, Quantity.Of(c.Reels, Reel), At);
            Assert.Equal(result.UnitPrice.Extend(Quantity.Of(c.Reels, Reel)), result.LineAmount);
        });
    }

    [Fact]
    public void LineAmount_GraduatedLadder_NeverDecreasesAsQuantityGrows()
    {
        Gen<(PriceEntry Entry, int[] Quantities)> cases =
            from entry in PriceBookGenerators.Ladder(Resistor, TierKind.Graduated, nonIncreasing: false)
            from quantities in Gen.ArrayOf(Gen.Choose(1, 30_000), 8)
            select (entry, quantities);

        Properties.ForAll(cases, c =>
        {
            PricingEngine engine = LadderEngine(c.Entry);
            decimal scale = c.Entry.Unit.IsDiscrete ? 1m : 10m;
            Array.Sort(c.Quantities);
            decimal previous = 0m;
            foreach (int n in c.Quantities)
            {
                PriceResult result = engine.Price(Anonymous(), Resistor, Quantity.Of(n / scale, c.Entry.Unit), At);
                Assert.True(result.IsPriced);
                Assert.True(result.LineAmount.Amount >= previous, $"{result.LineAmount} after {previous} at {n / scale}");
                previous = result.LineAmount.Amount;
            }
        });
    }

    [Fact]
    public void LineAmount_GraduatedLadderOfOneTier_EqualsVolumePricing()
    {
        Gen<(PriceEntry Entry, int Quantity)> cases =
            from entry in PriceBookGenerators.Ladder(Resistor, TierKind.Graduated, nonIncreasing: false)
            from quantity in Gen.Choose(1, 30_000)
            select (entry with { Tiers = [entry.Tiers[0]] }, quantity);

        Properties.ForAll(cases, c =>
        {
            var quantity = Quantity.Of(c.Quantity, c.Entry.Unit);
            PriceResult graduated = LadderEngine(c.Entry).Price(Anonymous(), Resistor, quantity, At);
            PriceResult volume = LadderEngine(c.Entry with { TierKind = TierKind.Volume }).Price(Anonymous(), Resistor, quantity, At);
            Assert.Equal(volume.LineAmount, graduated.LineAmount);
            Assert.Equal(volume.RoundedLineAmount, graduated.RoundedLineAmount);
        });
    }

    [Fact]
    public void LineAmount_GraduatedLadder_IsAtMostTheFirstTierPriceAndAtLeastTheLastForNonIncreasingPrices()
    {
        Gen<(PriceEntry Entry, int Quantity)> cases =
            from entry in PriceBookGenerators.Ladder(Resistor, TierKind.Graduated, nonIncreasing: true)
            from quantity in Gen.Choose(1, 30_000)
            select (entry, quantity);

        Properties.ForAll(cases, c =>
        {
            var quantity = Quantity.Of(c.Quantity, c.Entry.Unit);
            PriceResult graduated = LadderEngine(c.Entry).Price(Anonymous(), Resistor, quantity, At);
            ImmutableArray<PriceTier> tiers = c.Entry.Tiers;
            decimal perUnitFirst = tiers[0].Price * c.Quantity / c.Entry.PriceBasis;
            decimal perUnitReached = tiers[graduated.TierIndex].Price * c.Quantity / c.Entry.PriceBasis;
            Assert.InRange(graduated.LineAmount.Amount, perUnitReached, perUnitFirst);
        });
    }
}
