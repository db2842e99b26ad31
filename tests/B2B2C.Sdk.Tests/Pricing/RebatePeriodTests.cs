using System;
using B2B2C.Sdk.Pricing;
using static B2B2C.Sdk.Tests.Pricing.RebateTestData;

namespace B2B2C.Sdk.Tests.Pricing;

public sealed class RebatePeriodTests
{
    private readonly RebateEngine _engine = new();

    [Fact]
    public void PeriodOf_MonthlyInUtc_IsTheCalendarMonth()
    {
        RebatePeriodWindow window = _engine.PeriodOf(Agreement(RebateKind.Retroactive), MidMarch);

        Assert.Equal(new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero), window.Start);
        Assert.Equal(new DateTimeOffset(2026, 4, 1, 0, 0, 0, TimeSpan.Zero), window.End);
        Assert.Equal("2026-03", window.Label);
        Assert.Equal(RebatePeriod.Monthly, window.Period);
    }

    [Fact]
    public void PeriodOf_DstMonthInBerlin_StartsAndEndsAtLocalMidnightWithTheOffsetOfTheDay()
    {
        // Berlin moves to summer time on 29 March 2026: March starts at +01:00 and April at +02:00.
        RebateAgreement agreement = Agreement(RebateKind.Retroactive) with { TimeZoneId = "Europe/Berlin" };

        RebatePeriodWindow window = _engine.PeriodOf(agreement, MidMarch);

        Assert.Equal(new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.FromHours(1)), window.Start);
        Assert.Equal(TimeSpan.FromHours(1), window.Start.Offset);
        Assert.Equal(new DateTimeOffset(2026, 4, 1, 0, 0, 0, TimeSpan.FromHours(2)), window.End);
        Assert.Equal(TimeSpan.FromHours(2), window.End.Offset);
        Assert.Equal(TimeSpan.FromHours(743), window.End - window.Start);
    }

    [Fact]
    public void PeriodOf_InstantsAroundBerlinMidnight_FallInTheLocalMonth()
    {
        RebateAgreement agreement = Agreement(RebateKind.Retroactive) with { TimeZoneId = "Europe/Berlin" };

        // 31 March 22:30 UTC is 1 April 00:30 in Berlin; 28 February 23:30 UTC is 1 March 00:30 in Berlin.
        Assert.Equal("2026-04", _engine.PeriodOf(agreement, new DateTimeOffset(2026, 3, 31, 22, 30, 0, TimeSpan.Zero)).Label);
        Assert.Equal("2026-03", _engine.PeriodOf(agreement, new DateTimeOffset(2026, 3, 31, 21, 59, 59, TimeSpan.Zero)).Label);
        Assert.Equal("2026-03", _engine.PeriodOf(agreement, new DateTimeOffset(2026, 2, 28, 23, 0, 0, TimeSpan.Zero)).Label);
        Assert.Equal("2026-02", _engine.PeriodOf(agreement, new DateTimeOffset(2026, 2, 28, 22, 59, 59, TimeSpan.Zero)).Label);
        Assert.Equal("2026-03", _engine.PeriodOf(Agreement(RebateKind.Retroactive), new DateTimeOffset(2026, 3, 31, 22, 30, 0, TimeSpan.Zero)).Label);
    }

    [Fact]
    public void PeriodOf_QuarterAcrossTheAutumnChangeInNewYork_IsTheCalendarQuarter()
    {
        RebateAgreement agreement = Agreement(RebateKind.Incremental) with { Period = RebatePeriod.Quarterly, TimeZoneId = "America/New_York" };

        RebatePeriodWindow window = _engine.PeriodOf(agreement, new DateTimeOffset(2026, 11, 20, 0, 0, 0, TimeSpan.Zero));

        Assert.Equal("2026-Q4", window.Label);
        Assert.Equal(new DateTimeOffset(2026, 10, 1, 0, 0, 0, TimeSpan.FromHours(-4)), window.Start);
        Assert.Equal(new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.FromHours(-5)), window.End);
    }

    [Fact]
    public void PeriodOf_Yearly_IsTheCalendarYearAndItsEndIsExclusive()
    {
        RebateAgreement agreement = Agreement(RebateKind.Retroactive) with { Period = RebatePeriod.Yearly };
        var newYear = new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.Zero);

        RebatePeriodWindow window = _engine.PeriodOf(agreement, MidMarch);

        Assert.Equal("2026", window.Label);
        Assert.Equal(newYear, window.End);
        Assert.False(window.Contains(newYear));
        Assert.True(window.Contains(window.Start));
        Assert.Equal("2027", _engine.PeriodOf(agreement, newYear).Label);
    }

    [Fact]
    public void PeriodOf_MidnightSkippedBySummerTime_StartsWhenTheClocksJump()
    {
        // In Asunción, 1 October 2023 began at 01:00 -03:00: the clocks jumped from 23:59:59 -04:00 on 30 September.
        RebateAgreement agreement = Agreement(RebateKind.Retroactive) with { TimeZoneId = "America/Asuncion" };
        var jump = new DateTimeOffset(2023, 10, 1, 4, 0, 0, TimeSpan.Zero);

        RebatePeriodWindow october = _engine.PeriodOf(agreement, new DateTimeOffset(2023, 10, 15, 0, 0, 0, TimeSpan.Zero));
        RebatePeriodWindow september = _engine.PeriodOf(agreement, jump.AddTicks(-1));

        Assert.Equal(jump, october.Start);
        Assert.Equal(TimeSpan.FromHours(-3), october.Start.Offset);
        Assert.Equal(jump, september.End);
        Assert.Equal("2023-09", september.Label);
        Assert.Equal("2023-10", _engine.PeriodOf(agreement, jump).Label);
    }

    [Fact]
    public void Accrue_WindowOfAnotherAgreement_Throws()
    {
        RebateAgreement monthly = Agreement(RebateKind.Retroactive);
        RebatePeriodWindow quarter = _engine.PeriodOf(monthly with { Period = RebatePeriod.Quarterly }, MidMarch);

        ArgumentException error = Assert.Throws<ArgumentException>(() => _engine.Accrue(monthly, [], quarter));

        Assert.Equal("window", error.ParamName);
        Assert.Contains("2026-Q1", error.Message, StringComparison.Ordinal);
    }
}
