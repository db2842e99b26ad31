namespace B2B2C.Sdk.Pricing;

/// <summary>How serious a price-book diagnostic is.</summary>
public enum PricingDiagnosticSeverity
{
    /// <summary>The book is usable, but something is probably not what its author meant (a shadowed entry, a rising ladder).</summary>
    Warning = 0,

    /// <summary>The book cannot be compiled; the previous snapshot stays in force.</summary>
    Error = 1,
}
