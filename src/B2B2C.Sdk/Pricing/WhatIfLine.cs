namespace B2B2C.Sdk.Pricing;

/// <summary>One line of a what-if comparison: the line as quoted now and under the candidate price book.</summary>
/// <param name="Index">The line's position in the request.</param>
/// <param name="Current">The line quoted from the snapshot in force.</param>
/// <param name="Candidate">The line quoted from the candidate snapshot.</param>
/// <remarks>Immutable.</remarks>
public sealed record WhatIfLine(int Index, QuotedLine Current, QuotedLine Candidate)
{
    /// <summary>Gets the change of the line's net amount: candidate minus current (negative when the candidate is cheaper).</summary>
    public Money NetDifference => Candidate.NetAmount - Current.NetAmount;

    /// <summary>Gets the change of the line's gross amount: candidate minus current.</summary>
    public Money GrossDifference => Candidate.GrossAmount - Current.GrossAmount;

    /// <summary>Gets a value indicating whether the line is priced in one quote but not the other.</summary>
    public bool StatusChanged => Current.Status != Candidate.Status;
}
