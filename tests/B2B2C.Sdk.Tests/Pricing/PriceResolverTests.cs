using System;
using System.Linq;
using B2B2C.Sdk.Pricing;
using static B2B2C.Sdk.Tests.Pricing.PricingTestBooks;

namespace B2B2C.Sdk.Tests.Pricing;

/// <summary>The resolution rules, observed through <see cref="PricingEngine.Price(PricingContext, Sku, Quantity, DateTimeOffset)"/> and its proof.</summary>
public sealed class PriceResolverTests
{
    // ---- Access sequence -------------------------------------------------------------------------------------

    [Theory]
    [InlineData(true, true, true, true, "CONTRACT")]
    [InlineData(false, true, true, true, "NODE")]
    [InlineData(false, false, true, true, "SEGMENT")]
    [InlineData(false, false, false, true, "LIST")]
    [InlineData(true, false, false, true, "CONTRACT")]
    [InlineData(false, true, false, true, "NODE")]
    [InlineData(true, false, true, false, "CONTRACT")]
    public void Price_DefaultAccessSequence_ContractBeatsNodeBeatsSegmentBeatsList(bool contract, bool node, bool segment, bool list, string expected)
    {
        PriceList[] lists =
        [
            .. contract ? [ContractList("CONTRACT", Entry(1m))] : Array.Empty<PriceList>(),
            .. node ? [NodeList("NODE", "R-EAST", NodeInheritance.Inherit, Entry(2m))] : Array.Empty<PriceList>(),
            .. segment ? [SegmentList("SEGMENT", Entry(3m))] : Array.Empty<PriceList>(),
            .. list ? [ListPrice("LIST", Entry(4m))] : Array.Empty<PriceList>(),
        ];
        PricingEngine engine = Engine(lists);

        PriceResult result = engine.Price(Everyone("S-HZ-01"), 10m);

        Assert.Equal(expected, result.PriceList.Value);
        Assert.Equal(Enum.Parse<PriceSourceKind>(expected switch { "NODE" => "HierarchyNode", "CONTRACT" => "Contract", "SEGMENT" => "Segment", _ => "List" }), result.Source);
    }

    [Theory]
    [InlineData(new[] { PriceSourceKind.List, PriceSourceKind.Segment, PriceSourceKind.HierarchyNode, PriceSourceKind.Contract }, "LIST")]
    [InlineData(new[] { PriceSourceKind.Segment, PriceSourceKind.Contract }, "SEGMENT")]
    [InlineData(new[] { PriceSourceKind.HierarchyNode, PriceSourceKind.List }, "NODE")]
    [InlineData(new[] { PriceSourceKind.Contract }, "CONTRACT")]
    public void Price_CustomAccessSequence_ConsultsTheSourcesInThatOrder(PriceSourceKind[] sequence, string expected)
    {
        PriceBook book = Book(
            ContractList("CONTRACT", Entry(1m)),
            NodeList("NODE", "R-EAST", NodeInheritance.Inherit, Entry(2m)),
            SegmentList("SEGMENT", Entry(3m)),
            ListPrice("LIST", Entry(4m))) with
        { AccessSequence = [.. sequence] };
        var engine = new PricingEngine(Compile(book));

        PriceResult result = engine.Price(Everyone("S-HZ-01"), 10m);

        Assert.Equal(expected, result.PriceList.Value);
    }

    [Fact]
    public void Price_SourceLeftOutOfTheAccessSequence_IsNeverConsulted()
    {
        PriceBook book = Book(ListPrice("LIST", Entry(4m))) with { AccessSequence = [PriceSourceKind.Contract, PriceSourceKind.Segment] };
        var engine = new PricingEngine(Compile(book));

        PriceResult result = engine.Price(Everyone(), 10m);

        Assert.Equal(PriceStatus.NoPrice, result.Status);
    }

    [Fact]
    public void Price_EarlierSourceHasNoApplicablePrice_FallsThroughToTheNext()
    {
        PricingEngine engine = Engine(
            ContractList("CONTRACT", Entry(1m) with { MinQuantity = 1000m }),
            ListPrice("LIST", Entry(4m)));

        Assert.Equal("LIST", engine.Price(Everyone(), 10m).PriceList.Value);
        Assert.Equal("CONTRACT", engine.Price(Everyone(), 1000m).PriceList.Value);
    }

