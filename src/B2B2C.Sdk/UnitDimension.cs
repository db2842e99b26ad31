namespace B2B2C.Sdk;

/// <summary>Names the physical dimension a <see cref="UnitOfMeasure"/> measures; units convert only within one dimension.</summary>
/// <remarks>
/// Each dimension has one base unit that every factor refers to: the piece for <see cref="Count"/>, the metre for
/// <see cref="Length"/>, the kilogram for <see cref="Mass"/>, the litre for <see cref="Volume"/> and the square metre
/// for <see cref="Area"/>. <c>default(UnitDimension)</c> is <see cref="Count"/>.
/// </remarks>
public enum UnitDimension
{
    /// <summary>Counted items: pieces, pairs, dozens and packs of them; base unit the piece (H87).</summary>
    Count = 0,

    /// <summary>Length; base unit the metre (MTR).</summary>
    Length = 1,

    /// <summary>Mass; base unit the kilogram (KGM).</summary>
    Mass = 2,

    /// <summary>Volume; base unit the litre (LTR).</summary>
    Volume = 3,

    /// <summary>Area; base unit the square metre (MTK).</summary>
    Area = 4,
}
