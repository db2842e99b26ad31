using System.Collections.Generic;
using System.Collections.Immutable;

namespace B2B2C.Sdk.Pricing;

/// <summary>
/// What a promotion does, as data: a <see cref="PromotionEffectKind"/> and the parameters that kind reads. Create one
/// with the factory methods (<see cref="PercentOff(decimal)"/>, <see cref="BuyXGetY(int, int, decimal?)"/>, ...).
/// </summary>
/// <remarks>
/// Immutable. Parameters a kind does not read are ignored; the compiler reports missing or invalid ones (PB5xx).
/// Quantities are counted in the unit each line is priced in (pieces for the usual electronic components).
/// </remarks>
public sealed record PromotionEffect
{
    /// <summary>Gets the kind of effect.</summary>
    public required PromotionEffectKind Kind { get; init; }

    /// <summary>
    /// Gets the percentage, 0 to 100: off the lines (<see cref="PromotionEffectKind.PercentOff"/>) or off the "get"
    /// units (<see cref="PromotionEffectKind.BuyXGetY"/>, where <see langword="null"/> means 100: free).
    /// </summary>
    public decimal? Percent { get; init; }

    /// <summary>Gets the amount: off per unit, line or order, the fixed unit price, or the bundle price.</summary>
    public Money? Amount { get; init; }

    /// <summary>Gets the X of buy X get Y: the units to buy.</summary>
    public int? BuyQuantity { get; init; }

    /// <summary>Gets the Y of buy X get Y: the units given free or at <see cref="Percent"/> off.</summary>
    public int? GetQuantity { get; init; }

    /// <summary>Gets the articles of one bundle (<see cref="PromotionEffectKind.BundlePrice"/>).</summary>
    public ImmutableArray<PromotionBundleItem> Items { get; init; } = [];

    /// <summary>Gets the spend tiers (<see cref="PromotionEffectKind.SpendThreshold"/>), in ascending threshold order.</summary>
    public ImmutableArray<PromotionSpendTier> Tiers { get; init; } = [];

    /// <summary>Gets whether the effect is applied to the whole cart after rounding rather than line by line.</summary>
    public bool IsCartLevel => Kind is PromotionEffectKind.SpendThreshold or PromotionEffectKind.AmountOffPerOrder;

    /// <summary>Creates a percentage off the targeted lines.</summary>
    /// <param name="percent">The percentage, 0 to 100.</param>
    /// <returns>The effect.</returns>
    public static PromotionEffect PercentOff(decimal percent) => new() { Kind = PromotionEffectKind.PercentOff, Percent = percent };

    /// <summary>Creates an amount off every unit of the targeted lines.</summary>
    /// <param name="amount">The amount per unit.</param>
    /// <returns>The effect.</returns>
    public static PromotionEffect AmountOffPerUnit(Money amount) => new() { Kind = PromotionEffectKind.AmountOffPerUnit, Amount = amount };

    /// <summary>Creates an amount off each targeted line.</summary>
    /// <param name="amount">The amount per line.</param>
    /// <returns>The effect.</returns>
    public static PromotionEffect AmountOffPerLine(Money amount) => new() { Kind = PromotionEffectKind.AmountOffPerLine, Amount = amount };

    /// <summary>Creates an amount off the order, taken from the targeted lines after rounding.</summary>
    /// <param name="amount">The amount per order.</param>
    /// <returns>The effect.</returns>
    public static PromotionEffect AmountOffPerOrder(Money amount) => new() { Kind = PromotionEffectKind.AmountOffPerOrder, Amount = amount };

    /// <summary>Creates a fixed price per unit of the targeted lines.</summary>
    /// <param name="unitPrice">The price of one unit.</param>
    /// <returns>The effect.</returns>
    public static PromotionEffect FixedUnitPrice(Money unitPrice) => new() { Kind = PromotionEffectKind.FixedUnitPrice, Amount = unitPrice };

    /// <summary>Creates a buy X get Y effect over the units of the targeted lines, repeated as often as the cart allows.</summary>
    /// <param name="buy">The units to buy, X.</param>
    /// <param name="get">The units given, Y.</param>
    /// <param name="percent">The percentage off the given units; <see langword="null"/> for free.</param>
    /// <returns>The effect.</returns>
    public static PromotionEffect BuyXGetY(int buy, int get, decimal? percent = null)
        => new() { Kind = PromotionEffectKind.BuyXGetY, BuyQuantity = buy, GetQuantity = get, Percent = percent };

    /// <summary>Creates a bundle price: the set of items for a fixed price, as many times as the cart holds the set.</summary>
    /// <param name="price">The price of one bundle.</param>
    /// <param name="items">The articles of one bundle.</param>
    /// <returns>The effect.</returns>
    public static PromotionEffect BundlePrice(Money price, IEnumerable<PromotionBundleItem> items)
        => new() { Kind = PromotionEffectKind.BundlePrice, Amount = price, Items = [.. items] };

    /// <summary>Creates spend-threshold tiers: the highest tier the targeted lines' net subtotal reaches applies.</summary>
    /// <param name="tiers">The tiers, in ascending threshold order.</param>
    /// <returns>The effect.</returns>
    public static PromotionEffect SpendThreshold(IEnumerable<PromotionSpendTier> tiers)
        => new() { Kind = PromotionEffectKind.SpendThreshold, Tiers = [.. tiers] };
}
