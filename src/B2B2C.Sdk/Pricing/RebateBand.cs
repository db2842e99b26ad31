namespace B2B2C.Sdk.Pricing;

/// <summary>One step of a rebate ladder: from a period volume of <see cref="Threshold"/> on, the rate is <see cref="Rate"/>.</summary>
/// <param name="Threshold">
/// The period volume, in the agreement's currency, at which the band starts (inclusive): a volume equal to the
/// threshold reaches the band. Zero or more; strictly increasing from band to band.
/// </param>
/// <param name="Rate">The rebate rate as a decimal fraction: 0.01 for 1%. From 0 to 1; never lower than the previous band's.</param>
/// <remarks>An immutable value.</remarks>
public readonly record struct RebateBand(decimal Threshold, decimal Rate);