    // ---- Lists of one scope ----------------------------------------------------------------------------------

    [Theory]
    [InlineData(0, 0, "A-LIST")]
    [InlineData(1, 0, "A-LIST")]
    [InlineData(0, 1, "B-LIST")]
    [InlineData(-5, -1, "B-LIST")]
    public void Price_ListsOfOneScope_HigherPriorityThenLowerIdentifierWins(int priorityA, int priorityB, string expected)
    {
        PricingEngine engine = Engine(
            ListPrice("B-LIST", Entry(2m)) with { Priority = priorityB },
            ListPrice("A-LIST", Entry(1m)) with { Priority = priorityA });

        Assert.Equal(expected, engine.Price(Anonymous(), 1m).PriceList.Value);
    }

    [Fact]
    public void Price_SamePriority_IdentifiersCompareOrdinally()
    {
        // Ordinal: 'Z' (0x5A) sorts before 'a' (0x61), unlike a culture-aware comparison.
        PricingEngine engine = Engine(ListPrice("a-list", Entry(1m)), ListPrice("Z-LIST", Entry(2m)));

        Assert.Equal("Z-LIST", engine.Price(Anonymous(), 1m).PriceList.Value);
    }

    [Fact]
    public void Price_HigherPriorityListHasNoApplicableEntry_NextListOfTheScopeApplies()
    {
        PricingEngine engine = Engine(
            ListPrice("HIGH", Entry(1m) with { ValidTo = At }) with { Priority = 10 },
            ListPrice("LOW", Entry(2m)));

        PriceProof proof = engine.Prove(Anonymous(), 1m);

        Assert.Equal("LOW", proof.Candidates.Single(c => c.Rejection == PriceRejection.None).PriceList.Value);
        Assert.Equal(PriceRejection.Expired, proof.Candidates.Single(c => c.PriceList.Value == "HIGH").Rejection);
    }

    // ---- Entry specificity -----------------------------------------------------------------------------------

    [Theory]
    [InlineData("WEB", 2)]
    [InlineData("MARKET", 1)]
    [InlineData(null, 1)]
    public void Price_ChannelSpecificEntry_IsConsultedBeforeTheGeneralOne(string? channel, decimal expected)
    {
        PricingEngine engine = Engine(ListPrice("LIST", Entry(1m), Entry(2m) with { Channel = Web }));

        PriceResult result = engine.Price(Anonymous(channel is null ? null : new ChannelId(channel)), 1m);

        Assert.Equal(Money.Of(expected, Currency.EUR), result.LineAmount);
    }

    [Fact]
    public void Price_TwoEntriesValidNow_TheOneStartingLaterWins()
    {
        PricingEngine engine = Engine(ListPrice(
            "LIST",
            Entry(1m) with { ValidFrom = At.AddYears(-1) },
            Entry(2m) with { ValidFrom = At.AddDays(-1) },
            Entry(3m)));

        PriceProof proof = engine.Prove(Anonymous(), 1m);

        Assert.Equal(Money.Of(2m, Currency.EUR), proof.LineAmount);
        Assert.EndsWith(".entries[1](RC0603-10K)", proof.WinningEntry, StringComparison.Ordinal);
        Assert.Equal(
            [PriceRejection.None, PriceRejection.Shadowed, PriceRejection.Shadowed],
            proof.Candidates.Select(c => c.Rejection));
        Assert.Equal(["entries[1]", "entries[0]", "entries[2]"], proof.Candidates.Select(c => c.EntryPath.Split('.')[1][..10]));
    }

    [Fact]
    public void Price_SameStart_TheEntryEndingEarlierWins()
    {
        PricingEngine engine = Engine(ListPrice(
            "LIST",
            Entry(1m) with { ValidFrom = At.AddDays(-1), ValidTo = At.AddDays(30) },
            Entry(2m) with { ValidFrom = At.AddDays(-1), ValidTo = At.AddDays(2) }));

        Assert.Equal(Money.Of(2m, Currency.EUR), engine.Price(Anonymous(), 1m).LineAmount);
    }

