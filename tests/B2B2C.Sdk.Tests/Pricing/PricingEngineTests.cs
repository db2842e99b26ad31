using System;
using System.Linq;
using B2B2C.Sdk.Pricing;
using B2B2C.Sdk.Testing;
using static B2B2C.Sdk.Tests.Pricing.PricingTestBooks;

namespace B2B2C.Sdk.Tests.Pricing;

/// <summary>The engine: proofs and replay, publishing and applying changes, the clock and argument checks.</summary>
public sealed partial class PricingEngineTests
{
    private static PriceEntry PerThousand => new() { Sku = Resistor, PriceBasis = 1000m, Tiers = [new(1m, 4.20m), new(10_000m, 3.42m), new(50_000m, 2.90m)] };

    // ---- Proof contents ---------------------------------------------------------------------------------------

    [Fact]
    public void PriceWithProof_PricedLine_RecordsTheRequestTheResultAndTheWinner()
    {
        PricingEngine engine = Engine(
            SegmentList("GOLD", PerThousand),
            ListPrice("LIST", Entry(0.01m) with { MinQuantity = 100_000m }, Entry(0.02m)));
        var context = new PricingContext { Customer = Customer, Segment = Gold, Nodes = [Node("S-W-01"), Node("KA")], Channel = Web, Currency = Currency.EUR };

        PriceProof proof = engine.PriceWithProof(context, Resistor, Quantity.Pieces(12_000m), At);

        Assert.Equal("v1", proof.SnapshotVersion);
        Assert.Equal(engine.Snapshot.ContentHash, proof.SnapshotHash);
        Assert.Equal(Customer, proof.Customer);
        Assert.Equal(Gold, proof.Segment);
        Assert.Equal([Node("KA"), Node("S-W-01")], proof.Nodes.ToArray());
        Assert.Equal(Web, proof.Channel);
        Assert.Equal(Currency.EUR, proof.Currency);
        Assert.Equal(Resistor, proof.Sku);
        Assert.Equal(Quantity.Pieces(12_000m), proof.Quantity);
        Assert.Equal(At, proof.At);
        Assert.Equal(PriceStatus.Priced, proof.Status);
        Assert.Equal(new UnitPrice(Money.Of(3.42m, Currency.EUR), Quantity.Pieces(1000m)), proof.UnitPrice);
        Assert.Equal(Money.Of(41.04m, Currency.EUR), proof.LineAmount);
        Assert.Equal(Money.Of(41.04m, Currency.EUR), proof.RoundedLineAmount);
        Assert.Equal(MidpointRounding.ToEven, proof.Rounding);
        Assert.Equal("priceLists[0](GOLD).entries[0](RC0603-10K)", proof.WinningEntry);
        Assert.Equal(1, proof.TierIndex);
        Assert.Matches("^[0-9a-f]{64}$", proof.Hash);
    }

    [Fact]
    public void PriceWithProof_PricedLine_HasExactlyOneWinnerAndEveryLoserSaysWhy()
    {
        PricingEngine engine = Engine(
            SegmentList("GOLD", PerThousand),
            ListPrice("LIST", Entry(0.01m) with { MinQuantity = 100_000m }, Entry(0.02m), Entry(0.03m) with { Channel = Market }));

        PriceProof proof = engine.PriceWithProof(Everyone(), Resistor, Quantity.Pieces(12_000m), At);

        PriceCandidate winner = Assert.Single(proof.Candidates, c => c.Rejection == PriceRejection.None);
        Assert.Equal(proof.WinningEntry, winner.EntryPath);
        Assert.Equal(proof.LineAmount, winner.LineAmount);
        Assert.Equal(proof.TierIndex, winner.TierIndex);
        Assert.Equal(PriceSourceKind.Segment, winner.Source);
        Assert.Equal("gold", winner.Scope);
        Assert.Equal(
            [(PriceRejection.None, "GOLD"), (PriceRejection.OtherChannel, "LIST"), (PriceRejection.BelowMinimumQuantity, "LIST"), (PriceRejection.Shadowed, "LIST")],
            proof.Candidates.Select(c => (c.Rejection, c.PriceList.Value)));
        PriceCandidate shadowed = proof.Candidates.Single(c => c.Rejection == PriceRejection.Shadowed);
        Assert.Equal(Money.Of(240m, Currency.EUR), shadowed.LineAmount);
        Assert.Equal(string.Empty, shadowed.Scope);
        Assert.All(proof.Candidates.Where(c => c.Rejection is PriceRejection.OtherChannel or PriceRejection.BelowMinimumQuantity), c =>
        {
            Assert.Null(c.LineAmount);
            Assert.Equal(-1, c.TierIndex);
        });
    }

