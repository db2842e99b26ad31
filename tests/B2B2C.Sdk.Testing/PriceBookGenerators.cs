using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using B2B2C.Sdk.Pricing;
using FsCheck;
using FsCheck.Fluent;

namespace B2B2C.Sdk.Testing;

/// <summary>
/// FsCheck generators of small, valid price books (every generated book compiles, warnings allowed) and of pricing
/// requests against them: a fixed seven-node hierarchy, up to six lists of every kind, currency, channel, window,
/// priority and inheritance mode, entries in pieces, reels of 5,000 and metres with volume or graduated ladders and
/// quantity rules.
/// </summary>
/// <remarks>
/// Within one list, the entries of one SKU differ in channel or window, so no price depends on the position of an
/// entry or a list: shuffling a generated book never changes a price. Windows and request times share the same few
/// instants, so requests fall exactly on window boundaries. The members are stateless and thread-safe.
/// </remarks>
public static class PriceBookGenerators
{
    /// <summary>The day every generated window and request time is counted from.</summary>
    public static readonly DateTimeOffset Origin = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>A reel of 5,000 pieces.</summary>
    public static readonly UnitOfMeasure Reel = UnitOfMeasure.Pack("REEL", 5000m, UnitOfMeasure.Piece);

    /// <summary>The articles priced in pieces (and reels).</summary>
    public static readonly ImmutableArray<Sku> CountedSkus = [new Sku("RC0603-10K"), new Sku("CAP-100N")];

    /// <summary>The article priced in metres.</summary>
    public static readonly Sku Cable = new("CABLE-2C");

    /// <summary>The nodes of the generated hierarchy: HQ > R-EAST > S-E1, S-E2; HQ > R-WEST > S-W1; KA (a root).</summary>
    public static readonly ImmutableArray<HierarchyNode> Hierarchy =
    [
        new HierarchyNode(new HierarchyNodeId("HQ")),
        new HierarchyNode(new HierarchyNodeId("R-EAST"), new HierarchyNodeId("HQ")),
        new HierarchyNode(new HierarchyNodeId("R-WEST"), new HierarchyNodeId("HQ")),
        new HierarchyNode(new HierarchyNodeId("S-E1"), new HierarchyNodeId("R-EAST")),
        new HierarchyNode(new HierarchyNodeId("S-E2"), new HierarchyNodeId("R-EAST")),
        new HierarchyNode(new HierarchyNodeId("S-W1"), new HierarchyNodeId("R-WEST")),
        new HierarchyNode(new HierarchyNodeId("KA")),
    ];

    private static readonly CustomerId[] s_customers = [new("C-1"), new("C-2")];
    private static readonly SegmentId[] s_segments = [new("gold"), new("silver")];
    private static readonly ChannelId s_web = new("WEB");
    private static readonly ChannelId s_market = new("MARKET");
    private static readonly int[] s_days = [-40, -30, -10, 0, 5, 10, 20, 30, 39, 40, 60, 70];

    /// <summary>The windows an entry may have, as (from, to) day offsets; <see langword="null"/> is open.</summary>
    private static readonly (int? From, int? To)[] s_entryWindows = [(null, null), (-30, null), (null, 30), (10, 40)];

    /// <summary>The windows a list may have.</summary>
    private static readonly (int? From, int? To)[] s_listWindows = [(null, null), (null, null), (-10, null), (null, 20), (5, 60)];

    /// <summary>Returns the instant <paramref name="days"/> days after <see cref="Origin"/>.</summary>
    /// <param name="days">The offset in days.</param>
    /// <returns>The instant.</returns>
    public static DateTimeOffset Day(int days) => Origin.AddDays(days);

    /// <summary>Generates a valid price book: one to six lists.</summary>
    /// <returns>The generator.</returns>
    public static Gen<PriceBook> Book() => BookWithChange().Select(pair => pair.Book);

