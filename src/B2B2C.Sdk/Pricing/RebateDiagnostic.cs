namespace B2B2C.Sdk.Pricing;

/// <summary>A problem that makes a <see cref="RebateAgreement"/> invalid, naming the field and what would fix it.</summary>
/// <param name="Code">A stable code, for example <c>RB106</c>; see the rebates article for the list.</param>
/// <param name="Field">The field at fault, for example <c>bands[2].threshold</c> or <c>timeZoneId</c>.</param>
/// <param name="Message">A sentence saying what is wrong and what would fix it.</param>
/// <remarks>Immutable.</remarks>
public sealed record RebateDiagnostic(string Code, string Field, string Message)
{
    /// <summary>Formats the diagnostic as <c>RB106 at bands[2].threshold: message</c>.</summary>
    /// <returns>The diagnostic on one line.</returns>
    public override string ToString() => $"{Code} at {Field}: {Message}";
}
