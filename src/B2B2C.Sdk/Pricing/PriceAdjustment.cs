namespace B2B2C.Sdk.Pricing;

/// <summary>One change to a line's amount after its base price, with where it came from and why.</summary>
/// <param name="Kind">The kind of step.</param>
/// <param name="Source">The rule, promotion or list that made it, by identifier.</param>
/// <param name="Amount">The change to the line amount: negative for discounts, positive for surcharges and raises.</param>
/// <param name="Description">A sentence explaining it, for people.</param>
/// <remarks>Immutable.</remarks>
public sealed record PriceAdjustment(PriceAdjustmentKind Kind, string Source, Money Amount, string Description);
