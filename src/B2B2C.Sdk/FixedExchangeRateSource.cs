using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace B2B2C.Sdk;

/// <summary>
/// An <see cref="IExchangeRateSource"/> over a fixed table of rates, each in force from its
/// <see cref="ExchangeRate.EffectiveFrom"/> until the next rate of the same pair.
/// </summary>
/// <remarks>
/// The table is validated and indexed once at construction; lookups are lock-free, allocation-free and
/// thread-safe. Inverse rates (USD/EUR from EUR/USD) are served only when asked for at construction, because
/// 1 / rate is generally not an exact decimal; such rates are marked <see cref="ExchangeRate.IsInverted"/>.
/// </remarks>
public sealed class FixedExchangeRateSource : IExchangeRateSource
{
    private readonly FrozenDictionary<(Currency Base, Currency Quote), ExchangeRate[]> _rates;

    /// <summary>Initializes a new instance of the <see cref="FixedExchangeRateSource"/> class.</summary>
    /// <param name="rates">The rates; several per pair make a history.</param>
    /// <param name="deriveInverseRates">
    /// Whether to answer the opposite direction of a pair that has no rate of its own by inverting its rate.
    /// </param>
    /// <exception cref="ArgumentNullException"><paramref name="rates"/> or one of its items is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Two rates of the same pair take effect at the same moment.</exception>
    public FixedExchangeRateSource(IEnumerable<ExchangeRate> rates, bool deriveInverseRates = false)
    {
        ArgumentNullException.ThrowIfNull(rates);
        var byPair = new Dictionary<(Currency Base, Currency Quote), List<ExchangeRate>>();
        foreach (ExchangeRate rate in rates)
        {
            ArgumentNullException.ThrowIfNull(rate, nameof(rates));
            if (!TryAdd(byPair, rate))
            {
                throw new ArgumentException(
                    $"Two rates for {rate.BaseCurrency.Code}/{rate.QuoteCurrency.Code} take effect at {rate.EffectiveFrom:O}; keep one.", nameof(rates));
            }
        }

        if (deriveInverseRates)
        {
            var published = byPair.ToList();
            foreach (KeyValuePair<(Currency Base, Currency Quote), List<ExchangeRate>> pair in published)
            {
                if (!byPair.ContainsKey((pair.Key.Quote, pair.Key.Base)))
                {
                    foreach (ExchangeRate rate in pair.Value)
                    {
                        TryAdd(byPair, rate.Invert());
                    }
                }
            }
        }

        _rates = byPair.ToFrozenDictionary(
            pair => pair.Key,
            pair => pair.Value.OrderBy(r => r.EffectiveFrom).ToArray());
        Count = _rates.Values.Sum(list => list.Length);
    }

    /// <summary>Gets the number of rates in the table, inverted ones included.</summary>
    public int Count { get; }

    /// <summary>Looks up the rate in force at <paramref name="asOf"/> for a currency pair, synchronously.</summary>
    /// <param name="baseCurrency">The currency converted from.</param>
    /// <param name="quoteCurrency">The currency converted into.</param>
    /// <param name="asOf">The moment the rate must be in force.</param>
    /// <param name="rate">The rate when found.</param>
    /// <returns><see langword="true"/> when a rate is in force.</returns>
    public bool TryGetRate(Currency baseCurrency, Currency quoteCurrency, DateTimeOffset asOf, out ExchangeRate? rate)
    {
        rate = null;
        if (!_rates.TryGetValue((baseCurrency, quoteCurrency), out ExchangeRate[]? history))
        {
            return false;
        }

        // The last rate that took effect at or before asOf.
        int low = 0;
        int high = history.Length - 1;
        while (low <= high)
        {
            int middle = low + ((high - low) / 2);
            if (history[middle].EffectiveFrom <= asOf)
            {
                rate = history[middle];
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return rate is not null;
    }

    /// <inheritdoc/>
    public ValueTask<ExchangeRate?> GetRateAsync(Currency baseCurrency, Currency quoteCurrency, DateTimeOffset asOf, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        TryGetRate(baseCurrency, quoteCurrency, asOf, out ExchangeRate? rate);
        return ValueTask.FromResult(rate);
    }

    private static bool TryAdd(Dictionary<(Currency Base, Currency Quote), List<ExchangeRate>> byPair, ExchangeRate rate)
    {
        (Currency, Currency) key = (rate.BaseCurrency, rate.QuoteCurrency);
        if (!byPair.TryGetValue(key, out List<ExchangeRate>? list))
        {
            list = [];
            byPair[key] = list;
        }

        if (list.Exists(existing => existing.EffectiveFrom == rate.EffectiveFrom))
        {
            return false;
        }

        list.Add(rate);
        return true;
    }
}