    /// <summary>
    /// Generates a valid price book together with a change to apply to it: a new version of one of its lists (same
    /// identifier) or a new list, consistent with the book's node inheritance modes.
    /// </summary>
    /// <returns>The generator.</returns>
    public static Gen<(PriceBook Book, PriceList Change)> BookWithChange()
        => from modes in Gen.ArrayOf(Gen.Elements(NodeInheritance.Inherit, NodeInheritance.Replace, NodeInheritance.Lowest), Hierarchy.Length)
           from count in Gen.Choose(1, 6)
           from lists in Gen.CollectToArray(Enumerable.Range(0, count), i => List($"PL-{i:00}", modes))
           from target in Gen.Choose(0, count)
           from change in List(target < count ? lists[target].Id.Value : $"PL-{count:00}", modes)
           from access in Gen.Frequency(
               (5, Gen.Constant(PriceBook.DefaultAccessSequence)),
               (1, Gen.Shuffle(PriceBook.DefaultAccessSequence.ToArray()).Select(a => a.ToImmutableArray())))
           select (new PriceBook { Version = "gen", Hierarchy = Hierarchy, PriceLists = [.. lists], AccessSequence = access }, change);

    /// <summary>Generates the same book with its lists, each list's entries and its hierarchy in another order.</summary>
    /// <param name="book">The book to shuffle.</param>
    /// <returns>The generator.</returns>
    public static Gen<PriceBook> Shuffled(PriceBook book)
    {
        ArgumentNullException.ThrowIfNull(book);
        return from lists in Gen.CollectToArray(book.PriceLists, l => Gen.Shuffle(l.Entries.ToArray()).Select(e => l with { Entries = [.. e] }))
               from order in Gen.Shuffle(lists)
               from nodes in Gen.Shuffle(book.Hierarchy.ToArray())
               select book with { PriceLists = [.. order], Hierarchy = [.. nodes] };
    }

    /// <summary>Generates a request: any context, any generated article (or an unknown one), a quantity and a time.</summary>
    /// <returns>The generator.</returns>
    public static Gen<PricingRequest> Request()
    {
        HierarchyNodeId[] nodes = [.. Hierarchy.Select(n => n.Id), new HierarchyNodeId("UNKNOWN")];
        Gen<PricingContext> context =
            from customer in Gen.Elements<CustomerId?>(null, s_customers[0], s_customers[1])
            from segment in Gen.Elements<SegmentId?>(null, s_segments[0], s_segments[1])
            from memberships in Gen.SubListOf(nodes).Select(n => n.Take(2).ToImmutableArray())
            from channel in Gen.Elements<ChannelId?>(null, s_web, s_market)
            from currency in Gen.Frequency((4, Gen.Constant(Currency.EUR)), (1, Gen.Constant(Currency.USD)))
            select new PricingContext { Customer = customer, Segment = segment, Nodes = memberships, Channel = channel, Currency = currency };
        Gen<(Sku, Quantity)> line = Gen.Frequency(
            (6, from sku in Gen.Elements(CountedSkus.ToArray())
                from quantity in CountedQuantity()
                select (sku, quantity)),
            (2, from quantity in MeasuredQuantity() select (Cable, quantity)),
            (1, from quantity in CountedQuantity() select (new Sku("UNPRICED"), quantity)));
        return from who in context
               from item in line
               from day in Gen.Elements(s_days)
               select new PricingRequest(who, item.Item1, item.Item2, Day(day));
    }

    /// <summary>Generates a quantity in pieces (1 to 25,000, around the generated tier boundaries) or whole reels.</summary>
    /// <returns>The generator.</returns>
    public static Gen<Quantity> CountedQuantity()
        => Gen.Frequency(
            (5, Gen.Elements(1m, 7m, 99m, 100m, 101m, 150m, 999m, 1000m, 5000m, 9999m, 10_000m, 12_000m, 25_000m).Select(Quantity.Pieces)),
            (2, Gen.Choose(1, 30_000).Select(n => Quantity.Pieces(n))),
            (2, Gen.Choose(1, 5).Select(n => Quantity.Of(n, Reel))));

