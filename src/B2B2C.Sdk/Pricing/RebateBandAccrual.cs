namespace B2B2C.Sdk.Pricing;

/// <summary>What one band of the ladder contributes to a rebate accrual.</summary>
/// <param name="Index">The band's position in <see cref="RebateAgreement.Bands"/>.</param>
/// <param name="Band">The band.</param>
/// <param name="Volume">
/// The volume the band's rate applies to. Incremental: the part of the period volume between the band's threshold
/// and the next one. Retroactive: the whole period volume for the band reached, zero for the others.
/// </param>
/// <param name="Earned">The exact rebate the band contributes: <paramref name="Volume"/> times the band's rate.</param>
/// <remarks>Immutable. The bands' <paramref name="Earned"/> add up exactly to <see cref="RebateAccrual.Earned"/>.</remarks>
public sealed record RebateBandAccrual(int Index, RebateBand Band, Money Volume, Money Earned);
