using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;

namespace B2B2C.Sdk;

/// <summary>The standard units of measure the SDK knows by their UN/ECE Recommendation 20 common code.</summary>
internal static class StandardUnitTable
{
    internal static readonly UnitDefinition Piece = Count("H87", 1m);
    internal static readonly UnitDefinition One = Count("C62", 1m);
    internal static readonly UnitDefinition Each = Count("EA", 1m);
    internal static readonly UnitDefinition Pair = Count("PR", 2m);
    internal static readonly UnitDefinition Dozen = Count("DZN", 12m);
    internal static readonly UnitDefinition Metre = Continuous("MTR", UnitDimension.Length, 1m);
    internal static readonly UnitDefinition Centimetre = Continuous("CMT", UnitDimension.Length, 0.01m);
    internal static readonly UnitDefinition Millimetre = Continuous("MMT", UnitDimension.Length, 0.001m);
    internal static readonly UnitDefinition Kilometre = Continuous("KMT", UnitDimension.Length, 1000m);
    internal static readonly UnitDefinition Kilogram = Continuous("KGM", UnitDimension.Mass, 1m);
    internal static readonly UnitDefinition Gram = Continuous("GRM", UnitDimension.Mass, 0.001m);
    internal static readonly UnitDefinition Litre = Continuous("LTR", UnitDimension.Volume, 1m);
    internal static readonly UnitDefinition Millilitre = Continuous("MLT", UnitDimension.Volume, 0.001m);
    internal static readonly UnitDefinition SquareMetre = Continuous("MTK", UnitDimension.Area, 1m);

    private static readonly UnitDefinition[] s_all =
    [
        Piece, One, Each, Pair, Dozen,
        Metre, Centimetre, Millimetre, Kilometre,
        Kilogram, Gram,
        Litre, Millilitre,
        SquareMetre,
    ];

    private static readonly Dictionary<string, UnitDefinition> s_byCode = BuildIndex();

    internal static ReadOnlyCollection<UnitOfMeasure> All { get; } = BuildAll();

    internal static UnitDefinition? Find(ReadOnlySpan<char> code)
        => s_byCode.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(code, out UnitDefinition? definition)
            ? definition
            : null;

    private static UnitDefinition Count(string code, decimal factor)
        => new(code, UnitDimension.Count, factor, isDiscrete: true);

    private static UnitDefinition Continuous(string code, UnitDimension dimension, decimal factor)
        => new(code, dimension, factor, isDiscrete: false);

    private static Dictionary<string, UnitDefinition> BuildIndex()
    {
        var index = new Dictionary<string, UnitDefinition>(s_all.Length, StringComparer.Ordinal);
        foreach (UnitDefinition definition in s_all)
        {
            index.Add(definition.Code, definition);
        }

        return index;
    }

    private static ReadOnlyCollection<UnitOfMeasure> BuildAll()
    {
        var all = new UnitOfMeasure[s_all.Length];
        for (int i = 0; i < all.Length; i++)
        {
            all[i] = new UnitOfMeasure(s_all[i]);
        }

        return Array.AsReadOnly(all);
    }
}
