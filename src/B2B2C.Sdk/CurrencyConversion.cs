using System;

namespace B2B2C.Sdk;

/// <summary>
/// The record of one currency conversion: what was converted, the rate used (and so its source and time), the exact
/// product and the rounded result.
/// </summary>
/// <param name="Original">The amount converted.</param>
/// <param name="Exact">The exact product of the amount and the rate, before rounding.</param>
/// <param name="Result">The converted amount, rounded to the target currency's minor unit.</param>
/// <param name="Rate">The rate used, or <see langword="null"/> when both currencies are the same and nothing was converted.</param>
/// <param name="Rounding">The midpoint rounding applied to get <paramref name="Result"/>.</param>
/// <remarks>Immutable; store it next to the converted amount so every figure can be explained later.</remarks>
public sealed record CurrencyConversion(Money Original, Money Exact, Money Result, ExchangeRate? Rate, MidpointRounding Rounding);