    [Fact]
    public void Price_ChannelBeatsLaterStart_ChannelSpecificEntryWins()
    {
        PricingEngine engine = Engine(ListPrice(
            "LIST",
            Entry(1m) with { ValidFrom = At.AddDays(-1) },
            Entry(2m) with { Channel = Web, ValidFrom = At.AddYears(-1) }));

        Assert.Equal(Money.Of(2m, Currency.EUR), engine.Price(Anonymous(Web), 1m).LineAmount);
    }

    [Fact]
    public void Price_EquallySpecificEntries_TheEarlierInTheListWins()
    {
        PricingEngine engine = Engine(ListPrice("LIST", Entry(2m), Entry(1m)));

        Assert.Equal(Money.Of(2m, Currency.EUR), engine.Price(Anonymous(), 1m).LineAmount);
    }

    // ---- Validity windows ------------------------------------------------------------------------------------

    [Theory]
    [InlineData(0L, null, PriceStatus.Priced, PriceRejection.None)]
    [InlineData(1L, null, PriceStatus.NoPrice, PriceRejection.NotYetValid)]
    [InlineData(null, 0L, PriceStatus.NoPrice, PriceRejection.Expired)]
    [InlineData(null, 1L, PriceStatus.Priced, PriceRejection.None)]
    [InlineData(-1L, 1L, PriceStatus.Priced, PriceRejection.None)]
    [InlineData(-10L, -1L, PriceStatus.NoPrice, PriceRejection.Expired)]
    public void Price_ListWindow_StartIsInclusiveAndEndExclusive(long? fromTicks, long? toTicks, PriceStatus status, PriceRejection reason)
    {
        PricingEngine engine = Engine(ListPrice("LIST", Entry(1m)) with
        {
            ValidFrom = fromTicks is long from ? At.AddTicks(from) : null,
            ValidTo = toTicks is long to ? At.AddTicks(to) : null,
        });

        PriceProof proof = engine.Prove(Anonymous(), 1m);

        Assert.Equal(status, proof.Status);
        PriceCandidate candidate = Assert.Single(proof.Candidates);
        Assert.Equal(reason, candidate.Rejection);
        Assert.Equal(reason == PriceRejection.None ? "priceLists[0](LIST).entries[0](RC0603-10K)" : "priceLists[0](LIST)", candidate.EntryPath);
    }

    [Theory]
    [InlineData(0L, null, PriceStatus.Priced, PriceRejection.None)]
    [InlineData(1L, null, PriceStatus.NoPrice, PriceRejection.NotYetValid)]
    [InlineData(null, 0L, PriceStatus.NoPrice, PriceRejection.Expired)]
    [InlineData(null, 1L, PriceStatus.Priced, PriceRejection.None)]
    public void Price_EntryWindow_StartIsInclusiveAndEndExclusive(long? fromTicks, long? toTicks, PriceStatus status, PriceRejection reason)
    {
        PricingEngine engine = Engine(ListPrice("LIST", Entry(1m) with
        {
            ValidFrom = fromTicks is long from ? At.AddTicks(from) : null,
            ValidTo = toTicks is long to ? At.AddTicks(to) : null,
        }));

        PriceProof proof = engine.Prove(Anonymous(), 1m);

        Assert.Equal(status, proof.Status);
        PriceCandidate candidate = Assert.Single(proof.Candidates);
        Assert.Equal(reason, candidate.Rejection);
        Assert.Equal("priceLists[0](LIST).entries[0](RC0603-10K)", candidate.EntryPath);
    }

    [Fact]
    public void Price_WindowInAnotherOffset_ComparesInstantsNotLocalTimes()
    {
        // 11:00 at +01:00 is 10:00 UTC, exactly the request time: the entry starts then.
        PricingEngine engine = Engine(ListPrice("LIST", Entry(1m) with { ValidFrom = new DateTimeOffset(2026, 11, 20, 11, 0, 0, TimeSpan.FromHours(1)) }));

        Assert.True(engine.Price(Anonymous(), 1m).IsPriced);
        Assert.False(engine.Price(Anonymous(), Resistor, Quantity.Pieces(1m), At.AddTicks(-1)).IsPriced);
    }

    // ---- Channels and currencies -----------------------------------------------------------------------------

