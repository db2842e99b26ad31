using System;

namespace B2B2C.Sdk;

/// <summary>Settings shared by every B2B2C.Sdk engine, validated when the host starts.</summary>
/// <remarks>
/// Bind it from configuration (<c>services.Configure&lt;B2B2COptions&gt;(configuration.GetSection("B2B2C"))</c>) or set
/// it in code through <see cref="B2B2CBuilder.Configure(Action{B2B2COptions})"/>. Engines read the options once
/// when they are created.
/// </remarks>
public sealed class B2B2COptions
{
    /// <summary>Gets or sets how engines round midpoints when they round money to a currency's minor unit.</summary>
    /// <value><see cref="MidpointRounding.ToEven"/> (banker's rounding) by default.</value>
    public MidpointRounding Rounding { get; set; } = MidpointRounding.ToEven;

    /// <summary>Gets or sets the ISO 4217 code of the currency used where a request names none, or <see langword="null"/> to require one everywhere.</summary>
    /// <value><see langword="null"/> by default.</value>
    public string? DefaultCurrency { get; set; }

    /// <summary>Gets the default currency as a <see cref="Sdk.Currency"/>, once the options are valid.</summary>
    /// <returns>The default currency, or <see langword="null"/> when none is set.</returns>
    /// <exception cref="ArgumentException"><see cref="DefaultCurrency"/> is not an active ISO 4217 code.</exception>
    public Currency? GetDefaultCurrency() => DefaultCurrency is null ? null : Currency.FromCode(DefaultCurrency);
}
