namespace B2B2C.Sdk.Pricing;

/// <summary>A problem found while compiling a price book, naming where it is and why it matters.</summary>
/// <param name="Severity">Whether the problem blocks compilation.</param>
/// <param name="Code">A stable code, for example <c>PB104</c>; see the pricing article for the list.</param>
/// <param name="Path">Where the problem is, for example <c>priceLists[3](GOLD-EUR).entries[12](RC0603-10K).tiers[1].price</c>.</param>
/// <param name="Message">A sentence saying what is wrong and what would fix it.</param>
/// <remarks>Immutable.</remarks>
public sealed record PricingDiagnostic(PricingDiagnosticSeverity Severity, string Code, string Path, string Message)
{
    /// <summary>Formats the diagnostic as <c>error PB104 at path: message</c>.</summary>
    /// <returns>The diagnostic on one line.</returns>
    public override string ToString()
        => $"{(Severity == PricingDiagnosticSeverity.Error ? "error" : "warning")} {Code} at {Path}: {Message}";
}