    [Theory]
    [InlineData("WEB", PriceStatus.Priced)]
    [InlineData("MARKET", PriceStatus.NoPrice)]
    [InlineData(null, PriceStatus.NoPrice)]
    public void Price_ListForOneChannel_AppliesOnlyInThatChannel(string? channel, PriceStatus expected)
    {
        PricingEngine engine = Engine(ListPrice("LIST", Entry(1m)) with { Channel = Web });

        PriceProof proof = engine.Prove(Anonymous(channel is null ? null : new ChannelId(channel)), 1m);

        Assert.Equal(expected, proof.Status);
        Assert.Equal(expected == PriceStatus.Priced ? 1 : 0, proof.Candidates.Length);
    }

    [Theory]
    [InlineData("WEB", PriceStatus.Priced)]
    [InlineData("MARKET", PriceStatus.NoPrice)]
    [InlineData(null, PriceStatus.NoPrice)]
    public void Price_EntryForOneChannel_IsRejectedAsOtherChannelElsewhere(string? channel, PriceStatus expected)
    {
        PricingEngine engine = Engine(ListPrice("LIST", Entry(1m) with { Channel = Web }));

        PriceProof proof = engine.Prove(Anonymous(channel is null ? null : new ChannelId(channel)), 1m);

        Assert.Equal(expected, proof.Status);
        Assert.Equal(expected == PriceStatus.Priced ? PriceRejection.None : PriceRejection.OtherChannel, Assert.Single(proof.Candidates).Rejection);
    }

    [Fact]
    public void Price_ListInAnotherCurrency_DoesNotApply()
    {
        PricingEngine engine = Engine(
            ListPrice("LIST-EUR", Entry(1m)),
            ListPrice("LIST-USD", Entry(1.10m)) with { Currency = Currency.USD });

        PriceResult dollars = engine.Price(new PricingContext { Currency = Currency.USD }, 1m);
        PriceResult pounds = engine.Price(new PricingContext { Currency = Currency.GBP }, 1m);

        Assert.Equal("LIST-USD", dollars.PriceList.Value);
        Assert.Equal(Money.Of(1.10m, Currency.USD), dollars.LineAmount);
        Assert.Equal(PriceStatus.NoPrice, pounds.Status);
    }

    [Fact]
    public void Price_ContractOnlyInAnotherCurrency_FallsThroughToTheListPrice()
    {
        PricingEngine engine = Engine(
            ContractList("CONTRACT-USD", Entry(0.5m)) with { Currency = Currency.USD },
            ListPrice("LIST-EUR", Entry(1m)));

        Assert.Equal("LIST-EUR", engine.Price(Everyone(), 1m).PriceList.Value);
    }

    // ---- Quantity rules and units ----------------------------------------------------------------------------

    [Theory]
    [InlineData(null, null, null, 5, PriceStatus.Priced, PriceRejection.None)]
    [InlineData(10, null, null, 9, PriceStatus.QuantityNotAccepted, PriceRejection.BelowMinimumQuantity)]
    [InlineData(10, null, null, 10, PriceStatus.Priced, PriceRejection.None)]
    [InlineData(null, 100, null, 100, PriceStatus.Priced, PriceRejection.None)]
    [InlineData(null, 100, null, 101, PriceStatus.QuantityNotAccepted, PriceRejection.AboveMaximumQuantity)]
    [InlineData(null, null, 10, 25, PriceStatus.QuantityNotAccepted, PriceRejection.NotOrderMultiple)]
    [InlineData(null, null, 10, 30, PriceStatus.Priced, PriceRejection.None)]
    [InlineData(10, 100, 10, 110, PriceStatus.QuantityNotAccepted, PriceRejection.AboveMaximumQuantity)]
    [InlineData(10, 100, 10, 0, PriceStatus.QuantityNotAccepted, PriceRejection.BelowMinimumQuantity)]
    public void Price_QuantityRules_AcceptOrRejectTheQuantity(int? min, int? max, int? multiple, int quantity, PriceStatus status, PriceRejection reason)
    {
        PricingEngine engine = Engine(ListPrice("LIST", Entry(1m) with { MinQuantity = min, MaxQuantity = max, OrderMultiple = multiple }));

        PriceProof proof = engine.Prove(Anonymous(), quantity);

        Assert.Equal(status, proof.Status);
        Assert.Equal(reason, Assert.Single(proof.Candidates).Rejection);
        Assert.Equal(status, engine.Price(Anonymous(), quantity).Status);
    }

