using System;
using System.Globalization;

namespace B2B2C.Sdk.Samples.Console;

/// <summary>How the sample writes figures: culture-invariant, so the output reads the same on every machine.</summary>
internal static class Display
{
    /// <summary>Writes money as its amount (with the scale it has) and code: <c>1,234.50 EUR</c>, <c>102,536 JPY</c>.</summary>
    /// <param name="money">The money.</param>
    /// <returns>The text.</returns>
    public static string Money(Money money)
        => string.Create(CultureInfo.InvariantCulture, $"{money.ToString("N", CultureInfo.InvariantCulture)} {money.Currency.Code}");

    /// <summary>Writes an exact amount with at least two decimals and every significant one after: <c>30.925</c>.</summary>
    /// <param name="amount">The amount.</param>
    /// <returns>The text.</returns>
    public static string Exact(decimal amount) => amount.ToString("#,##0.00##########", CultureInfo.InvariantCulture);

    /// <summary>Writes a number as it is, invariant: <c>1.1787</c>.</summary>
    /// <param name="value">The number.</param>
    /// <returns>The text.</returns>
    public static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Writes the date of a moment, in UTC: <c>2025-07-01</c>.</summary>
    /// <param name="moment">The moment.</param>
    /// <returns>The text.</returns>
    public static string Date(DateTimeOffset moment) => moment.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Writes a rate with its pair: <c>EUR/USD 1.1787</c>, marked when it was derived by inversion.</summary>
    /// <param name="rate">The rate.</param>
    /// <returns>The text.</returns>
    public static string Rate(ExchangeRate rate)
        => $"{rate.BaseCurrency.Code}/{rate.QuoteCurrency.Code} {Number(rate.Rate)}{(rate.IsInverted ? " (inverted)" : string.Empty)}";
}
