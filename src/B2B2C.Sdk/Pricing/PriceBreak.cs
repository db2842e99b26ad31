namespace B2B2C.Sdk.Pricing;

/// <summary>The next step of the winning ladder: how much more to buy to reach it, and what it saves.</summary>
/// <param name="MinQuantity">The quantity at which the next tier starts, in the entry's unit.</param>
/// <param name="AdditionalQuantity">How much more than the priced quantity that is.</param>
/// <param name="Price">The next tier's price per basis.</param>
/// <param name="SavingPerBasis">How much less per basis the next tier costs than the current one.</param>
/// <remarks>Immutable.</remarks>
public sealed record PriceBreak(Quantity MinQuantity, Quantity AdditionalQuantity, UnitPrice Price, Money SavingPerBasis);
