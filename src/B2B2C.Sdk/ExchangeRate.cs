using System;
using System.Globalization;

namespace B2B2C.Sdk;

/// <summary>
/// The price of one unit of a base currency in a quote currency, as of a point in time and from a named source:
/// <c>EUR/USD 1.0832</c> means 1 EUR buys 1.0832 USD.
/// </summary>
/// <remarks>Immutable and thread-safe. Rates are exact decimals; they are never derived through binary floating point.</remarks>
public sealed record ExchangeRate
{
    /// <summary>Initializes a new instance of the <see cref="ExchangeRate"/> class.</summary>
    /// <param name="baseCurrency">The currency being priced (EUR in EUR/USD).</param>
    /// <param name="quoteCurrency">The currency the price is in (USD in EUR/USD).</param>
    /// <param name="rate">Units of quote currency per unit of base currency; positive.</param>
    /// <param name="effectiveFrom">When the rate takes effect.</param>
    /// <param name="source">Where the rate comes from, for example a central bank fixing or a contract.</param>
    /// <exception cref="ArgumentException">The currencies are the same, or <paramref name="source"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rate"/> is zero or negative.</exception>
    public ExchangeRate(Currency baseCurrency, Currency quoteCurrency, decimal rate, DateTimeOffset effectiveFrom, string source)
    {
        if (baseCurrency == quoteCurrency)
        {
            throw new ArgumentException($"An exchange rate needs two different currencies, but both are {baseCurrency.Code}.", nameof(quoteCurrency));
        }

        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(rate);
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        BaseCurrency = baseCurrency;
        QuoteCurrency = quoteCurrency;
        Rate = rate;
        EffectiveFrom = effectiveFrom;
        Source = source;
    }

    /// <summary>Gets the currency being priced.</summary>
    public Currency BaseCurrency { get; }

    /// <summary>Gets the currency the price is in.</summary>
    public Currency QuoteCurrency { get; }

    /// <summary>Gets the units of quote currency per unit of base currency.</summary>
    public decimal Rate { get; }

    /// <summary>Gets when the rate takes effect.</summary>
    public DateTimeOffset EffectiveFrom { get; }

    /// <summary>Gets where the rate comes from.</summary>
    public string Source { get; }

    /// <summary>Gets a value indicating whether the rate was derived by inverting a published rate (and so rounded to 28 significant digits).</summary>
    public bool IsInverted { get; init; }

    /// <summary>Converts an amount in the base currency into the quote currency, exactly (no rounding).</summary>
    /// <param name="money">An amount in <see cref="BaseCurrency"/>.</param>
    /// <returns>The amount times the rate, in <see cref="QuoteCurrency"/>.</returns>
    /// <exception cref="CurrencyMismatchException"><paramref name="money"/> is not in the base currency.</exception>
    public Money Convert(Money money)
    {
        if (money.Currency != BaseCurrency)
        {
            throw new CurrencyMismatchException(
                $"The rate {this} converts {BaseCurrency.Code}, but the amount is in {money.Currency.Code}.");
        }

        return new Money(money.Amount * Rate, QuoteCurrency);
    }

    /// <summary>Returns the opposite rate (USD/EUR from EUR/USD), marked as inverted.</summary>
    /// <returns>The inverted rate: 1 / <see cref="Rate"/>, to 28 significant digits.</returns>
    public ExchangeRate Invert() => new(QuoteCurrency, BaseCurrency, 1m / Rate, EffectiveFrom, Source) { IsInverted = !IsInverted };

    /// <summary>Formats the rate as <c>EUR/USD 1.0832 (source, effective 2026-11-20T00:00:00+00:00)</c>.</summary>
    /// <returns>The rate in the invariant culture.</returns>
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"{BaseCurrency.Code}/{QuoteCurrency.Code} {Rate} ({Source}{(IsInverted ? ", inverted" : string.Empty)}, effective {EffectiveFrom:O})");
}
