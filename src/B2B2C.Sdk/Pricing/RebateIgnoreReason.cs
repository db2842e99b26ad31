namespace B2B2C.Sdk.Pricing;

/// <summary>Why a purchase does not count towards a rebate, as listed in <see cref="RebateAccrual.Ignored"/>.</summary>
/// <remarks>The reasons are checked in the order declared here; a purchase is reported with the first that applies.</remarks>
public enum RebateIgnoreReason
{
    /// <summary>The purchase was made by another customer than the agreement's.</summary>
    OtherCustomer = 0,

    /// <summary>The purchase is in another currency than the agreement's; it is not converted.</summary>
    OtherCurrency = 1,

    /// <summary>The purchase was invoiced outside the period being accrued.</summary>
    OutsidePeriod = 2,

    /// <summary>The purchase was invoiced before the agreement's <see cref="RebateAgreement.ValidFrom"/> or from its <see cref="RebateAgreement.ValidTo"/> on.</summary>
    OutsideValidity = 3,

    /// <summary>The agreement lists the SKUs it covers, and the purchase's SKU is not one of them.</summary>
    SkuNotCovered = 4,
}
