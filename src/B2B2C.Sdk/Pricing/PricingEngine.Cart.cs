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

    /// <summary>Quotes a cart now (by the engine's clock); see <see cref="QuoteCart(PricingContext, IReadOnlyList{CartLine}, DateTimeOffset)"/>.</summary>
    /// <param name="context">Who asks.</param>
    /// <param name="lines">The lines, in order.</param>
    /// <returns>The quote.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="context"/> or <paramref name="lines"/> is <see langword="null"/>.</exception>
    public CartQuote QuoteCart(PricingContext context, IReadOnlyList<CartLine> lines)
        => QuoteCart(context, lines, _timeProvider.GetUtcNow());
}