    [Fact]
    public void PriceWithProof_Unpriced_HasNoWinnerAndNoAmounts()
    {
        PricingEngine engine = Engine(ListPrice("LIST", Entry(1m) with { OrderMultiple = 10m }));

        PriceProof proof = engine.PriceWithProof(Anonymous(), Resistor, Quantity.Pieces(15m), At);

        Assert.Equal(PriceStatus.QuantityNotAccepted, proof.Status);
        Assert.Null(proof.UnitPrice);
        Assert.Null(proof.LineAmount);
        Assert.Null(proof.RoundedLineAmount);
        Assert.Null(proof.WinningEntry);
        Assert.Null(proof.NextBreak);
        Assert.Equal(-1, proof.TierIndex);
        Assert.Equal(PriceRejection.NotOrderMultiple, Assert.Single(proof.Candidates).Rejection);
    }

    [Theory]
    [InlineData(6_000, 10_000, 4_000, 3.42, 0.78)]
    [InlineData(9_999, 10_000, 1, 3.42, 0.78)]
    [InlineData(10_000, 50_000, 40_000, 2.90, 0.52)]
    [InlineData(12_000, 50_000, 38_000, 2.90, 0.52)]
    public void PriceWithProof_LadderWithAHigherTier_NamesTheNextBreak(int pieces, int min, int additional, decimal price, decimal saving)
    {
        PricingEngine engine = Engine(ListPrice("LIST", PerThousand));

        PriceBreak next = engine.PriceWithProof(Anonymous(), Resistor, Quantity.Pieces(pieces), At).NextBreak!;

        Assert.Equal(Quantity.Pieces(min), next.MinQuantity);
        Assert.Equal(Quantity.Pieces(additional), next.AdditionalQuantity);
        Assert.Equal(new UnitPrice(Money.Of(price, Currency.EUR), Quantity.Pieces(1000m)), next.Price);
        Assert.Equal(Money.Of(saving, Currency.EUR), next.SavingPerBasis);
    }

    [Fact]
    public void PriceWithProof_LastTierReached_HasNoNextBreak()
    {
        PricingEngine engine = Engine(ListPrice("LIST", PerThousand));

        Assert.Null(engine.PriceWithProof(Anonymous(), Resistor, Quantity.Pieces(60_000m), At).NextBreak);
    }

    [Fact]
    public void PriceWithProof_RequestInReels_NextBreakIsInTheEntryUnit()
    {
        PricingEngine engine = Engine(ListPrice("LIST", PerThousand));

        PriceBreak next = engine.PriceWithProof(Anonymous(), Resistor, Quantity.Of(1m, Reel), At).NextBreak!;

        Assert.Equal(Quantity.Pieces(5_000m), next.AdditionalQuantity);
    }

    [Fact]
    public void PriceWithProof_NextTierAboveTheEntryMaximum_HasNoNextBreak()
    {
        // Regression: the proof advertised the 10,000-piece tier although the entry refuses more than 5,000 pieces.
        PricingEngine engine = Engine(ListPrice("LIST", PerThousand with { MaxQuantity = 5_000m }));

        PriceProof proof = engine.PriceWithProof(Anonymous(), Resistor, Quantity.Pieces(5_000m), At);

        Assert.Equal(PriceStatus.Priced, proof.Status);
        Assert.Null(proof.NextBreak);
        Assert.Equal(PriceStatus.QuantityNotAccepted, engine.Price(Anonymous(), 10_000m).Status);
    }

