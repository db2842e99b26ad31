using System.Collections.Immutable;

namespace B2B2C.Sdk.Pricing;

/// <summary>A cart quoted under the price book in force and under a candidate, line by line, before the candidate is published.</summary>
/// <param name="Current">The quote from the snapshot in force.</param>
/// <param name="Candidate">The quote from the candidate snapshot.</param>
/// <param name="Lines">Each line under both, in request order.</param>
/// <remarks>Immutable.</remarks>
public sealed record WhatIfResult(CartQuote Current, CartQuote Candidate, ImmutableArray<WhatIfLine> Lines)
{
    /// <summary>Gets the change of the net total: candidate minus current.</summary>
    public Money NetDifference => Candidate.NetTotal - Current.NetTotal;

    /// <summary>Gets the change of the gross total: candidate minus current.</summary>
    public Money GrossDifference => Candidate.GrossTotal - Current.GrossTotal;
}
