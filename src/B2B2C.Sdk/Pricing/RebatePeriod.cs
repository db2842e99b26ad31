namespace B2B2C.Sdk.Pricing;

/// <summary>The calendar period over which a <see cref="RebateAgreement"/> adds up the volume and pays its rebate.</summary>
/// <remarks>Periods are calendar periods in the agreement's time zone: they start at local midnight of their first day (inclusive) and end where the next one starts (exclusive).</remarks>
public enum RebatePeriod
{
    /// <summary>A calendar month: 1 March 00:00 to 1 April 00:00, local time.</summary>
    Monthly = 0,

    /// <summary>A calendar quarter: January to March, April to June, July to September, October to December.</summary>
    Quarterly = 1,

    /// <summary>A calendar year: 1 January 00:00 to the next 1 January 00:00, local time.</summary>
    Yearly = 2,
}
