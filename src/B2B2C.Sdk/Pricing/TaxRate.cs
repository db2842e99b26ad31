namespace B2B2C.Sdk.Pricing;

/// <summary>A tax rate (VAT, GST) for one country and tax category.</summary>
/// <param name="Country">The ISO 3166-1 alpha-2 country code in upper case, for example <c>DE</c> or <c>CN</c>.</param>
/// <param name="Category">The tax category it applies to (see <see cref="PricedProduct.TaxCategory"/>), or <see langword="null"/> for the standard rate.</param>
/// <param name="Rate">The rate as a fraction, from 0 to 1: 0.19 for 19%.</param>
/// <remarks>Immutable. A book holds at most one rate per country and category.</remarks>
public sealed record TaxRate(string Country, string? Category, decimal Rate);