    /// <summary>Generates a quantity in metres, with up to one decimal.</summary>
    /// <returns>The generator.</returns>
    public static Gen<Quantity> MeasuredQuantity()
        => Gen.Frequency(
            (3, Gen.Elements(0.5m, 1m, 10m, 99.5m, 100m, 150m, 1000m).Select(v => Quantity.Of(v, UnitOfMeasure.Metre))),
            (2, Gen.Choose(1, 20_000).Select(n => Quantity.Of(n / 10m, UnitOfMeasure.Metre))));

    /// <summary>Generates a ladder entry for <paramref name="sku"/> in pieces with no quantity rules, window or channel.</summary>
    /// <param name="sku">The article.</param>
    /// <param name="kind">The tier kind.</param>
    /// <param name="nonIncreasing">Whether every tier's price is at most the previous one's.</param>
    /// <returns>The generator.</returns>
    public static Gen<PriceEntry> Ladder(Sku sku, TierKind kind, bool nonIncreasing)
        => from unit in Gen.Elements(UnitOfMeasure.Piece, UnitOfMeasure.Metre)
           from basis in Gen.Elements(1m, 1000m)
           from tierCount in Gen.Choose(1, 4)
           from tiers in Tiers(unit.IsDiscrete ? [1m] : [0m], unit.IsDiscrete ? [2m, 10m, 100m, 1000m, 10_000m] : [0.5m, 10m, 99.5m, 1000m], tierCount, nonIncreasing)
           select new PriceEntry { Sku = sku, Unit = unit, PriceBasis = basis, TierKind = kind, Tiers = tiers };

    /// <summary>Wraps one entry in a book with a single EUR list price list.</summary>
    /// <param name="entry">The entry.</param>
    /// <returns>The book.</returns>
    public static PriceBook SingleEntryBook(PriceEntry entry)
        => new()
        {
            Version = "single",
            PriceLists = [new PriceList { Id = new PriceListId("LIST"), Kind = PriceSourceKind.List, Currency = Currency.EUR, Entries = [entry] }],
        };

    private static Gen<PriceList> List(string id, NodeInheritance[] modes)
        => from kind in Gen.Frequency(
               (2, Gen.Constant(PriceSourceKind.Contract)),
               (3, Gen.Constant(PriceSourceKind.HierarchyNode)),
               (2, Gen.Constant(PriceSourceKind.Segment)),
               (2, Gen.Constant(PriceSourceKind.List)))
           from customer in Gen.Elements(s_customers)
           from segment in Gen.Elements(s_segments)
           from nodeIndex in Gen.Choose(0, Hierarchy.Length - 1)
           from currency in Gen.Frequency((4, Gen.Constant(Currency.EUR)), (1, Gen.Constant(Currency.USD)))
           from channel in Gen.Frequency((3, Gen.Constant((ChannelId?)null)), (1, Gen.Constant((ChannelId?)s_web)))
           from window in Gen.Elements(s_listWindows)
           from priority in Gen.Choose(0, 2)
           from entries in Entries()
           select new PriceList
           {
               Id = new PriceListId(id),
               Kind = kind,
               Customer = kind == PriceSourceKind.Contract ? customer : null,
               Segment = kind == PriceSourceKind.Segment ? segment : null,
               Node = kind == PriceSourceKind.HierarchyNode ? Hierarchy[nodeIndex].Id : null,
               Inheritance = kind == PriceSourceKind.HierarchyNode ? modes[nodeIndex] : NodeInheritance.Inherit,
               Currency = currency,
               Channel = channel,
               ValidFrom = window.From is int start ? Day(start) : null,
               ValidTo = window.To is int end ? Day(end) : null,
               Priority = priority,
               Entries = entries,
           };

