using System;
using System.Collections.Immutable;
using System.Linq;
using B2B2C.Sdk.Pricing;
using FsCheck;
using FsCheck.Fluent;

namespace B2B2C.Sdk.Testing;

/// <summary>
/// FsCheck generators for the price book model: decimals with every scale, instants with offsets, tiers, entries,
/// price lists, hierarchy nodes and whole books.
/// </summary>
/// <remarks>
/// The generators explore what the model can hold, not only what compiles: a generated book may have descending
/// tiers, a list with two scopes or an unknown parent node, because serialization must carry such books faithfully
/// for the compiler to judge. Every identifier, currency and unit is valid for its type, and every optional member is
/// sometimes <see langword="null"/>. The members are stateless and thread-safe.
/// </remarks>
public static class PricingArbitraries
{
    private static readonly string[] s_nameAtoms = ["Ost", "华东", "Zürich", " ", "\"", "\\", "\n", "\t", "<&>", "😀", "-", "1"];

    private static readonly long s_epoch = new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Unspecified).Ticks;

    private static readonly TimeSpan[] s_offsets =
    [
        TimeSpan.Zero, TimeSpan.FromHours(1), TimeSpan.FromHours(2), TimeSpan.FromHours(8), TimeSpan.FromHours(-5),
        new TimeSpan(5, 30, 0), new TimeSpan(-9, -30, 0), TimeSpan.FromHours(14), TimeSpan.FromHours(-12),
    ];

    /// <summary>
    /// Generates a decimal of either sign with a scale from 0 to 8 and up to about 19 significant digits, including
    /// trailing zeros (<c>4.20</c>, <c>1000</c>, <c>0.00100</c>), whose scale a round trip must keep.
    /// </summary>
    /// <returns>The generator.</returns>
    public static Gen<decimal> DecimalGen()
        => from low in Gen.Choose(int.MinValue, int.MaxValue)
           from middle in Gen.Frequency((3, Gen.Constant(0)), (1, Gen.Choose(0, int.MaxValue)))
           from negative in Gen.Frequency((4, Gen.Constant(false)), (1, Gen.Constant(true)))
           from scale in Gen.Choose(0, 8)
           select new decimal(low, middle, 0, negative, (byte)scale);

    /// <summary>Generates an instant between 2000 and 2100 with a common offset and, sometimes, a fraction of a second down to the tick.</summary>
    /// <returns>The generator.</returns>
    public static Gen<DateTimeOffset> InstantGen()
        => from day in Gen.Choose(0, 36_500)
           from second in Gen.Choose(0, 86_399)
           from fraction in Gen.Frequency((3, Gen.Constant(0)), (1, Gen.Choose(0, 9_999_999)))
           from offset in Gen.Elements(s_offsets)
           select new DateTimeOffset(
               s_epoch + (day * TimeSpan.TicksPerDay) + (second * TimeSpan.TicksPerSecond) + fraction,
               offset);

    /// <summary>Generates a free-text name (of a list or a node): letters of several scripts, quotes, back slashes, control characters and emoji.</summary>
    /// <returns>The generator.</returns>
    public static Gen<string> NameGen()
        => Gen.Frequency(
            (1, Gen.Constant(string.Empty)),
            (6, Gen.ArrayOf(Gen.Elements(s_nameAtoms), 4).Select(string.Concat)),
            (3, DomainArbitraries.IdentifierTextGen()));

    /// <summary>Generates a tier with any minimum quantity and price (see <see cref="DecimalGen"/>).</summary>
    /// <returns>The generator.</returns>
    public static Gen<PriceTier> TierGen()
        => from minimum in DecimalGen()
           from price in DecimalGen()
           select new PriceTier(minimum, price);

    /// <summary>Generates a price entry: any unit, basis, tier kind and 0 to 4 tiers, and each optional member set or not.</summary>
    /// <returns>The generator.</returns>
    public static Gen<PriceEntry> EntryGen()
        => from sku in Identifier(text => new Sku(text))
           from unit in Gen.Frequency((1, Gen.Constant(UnitOfMeasure.Piece)), (2, DomainArbitraries.UnitGen()))
           from basis in Gen.Frequency((1, Gen.Constant(1m)), (1, Gen.Elements(1000m, 1.0m, 100m, 0.5m)), (1, DecimalGen()))
           from tierKind in Gen.Elements(TierKind.Volume, TierKind.Graduated)
           from tiers in Gen.Choose(0, 4).SelectMany(count => Gen.ArrayOf(TierGen(), count))
           from minimum in Optional(DecimalGen())
           from maximum in Optional(DecimalGen())
           from multiple in Optional(DecimalGen())
           from start in Optional(InstantGen())
           from end in Optional(InstantGen())
           from channel in Optional(Identifier(text => new ChannelId(text)))
           select new PriceEntry
           {
               Sku = sku,
               Unit = unit,
               PriceBasis = basis,
               TierKind = tierKind,
               Tiers = [.. tiers],
               MinQuantity = minimum,
               MaxQuantity = maximum,
               OrderMultiple = multiple,
               ValidFrom = start,
               ValidTo = end,
               Channel = channel,
           };

    /// <summary>Generates a price list of any kind and currency, with each scope, window and option set or not, and 0 to 4 entries.</summary>
    /// <returns>The generator.</returns>
    public static Gen<PriceList> PriceListGen()
        => from id in Identifier(text => new PriceListId(text))
           from kind in Gen.Elements(Enum.GetValues<PriceSourceKind>())
           from currency in Gen.Elements(Currency.All.ToArray())
           from segment in Optional(Identifier(text => new SegmentId(text)))
           from node in Optional(Identifier(text => new HierarchyNodeId(text)))
           from customer in Optional(Identifier(text => new CustomerId(text)))
           from channel in Optional(Identifier(text => new ChannelId(text)))
           from start in Optional(InstantGen())
           from end in Optional(InstantGen())
           from priority in Gen.Frequency((2, Gen.Constant(0)), (1, Gen.Choose(int.MinValue, int.MaxValue)))
           from inheritance in Gen.Elements(Enum.GetValues<NodeInheritance>())
           from name in Gen.Frequency((1, Gen.Constant<string?>(null)), (1, NameGen().Select(n => (string?)n)))
           from entries in Gen.Choose(0, 4).SelectMany(count => Gen.ArrayOf(EntryGen(), count))
           select new PriceList
           {
               Id = id,
               Kind = kind,
               Currency = currency,
               Segment = segment,
               Node = node,
               Customer = customer,
               Channel = channel,
               ValidFrom = start,
               ValidTo = end,
               Priority = priority,
               Inheritance = inheritance,
               Name = name,
               Entries = [.. entries],
           };

    /// <summary>Generates a hierarchy node with or without a parent and a name.</summary>
    /// <returns>The generator.</returns>
    public static Gen<HierarchyNode> NodeGen()
        => from id in Identifier(text => new HierarchyNodeId(text))
           from parent in Optional(Identifier(text => new HierarchyNodeId(text)))
           from name in Gen.Frequency((1, Gen.Constant<string?>(null)), (1, NameGen().Select(n => (string?)n)))
           select new HierarchyNode(id, parent, name);

    /// <summary>
    /// Generates a price book: any version label, the default access sequence or 0 to 5 source kinds in any order,
    /// 0 to 5 hierarchy nodes and 0 to 4 price lists.
    /// </summary>
    /// <returns>The generator.</returns>
    public static Gen<PriceBook> PriceBookGen()
        => from version in Gen.Frequency((3, Gen.Elements("2026-11", "v1", string.Empty)), (1, NameGen()))
           from sequence in Gen.Frequency(
               (2, Gen.Constant(PriceBook.DefaultAccessSequence)),
               (1, Gen.Choose(0, 5).SelectMany(count => Gen.ArrayOf(Gen.Elements(Enum.GetValues<PriceSourceKind>()), count)).Select(kinds => kinds.ToImmutableArray())))
           from nodes in Gen.Choose(0, 5).SelectMany(count => Gen.ArrayOf(NodeGen(), count))
           from lists in Gen.Choose(0, 4).SelectMany(count => Gen.ArrayOf(PriceListGen(), count))
           select new PriceBook
           {
               Version = version,
               AccessSequence = sequence,
               Hierarchy = [.. nodes],
               PriceLists = [.. lists],
           };

    /// <summary>Gets an arbitrary of price books (see <see cref="PriceBookGen"/>), without shrinking.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<PriceBook> PriceBooks() => PriceBookGen().ToArbitrary();

    /// <summary>Generates <see langword="null"/> or a value of <paramref name="generator"/>, evenly.</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="generator">The generator of present values.</param>
    /// <returns>The generator.</returns>
    public static Gen<T?> Optional<T>(Gen<T> generator)
        where T : struct
        => Gen.Frequency((1, Gen.Constant<T?>(null)), (1, generator.Select(value => (T?)value)));

    private static Gen<T> Identifier<T>(Func<string, T> create)
        => Gen.Frequency(
            (3, Gen.Elements("RC0603-10K", "LIST-EUR", "HQ", "R-EAST", "gold", "C-1", "b2b-shop")),
            (1, DomainArbitraries.IdentifierTextGen()))
            .Select(create);
}
