namespace B2B2C.Sdk.Pricing;

/// <summary>The outcome of replaying a <see cref="PriceProof"/>.</summary>
/// <param name="Matches">Whether the recomputed price has the same hash as the proof.</param>
/// <param name="Reason">Why it does not match, or <see langword="null"/>.</param>
/// <param name="Recomputed">The proof recomputed now, when the snapshot matched.</param>
/// <remarks>Immutable.</remarks>
public sealed record PriceReplay(bool Matches, string? Reason, PriceProof? Recomputed);
