namespace B2B2C.Sdk.Pricing;

/// <summary>Which amounts an asker is shown: net (business customers) or gross with tax (consumers).</summary>
public enum PriceDisplay
{
    /// <summary>Net amounts, without tax; the usual display for B2B.</summary>
    Net = 0,

    /// <summary>Gross amounts, with tax; the usual display for B2C. Price endings then apply to the gross unit price.</summary>
    Gross,
}