    [Fact]
    public void Price_QuantityBelowTheFirstTier_IsBelowMinimum()
    {
        PricingEngine engine = Engine(ListPrice("LIST", new PriceEntry { Sku = Resistor, Tiers = [new(100m, 1m)] }));

        PriceProof proof = engine.Prove(Anonymous(), 99m);

        Assert.Equal(PriceStatus.QuantityNotAccepted, proof.Status);
        Assert.Equal(PriceRejection.BelowMinimumQuantity, Assert.Single(proof.Candidates).Rejection);
    }

    [Theory]
    [InlineData(12_000, PriceStatus.QuantityNotAccepted, null)]
    [InlineData(10_000, PriceStatus.Priced, 30.00)]
    [InlineData(5_000, PriceStatus.Priced, 15.00)]
    [InlineData(1, PriceStatus.QuantityNotAccepted, null)]
    public void Price_PiecesAgainstAPerReelEntry_ApplyOnlyInWholeReels(int pieces, PriceStatus status, double? line)
    {
        PricingEngine engine = Engine(ListPrice("LIST", new PriceEntry { Sku = Resistor, Unit = Reel, Tiers = [new(1m, 15.00m)] }));

        PriceProof proof = engine.Prove(Anonymous(), pieces);
        PriceResult result = engine.Price(Anonymous(), pieces);

        Assert.Equal(status, result.Status);
        Assert.Equal(line is double amount ? Money.Of((decimal)amount, Currency.EUR) : null, proof.LineAmount);
        if (result.IsPriced)
        {
            Assert.Equal(Quantity.Of(pieces / 5000m, Reel), result.PricedQuantity);
        }
        else
        {
            Assert.Equal(PriceRejection.UnitNotConvertible, Assert.Single(proof.Candidates).Rejection);
        }
    }

    [Theory]
    [InlineData(10_000, "H87", 40.00, "H87")]
    [InlineData(12_000, "H87", 48.00, "H87")]
    [InlineData(2, "REEL", 30.00, "REEL")]
    public void Price_ReelEntryBeforePieceEntry_TheEntryInTheUnitAskedWins(int count, string asked, decimal line, string unit)
    {
        PricingEngine engine = Engine(ListPrice(
            "LIST",
            new PriceEntry { Sku = Resistor, Unit = Reel, Tiers = [new(1m, 15.00m)] },
            new PriceEntry { Sku = Resistor, PriceBasis = 1000m, Tiers = [new(1m, 4.00m)] }));
        Quantity quantity = asked == "REEL" ? Quantity.Of(count, Reel) : Quantity.Pieces(count);

        PriceResult result = engine.Price(new PricingContext { Currency = Currency.EUR }, Resistor, quantity, At);

        Assert.Equal(Money.Of(line, Currency.EUR), result.LineAmount);
        Assert.StartsWith(unit, result.PricedQuantity.Unit.Code, StringComparison.Ordinal);
    }

    [Fact]
    public void Price_PiecesOnlyAReelEntryAccepts_FallsBackToTheReelEntryByConversion()
    {
        PricingEngine engine = Engine(ListPrice(
            "LIST",
            new PriceEntry { Sku = Resistor, Unit = Reel, Tiers = [new(1m, 15.00m)] },
            new PriceEntry { Sku = Resistor, PriceBasis = 1000m, MaxQuantity = 5_000m, Tiers = [new(1m, 4.00m)] }));

        PriceResult result = engine.Price(new PricingContext { Currency = Currency.EUR }, Resistor, Quantity.Pieces(10_000m), At);

        Assert.Equal(Money.Of(30.00m, Currency.EUR), result.LineAmount);
        Assert.Equal(Quantity.Of(2m, Reel), result.PricedQuantity);
    }

    [Fact]
    public void Price_ReelsAgainstAPerThousandPieceEntry_ConvertsToPieces()
    {
        PricingEngine engine = Engine(ListPrice("LIST", new PriceEntry { Sku = Resistor, PriceBasis = 1000m, Tiers = [new(1m, 4.20m), new(10_000m, 3.42m)] }));

        PriceResult result = engine.Price(Anonymous(), Resistor, Quantity.Of(2m, Reel), At);

        Assert.Equal(Quantity.Pieces(10_000m), result.PricedQuantity);
        Assert.Equal(Money.Of(34.20m, Currency.EUR), result.LineAmount);
        Assert.Equal(1, result.TierIndex);
    }

