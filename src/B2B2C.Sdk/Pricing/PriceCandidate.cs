namespace B2B2C.Sdk.Pricing;

/// <summary>A price considered while resolving a line, and why it did or did not win.</summary>
/// <param name="PriceList">The list consulted.</param>
/// <param name="Source">The list's kind.</param>
/// <param name="Scope">The list's scope: the customer, node or segment identifier, or empty for list prices.</param>
/// <param name="EntryPath">The entry's path in the book (<c>priceLists[3](GOLD).entries[12](RC0603-10K)</c>), or the list's path when the list as a whole was rejected.</param>
/// <param name="Rejection">Why the candidate lost; <see cref="PriceRejection.None"/> for the winner.</param>
/// <param name="LineAmount">The line amount the candidate would give, when it applied.</param>
/// <param name="TierIndex">The tier the candidate would reach, when it applied; otherwise -1.</param>
/// <remarks>Immutable.</remarks>
public sealed record PriceCandidate(
    PriceListId PriceList,
    PriceSourceKind Source,
    string Scope,
    string EntryPath,
    PriceRejection Rejection,
    Money? LineAmount,
    int TierIndex);
