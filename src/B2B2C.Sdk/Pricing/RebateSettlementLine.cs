namespace B2B2C.Sdk.Pricing;

/// <summary>The share of a settlement's due amount booked against one invoice line.</summary>
/// <param name="InvoiceId">The invoice.</param>
/// <param name="LineNumber">The line's number on the invoice.</param>
/// <param name="Sku">The article of the line.</param>
/// <param name="EligibleNetAmount">The line's net amount counted in the period's volume (its purchases netted; negative for a credit note).</param>
/// <param name="Amount">The line's share of <see cref="RebateSettlement.Due"/>, in whole minor units; negative for a clawback.</param>
/// <remarks>Immutable.</remarks>
public sealed record RebateSettlementLine(string InvoiceId, int LineNumber, Sku Sku, Money EligibleNetAmount, Money Amount);
