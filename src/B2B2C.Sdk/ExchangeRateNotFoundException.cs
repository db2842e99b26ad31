using System;

namespace B2B2C.Sdk;

/// <summary>Thrown when a conversion is asked for a currency pair and time for which the exchange-rate source has no rate.</summary>
/// <remarks>Not transient for a fixed table; a live source may have the rate later.</remarks>
public sealed class ExchangeRateNotFoundException : InvalidOperationException
{
    /// <summary>Initializes a new instance of the <see cref="ExchangeRateNotFoundException"/> class.</summary>
    public ExchangeRateNotFoundException()
        : base("No exchange rate was found.")
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ExchangeRateNotFoundException"/> class.</summary>
    /// <param name="message">The message.</param>
    public ExchangeRateNotFoundException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ExchangeRateNotFoundException"/> class.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The exception that caused this one.</param>
    public ExchangeRateNotFoundException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ExchangeRateNotFoundException"/> class for a pair and time.</summary>
    /// <param name="baseCurrency">The currency converted from.</param>
    /// <param name="quoteCurrency">The currency converted into.</param>
    /// <param name="asOf">The moment the rate was needed for.</param>
    public ExchangeRateNotFoundException(Currency baseCurrency, Currency quoteCurrency, DateTimeOffset asOf)
        : base($"No exchange rate from {baseCurrency.Code} to {quoteCurrency.Code} is in force at {asOf:O}.")
    {
        BaseCurrency = baseCurrency;
        QuoteCurrency = quoteCurrency;
        AsOf = asOf;
    }

    /// <summary>Gets the currency converted from.</summary>
    public Currency BaseCurrency { get; }

    /// <summary>Gets the currency converted into.</summary>
    public Currency QuoteCurrency { get; }

    /// <summary>Gets the moment the rate was needed for.</summary>
    public DateTimeOffset AsOf { get; }
}
