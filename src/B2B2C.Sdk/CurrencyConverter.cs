using System;
using System.Threading;
using System.Threading.Tasks;

namespace B2B2C.Sdk;

/// <summary>
/// Converts money between currencies through an explicit <see cref="IExchangeRateSource"/>, rounds the result to the
/// target currency's minor unit with a named <see cref="MidpointRounding"/>, and records the rate used.
/// </summary>
/// <remarks>Thread-safe and stateless apart from its source; register it as a singleton.</remarks>
public sealed class CurrencyConverter
{
    private readonly IExchangeRateSource _source;
    private readonly TimeProvider _timeProvider;

    /// <summary>Initializes a new instance of the <see cref="CurrencyConverter"/> class.</summary>
    /// <param name="source">Where rates come from.</param>
    /// <param name="timeProvider">The clock for conversions without an explicit time; the system clock by default.</param>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is <see langword="null"/>.</exception>
    public CurrencyConverter(IExchangeRateSource source, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        _source = source;
        _timeProvider = timeProvider ?? TimeProvider.System;
    }

    /// <summary>Converts <paramref name="money"/> into <paramref name="target"/> at the rate in force at <paramref name="asOf"/>.</summary>
    /// <param name="money">The amount to convert.</param>
    /// <param name="target">The currency to convert into.</param>
    /// <param name="asOf">The moment whose rate applies; now (from the <see cref="TimeProvider"/>) when <see langword="null"/>.</param>
    /// <param name="rounding">How midpoints are rounded to the target's minor unit; banker's rounding by default.</param>
    /// <param name="cancellationToken">Cancels the rate lookup.</param>
    /// <returns>The conversion with the rate used; an identity conversion without a rate when the currencies match.</returns>
    /// <exception cref="ExchangeRateNotFoundException">The source has no rate for the pair at that time.</exception>
    public async ValueTask<CurrencyConversion> ConvertAsync(
        Money money,
        Currency target,
        DateTimeOffset? asOf = null,
        MidpointRounding rounding = MidpointRounding.ToEven,
        CancellationToken cancellationToken = default)
    {
        if (money.Currency == target)
        {
            return new CurrencyConversion(money, money, money, null, rounding);
        }

        DateTimeOffset moment = asOf ?? _timeProvider.GetUtcNow();
        ExchangeRate rate = await _source.GetRateAsync(money.Currency, target, moment, cancellationToken).ConfigureAwait(false)
            ?? throw new ExchangeRateNotFoundException(money.Currency, target, moment);
        if (rate.BaseCurrency != money.Currency || rate.QuoteCurrency != target)
        {
            throw new InvalidOperationException(
                $"The exchange-rate source answered {rate} when asked for {money.Currency.Code}/{target.Code}.");
        }

        Money exact = rate.Convert(money);
        Money result = target.MinorUnit is null ? exact : exact.RoundToMinorUnit(rounding);
        return new CurrencyConversion(money, exact, result, rate, rounding);
    }
}
