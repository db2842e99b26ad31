using System;

namespace B2B2C.Sdk.Pricing;

/// <summary>One calendar period of a rebate agreement: the instants from <see cref="Start"/> (inclusive) to <see cref="End"/> (exclusive).</summary>
/// <param name="Period">The kind of period.</param>
/// <param name="TimeZoneId">The time zone whose calendar delimits the period.</param>
/// <param name="Start">The first instant of the period: local midnight of its first day, with the zone's offset then.</param>
/// <param name="End">The first instant of the next period, with the zone's offset then.</param>
/// <param name="Label">The period's name in its time zone: <c>2026-03</c>, <c>2026-Q1</c> or <c>2026</c>.</param>
/// <remarks>
/// Get windows from <see cref="RebateEngine.PeriodOf(RebateAgreement, DateTimeOffset)"/>. Two windows are equal when
/// they have the same kind, zone, label and instants (offsets do not matter). Immutable.
/// </remarks>
public sealed record RebatePeriodWindow(RebatePeriod Period, string TimeZoneId, DateTimeOffset Start, DateTimeOffset End, string Label)
{
    /// <summary>Determines whether an instant lies in the period.</summary>
    /// <param name="at">The instant.</param>
    /// <returns><see langword="true"/> when <paramref name="at"/> is at or after <see cref="Start"/> and before <see cref="End"/>.</returns>
    public bool Contains(DateTimeOffset at) => at >= Start && at < End;
}
