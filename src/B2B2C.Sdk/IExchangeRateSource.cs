using System;
using System.Threading;
using System.Threading.Tasks;

namespace B2B2C.Sdk;

/// <summary>
/// Supplies exchange rates. Conversion between currencies in the SDK always goes through one of these, explicitly;
/// amounts of different currencies are never combined implicitly.
/// </summary>
/// <remarks>
/// Implementations must be thread-safe. <see cref="FixedExchangeRateSource"/> serves a table given in code or
/// configuration; a host plugs in its treasury feed or ERP rates by implementing this interface.
/// </remarks>
public interface IExchangeRateSource
{
    /// <summary>Gets the rate in force at <paramref name="asOf"/> for converting <paramref name="baseCurrency"/> into <paramref name="quoteCurrency"/>.</summary>
    /// <param name="baseCurrency">The currency converted from.</param>
    /// <param name="quoteCurrency">The currency converted into.</param>
    /// <param name="asOf">The moment the rate must be in force.</param>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    /// <returns>The rate, or <see langword="null"/> when the source has none for that pair and time.</returns>
    ValueTask<ExchangeRate?> GetRateAsync(Currency baseCurrency, Currency quoteCurrency, DateTimeOffset asOf, CancellationToken cancellationToken = default);
}
