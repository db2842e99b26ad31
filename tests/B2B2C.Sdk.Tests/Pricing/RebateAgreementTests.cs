using System;
using System.Linq;
using B2B2C.Sdk.Pricing;
using static B2B2C.Sdk.Tests.Pricing.RebateTestData;

namespace B2B2C.Sdk.Tests.Pricing;

public sealed class RebateAgreementTests
{
    [Fact]
    public void Validate_WellFormedAgreement_ReportsNothing()
    {
        RebateAgreement agreement = Agreement(RebateKind.Retroactive) with { TimeZoneId = "Europe/Berlin", Skus = [new Sku("RC0603-10K")] };

        Assert.Empty(agreement.Validate());
        Assert.Equal("UTC", Agreement(RebateKind.Retroactive).TimeZoneId);
    }

    [Fact]
    public void Validate_UnsortedThresholds_NamesTheBandThreshold()
    {
        RebateAgreement agreement = Agreement(RebateKind.Retroactive, new RebateBand(1_000_000m, 0.01m), new RebateBand(500_000m, 0.02m));

        RebateDiagnostic error = Assert.Single(agreement.Validate());

        Assert.Equal("RB110", error.Code);
        Assert.Equal("bands[1].threshold", error.Field);
        Assert.Contains("strictly increasing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_DuplicateThresholds_ReportsRB110()
    {
        RebateAgreement agreement = Agreement(RebateKind.Incremental, new RebateBand(500_000m, 0.01m), new RebateBand(500_000m, 0.02m));

        Assert.Equal(["RB110 at bands[1].threshold"], agreement.Validate().Select(e => $"{e.Code} at {e.Field}"));
    }

    [Fact]
    public void Validate_NegativeRateAndThreshold_NamesEachField()
    {
        RebateAgreement agreement = Agreement(RebateKind.Retroactive, new RebateBand(-1m, -0.01m));

        Assert.Equal(
            ["RB109 at bands[0].threshold", "RB111 at bands[0].rate"],
            agreement.Validate().Select(e => $"{e.Code} at {e.Field}"));
    }

    [Fact]
    public void Validate_RateAboveHundredPercent_ReportsRB112()
    {
        RebateAgreement agreement = Agreement(RebateKind.Retroactive, new RebateBand(0m, 0.01m), new RebateBand(100m, 2m));

        RebateDiagnostic error = Assert.Single(agreement.Validate());

        Assert.Equal(("RB112", "bands[1].rate"), (error.Code, error.Field));
        Assert.Contains("above 100%", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_RateBelowPreviousBand_ReportsRB113()
    {
        RebateAgreement agreement = Agreement(RebateKind.Retroactive, new RebateBand(0m, 0.02m), new RebateBand(100m, 0.01m));

        Assert.Equal(["RB113 at bands[1].rate"], agreement.Validate().Select(e => $"{e.Code} at {e.Field}"));
    }

    [Fact]
    public void Validate_UnknownTimeZone_NamesTimeZoneId()
    {
        RebateAgreement agreement = Agreement(RebateKind.Retroactive) with { TimeZoneId = "Mars/Olympus_Mons" };

        RebateDiagnostic error = Assert.Single(agreement.Validate());

        Assert.Equal(("RB106", "timeZoneId"), (error.Code, error.Field));
        Assert.Contains("Mars/Olympus_Mons", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_MissingFieldsAndEmptyLadder_ReportsEveryProblem()
    {
        var agreement = new RebateAgreement
        {
            Id = default,
            Customer = default,
            Currency = default,
            Period = (RebatePeriod)7,
            Kind = (RebateKind)7,
            Bands = [],
            ValidFrom = MidMarch,
            ValidTo = MidMarch,
            Skus = [default],
        };

        Assert.Equal(
            ["RB101", "RB102", "RB103", "RB104", "RB105", "RB107", "RB108", "RB114"],
            agreement.Validate().Select(e => e.Code));
    }

    [Fact]
    public void Accrue_InvalidAgreement_ThrowsListingTheFields()
    {
        var engine = new RebateEngine();
        RebateAgreement valid = Agreement(RebateKind.Retroactive);
        RebatePeriodWindow window = engine.PeriodOf(valid, MidMarch);
        RebateAgreement invalid = valid with { Bands = [new(500_000m, 0.01m), new(400_000m, 1.5m)] };

        RebateAgreementException error = Assert.Throws<RebateAgreementException>(() => engine.Accrue(invalid, [], window));

        Assert.Equal(["RB110", "RB112"], error.Errors.Select(e => e.Code));
        Assert.Contains("bands[1].threshold", error.Message, StringComparison.Ordinal);
        Assert.Contains("RB-2026-C100234", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PeriodOf_UnknownTimeZone_ThrowsNamingTheField()
    {
        RebateAgreement agreement = Agreement(RebateKind.Retroactive) with { TimeZoneId = "Nowhere/Else" };

        RebateAgreementException error = Assert.Throws<RebateAgreementException>(() => new RebateEngine().PeriodOf(agreement, MidMarch));

        Assert.Equal("timeZoneId", Assert.Single(error.Errors).Field);
    }
}
