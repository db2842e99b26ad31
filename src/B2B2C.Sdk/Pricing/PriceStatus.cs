namespace B2B2C.Sdk.Pricing;

/// <summary>The outcome of pricing a line.</summary>
public enum PriceStatus
{
    /// <summary>No source has a price for the article in the asker's currency, channel and date; also <c>default</c>.</summary>
    NoPrice = 0,

    /// <summary>A price applies; the result carries it.</summary>
    Priced = 1,

    /// <summary>Prices exist, but none accepts the quantity (minimum, maximum, order multiple or unit); the proof says which rule.</summary>
    QuantityNotAccepted = 2,
}