    [Fact]
    public void Price_QuantityInAnotherDimension_IsNotConvertible()
    {
        PricingEngine engine = Engine(ListPrice("LIST", Entry(1m)));

        PriceProof proof = engine.PriceWithProof(Anonymous(), Resistor, Quantity.Of(2m, UnitOfMeasure.Metre), At);

        Assert.Equal(PriceStatus.QuantityNotAccepted, proof.Status);
        Assert.Equal(PriceRejection.UnitNotConvertible, Assert.Single(proof.Candidates).Rejection);
    }

    [Fact]
    public void Price_NoEntryForTheArticle_IsNoPrice()
    {
        PricingEngine engine = Engine(ListPrice("LIST", Entry(1m, Capacitor)));

        PriceProof proof = engine.Prove(Anonymous(), 1m);

        Assert.Equal(PriceStatus.NoPrice, proof.Status);
        Assert.Equal(PriceStatus.NoPrice, engine.Price(Anonymous(), 1m).Status);
        Assert.Empty(proof.Candidates);
        Assert.Equal(-1, proof.TierIndex);
    }

    [Fact]
    public void Price_OnlyExpiredAndOtherChannelEntries_IsNoPriceNotQuantityNotAccepted()
    {
        PricingEngine engine = Engine(ListPrice("LIST", Entry(1m) with { ValidTo = At }, Entry(2m) with { Channel = Web }));

        Assert.Equal(PriceStatus.NoPrice, engine.Price(Anonymous(), 1m).Status);
    }

    [Fact]
    public void Price_OneEntryRejectsTheQuantityAnotherIsExpired_IsQuantityNotAccepted()
    {
        PricingEngine engine = Engine(
            ContractList("CONTRACT", Entry(1m) with { MinQuantity = 100m }),
            ListPrice("LIST", Entry(2m) with { ValidTo = At }));

        PriceResult result = engine.Price(Everyone(), 1m);

        Assert.Equal(PriceStatus.QuantityNotAccepted, result.Status);
        Assert.False(result.IsPriced);
        Assert.Equal(-1, result.TierIndex);
    }

    // ---- Hierarchy -------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("S-HZ-01", "EAST")]
    [InlineData("P-ZJ", "EAST")]
    [InlineData("R-EAST", "EAST")]
    [InlineData("S-W-01", "HQ")]
    [InlineData("HQ", "HQ")]
    [InlineData("KA", null)]
    public void Price_Inherit_NearestAncestorWithAPriceApplies(string node, string? expected)
    {
        PricingEngine engine = Engine(
            NodeList("HQ", "HQ", NodeInheritance.Inherit, Entry(5m)),
            NodeList("EAST", "R-EAST", NodeInheritance.Inherit, Entry(4m)),
            NodeList("ZJ-OTHER", "P-ZJ", NodeInheritance.Inherit, Entry(1m, Capacitor)));

        PriceResult result = engine.Price(Everyone(node), 1m);

        Assert.Equal(expected, result.IsPriced ? result.PriceList.Value : null);
    }

    [Fact]
    public void Price_Inherit_ProofMarksTheAncestorAsOverridden()
    {
        PricingEngine engine = Engine(
            NodeList("HQ", "HQ", NodeInheritance.Inherit, Entry(5m)),
            NodeList("EAST", "R-EAST", NodeInheritance.Inherit, Entry(4m)));

        PriceProof proof = engine.Prove(Everyone("S-HZ-01"), 1m);

        Assert.Equal(PriceRejection.None, proof.Candidates.Single(c => c.PriceList.Value == "EAST").Rejection);
        Assert.Equal(PriceRejection.OverriddenByNearerNode, proof.Candidates.Single(c => c.PriceList.Value == "HQ").Rejection);
        Assert.Equal("R-EAST", proof.Candidates.Single(c => c.PriceList.Value == "EAST").Scope);
    }

