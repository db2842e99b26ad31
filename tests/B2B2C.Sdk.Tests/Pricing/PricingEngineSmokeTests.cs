using System;
using System.Linq;
using B2B2C.Sdk.Pricing;

namespace B2B2C.Sdk.Tests.Pricing;

public sealed class PricingEngineSmokeTests
{
    private static readonly DateTimeOffset s_at = new(2026, 11, 20, 10, 0, 0, TimeSpan.Zero);
    private static readonly Sku s_resistor = new("RC0603-10K");
    private static readonly UnitOfMeasure s_reel = UnitOfMeasure.Pack("REEL", 5000m, UnitOfMeasure.Piece);

    private static PriceBook Book() => new()
    {
        Version = "test-1",
        Hierarchy =
        [
            new HierarchyNode(new HierarchyNodeId("HQ")),
            new HierarchyNode(new HierarchyNodeId("R-EAST"), new HierarchyNodeId("HQ")),
            new HierarchyNode(new HierarchyNodeId("P-ZJ"), new HierarchyNodeId("R-EAST")),
            new HierarchyNode(new HierarchyNodeId("S-HZ-01"), new HierarchyNodeId("P-ZJ")),
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
                    new PriceEntry { Sku = s_resistor, PriceBasis = 1000m, Tiers = [new(1m, 4.20m), new(10_000m, 3.42m)] },
                    new PriceEntry { Sku = s_resistor, Unit = s_reel, Tiers = [new(1m, 15.00m)] },
                ],
            },
            new PriceList
            {
                Id = new PriceListId("GOLD-EUR"),
                Kind = PriceSourceKind.Segment,
                Segment = new SegmentId("gold"),
                Currency = Currency.EUR,
                Entries = [new PriceEntry { Sku = s_resistor, PriceBasis = 1000m, Tiers = [new(1m, 3.80m), new(10_000m, 3.10m)] }],
            },
            new PriceList
            {
                Id = new PriceListId("EAST-EUR"),
                Kind = PriceSourceKind.HierarchyNode,
                Node = new HierarchyNodeId("R-EAST"),
                Currency = Currency.EUR,
                Entries = [new PriceEntry { Sku = s_resistor, PriceBasis = 1000m, Tiers = [new(1m, 3.50m)] }],
            },
        ],
    };

    [Fact]
    public void Price_GeneralCustomer_GetsTheListPriceAtTheReachedTier()
    {
        var engine = new PricingEngine(PricingSnapshot.Compile(Book()).GetSnapshotOrThrow());
        var general = new PricingContext { Currency = Currency.EUR };

        PriceResult result = engine.Price(general, s_resistor, Quantity.Pieces(12_000m), s_at);

        Assert.Equal(PriceStatus.Priced, result.Status);
        Assert.Equal(Money.Of(41.04m, Currency.EUR), result.LineAmount);
        Assert.Equal(1, result.TierIndex);
        Assert.Equal("LIST-EUR", result.PriceList.Value);
    }

    [Fact]
    public void Price_StoreUnderRegion_InheritsTheRegionAgreementBeforeItsSegment()
    {
        var engine = new PricingEngine(PricingSnapshot.Compile(Book()).GetSnapshotOrThrow());
        var store = new PricingContext { Currency = Currency.EUR, Segment = new SegmentId("gold"), Nodes = [new HierarchyNodeId("S-HZ-01")] };

        PriceResult result = engine.Price(store, s_resistor, Quantity.Pieces(12_000m), s_at);

        Assert.Equal(PriceSourceKind.HierarchyNode, result.Source);
        Assert.Equal(Money.Of(42m, Currency.EUR), result.LineAmount);
    }

    [Fact]
    public void PriceWithProof_RecordsCandidatesAndReplays()
    {
        var engine = new PricingEngine(PricingSnapshot.Compile(Book()).GetSnapshotOrThrow());
        var gold = new PricingContext { Currency = Currency.EUR, Segment = new SegmentId("gold") };

        PriceProof proof = engine.PriceWithProof(gold, s_resistor, Quantity.Of(2m, s_reel), s_at);

        Assert.Equal(Money.Of(31.00m, Currency.EUR), proof.LineAmount);
        Assert.Contains(proof.Candidates, c => c.Rejection == PriceRejection.Shadowed && c.PriceList.Value == "LIST-EUR");
        Assert.True(engine.Replay(proof).Matches);
        Assert.False(engine.Replay(proof with { LineAmount = Money.Of(1m, Currency.EUR) }).Matches);
        Assert.NotNull(proof.Candidates.Single(c => c.Rejection == PriceRejection.None));
    }

    [Fact]
    public void PriceProof_StoredAsJsonAndReadBack_StillReplays()
    {
        var engine = new PricingEngine(PricingSnapshot.Compile(Book()).GetSnapshotOrThrow());
        var store = new PricingContext { Currency = Currency.EUR, Segment = new SegmentId("gold"), Nodes = [new HierarchyNodeId("S-HZ-01")] };
        PriceProof proof = engine.PriceWithProof(store, s_resistor, Quantity.Pieces(8_000m), s_at);

        PriceProof back = System.Text.Json.JsonSerializer.Deserialize<PriceProof>(System.Text.Json.JsonSerializer.Serialize(proof))!;

        Assert.True(engine.Replay(back).Matches);
        Assert.False(engine.Replay(back with { Candidates = back.Candidates.RemoveAt(0) }).Matches);
    }
}
