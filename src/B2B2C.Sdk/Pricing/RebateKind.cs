namespace B2B2C.Sdk.Pricing;

/// <summary>How the bands of a <see cref="RebateAgreement"/> turn the period's volume into a rebate.</summary>
public enum RebateKind
{
    /// <summary>
    /// The whole period volume earns the rate of the highest band reached: with a band of 1% from 500,000, a volume of
    /// 600,000 earns 6,000. Earned jumps at each threshold.
    /// </summary>
    Retroactive = 0,

    /// <summary>
    /// Each band's rate applies only to the volume inside the band, like income-tax brackets: with 1% from 500,000 and
    /// 2% from 1,000,000, a volume of 1,200,000 earns 5,000 + 4,000. Earned grows continuously with the volume.
    /// </summary>
    Incremental = 1,
}