    private static Gen<ImmutableArray<PriceEntry>> Entries()
    {
        var variants = new List<(ChannelId? Channel, (int? From, int? To) Window)>();
        foreach ((int? From, int? To) window in s_entryWindows)
        {
            variants.Add((null, window));
            variants.Add((s_web, window));
        }

        Gen<PriceEntry[]> ForSku(Sku sku)
            => from chosen in Gen.SubListOf(variants.ToArray()).Select(v => v.Take(3).ToArray())
               from entries in Gen.CollectToArray(chosen, v => Entry(sku, v.Channel, v.Window))
               select entries;

        return from first in ForSku(CountedSkus[0])
               from second in ForSku(CountedSkus[1])
               from cable in ForSku(Cable)
               select first.Concat(second).Concat(cable).ToImmutableArray();
    }

    private static Gen<PriceEntry> Entry(Sku sku, ChannelId? channel, (int? From, int? To) window)
    {
        Gen<(UnitOfMeasure Unit, decimal Basis, decimal[] Firsts, decimal[] Steps, decimal?[] Multiples)> shape = sku == Cable
            ? Gen.Elements<(UnitOfMeasure, decimal, decimal[], decimal[], decimal?[])>(
                (UnitOfMeasure.Metre, 1m, [0m, 1m], [10m, 100m, 500m], [null, 0.5m]),
                (UnitOfMeasure.Metre, 100m, [0m], [50m, 1000m], [null, 10m]))
            : Gen.Elements<(UnitOfMeasure, decimal, decimal[], decimal[], decimal?[])>(
                (UnitOfMeasure.Piece, 1m, [1m], [10m, 100m, 1000m], [null, 10m, 100m]),
                (UnitOfMeasure.Piece, 1000m, [1m, 1000m], [5000m, 10_000m, 20_000m], [null, 1000m, 5000m]),
                (Reel, 1m, [1m], [2m, 4m], [null, 2m]));
        return from s in shape
               from kind in Gen.Elements(TierKind.Volume, TierKind.Graduated)
               from tierCount in Gen.Choose(1, s.Steps.Length + 1)
               from tiers in Tiers(s.Firsts, s.Steps, tierCount, nonIncreasing: false)
               from min in Gen.Frequency((4, Gen.Constant((decimal?)null)), (1, Gen.Elements(s.Steps).Select(m => (decimal?)m)))
               from max in Gen.Frequency((4, Gen.Constant((decimal?)null)), (1, Gen.Elements(s.Steps).Select(m => (decimal?)(m * 2m))))
               from multiple in Gen.Elements(s.Multiples)
               select new PriceEntry
               {
                   Sku = sku,
                   Unit = s.Unit,
                   PriceBasis = s.Basis,
                   TierKind = kind,
                   Tiers = tiers,
                   MinQuantity = min,
                   MaxQuantity = max is decimal high && min is decimal low && high < low ? low : max,
                   OrderMultiple = multiple,
                   Channel = channel,
                   ValidFrom = window.From is int start ? Day(start) : null,
                   ValidTo = window.To is int end ? Day(end) : null,
               };
    }

    /// <summary>Generates a ladder: a first minimum from <paramref name="firsts"/>, then increasing minimums from <paramref name="steps"/>.</summary>
    private static Gen<ImmutableArray<PriceTier>> Tiers(decimal[] firsts, decimal[] steps, int count, bool nonIncreasing)
        => from first in Gen.Elements(firsts)
           from rest in Gen.Shuffle(steps).Select(s => s.Where(m => m > first).Take(count - 1).Order().ToArray())
           from cents in Gen.ArrayOf(Gen.Choose(0, 5000), rest.Length + 1)
           select BuildTiers(first, rest, cents, nonIncreasing);

    private static ImmutableArray<PriceTier> BuildTiers(decimal first, decimal[] rest, int[] cents, bool nonIncreasing)
    {
        decimal[] prices = [.. cents.Select(c => c / 100m)];
        if (nonIncreasing)
        {
            Array.Sort(prices);
            Array.Reverse(prices);
        }

        var tiers = ImmutableArray.CreateBuilder<PriceTier>(rest.Length + 1);
        tiers.Add(new PriceTier(first, prices[0]));
        for (int i = 0; i < rest.Length; i++)
        {
            tiers.Add(new PriceTier(rest[i], prices[i + 1]));
        }

        return tiers.MoveToImmutable();
    }
}