    [Fact]
    public void PriceWithProof_NextTierWithinTheEntryMaximum_HasTheNextBreak()
    {
        PricingEngine engine = Engine(ListPrice("LIST", PerThousand with { MaxQuantity = 10_000m }));

        Assert.NotNull(engine.PriceWithProof(Anonymous(), Resistor, Quantity.Pieces(5_000m), At).NextBreak);
    }

    // ---- Replay -----------------------------------------------------------------------------------------------

    [Fact]
    public void Replay_SameSnapshot_MatchesAndRecomputesTheSameProof()
    {
        PricingEngine engine = Engine(SegmentList("GOLD", PerThousand), ListPrice("LIST", Entry(0.02m)));
        PriceProof proof = engine.PriceWithProof(Everyone("S-HZ-01"), Resistor, Quantity.Pieces(12_000m), At);

        PriceReplay replay = engine.Replay(proof);

        Assert.True(replay.Matches);
        Assert.Null(replay.Reason);
        Assert.Equal(proof.Hash, replay.Recomputed!.Hash);
        Assert.Equal(proof.Candidates.ToArray(), replay.Recomputed.Candidates.ToArray());
        Assert.Equal(proof.NextBreak, replay.Recomputed.NextBreak);
    }

    [Theory]
    [InlineData("line")]
    [InlineData("quantity")]
    [InlineData("status")]
    [InlineData("at")]
    [InlineData("tier")]
    [InlineData("winner")]
    [InlineData("customer")]
    public void Replay_TamperedProof_DoesNotMatch(string field)
    {
        PricingEngine engine = Engine(SegmentList("GOLD", PerThousand), ListPrice("LIST", Entry(0.02m)));
        PriceProof proof = engine.PriceWithProof(Everyone(), Resistor, Quantity.Pieces(12_000m), At);
        PriceProof tampered = field switch
        {
            "line" => proof with { LineAmount = Money.Of(1m, Currency.EUR) },
            "quantity" => proof with { Quantity = Quantity.Pieces(12_001m) },
            "status" => proof with { Status = PriceStatus.NoPrice },
            "at" => proof with { At = At.AddDays(1) },
            "tier" => proof with { TierIndex = 0 },
            "winner" => proof with { WinningEntry = "priceLists[1](LIST).entries[0](RC0603-10K)" },
            _ => proof with { Customer = new CustomerId("C-OTHER") },
        };

        PriceReplay replay = engine.Replay(tampered);

        Assert.False(replay.Matches);
        Assert.Contains("altered", replay.Reason, StringComparison.Ordinal);
        Assert.Null(replay.Recomputed);
    }

    [Fact]
    public void Replay_AgainstAnotherSnapshot_ReportsTheSnapshotMismatch()
    {
        PricingEngine engine = Engine(ListPrice("LIST", Entry(1m)));
        PricingSnapshot original = engine.Snapshot;
        PriceProof proof = engine.PriceWithProof(Anonymous(), Resistor, Quantity.Pieces(3m), At);
        engine.Publish(Compile(Book(ListPrice("LIST", Entry(2m))) with { Version = "v2" }));

        PriceReplay now = engine.Replay(proof);
        PriceReplay then = engine.Replay(proof, original);

        Assert.False(now.Matches);
        Assert.Null(now.Recomputed);
        Assert.Contains(original.ContentHash, now.Reason, StringComparison.Ordinal);
        Assert.Contains(engine.Snapshot.ContentHash, now.Reason, StringComparison.Ordinal);
        Assert.Contains("'v2'", now.Reason, StringComparison.Ordinal);
        Assert.True(then.Matches);
        Assert.Equal(Money.Of(3m, Currency.EUR), then.Recomputed!.LineAmount);
    }

