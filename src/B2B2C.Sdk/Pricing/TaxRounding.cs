namespace B2B2C.Sdk.Pricing;

/// <summary>Where a cart quote rounds tax to the currency's minor unit.</summary>
public enum TaxRounding
{
    /// <summary>The tax of a line is its rounded net amount times the rate, rounded once.</summary>
    PerLine = 0,

    /// <summary>
    /// The tax of one unit (the net line amount divided by the quantity in the price entry's unit) is rounded, then
    /// multiplied by the quantity (and rounded again only when the quantity is not whole). It differs from
    /// <see cref="PerLine"/> by at most half a minor unit per unit.
    /// </summary>
    PerUnit,
}
