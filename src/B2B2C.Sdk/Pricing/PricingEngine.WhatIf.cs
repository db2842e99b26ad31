using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace B2B2C.Sdk.Pricing;

/// <content>What-if quotes against a candidate price book.</content>
public sealed partial class PricingEngine
{
    /// <summary>
    /// Quotes a cart under the snapshot in force and under a candidate snapshot, and returns both with the per-line
    /// differences, so a price change can be judged on real carts before it is published. Nothing is published.
    /// </summary>
    /// <param name="context">Who asks.</param>
    /// <param name="lines">The cart's lines.</param>
    /// <param name="candidate">The candidate snapshot, for example from <see cref="PricingSnapshot.WithPriceList(PriceList)"/>.</param>
    /// <param name="at">The moment whose prices apply.</param>
    /// <param name="usage">Promotion usage so far, or <see langword="null"/> for none.</param>
    /// <returns>Both quotes and their differences.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="context"/>, <paramref name="lines"/> or <paramref name="candidate"/> is <see langword="null"/>.</exception>
    public WhatIfResult WhatIf(PricingContext context, IReadOnlyList<CartLine> lines, PricingSnapshot candidate, DateTimeOffset at, PromotionUsage? usage = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(candidate);
        CartQuote current = CartPricing.Quote(Snapshot, context, lines, at.UtcTicks, Rounding, usage);
        CartQuote proposed = CartPricing.Quote(candidate, context, lines, at.UtcTicks, Rounding, usage);
        ImmutableArray<WhatIfLine>.Builder compared = ImmutableArray.CreateBuilder<WhatIfLine>(current.Lines.Length);
        for (int i = 0; i < current.Lines.Length; i++)
        {
            compared.Add(new WhatIfLine(i, current.Lines[i], proposed.Lines[i]));
        }

        return new WhatIfResult(current, proposed, compared.MoveToImmutable());
    }

    /// <summary>Compiles a candidate price book and quotes a cart under it and under the snapshot in force; see <see cref="WhatIf(PricingContext, IReadOnlyList{CartLine}, PricingSnapshot, DateTimeOffset, PromotionUsage?)"/>.</summary>
    /// <param name="context">Who asks.</param>
    /// <param name="lines">The cart's lines.</param>
    /// <param name="candidate">The candidate price book; unchanged lists are reused from the snapshot in force.</param>
    /// <param name="at">The moment whose prices apply.</param>
    /// <returns>Both quotes and their differences.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="PriceBookException">The candidate book does not compile; the exception lists every error.</exception>
    public WhatIfResult WhatIf(PricingContext context, IReadOnlyList<CartLine> lines, PriceBook candidate, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        return WhatIf(context, lines, Snapshot.Recompile(candidate).GetSnapshotOrThrow(), at);
    }
}
