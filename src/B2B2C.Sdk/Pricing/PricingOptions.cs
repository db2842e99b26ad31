using System;

namespace B2B2C.Sdk.Pricing;

/// <summary>Settings of the <see cref="PricingEngine"/>.</summary>
/// <remarks>Read once when the engine is created.</remarks>
public sealed class PricingOptions
{
    /// <summary>Gets or sets how line amounts are rounded to the currency's minor unit.</summary>
    /// <value><see cref="MidpointRounding.ToEven"/> by default.</value>
    public MidpointRounding Rounding { get; set; } = MidpointRounding.ToEven;
}
