namespace B2B2C.Sdk.Pricing;

/// <summary>A problem found while compiling a stock book, naming where it is and why it matters.</summary>
/// <param name="Severity">Whether the problem blocks compilation.</param>
/// <param name="Code">A stable code, for example <c>SB204</c>; see the offers article for the list.</param>
/// <param name="Path">Where the problem is, for example <c>levels[3](RC0603/WH-HH).reserved</c>.</param>
/// <param name="Message">A sentence saying what is wrong and what would fix it.</param>
/// <remarks>Immutable.</remarks>
public sealed record StockDiagnostic(PricingDiagnosticSeverity Severity, string Code, string Path, string Message)
{
    /// <summary>Formats the diagnostic as <c>error SB204 at path: message</c>.</summary>
    /// <returns>The diagnostic on one line.</returns>
    public override string ToString()
        => $"{(Severity == PricingDiagnosticSeverity.Error ? "error" : "warning")} {Code} at {Path}: {Message}";
}
