using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace B2B2C.Sdk.Pricing;

/// <summary>Builds results from resolution outcomes and runs the cart steps in their fixed order.</summary>
internal static class CartPricing
{
    /// <summary>The cart steps, in order. Rounding comes after every line-level step and before cart-level allocations, so allocations work in whole minor units.</summary>
    private static readonly ICartStep[] s_steps =
    [
        new FamilyTierStep(),
        new SegmentDiscountStep(),
        new QuantityDiscountStep(),
        new PromotionStep(),
        new SurchargeStep(),
        new FloorStep(),
        new CorridorStep(),
        new PriceEndingStep(),
        new RoundingStep(),

        // Cart-level promotions, allocated to lines in whole minor units, then tax on the final net amounts.
        new CartPromotionStep(),
        new TaxStep(),
    ];

    internal static PriceResult ToResult(Outcome outcome, Currency currency, long sequence, MidpointRounding rounding, bool quantityRejected = false)
    {
        if (outcome.Entry is not CompiledEntry entry)
        {
            return PriceResult.Unpriced(quantityRejected ? PriceStatus.QuantityNotAccepted : PriceStatus.NoPrice, sequence);
        }

        var line = new Money(outcome.Line, currency);
        UnitPrice unitPrice = entry.TierKind == TierKind.Volume || outcome.Value == 0m
            ? new UnitPrice(new Money(entry.Tiers[outcome.Tier].Price, currency), entry.BasisQuantity)
            : new UnitPrice(line, new Quantity(outcome.Value, entry.Unit));
        return new PriceResult(
            PriceStatus.Priced,
            unitPrice,
            line,
            line.RoundToMinorUnit(rounding),
            new Quantity(outcome.Value, entry.Unit),
            entry.List.Kind,
            entry.List.Source.Id,
            outcome.Tier,
            sequence);
    }

    internal static CartQuote Quote(PricingSnapshot snapshot, PricingContext context, IReadOnlyList<CartLine> lines, long atTicks, MidpointRounding rounding, PromotionUsage? usage = null)
    {
        ContextBinding binding = context.Bind(snapshot);
        var work = new LineWork[lines.Count];
        for (int i = 0; i < work.Length; i++)
        {
            CartLine request = lines[i] ?? throw new ArgumentException($"Cart line {i} is null.", nameof(lines));
            string sku = request.Sku.Value ?? throw new ArgumentException($"Cart line {i} has a default SKU.", nameof(lines));
            Outcome outcome = PriceResolver.Resolve(binding, sku, request.Quantity, atTicks, null, out bool quantityRejected);
            work[i] = new LineWork(i, request)
            {
                Outcome = outcome,
                Base = ToResult(outcome, context.Currency, snapshot.Sequence, rounding, quantityRejected),
                Net = outcome.Line,
                Product = snapshot.Products.GetValueOrDefault(sku),
            };
        }

        var cart = new CartWork(snapshot, binding, context, atTicks, rounding, work) { Usage = usage ?? PromotionUsage.None };
        foreach (ICartStep step in s_steps)
        {
            step.Apply(cart);
        }

        Currency currency = context.Currency;
        ImmutableArray<QuotedLine>.Builder quoted = ImmutableArray.CreateBuilder<QuotedLine>(work.Length);
        decimal net = 0m;
        decimal tax = 0m;
        bool complete = true;
        foreach (LineWork line in work)
        {
            bool priced = line.IsPriced;
            complete &= priced;
            var quotedLine = new QuotedLine
            {
                Index = line.Index,
                Sku = line.Request.Sku,
                Quantity = line.Request.Quantity,
                BasePrice = line.Base,
                Adjustments = [.. line.Adjustments],
                NetAmount = new Money(priced ? line.Net : 0m, currency),
                TaxAmount = new Money(priced ? line.Tax : 0m, currency),
                TaxRate = priced ? line.TaxRate : null,
            };
            net += quotedLine.NetAmount.Amount;
            tax += quotedLine.TaxAmount.Amount;
            quoted.Add(quotedLine);
        }

        return new CartQuote
        {
            SnapshotVersion = snapshot.Version,
            SnapshotSequence = snapshot.Sequence,
            Currency = currency,
            Lines = quoted.MoveToImmutable(),
            CartAdjustments = [.. cart.CartAdjustments],
            NetTotal = new Money(net, currency),
            TaxTotal = new Money(tax, currency),
            IsComplete = complete,
            PriceDisplay = context.PriceDisplay,
            Warnings = [.. cart.Warnings],
            Promotions = cart.Promotions?.Applied.ToImmutableArray() ?? [],
            NearMisses = cart.Promotions?.NearMisses.ToImmutableArray() ?? [],
        };
    }
}
