namespace B2B2C.Sdk.Catalog.Mapping;

/// <summary>A value a rule extracted from the source, before it is converted for its target attribute.</summary>
internal readonly record struct RawValue(string Text, string? Unit, string? Field);
