namespace B2B2C.Sdk.Benchmarks.Data;

/// <summary>One technical feature of a generated product.</summary>
/// <param name="Name">The readable name used in CSV headers and JSON (<c>resistance</c>).</param>
/// <param name="Code">The ETIM-like feature code used as BMEcat <c>FNAME</c> (<c>EF000101</c>).</param>
/// <param name="Value">The value as text, numbers in invariant culture.</param>
/// <param name="Unit">The UN/ECE Recommendation 20 code or symbol, or <see langword="null"/>.</param>
internal readonly record struct GeneratedFeature(string Name, string Code, string Value, string? Unit);
