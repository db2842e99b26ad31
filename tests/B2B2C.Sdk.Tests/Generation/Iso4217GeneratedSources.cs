namespace B2B2C.Sdk.Tests.Generation;

/// <summary>The C# sources <see cref="Iso4217TableGenerator"/> produces from the ISO 4217 data.</summary>
/// <param name="CurrencyTable">The text of <c>src/B2B2C.Sdk/CurrencyTable.g.cs</c>.</param>
/// <param name="CurrencyProperties">The text of <c>src/B2B2C.Sdk/Currency.g.cs</c>.</param>
/// <param name="Count">The number of currencies in the table.</param>
public sealed record Iso4217GeneratedSources(string CurrencyTable, string CurrencyProperties, int Count);
