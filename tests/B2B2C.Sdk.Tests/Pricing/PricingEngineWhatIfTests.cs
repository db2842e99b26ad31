using System;
using System.Linq;
using B2B2C.Sdk.Pricing;

namespace B2B2C.Sdk.Tests.Pricing;

public sealed class PricingEngineWhatIfTests
{
    private static readonly DateTimeOffset s_at = new(2026, 11, 20, 10, 0, 0, TimeSpan.Zero);
    private static readonly Sku s_resistor = new("RC0603-10K");
    private static readonly Sku s_tool = new("CRIMP-TOOL");

    private static PriceList GoldList(decimal resistorPerThousand) => new()
    {
        Id = new PriceListId("GOLD-EUR"),
        Kind = PriceSourceKind.Segment,
        Segment = new SegmentId("gold"),
        Currency = Currency.EUR,
        Entries = [new PriceEntry { Sku = s_resistor, PriceBasis = 1000m, Tiers = [new(1m, resistorPerThousand)] }],
    };

    private static PriceBook Book() => new()
    {
        Version = "what-if-1",
        PriceLists =
        [
            new PriceList
            {
                Id = new PriceListId("LIST-EUR"),
                Kind = PriceSourceKind.List,
                Currency = Currency.EUR,
                Entries =
                [
                    new PriceEntry { Sku = s_resistor, PriceBasis = 1000m, Tiers = [new(1m, 4.20m)] },
                    new PriceEntry { Sku = s_tool, Tiers = [new(1m, 89.00m)] },
                ],
            },
            GoldList(3.80m),
        ],
    };

    [Fact]
    public void WhatIf_CandidateChangesOneList_ReportsPerLineAndTotalDifferencesWithoutPublishing()
    {
        var engine = new PricingEngine(PricingSnapshot.Compile(Book()).GetSnapshotOrThrow());
        var gold = new PricingContext { Currency = Currency.EUR, Segment = new SegmentId("gold") };
        CartLine[] cart = [new(s_resistor, Quantity.Pieces(10_000m)), new(s_tool, Quantity.Pieces(1m))];
        PricingSnapshot candidate = engine.Snapshot.WithPriceList(GoldList(3.50m)).GetSnapshotOrThrow();
        long before = engine.Snapshot.Sequence;

        WhatIfResult result = engine.WhatIf(gold, cart, candidate, s_at);

        Assert.Equal(Money.Of(-3.00m, Currency.EUR), result.Lines[0].NetDifference);
        Assert.Equal(Money.Zero(Currency.EUR), result.Lines[1].NetDifference);
        Assert.Equal(Money.Of(-3.00m, Currency.EUR), result.NetDifference);
        Assert.Equal(Money.Of(127.00m, Currency.EUR), result.Current.NetTotal);
        Assert.Equal(before, engine.Snapshot.Sequence);
        Assert.All(result.Lines, l => Assert.False(l.StatusChanged));
    }

    [Fact]
    public void WhatIf_CandidateBookDropsAnArticle_MarksTheStatusChange()
    {
        var engine = new PricingEngine(PricingSnapshot.Compile(Book()).GetSnapshotOrThrow());
        PriceBook candidate = Book() with
        {
            PriceLists = [Book().PriceLists[0] with { Entries = [Book().PriceLists[0].Entries[0]] }, GoldList(3.80m)],
        };

        WhatIfResult result = engine.WhatIf(new PricingContext { Currency = Currency.EUR }, [new CartLine(s_tool, Quantity.Pieces(2m))], candidate, s_at);

        Assert.True(result.Lines.Single().StatusChanged);
        Assert.Equal(PriceStatus.NoPrice, result.Candidate.Lines[0].Status);
        Assert.Equal(Money.Of(-178m, Currency.EUR), result.NetDifference);
    }

    [Fact]
    public void WhatIf_InvalidCandidateBook_ThrowsListingTheErrors()
    {
        var engine = new PricingEngine(PricingSnapshot.Compile(Book()).GetSnapshotOrThrow());

        PriceBookException error = Assert.Throws<PriceBookException>(
            () => engine.WhatIf(new PricingContext { Currency = Currency.EUR }, [], Book() with { Version = "" }, s_at));

        Assert.Contains(error.Errors, e => e.Code == "PB001");
    }
}
