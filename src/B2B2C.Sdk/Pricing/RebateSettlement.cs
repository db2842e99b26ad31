using System;
using System.Collections.Immutable;

namespace B2B2C.Sdk.Pricing;

/// <summary>
/// One payment (or clawback) of a period's rebate: what the period has earned, what earlier settlements already paid,
/// the difference due now, and that difference booked against the invoice lines that earned it.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Due"/> is <see cref="Earned"/> minus <see cref="AlreadyPaid"/>; it is negative when credit notes took
/// the volume below a threshold that an earlier settlement paid for. Settling the period again with this settlement
/// among the previous ones gives zero due, so a settlement run can be repeated without paying twice.
/// </para>
/// <para>
/// The <see cref="Lines"/> add up exactly to <see cref="Due"/> whenever there is an eligible purchase; see
/// <see cref="RebateEngine.Settle(RebateAgreement, System.Collections.Generic.IEnumerable{RebatePurchase}, RebatePeriodWindow, System.Collections.Generic.IEnumerable{RebateSettlement}, DateTimeOffset, MidpointRounding)"/>
/// for how it is allocated. Immutable; store it and pass it back as a previous settlement.
/// </para>
/// </remarks>
public sealed record RebateSettlement
{
    /// <summary>Gets the agreement settled.</summary>
    public required RebateAgreementId AgreementId { get; init; }

    /// <summary>Gets the customer paid.</summary>
    public required CustomerId Customer { get; init; }

    /// <summary>Gets the period settled.</summary>
    public required RebatePeriodWindow Window { get; init; }

    /// <summary>Gets when the settlement was made.</summary>
    public required DateTimeOffset SettledAt { get; init; }

    /// <summary>Gets the settlement's number within its agreement and period: 1 for the first, 2 for the one after, and so on.</summary>
    public required int Sequence { get; init; }

    /// <summary>Gets the rebate the period has earned so far, rounded to the minor unit (the accrual's <see cref="RebateAccrual.EarnedRounded"/>).</summary>
    public required Money Earned { get; init; }

    /// <summary>Gets the sum of the <see cref="Due"/> amounts of the earlier settlements of the same agreement and period.</summary>
    public required Money AlreadyPaid { get; init; }

    /// <summary>Gets the amount to pay now: <see cref="Earned"/> minus <see cref="AlreadyPaid"/>; negative for a clawback.</summary>
    public required Money Due { get; init; }

    /// <summary>Gets <see cref="Due"/> allocated to the eligible invoice lines, sorted by invoice and line number.</summary>
    public required ImmutableArray<RebateSettlementLine> Lines { get; init; }

    /// <summary>Gets the accrual the settlement was computed from.</summary>
    public required RebateAccrual Accrual { get; init; }

    /// <summary>Gets a value indicating whether the settlement takes money back.</summary>
    public bool IsClawback => Due.IsNegative;
}
