namespace B2B2C.Sdk.Tests.Generation;

/// <summary>One entry of <c>eng/identifiers/identifiers.json</c>: what differs between two identifier types.</summary>
/// <param name="Name">The type name, PascalCase (<c>Sku</c>, <c>OrderId</c>).</param>
/// <param name="Article">The indefinite article the docs use before the name: <c>a</c> or <c>an</c>.</param>
/// <param name="Summary">The type's one-sentence summary, third person, XML documentation text.</param>
/// <param name="Example">A valid value the docs show, as the source system writes it.</param>
public sealed record IdentifierDefinition(string Name, string Article, string Summary, string Example);
