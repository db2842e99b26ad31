namespace B2B2C.Sdk.Pricing;

/// <summary>Something a cart quote could not do as the book asks, so the amounts may not be what the asker expects.</summary>
/// <param name="Code">A stable code: <see cref="MissingTaxRate"/>, <see cref="NoCountry"/>, <see cref="CostCurrency"/> or <see cref="MissingReferencePrice"/>.</param>
/// <param name="LineIndex">The line concerned, by its position in the request, or <see langword="null"/> for the whole cart.</param>
/// <param name="Message">A sentence saying what happened.</param>
/// <remarks>Immutable.</remarks>
public sealed record QuoteWarning(string Code, int? LineIndex, string Message)
{
    /// <summary>The book has no tax rate for the asker's country and the article's tax category; the line's tax is zero.</summary>
    public const string MissingTaxRate = "missing-tax-rate";

    /// <summary>The asker wants a gross display but has no country; no tax is computed.</summary>
    public const string NoCountry = "no-country";

    /// <summary>The article's cost is in another currency than the cart; the line has no floor.</summary>
    public const string CostCurrency = "cost-currency";

    /// <summary>The corridor's reference segment has no price for the line; the corridor does not bound it.</summary>
    public const string MissingReferencePrice = "missing-reference-price";
}