    [Fact]
    public void Replay_EngineWithAnotherRounding_ReportsTheRecomputedDifference()
    {
        PricingSnapshot snapshot = Compile(Book(ListPrice("LIST", Entry(1m))));
        PriceProof proof = new PricingEngine(snapshot).PriceWithProof(Anonymous(), Resistor, Quantity.Pieces(3m), At);

        PriceReplay replay = new PricingEngine(snapshot, new PricingOptions { Rounding = MidpointRounding.AwayFromZero }).Replay(proof);

        Assert.False(replay.Matches);
        Assert.NotNull(replay.Recomputed);
        Assert.Equal(MidpointRounding.AwayFromZero, replay.Recomputed.Rounding);
        Assert.Contains("recomputed", replay.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Replay_SameContentCompiledAgain_Matches()
    {
        PriceBook book = Book(ListPrice("LIST", PerThousand));
        PriceProof proof = new PricingEngine(Compile(book)).PriceWithProof(Anonymous(), Resistor, Quantity.Pieces(12_000m), At);

        Assert.True(new PricingEngine(Compile(book)).Replay(proof).Matches);
    }

    // ---- Publishing -------------------------------------------------------------------------------------------

    [Fact]
    public void Publish_Snapshot_SwapsTheSnapshotInForce()
    {
        PricingEngine engine = Engine(ListPrice("LIST", Entry(1m)));
        PricingSnapshot next = Compile(Book(ListPrice("LIST", Entry(2m))));

        engine.Publish(next);

        Assert.Same(next, engine.Snapshot);
        Assert.Equal(Money.Of(2m, Currency.EUR), engine.Price(Anonymous(), 1m).LineAmount);
        Assert.Equal(next.Sequence, engine.Price(Anonymous(), 1m).SnapshotSequence);
    }

    [Fact]
    public void Publish_BookThatCompiles_PutsItInForce()
    {
        PricingEngine engine = Engine(ListPrice("LIST", Entry(1m)));

        PricingCompilation compilation = engine.Publish(Book(ListPrice("LIST", Entry(2m))));

        Assert.Same(compilation.Snapshot, engine.Snapshot);
        Assert.Equal(Money.Of(2m, Currency.EUR), engine.Price(Anonymous(), 1m).LineAmount);
    }

    [Fact]
    public void Publish_BookWithErrors_LeavesTheSnapshotInForce()
    {
        PricingEngine engine = Engine(ListPrice("LIST", Entry(1m)));
        PricingSnapshot before = engine.Snapshot;

        PricingCompilation compilation = engine.Publish(Book(ListPrice("LIST", Entry(-2m))));

        Assert.False(compilation.Succeeded);
        Assert.Same(before, engine.Snapshot);
        Assert.Equal(Money.Of(1m, Currency.EUR), engine.Price(Anonymous(), 1m).LineAmount);
    }

    [Fact]
    public void ApplyPriceList_ValidChange_PutsTheIncrementalSnapshotInForce()
    {
        PricingEngine engine = Engine(ListPrice("LIST", Entry(1m)), SegmentList("GOLD", Entry(0.9m)));
        long before = engine.Snapshot.Sequence;

        PricingCompilation compilation = engine.ApplyPriceList(SegmentList("GOLD", Entry(0.8m)));

        Assert.Same(compilation.Snapshot, engine.Snapshot);
        Assert.True(engine.Snapshot.Sequence > before);
        Assert.Equal(Money.Of(0.8m, Currency.EUR), engine.Price(Everyone(), 1m).LineAmount);
        Assert.Equal(Money.Of(1m, Currency.EUR), engine.Price(Anonymous(), 1m).LineAmount);
    }

    [Fact]
    public void ApplyPriceList_ChangeWithErrors_LeavesTheSnapshotInForceUnchanged()
    {
        PricingEngine engine = Engine(ListPrice("LIST", Entry(1m)), SegmentList("GOLD", Entry(0.9m)));
        PricingSnapshot before = engine.Snapshot;
        string hash = before.ContentHash;

        PricingCompilation compilation = engine.ApplyPriceList(SegmentList("GOLD", Entry(0.8m) with { Tiers = [] }));

        Assert.False(compilation.Succeeded);
        Assert.Null(compilation.Snapshot);
        Assert.Equal("PB204", Assert.Single(compilation.Errors).Code);
        Assert.Same(before, engine.Snapshot);
        Assert.Equal(hash, engine.Snapshot.ContentHash);
        Assert.Equal(Money.Of(0.9m, Currency.EUR), engine.Price(Everyone(), 1m).LineAmount);
        Assert.Equal(before.Sequence, engine.Price(Everyone(), 1m).SnapshotSequence);
    }

    [Fact]
    public void Price_ContextReusedAcrossASwap_PricesFromTheNewSnapshot()
    {
        PricingEngine engine = Engine(ListPrice("LIST", Entry(1m)), SegmentList("GOLD", Entry(0.9m)));
        PricingContext context = Everyone("S-HZ-01");
        PriceResult first = engine.Price(context, 1m);

        engine.ApplyPriceList(NodeList("EAST", "R-EAST", NodeInheritance.Inherit, Entry(0.5m)));
        PriceResult second = engine.Price(context, 1m);
        engine.Publish(Book(ListPrice("LIST", Entry(3m))) with { Version = "v3" });
        PriceResult third = engine.Price(context, 1m);

        Assert.Equal(("GOLD", 0.9m), (first.PriceList.Value, first.LineAmount.Amount));
        Assert.Equal(("EAST", 0.5m), (second.PriceList.Value, second.LineAmount.Amount));
        Assert.Equal(("LIST", 3m), (third.PriceList.Value, third.LineAmount.Amount));
        Assert.True(first.SnapshotSequence < second.SnapshotSequence && second.SnapshotSequence < third.SnapshotSequence);
        Assert.Equal(engine.Snapshot.Sequence, third.SnapshotSequence);
    }

    // ---- Clock and arguments ----------------------------------------------------------------------------------

    [Fact]
    public void Price_WithoutATime_UsesTheEngineClock()
    {
        var clock = new ManualTimeProvider(At.AddDays(-1));
        var engine = new PricingEngine(Compile(Book(ListPrice("LIST", Entry(1m)) with { ValidFrom = At })), timeProvider: clock);

        PriceResult before = engine.Price(Anonymous(), Resistor, Quantity.Pieces(1m));
        clock.SetUtcNow(At);
        PriceResult after = engine.Price(Anonymous(), Resistor, Quantity.Pieces(1m));

        Assert.Equal(PriceStatus.NoPrice, before.Status);
        Assert.Equal(PriceStatus.Priced, after.Status);
    }

    [Fact]
    public void Price_InvalidArguments_Throw()
    {
        PricingEngine engine = Engine(ListPrice("LIST", Entry(1m)));

        Assert.Throws<ArgumentNullException>(() => engine.Price(null!, Resistor, Quantity.Pieces(1m), At));
        Assert.Equal("sku", Assert.Throws<ArgumentException>(() => engine.Price(Anonymous(), default, Quantity.Pieces(1m), At)).ParamName);
        Assert.Equal("sku", Assert.Throws<ArgumentException>(() => engine.PriceWithProof(Anonymous(), default, Quantity.Pieces(1m), At)).ParamName);
        Assert.Throws<ArgumentNullException>(() => engine.PriceWithProof(null!, Resistor, Quantity.Pieces(1m), At));
        Assert.Throws<ArgumentNullException>(() => engine.Replay(null!));
        Assert.Throws<ArgumentNullException>(() => engine.Publish((PricingSnapshot)null!));
        Assert.Throws<ArgumentNullException>(() => engine.ApplyPriceList(null!));
        Assert.Throws<ArgumentNullException>(() => new PricingEngine(null!));
    }
}
