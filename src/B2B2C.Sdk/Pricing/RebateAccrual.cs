using System;
using System.Collections.Immutable;

namespace B2B2C.Sdk.Pricing;

/// <summary>
/// What a customer has earned so far in one period of a rebate agreement: the volume, the band reached, how much more
/// to buy to reach the next one, the rebate exact and rounded, and every purchase that did not count, with why.
/// </summary>
/// <remarks>
/// Immutable. The result depends only on the agreement, the window and the set of purchases, never on their order:
/// <see cref="Eligible"/> and <see cref="Ignored"/> are sorted by invoice, line, time, amount and SKU.
/// </remarks>
public sealed record RebateAccrual
{
    /// <summary>Gets the agreement accrued.</summary>
    public required RebateAgreementId AgreementId { get; init; }

    /// <summary>Gets the customer that earns the rebate.</summary>
    public required CustomerId Customer { get; init; }

    /// <summary>Gets how the bands turned the volume into the rebate.</summary>
    public required RebateKind Kind { get; init; }

    /// <summary>Gets the period accrued.</summary>
    public required RebatePeriodWindow Window { get; init; }

    /// <summary>Gets the period's volume: the sum of the eligible purchases' net amounts (credit notes reduce it; it may be negative).</summary>
    public required Money Volume { get; init; }

    /// <summary>Gets the position of the highest band reached, or <see langword="null"/> when the volume is below the first threshold.</summary>
    public int? BandIndex { get; init; }

    /// <summary>Gets the highest band reached, or <see langword="null"/> when the volume is below the first threshold.</summary>
    public RebateBand? Band { get; init; }

    /// <summary>Gets the next band up, or <see langword="null"/> when the highest band is reached.</summary>
    public RebateBand? NextBand { get; init; }

    /// <summary>Gets how much more volume reaches <see cref="NextBand"/> ("buy 120,000 more this month to earn 2%"), or <see langword="null"/> when there is no next band.</summary>
    public Money? VolumeToNextBand { get; init; }

    /// <summary>Gets the exact rebate earned by the period's volume; zero below the first threshold, never negative.</summary>
    public required Money Earned { get; init; }

    /// <summary>Gets <see cref="Earned"/> rounded to the currency's minor unit with <see cref="Rounding"/>: the amount a settlement pays.</summary>
    public required Money EarnedRounded { get; init; }

    /// <summary>Gets the midpoint rule <see cref="EarnedRounded"/> was rounded with.</summary>
    public required MidpointRounding Rounding { get; init; }

    /// <summary>Gets one entry per band of the agreement, in ladder order; their earnings add up exactly to <see cref="Earned"/>.</summary>
    public required ImmutableArray<RebateBandAccrual> Bands { get; init; }

    /// <summary>Gets the purchases counted in <see cref="Volume"/>.</summary>
    public required ImmutableArray<RebatePurchase> Eligible { get; init; }

    /// <summary>Gets the purchases that do not count, each with the first reason that applies.</summary>
    public required ImmutableArray<RebateIgnoredPurchase> Ignored { get; init; }
}
