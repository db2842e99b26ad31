namespace B2B2C.Sdk.Pricing;

/// <summary>
/// The price floor of a book: no cart line is sold below its cost plus a minimum margin, unless its price comes from a
/// list that allows it (<see cref="PriceList.AllowBelowFloor"/>, for contracts).
/// </summary>
/// <param name="MinimumMarginPercent">
/// The minimum margin as a percentage of the cost (a markup on cost, not a share of the price): with a cost of 1.00 and
/// 8, the floor is 1.08 per unit. Zero or more.
/// </param>
/// <remarks>
/// Immutable. The floor of a line is <c>cost × quantity in the base unit × (1 + MinimumMarginPercent / 100)</c>, using
/// <see cref="PricedProduct.Cost"/>; articles without a cost, or with a cost in another currency than the cart (reported
/// as a <see cref="QuoteWarning"/>), have no floor.
/// </remarks>
public sealed record FloorPolicy(decimal MinimumMarginPercent);
