using System;
using System.Collections.Immutable;
using System.Linq;
using B2B2C.Sdk.Pricing;
using B2B2C.Sdk.Testing;

namespace B2B2C.Sdk.Tests.Pricing;

/// <summary>Small builders for the pricing scenario tests: a four-level hierarchy, lists of each kind and one-tier entries.</summary>
internal static class PricingTestBooks
{
    internal static readonly DateTimeOffset At = new(2026, 11, 20, 10, 0, 0, TimeSpan.Zero);

    internal static readonly Sku Resistor = new("RC0603-10K");

    internal static readonly Sku Capacitor = new("CAP-100N");

    internal static readonly UnitOfMeasure Reel = UnitOfMeasure.Pack("REEL", 5000m, UnitOfMeasure.Piece);

    internal static readonly CustomerId Customer = new("C-100");

    internal static readonly SegmentId Gold = new("gold");

    internal static readonly ChannelId Web = new("WEB");

    internal static readonly ChannelId Market = new("MARKET");

    /// <summary>HQ > R-EAST > P-ZJ > S-HZ-01; HQ > R-WEST > S-W-01; KA is a second root (a key-account node).</summary>
    internal static readonly ImmutableArray<HierarchyNode> Hierarchy =
    [
        new HierarchyNode(Node("HQ")),
        new HierarchyNode(Node("R-EAST"), Node("HQ")),
        new HierarchyNode(Node("P-ZJ"), Node("R-EAST")),
        new HierarchyNode(Node("S-HZ-01"), Node("P-ZJ")),
        new HierarchyNode(Node("R-WEST"), Node("HQ")),
        new HierarchyNode(Node("S-W-01"), Node("R-WEST")),
        new HierarchyNode(Node("KA")),
    ];

    internal static HierarchyNodeId Node(string id) => new(id);

    internal static PriceBook Book(params PriceList[] lists) => new() { Version = "v1", Hierarchy = Hierarchy, PriceLists = [.. lists] };

    internal static PricingSnapshot Compile(PriceBook book) => PricingSnapshot.Compile(book).GetSnapshotOrThrow();

    internal static PricingEngine Engine(params PriceList[] lists) => new(Compile(Book(lists)));

    internal static PriceEntry Entry(decimal price, Sku? sku = null) => new() { Sku = sku ?? Resistor, Tiers = [new PriceTier(1m, price)] };

    internal static PriceList ListPrice(string id, params PriceEntry[] entries)
        => new() { Id = new PriceListId(id), Kind = PriceSourceKind.List, Currency = Currency.EUR, Entries = [.. entries] };

    internal static PriceList SegmentList(string id, params PriceEntry[] entries)
        => new() { Id = new PriceListId(id), Kind = PriceSourceKind.Segment, Segment = Gold, Currency = Currency.EUR, Entries = [.. entries] };

    internal static PriceList ContractList(string id, params PriceEntry[] entries)
        => new() { Id = new PriceListId(id), Kind = PriceSourceKind.Contract, Customer = Customer, Currency = Currency.EUR, Entries = [.. entries] };

    internal static PriceList NodeList(string id, string node, NodeInheritance mode, params PriceEntry[] entries)
        => new()
        {
            Id = new PriceListId(id),
            Kind = PriceSourceKind.HierarchyNode,
            Node = Node(node),
            Inheritance = mode,
            Currency = Currency.EUR,
            Entries = [.. entries],
        };

    /// <summary>A context with every scope set: customer, gold segment, the given nodes, in EUR.</summary>
    internal static PricingContext Everyone(params string[] nodes)
        => new() { Customer = Customer, Segment = Gold, Nodes = [.. nodes.Select(Node)], Currency = Currency.EUR };

    internal static PricingContext Anonymous(ChannelId? channel = null) => new() { Channel = channel, Currency = Currency.EUR };

    internal static PriceResult Price(this PricingEngine engine, PricingContext context, decimal pieces, Sku? sku = null)
        => engine.Price(context, sku ?? Resistor, Quantity.Pieces(pieces), At);

    internal static PriceProof Prove(this PricingEngine engine, PricingContext context, decimal pieces, Sku? sku = null)
        => engine.PriceWithProof(context, sku ?? Resistor, Quantity.Pieces(pieces), At);

    /// <summary>Asserts that the proof carries the same result as <paramref name="result"/>.</summary>
    internal static void AssertSameResult(PriceResult result, PriceProof proof)
    {
        Assert.Equal(result.Status, proof.Status);
        Assert.Equal(result.TierIndex, proof.TierIndex);
        if (result.IsPriced)
        {
            Assert.Equal(result.UnitPrice, proof.UnitPrice);
            Assert.Equal(result.LineAmount, proof.LineAmount);
            Assert.Equal(result.RoundedLineAmount, proof.RoundedLineAmount);
            Assert.Equal(1, proof.Candidates.Count(c => c.Rejection == PriceRejection.None));
        }
        else
        {
            Assert.Null(proof.LineAmount);
            Assert.DoesNotContain(proof.Candidates, c => c.Rejection == PriceRejection.None);
        }
    }

    /// <summary>Asserts that two results price the line identically (the snapshot sequence aside).</summary>
    internal static void AssertSamePrice(PriceResult expected, PriceResult actual, PricingRequest request)
    {
        string where = request.ToString();
        Assert.True(expected.Status == actual.Status, $"status {expected.Status} vs {actual.Status} for {where}");
        Assert.True(expected.PriceList.Equals(actual.PriceList), $"list {expected.PriceList} vs {actual.PriceList} for {where}");
        Assert.True(expected.Source == actual.Source, $"source {expected.Source} vs {actual.Source} for {where}");
        Assert.True(expected.TierIndex == actual.TierIndex, $"tier {expected.TierIndex} vs {actual.TierIndex} for {where}");
        Assert.True(expected.LineAmount == actual.LineAmount, $"line {expected.LineAmount} vs {actual.LineAmount} for {where}");
        Assert.True(expected.RoundedLineAmount == actual.RoundedLineAmount, $"rounded {expected.RoundedLineAmount} vs {actual.RoundedLineAmount} for {where}");
        Assert.True(expected.IsPriced ? expected.UnitPrice == actual.UnitPrice : !actual.IsPriced, $"unit price {expected.UnitPrice} vs {actual.UnitPrice} for {where}");
        Assert.True(!expected.IsPriced || expected.PricedQuantity == actual.PricedQuantity, $"quantity {expected.PricedQuantity} vs {actual.PricedQuantity} for {where}");
    }
}
