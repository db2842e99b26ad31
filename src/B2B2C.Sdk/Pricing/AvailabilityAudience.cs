namespace B2B2C.Sdk.Pricing;

/// <summary>Who an offer's availability is shown to, and so how much of the stock it reveals.</summary>
public enum AvailabilityAudience
{
    /// <summary>
    /// A general customer or marketplace visitor: a status (in stock, partly in stock, on back-order) and the date the
    /// full quantity can ship, never warehouse names or stock figures.
    /// </summary>
    Public = 0,

    /// <summary>
    /// A distributor customer: the available quantity per warehouse, the expected receipts, its allocation quota for the
    /// article and the quantity it may order now.
    /// </summary>
    Distributor = 1,
}
