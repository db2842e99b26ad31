using System;
using System.Collections.Generic;

namespace B2B2C.Sdk.Pricing;

/// <summary>The mutable working state of one cart quote, passed through the cart steps in order; never shared.</summary>
internal sealed class CartWork(PricingSnapshot snapshot, ContextBinding binding, PricingContext context, long atTicks, MidpointRounding rounding, LineWork[] lines)
{
    internal PricingSnapshot Snapshot { get; } = snapshot;

    internal ContextBinding Binding { get; } = binding;

    internal PricingContext Context { get; } = context;

    internal long AtTicks { get; } = atTicks;

    internal MidpointRounding Rounding { get; } = rounding;

    internal LineWork[] Lines { get; } = lines;

    internal List<PriceAdjustment> CartAdjustments { get; } = [];

    internal List<QuoteWarning> Warnings { get; } = [];

    internal Currency Currency => Context.Currency;

    /// <summary>Gets the promotion usage the caller passed in.</summary>
    internal PromotionUsage Usage { get; init; } = PromotionUsage.None;

    /// <summary>Gets or sets the promotions chosen by <see cref="PromotionStep"/>, read by <see cref="CartPromotionStep"/>.</summary>
    internal PromotionPlan? Promotions { get; set; }
}

/// <summary>The working state of one cart line: the resolved entry, the exact net amount so far and its adjustments.</summary>
internal sealed class LineWork(int index, CartLine request)
{
    internal int Index { get; } = index;

    internal CartLine Request { get; } = request;

    internal Outcome Outcome { get; set; }

    internal PriceResult Base { get; set; }

    internal bool IsPriced => Base.IsPriced;

    /// <summary>Gets or sets the exact net line amount after the steps applied so far.</summary>
    internal decimal Net { get; set; }

    /// <summary>Gets or sets the tax on the rounded net amount.</summary>
    internal decimal Tax { get; set; }

    internal List<PriceAdjustment> Adjustments { get; } = [];

    internal PricedProduct? Product { get; set; }

    /// <summary>Gets or sets the lowest exact net amount the floor and corridor allow; zero when neither bounds the line.</summary>
    internal decimal Minimum { get; set; }

    /// <summary>Gets or sets the gross line amount fixed by a price ending in a gross display, or <see langword="null"/>.</summary>
    internal decimal? FixedGross { get; set; }

    /// <summary>Gets or sets the tax rate applied, or <see langword="null"/> when no tax was computed.</summary>
    internal decimal? TaxRate { get; set; }

    /// <summary>
    /// Orders lines canonically, whatever their order in the request: SKU (ordinal), priced quantity, net amount,
    /// requested unit and quantity, then position. Only lines identical in SKU and requested quantity, which are
    /// interchangeable, are left to their position.
    /// </summary>
    internal static int CompareCanonical(LineWork left, LineWork right)
    {
        int order = string.CompareOrdinal(left.Request.Sku.Value, right.Request.Sku.Value);
        if (order == 0)
        {
            order = left.Outcome.Value.CompareTo(right.Outcome.Value);
        }

        if (order == 0)
        {
            order = left.Net.CompareTo(right.Net);
        }

        if (order == 0)
        {
            order = CompareRequested(left.Request.Quantity, right.Request.Quantity);
        }

        return order != 0 ? order : left.Index.CompareTo(right.Index);
    }

    /// <summary>Orders two requested quantities of lines that price alike (1 box of 10 against 10 pieces): by unit (ordinal, as written), then by value.</summary>
    private static int CompareRequested(Quantity left, Quantity right)
    {
        if (left.Unit != right.Unit)
        {
            int byUnit = string.CompareOrdinal(left.Unit.ToString(), right.Unit.ToString());
            if (byUnit != 0)
            {
                return byUnit;
            }
        }

        return left.Value.CompareTo(right.Value);
    }
}

/// <summary>One step of a cart quote (base prices, family tiers, discounts, promotions, floors, rounding, tax).</summary>
internal interface ICartStep
{
    void Apply(CartWork work);
}
