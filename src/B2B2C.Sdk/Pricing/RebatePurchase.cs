using System;

namespace B2B2C.Sdk.Pricing;

/// <summary>One invoice or credit-note line that may count towards a rebate.</summary>
/// <param name="InvoiceId">The invoice (or credit note) the line belongs to, as the billing system writes it.</param>
/// <param name="LineNumber">The line's number on the invoice.</param>
/// <param name="Customer">The customer invoiced.</param>
/// <param name="InvoicedAt">When the line was invoiced; it decides the period the line counts in.</param>
/// <param name="Sku">The article.</param>
/// <param name="NetAmount">The line's net amount, before tax; negative for a credit note.</param>
/// <remarks>
/// <para>
/// Purchases with the same <paramref name="InvoiceId"/> and <paramref name="LineNumber"/> are one invoice line: a
/// credit note that corrects a line may carry that line's key and is then netted with it. A credit note with its own
/// key is a line of its own. A purchase counts in the period of its <paramref name="InvoicedAt"/>; to charge a late
/// credit note back to the period of the invoice it corrects, give it that invoice's date.
/// </para>
/// <para>Immutable.</para>
/// </remarks>
public sealed record RebatePurchase(
    string InvoiceId,
    int LineNumber,
    CustomerId Customer,
    DateTimeOffset InvoicedAt,
    Sku Sku,
    Money NetAmount);
