using System;

namespace B2B2C.Sdk;

/// <summary>The shared, immutable description behind a <see cref="UnitOfMeasure"/>: a standard unit or a pack unit.</summary>
/// <remarks>
/// Standard definitions are singletons held by <see cref="StandardUnitTable"/> and compare by reference; pack
/// definitions compare by code, size and contents.
/// </remarks>
internal sealed class UnitDefinition : IEquatable<UnitDefinition>
{
    internal UnitDefinition(string code, UnitDimension dimension, decimal factor, bool isDiscrete)
    {
        Code = code;
        Dimension = dimension;
        Factor = factor;
        IsDiscrete = isDiscrete;
        Depth = 0;
    }

    internal UnitDefinition(string code, decimal packSize, UnitDefinition contents, decimal factor)
    {
        Code = code;
        Dimension = contents.Dimension;
        Factor = factor;
        IsDiscrete = true;
        PackSize = packSize;
        Contents = contents;
        Depth = contents.Depth + 1;
    }

    /// <summary>Gets the unit code: a UN/ECE Recommendation 20 code, or the pack code chosen by the caller.</summary>
    internal string Code { get; }

    internal UnitDimension Dimension { get; }

    /// <summary>Gets the exact number of base units of the dimension in one of this unit.</summary>
    internal decimal Factor { get; }

    internal bool IsDiscrete { get; }

    /// <summary>Gets the number of <see cref="Contents"/> units in one pack, or zero for a standard unit.</summary>
    internal decimal PackSize { get; }

    /// <summary>Gets the unit a pack holds, or <see langword="null"/> for a standard unit.</summary>
    internal UnitDefinition? Contents { get; }

    /// <summary>Gets how many pack levels this unit has: 0 for a standard unit, 1 for a reel of pieces.</summary>
    internal int Depth { get; }

    public bool Equals(UnitDefinition? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (other is null || Contents is null || other.Contents is null)
        {
            return false;
        }

        return string.Equals(Code, other.Code, StringComparison.Ordinal)
            && PackSize == other.PackSize
            && Contents.Equals(other.Contents);
    }

    public override bool Equals(object? obj) => obj is UnitDefinition other && Equals(other);

    public override int GetHashCode()
        => Contents is null
            ? StringComparer.Ordinal.GetHashCode(Code)
            : HashCode.Combine(StringComparer.Ordinal.GetHashCode(Code), PackSize, Contents.GetHashCode());
}
