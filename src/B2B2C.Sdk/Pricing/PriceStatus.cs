namespace B2B2C.Sdk.Pricing;

/// <summary>The outcome of pricing a line.</summary>
public enum PriceStatus
{
    /// <summary>A price applies; the result carries it.</summary>
    Priced = 0,

    /// <summary>No source has a price for the article in the asker's currency, channel and date.</summary>
    NoPrice = 1,

    /// <summary>Prices exist, but none accepts the quantity (minimum, maximum, order multiple or unit); the proof says which rule.</summary>
    QuantityNotAccepted = 2,
}
