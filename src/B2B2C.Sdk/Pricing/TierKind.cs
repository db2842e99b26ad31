namespace B2B2C.Sdk.Pricing;

/// <summary>How a quantity ladder prices a line.</summary>
public enum TierKind
{
    /// <summary>The whole line is priced at the tier its quantity reaches (all 12,000 pieces at the 10,000+ price).</summary>
    Volume = 0,

    /// <summary>Each band is priced separately (the first 999 at one price, the next 9,000 at the next, ...).</summary>
    Graduated = 1,
}
