namespace B2B2C.Sdk.Pricing;

/// <summary>Where a cart quote rounds tax to the currency's minor unit.</summary>
public enum TaxRounding
{
    /// <summary>The tax of a line is its rounded net amount times the rate, rounded once.</summary>
    PerLine = 0,

    /// <summary>
    /// The tax of one price unit (the net line amount divided by the number of price units: the quantity in the price
    /// entry's unit over its price basis, so one piece, or 100 pieces for a price per 100) is rounded, then multiplied by
    /// the number of price units (and rounded again only when that number is not whole). It differs from
    /// <see cref="PerLine"/> by at most half a minor unit per price unit (plus half a minor unit when the number is not whole).
    /// </summary>
    PerUnit,
}
