namespace B2B2C.Sdk.Catalog.Mapping;

/// <summary>One piece of a compiled template: literal text, or a placeholder naming a source field.</summary>
internal readonly record struct TemplatePart(string Text, bool IsField, bool Optional);