    [Fact]
    public void Price_Replace_NodeWithoutTheArticleBlocksItsAncestors()
    {
        PricingEngine engine = Engine(
            NodeList("HQ", "HQ", NodeInheritance.Inherit, Entry(5m)),
            NodeList("ZJ", "P-ZJ", NodeInheritance.Replace, Entry(1m, Capacitor)),
            ListPrice("LIST", Entry(9m)));

        PriceProof proof = engine.Prove(Everyone("S-HZ-01"), 1m);

        Assert.Equal("LIST", engine.Price(Everyone("S-HZ-01"), 1m).PriceList.Value);
        Assert.Equal(PriceSourceKind.List, engine.Price(Everyone("S-HZ-01"), 1m).Source);
        Assert.Equal(PriceRejection.OverriddenByNearerNode, proof.Candidates.Single(c => c.PriceList.Value == "HQ").Rejection);
        Assert.Equal("HQ", engine.Price(Everyone("S-W-01"), 1m).PriceList.Value);
    }

    [Fact]
    public void Price_Replace_NodeWithThePriceUsesItsOwn()
    {
        PricingEngine engine = Engine(
            NodeList("HQ", "HQ", NodeInheritance.Inherit, Entry(1m)),
            NodeList("ZJ", "P-ZJ", NodeInheritance.Replace, Entry(5m)));

        Assert.Equal(Money.Of(5m, Currency.EUR), engine.Price(Everyone("S-HZ-01"), 1m).LineAmount);
    }

    [Fact]
    public void Price_ReplaceAboveAQuantityRejectingAncestor_PriceAndProofAgreeOnNoPrice()
    {
        // Regression: the proof walked the replaced ancestors and let their quantity rejections turn NoPrice into
        // QuantityNotAccepted, so PriceWithProof disagreed with Price.
        PricingEngine engine = Engine(
            NodeList("HQ", "HQ", NodeInheritance.Inherit, Entry(5m) with { MinQuantity = 100m }),
            NodeList("ZJ", "P-ZJ", NodeInheritance.Replace, Entry(1m, Capacitor)));

        PriceResult result = engine.Price(Everyone("S-HZ-01"), 1m);
        PriceProof proof = engine.Prove(Everyone("S-HZ-01"), 1m);

        Assert.Equal(PriceStatus.NoPrice, result.Status);
        Assert.Equal(PriceStatus.NoPrice, proof.Status);
        Assert.Equal(PriceRejection.BelowMinimumQuantity, Assert.Single(proof.Candidates).Rejection);
        Assert.True(engine.Replay(proof).Matches);
    }

    [Theory]
    [InlineData(3.00, 2.50, 2.50, "EAST")]
    [InlineData(3.00, 3.50, 3.00, "ZJ")]
    [InlineData(3.00, 3.00, 3.00, "ZJ")]
    public void Price_Lowest_TheLowerOfOwnAndInheritedApplies(decimal own, decimal inherited, decimal expected, string list)
    {
        PricingEngine engine = Engine(
            NodeList("HQ", "HQ", NodeInheritance.Inherit, Entry(0.10m)),
            NodeList("EAST", "R-EAST", NodeInheritance.Inherit, Entry(inherited)),
            NodeList("ZJ", "P-ZJ", NodeInheritance.Lowest, Entry(own)));

        PriceProof proof = engine.Prove(Everyone("S-HZ-01"), 1m);

        Assert.Equal(Money.Of(expected, Currency.EUR), proof.LineAmount);
        Assert.Equal(list, proof.Candidates.Single(c => c.Rejection == PriceRejection.None).PriceList.Value);
        Assert.Equal(PriceRejection.HigherThanAlternative, proof.Candidates.Single(c => c.PriceList.Value == (list == "ZJ" ? "EAST" : "ZJ")).Rejection);
        Assert.Equal(PriceRejection.OverriddenByNearerNode, proof.Candidates.Single(c => c.PriceList.Value == "HQ").Rejection);
    }

    [Fact]
    public void Price_LowestWithoutOwnPrice_InheritsTheNearestAncestor()
    {
        PricingEngine engine = Engine(
            NodeList("EAST", "R-EAST", NodeInheritance.Inherit, Entry(4m)),
            NodeList("ZJ", "P-ZJ", NodeInheritance.Lowest, Entry(1m, Capacitor)));

        Assert.Equal("EAST", engine.Price(Everyone("S-HZ-01"), 1m).PriceList.Value);
    }

