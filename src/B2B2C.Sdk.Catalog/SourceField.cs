namespace B2B2C.Sdk.Catalog;

/// <summary>One value a supplier catalog gives for a product: a column, a JSON property or a BMEcat element or feature.</summary>
/// <remarks>
/// Values are kept as the source wrote them (text, never parsed into <see langword="double"/>); mapping rules parse
/// numbers as <see langword="decimal"/> when they need them. A multi-valued feature appears as several fields with the
/// same <see cref="Name"/>, in source order. The value is immutable.
/// </remarks>
/// <param name="Name">The field name: the CSV header, the JSON property path or the BMEcat element or feature name.</param>
/// <param name="Value">The value as text; empty when the source left it empty.</param>
/// <param name="Unit">The unit the source gave with the value (a UN/ECE Recommendation 20 code or a symbol), or <see langword="null"/>.</param>
/// <param name="Language">The value's language (a BCP 47 tag such as <c>en</c> or <c>zh-CN</c>), or <see langword="null"/>.</param>
public readonly record struct SourceField(string Name, string Value, string? Unit = null, string? Language = null)
{
    /// <summary>Gets a value indicating whether the source left this field empty.</summary>
    public bool IsEmpty => string.IsNullOrEmpty(Value);
}
