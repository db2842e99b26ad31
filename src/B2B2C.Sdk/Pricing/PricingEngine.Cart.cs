using System;
using System.Collections.Generic;

namespace B2B2C.Sdk.Pricing;

/// <content>Cart and bill-of-materials quotes.</content>
public sealed partial class PricingEngine
{
    /// <summary>
    /// Quotes a cart or bill of materials for an asker at a moment: each line's base price (with tiers counted across
    /// a product family where the book says so), every adjustment, line amounts rounded to the minor unit, and totals
    /// that are exactly the sum of the lines.
    /// </summary>
    /// <param name="context">Who asks.</param>
    /// <param name="lines">The lines, in order.</param>
    /// <param name="at">The moment whose prices apply.</param>
    /// <returns>The quote; lines without a price are included with their status and a zero amount.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="context"/> or <paramref name="lines"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A line is null or has a default SKU.</exception>
    public CartQuote QuoteCart(PricingContext context, IReadOnlyList<CartLine> lines, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(lines);
        return CartPricing.Quote(Snapshot, context, lines, at.UtcTicks, Rounding);
    }

    /// <summary>
    /// Quotes a cart as <see cref="QuoteCart(PricingContext, IReadOnlyList{CartLine}, DateTimeOffset)"/> does, with the
    /// promotions' usage so far: promotions whose usage limit is reached or whose budget is spent do not apply, and a
    /// budget caps what a promotion gives.
    /// </summary>
    /// <param name="context">Who asks.</param>
    /// <param name="lines">The lines, in order.</param>
    /// <param name="at">The moment whose prices and promotions apply.</param>
    /// <param name="usage">The promotions' usage and budget spent so far.</param>
    /// <returns>The quote, with the applied promotions and the near misses.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="context"/>, <paramref name="lines"/> or <paramref name="usage"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A line is null or has a default SKU.</exception>
    /// <remarks>The quote records no use: the caller updates its usage when the order is placed, from <see cref="CartQuote.Promotions"/>.</remarks>
    public CartQuote QuoteCart(PricingContext context, IReadOnlyList<CartLine> lines, DateTimeOffset at, PromotionUsage usage)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(usage);
        return CartPricing.Quote(Snapshot, context, lines, at.UtcTicks, Rounding, usage);
    }

    /// <summary>Quotes a cart now (by the engine's clock); see <see cref="QuoteCart(PricingContext, IReadOnlyList{CartLine}, DateTimeOffset)"/>.</summary>
    /// <param name="context">Who asks.</param>
    /// <param name="lines">The lines, in order.</param>
    /// <returns>The quote.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="context"/> or <paramref name="lines"/> is <see langword="null"/>.</exception>
    public CartQuote QuoteCart(PricingContext context, IReadOnlyList<CartLine> lines)
        => QuoteCart(context, lines, _timeProvider.GetUtcNow());
}