    [Fact]
    public void Price_LowestOverLowest_TakesTheMinimumOfTheWholeChain()
    {
        PricingEngine engine = Engine(
            NodeList("HQ", "HQ", NodeInheritance.Inherit, Entry(2m)),
            NodeList("EAST", "R-EAST", NodeInheritance.Lowest, Entry(6m)),
            NodeList("ZJ", "P-ZJ", NodeInheritance.Lowest, Entry(4m)));

        Assert.Equal("HQ", engine.Price(Everyone("S-HZ-01"), 1m).PriceList.Value);
    }

    [Fact]
    public void Price_TwoMemberships_TheDeeperNodeWinsEvenWhenDearer()
    {
        PricingEngine engine = Engine(
            NodeList("KA", "KA", NodeInheritance.Inherit, Entry(1m)),
            NodeList("EAST", "R-EAST", NodeInheritance.Inherit, Entry(4m)));

        PriceProof proof = engine.Prove(Everyone("S-HZ-01", "KA"), 1m);

        Assert.Equal("EAST", engine.Price(Everyone("S-HZ-01", "KA"), 1m).PriceList.Value);
        Assert.Equal(PriceRejection.LessSpecificMembership, proof.Candidates.Single(c => c.PriceList.Value == "KA").Rejection);
    }

    [Theory]
    [InlineData(3.00, 2.00, "WEST")]
    [InlineData(2.00, 3.00, "EAST")]
    [InlineData(2.00, 2.00, "EAST")]
    public void Price_TwoMembershipsAtTheSameDepth_LowerPriceThenLowerNodeIdWins(decimal east, decimal west, string expected)
    {
        PricingEngine engine = Engine(
            NodeList("EAST", "R-EAST", NodeInheritance.Inherit, Entry(east)),
            NodeList("WEST", "R-WEST", NodeInheritance.Inherit, Entry(west)));

        // Memberships are ordered by node identifier whatever order the context gives them in.
        PriceResult forward = engine.Price(Everyone("S-HZ-01", "S-W-01"), 1m);
        PriceResult backward = engine.Price(Everyone("S-W-01", "S-HZ-01"), 1m);

        Assert.Equal(expected, forward.PriceList.Value);
        Assert.Equal(expected, backward.PriceList.Value);
    }

    [Fact]
    public void Price_UnknownNode_IsIgnored()
    {
        PricingEngine engine = Engine(
            NodeList("EAST", "R-EAST", NodeInheritance.Inherit, Entry(4m)),
            ListPrice("LIST", Entry(9m)));

        Assert.Equal("EAST", engine.Price(Everyone("NOWHERE", "S-HZ-01"), 1m).PriceList.Value);
        Assert.Equal("LIST", engine.Price(Everyone("NOWHERE"), 1m).PriceList.Value);
    }

    [Fact]
    public void Price_NodeListInAnotherChannel_DoesNotApply()
    {
        PricingEngine engine = Engine(
            NodeList("EAST", "R-EAST", NodeInheritance.Inherit, Entry(4m)) with { Channel = Market },
            NodeList("HQ", "HQ", NodeInheritance.Inherit, Entry(5m)));

        PricingContext web = new() { Nodes = [Node("S-HZ-01")], Channel = Web, Currency = Currency.EUR };
        PricingContext market = new() { Nodes = [Node("S-HZ-01")], Channel = Market, Currency = Currency.EUR };

        Assert.Equal("HQ", engine.Price(web, 1m).PriceList.Value);
        Assert.Equal("EAST", engine.Price(market, 1m).PriceList.Value);
    }

    [Fact]
    public void Price_NodeListsOfOneNode_HigherPriorityFirst()
    {
        PricingEngine engine = Engine(
            NodeList("EAST-A", "R-EAST", NodeInheritance.Inherit, Entry(4m)),
            NodeList("EAST-B", "R-EAST", NodeInheritance.Inherit, Entry(3m)) with { Priority = 1 });

        Assert.Equal("EAST-B", engine.Price(Everyone("S-HZ-01"), 1m).PriceList.Value);
    }

    [Fact]
    public void Price_ContextWithDuplicatedNodes_CountsTheMembershipOnce()
    {
        PricingEngine engine = Engine(NodeList("EAST", "R-EAST", NodeInheritance.Inherit, Entry(4m)));

        PriceProof proof = engine.Prove(Everyone("S-HZ-01", "S-HZ-01"), 1m);

        Assert.Single(proof.Candidates);
        Assert.Equal([Node("S-HZ-01")], proof.Nodes.ToArray());
    }
}
