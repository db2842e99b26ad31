using System;
using System.Collections.Generic;

namespace B2B2C.Sdk.Pricing;

/// <summary>A price list prepared for the hot path: its entries indexed by SKU, its window as UTC ticks.</summary>
internal sealed class CompiledList
{
    private static readonly Dictionary<string, CompiledEntry[]> s_noEntries = new(StringComparer.Ordinal);

    private Dictionary<string, CompiledEntry[]> _bySku = s_noEntries;

    private string? _path;

    internal CompiledList(PriceList source, int index)
    {
        Source = source;
        Index = index;
        Id = source.Id.Value;
        Kind = source.Kind;
        Currency = source.Currency;
        Channel = source.Channel?.Value;
        FromTicks = source.ValidFrom?.UtcTicks ?? long.MinValue;
        ToTicks = source.ValidTo?.UtcTicks ?? long.MaxValue;
        Priority = source.Priority;
        Inheritance = source.Inheritance;
        Scope = source.Kind switch
        {
            PriceSourceKind.Contract => source.Customer?.Value ?? string.Empty,
            PriceSourceKind.HierarchyNode => source.Node?.Value ?? string.Empty,
            PriceSourceKind.Segment => source.Segment?.Value ?? string.Empty,
            _ => string.Empty,
        };
    }

    internal PriceList Source { get; }

    internal int Index { get; }

    internal string Id { get; }

    internal PriceSourceKind Kind { get; }

    internal Currency Currency { get; }

    internal string? Channel { get; }

    internal long FromTicks { get; }

    internal long ToTicks { get; }

    internal int Priority { get; }

    internal NodeInheritance Inheritance { get; }

    internal string Scope { get; }

    internal string ContentHash { get; set; } = string.Empty;

    internal int EntryCount { get; private set; }

    /// <summary>Gets the list's path in the book (<c>priceLists[3](GOLD)</c>), built on first use and kept (a benign race).</summary>
    internal string Path => _path ??= $"priceLists[{Index}]({Id})";

    /// <summary>Gets or sets the entries by SKU, in consultation order; set once by the compiler, then only read.</summary>
    internal Dictionary<string, CompiledEntry[]> BySku
    {
        get => _bySku;
        set
        {
            _bySku = value;
            int count = 0;
            foreach (CompiledEntry[] entries in value.Values)
            {
                count += entries.Length;
            }

            EntryCount = count;
        }
    }

    internal PriceRejection CheckWindow(long atTicks)
        => atTicks < FromTicks ? PriceRejection.NotYetValid
            : atTicks >= ToTicks ? PriceRejection.Expired
            : PriceRejection.None;

    /// <summary>Orders lists of one scope: higher priority first, then identifier (ordinal).</summary>
    internal static int CompareForConsultation(CompiledList? left, CompiledList? right)
    {
        int byPriority = right!.Priority.CompareTo(left!.Priority);
        return byPriority != 0 ? byPriority : string.CompareOrdinal(left.Id, right.Id);
    }
}
