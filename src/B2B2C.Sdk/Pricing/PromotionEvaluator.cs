using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;

namespace B2B2C.Sdk.Pricing;

/// <summary>
/// Evaluates promotions on one cart: which are admissible for the asker, what each effect takes off which line, and
/// what a whole combination gives, simulated exactly as the cart steps would apply it (line-level effects on the exact
/// amounts, rounding, then cart-level effects on the rounded amounts).
/// </summary>
/// <remarks>
/// Lines are kept in a canonical order that does not depend on the request order (SKU, priced quantity, net amount,
/// requested unit and quantity, then position), and every effect treats equal lines alike, so a quote does not depend
/// on the order of its lines. Where a minor unit has to go to one of several equal lines (the remainder of a
/// cart-level allocation, the last share of a capped budget), the canonical order decides; the position only
/// separates lines identical in SKU and requested quantity, which are interchangeable: the earlier of them in the
/// request comes first.
/// </remarks>
internal sealed class PromotionEvaluator
{
    private readonly CartWork _work;

    /// <summary>The start amounts rounded as the rounding step will, computed once when first needed.</summary>
    private decimal[]? _startRounded;

    // Buffers reused by every evaluation of a combination, so that the search allocates nothing per evaluation.
    private decimal[]? _nets;
    private decimal[]? _rounded;
    private decimal[]? _raw;
    private decimal[]? _ratios;
    private Money[]? _allocated;

    internal PromotionEvaluator(CartWork work, LineWork[]? lines = null)
    {
        _work = work;
        Lines = lines ?? CanonicalLines(work.Lines);
        var starts = new decimal[Lines.Length];
        for (int i = 0; i < starts.Length; i++)
        {
            starts[i] = Lines[i].Net;
        }

        StartNets = starts;
        MinorUnit = 1m / DecimalPow10(work.Currency.MinorUnit ?? 0);
    }

    internal CartWork Work => _work;

    internal LineWork[] Lines { get; }

    internal decimal[] StartNets { get; }

    internal decimal MinorUnit { get; }

    private decimal[] StartRounded => _startRounded ??= RoundAll(StartNets);

    // ----- Admission ------------------------------------------------------------------------------------------

    /// <summary>Returns the candidate when the promotion is admissible for the asker, or a near miss when it targets a line but is not; <see langword="null"/> for both when it targets nothing in the cart or has ended.</summary>
    internal PromotionCandidate? Admit(Promotion promotion, out PromotionNearMiss? nearMiss)
    {
        nearMiss = null;
        bool[] targeted = Targets(promotion);
        if (Array.IndexOf(targeted, true) < 0)
        {
            return null;
        }

        if (promotion.ValidTo is DateTimeOffset to && _work.AtTicks >= to.UtcTicks)
        {
            return null;
        }

        PromotionTarget target = promotion.Target ?? new PromotionTarget();
        PricingContext context = _work.Context;
        string? reason = null;
        PromotionNearMissReason kind = PromotionNearMissReason.NoDiscount;
        if (promotion.ValidFrom is DateTimeOffset from && _work.AtTicks < from.UtcTicks)
        {
            (kind, reason) = (PromotionNearMissReason.NotStarted, $"starts {from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}");
        }
        else if (Currencies(promotion).FirstOrDefault(c => c != context.Currency) is Currency other && other != default)
        {
            (kind, reason) = (PromotionNearMissReason.Currency, $"only for carts in {other.Code}");
        }
        else if (!Empty(target.Channels) && !(context.Channel is ChannelId channel && target.Channels.Contains(channel)))
        {
            (kind, reason) = (PromotionNearMissReason.Channel, $"only on channel {Join(target.Channels.Select(c => c.Value))}");
        }
        else if (!Empty(target.Segments) && !(context.Segment is SegmentId segment && target.Segments.Contains(segment)))
        {
            (kind, reason) = (PromotionNearMissReason.Segment, $"only for segment {Join(target.Segments.Select(s => s.Value))}");
        }
        else if (!Empty(target.Nodes) && !InNodes(target.Nodes, context))
        {
            (kind, reason) = (PromotionNearMissReason.Node, $"only for customers of {Join(target.Nodes.Select(n => n.Value))}");
        }
        else if (!Empty(target.Customers) && !(context.Customer is CustomerId customer && target.Customers.Contains(customer)))
        {
            (kind, reason) = (PromotionNearMissReason.Customer, "only for selected customers");
        }
        else if (promotion.MaxUses is int max && _work.Usage.UsesOf(promotion.Id) >= max)
        {
            (kind, reason) = (PromotionNearMissReason.UsageLimit, $"usage limit of {max} reached");
        }
        else if (promotion.MaxUsesPerCustomer is int perCustomer && context.Customer is null)
        {
            (kind, reason) = (PromotionNearMissReason.Customer, "only for identified customers");
        }
        else if (promotion.MaxUsesPerCustomer is int limit && context.Customer is CustomerId asker && _work.Usage.UsesOf(promotion.Id, asker) >= limit)
        {
            (kind, reason) = (PromotionNearMissReason.CustomerUsageLimit, $"already used {limit} time(s), the limit per customer");
        }

        decimal? remaining = null;
        if (reason is null && promotion.Budget is Money budget)
        {
            remaining = budget.Amount - (_work.Usage.SpentOf(promotion.Id)?.Amount ?? 0m);
            if (remaining <= 0m)
            {
                (kind, reason) = (PromotionNearMissReason.BudgetExhausted, "budget exhausted");
            }
        }

        if (reason is not null)
        {
            nearMiss = new PromotionNearMiss { Promotion = promotion.Id, Reason = kind, Message = reason };
            return null;
        }

        return new PromotionCandidate(promotion, targeted, remaining);
    }

    /// <summary>Explains why an admissible promotion gives nothing alone: the spend or units missing, or no discount.</summary>
    internal PromotionNearMiss ExplainNoDiscount(PromotionCandidate candidate)
    {
        PromotionEffect effect = candidate.Effect;
        PromotionId id = candidate.Source.Id;
        switch (effect.Kind)
        {
            case PromotionEffectKind.SpendThreshold:
                decimal subtotal = Subtotal(candidate, RoundAll([.. Lines.Select(line => line.Net)]));
                PromotionSpendTier? lowest = effect.Tiers.Where(t => t.Threshold.Amount > subtotal).OrderBy(t => t.Threshold.Amount).FirstOrDefault();
                if (lowest is not null)
                {
                    var shortfall = new Money(lowest.Threshold.Amount - subtotal, _work.Currency);
                    return new PromotionNearMiss
                    {
                        Promotion = id,
                        Reason = PromotionNearMissReason.SpendMore,
                        Message = $"spend {Show(shortfall)} more",
                        Shortfall = shortfall,
                    };
                }

                break;
            case PromotionEffectKind.BuyXGetY when effect.BuyQuantity is int buy:
                decimal units = 0m;
                var skus = new SortedSet<string>(StringComparer.Ordinal);
                for (int i = 0; i < Lines.Length; i++)
                {
                    if (candidate.Targeted[i])
                    {
                        units += decimal.Floor(Math.Max(0m, Lines[i].Outcome.Value));
                        skus.Add(Lines[i].Request.Sku.Value);
                    }
                }

                decimal need = buy + 1 - units;
                if (need > 0m)
                {
                    Sku? sku = skus.Count == 1 ? new Sku(skus.Min!) : null;
                    return AddMore(id, need, sku);
                }

                break;
            case PromotionEffectKind.BundlePrice:
                foreach (PromotionBundleItem item in effect.Items.OrderBy(i => i.Sku.Value, StringComparer.Ordinal))
                {
                    decimal available = Lines.Where(l => l.Request.Sku == item.Sku).Sum(l => Math.Max(0m, l.Outcome.Value));
                    if (available < item.Quantity)
                    {
                        return AddMore(id, item.Quantity - available, item.Sku);
                    }
                }

                break;
            default:
                break;
        }

        return new PromotionNearMiss { Promotion = id, Reason = PromotionNearMissReason.NoDiscount, Message = "gives no discount on this cart" };
    }

    private static PromotionNearMiss AddMore(PromotionId id, decimal need, Sku? sku)
        => new()
        {
            Promotion = id,
            Reason = PromotionNearMissReason.AddQuantity,
            Message = string.Create(CultureInfo.InvariantCulture, $"add {need} more of {(sku is Sku s ? s.Value : "the promotion's articles")}"),
            MissingQuantity = need,
            MissingSku = sku,
        };

    private bool[] Targets(Promotion promotion)
    {
        var targeted = new bool[Lines.Length];
        PromotionEffect? effect = promotion.Effect;
        if (effect is null)
        {
            return targeted;
        }

        PromotionTarget target = promotion.Target ?? new PromotionTarget();
        bool everything = Empty(target.Skus) && Empty(target.Categories) && Empty(target.Families);
        for (int i = 0; i < Lines.Length; i++)
        {
            LineWork line = Lines[i];
            if (effect.Kind == PromotionEffectKind.BundlePrice)
            {
                targeted[i] = !effect.Items.IsDefault && effect.Items.Any(item => item.Sku == line.Request.Sku);
                continue;
            }

            targeted[i] = everything
                || (!Empty(target.Skus) && target.Skus.Contains(line.Request.Sku))
                || (line.Product is PricedProduct product
                    && ((!Empty(target.Families) && product.Family is string family && target.Families.Contains(family, StringComparer.Ordinal))
                        || (!Empty(target.Categories) && !product.Categories.IsDefault && AnyCategory(product.Categories, target.Categories))));
        }

        return targeted;
    }

    private static bool AnyCategory(ImmutableArray<string> categories, ImmutableArray<string> targets)
    {
        foreach (string category in categories)
        {
            if (targets.Contains(category, StringComparer.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Orders the priced lines canonically: SKU (ordinal), priced quantity, net amount, requested unit and quantity, then position.</summary>
    private static LineWork[] CanonicalLines(LineWork[] lines)
    {
        int count = 0;
        foreach (LineWork line in lines)
        {
            if (line.IsPriced)
            {
                count++;
            }
        }

        var priced = new LineWork[count];
        count = 0;
        foreach (LineWork line in lines)
        {
            if (line.IsPriced)
            {
                priced[count++] = line;
            }
        }

        // The position breaks every tie, so the order is total and an unstable sort gives the same order as a stable one.
        // Lines already in that order (a bill of materials sorted by article) skip the sort.
        for (int i = 1; i < priced.Length; i++)
        {
            if (LineWork.CompareCanonical(priced[i - 1], priced[i]) > 0)
            {
                Array.Sort(priced, LineWork.CompareCanonical);
                break;
            }
        }

        return priced;
    }

    private bool InNodes(ImmutableArray<HierarchyNodeId> targets, PricingContext context)
    {
        foreach (HierarchyNodeId node in context.Nodes.IsDefault ? [] : context.Nodes)
        {
            ImmutableArray<string> chain = _work.Snapshot.Nodes.TryGetValue(node.Value, out NodeInfo? info) ? info.Chain : [node.Value];
            if (chain.Any(id => targets.Any(t => string.Equals(t.Value, id, StringComparison.Ordinal))))
            {
                return true;
            }
        }

        return false;
    }

    internal static IEnumerable<Currency> Currencies(Promotion promotion)
    {
        if (promotion.Budget is Money budget)
        {
            yield return budget.Currency;
        }

        if (promotion.Effect is not PromotionEffect effect)
        {
            yield break;
        }

        if (effect.Amount is Money amount)
        {
            yield return amount.Currency;
        }

        foreach (PromotionSpendTier tier in effect.Tiers.IsDefault ? [] : effect.Tiers)
        {
            yield return tier.Threshold.Currency;
            if (tier.Amount is Money tierAmount)
            {
                yield return tierAmount.Currency;
            }
        }
    }

    // ----- Simulation -----------------------------------------------------------------------------------------

    /// <summary>Returns the total discount of a combination: the rounded total before promotions minus the rounded total after.</summary>
    internal decimal Evaluate(IReadOnlyList<PromotionCandidate> combination)
    {
        PromotionCandidate[] ordered = [.. combination];
        Array.Sort(ordered, PromotionCandidate.CompareForApplication);

        // Only the targeted lines change, so the discount is tracked as the change of the rounded amounts of those lines:
        // with exact decimal sums this equals the rounded total before minus the rounded total after.
        int count = StartNets.Length;
        decimal[] nets = _nets ??= new decimal[count];
        Array.Copy(StartNets, nets, count);
        decimal[] rounded = _rounded ??= new decimal[count];
        Array.Copy(StartRounded, rounded, count);
        decimal[] raw = _raw ??= new decimal[count];
        Currency currency = _work.Currency;
        MidpointRounding rounding = _work.Rounding;
        decimal discount = 0m;
        int lastCartLevel = -1;
        for (int k = 0; k < ordered.Length; k++)
        {
            PromotionCandidate candidate = ordered[k];
            if (candidate.IsCartLevel)
            {
                lastCartLevel = k;
                continue;
            }

            LineDiscounts(candidate, nets, raw, out _, out _);
            foreach (int i in candidate.Indexes)
            {
                nets[i] -= raw[i];
                decimal after = new Money(nets[i], currency).RoundToMinorUnit(rounding).Amount;
                discount += rounded[i] - after;
                rounded[i] = after;
            }
        }

        for (int k = 0; k <= lastCartLevel; k++)
        {
            PromotionCandidate candidate = ordered[k];
            if (!candidate.IsCartLevel)
            {
                continue;
            }

            if (k == lastCartLevel)
            {
                // The allocated parts add up exactly to the discount, so the last one needs no allocation.
                decimal total = CartDiscountAmount(candidate, rounded, out _);
                discount += total > 0m ? total : 0m;
                break;
            }

            CartDiscounts(candidate, rounded, raw, out _);
            for (int i = 0; i < count; i++)
            {
                rounded[i] -= raw[i];
                discount += raw[i];
            }
        }

        return discount;
    }

    /// <summary>Returns an upper bound of what a promotion can add to any combination: its discount alone, or for spend thresholds the largest tier it could give.</summary>
    internal decimal UpperBound(PromotionCandidate candidate)
    {
        if (candidate.Effect.Kind != PromotionEffectKind.SpendThreshold)
        {
            return candidate.Solo;
        }

        decimal subtotal = Subtotal(candidate, StartRounded);
        decimal bound = 0m;
        foreach (PromotionSpendTier tier in candidate.Effect.Tiers.Where(t => t.Threshold.Amount <= subtotal))
        {
            decimal value = tier.Percent is decimal percent ? subtotal * percent / 100m : tier.Amount?.Amount ?? 0m;
            bound = Math.Max(bound, Math.Min(value + MinorUnit, subtotal));
        }

        return Math.Max(bound, candidate.Solo);
    }

    /// <summary>What a line-level promotion takes off each line, given the running exact amounts; never more than a line's amount, capped by the budget left.</summary>
    internal decimal[] LineDiscounts(PromotionCandidate candidate, decimal[] nets, out bool clamped, out bool capped)
    {
        var raw = new decimal[nets.Length];
        LineDiscounts(candidate, nets, raw, out clamped, out capped);
        return raw;
    }

    /// <summary>Writes what a line-level promotion takes off each line into <paramref name="raw"/>, which it clears first.</summary>
    private void LineDiscounts(PromotionCandidate candidate, decimal[] nets, decimal[] raw, out bool clamped, out bool capped)
    {
        PromotionEffect effect = candidate.Effect;
        Array.Clear(raw);
        decimal amount = effect.Amount?.Amount ?? 0m;
        int[] targeted = candidate.Indexes;
        switch (effect.Kind)
        {
            case PromotionEffectKind.PercentOff:
                decimal percent = effect.Percent ?? 0m;
                foreach (int i in targeted)
                {
                    raw[i] = nets[i] * percent / 100m;
                }

                break;
            case PromotionEffectKind.AmountOffPerUnit:
                foreach (int i in targeted)
                {
                    raw[i] = amount * Lines[i].Outcome.Value;
                }

                break;
            case PromotionEffectKind.AmountOffPerLine:
                foreach (int i in targeted)
                {
                    raw[i] = amount;
                }

                break;
            case PromotionEffectKind.FixedUnitPrice:
                foreach (int i in targeted)
                {
                    raw[i] = Math.Max(0m, nets[i] - (amount * Lines[i].Outcome.Value));
                }

                break;
            case PromotionEffectKind.BuyXGetY:
                BuyXGetY(candidate, nets, raw);
                break;
            case PromotionEffectKind.BundlePrice:
                Bundle(candidate, nets, raw);
                break;
            default:
                break;
        }

        // Untargeted lines are zero and stay zero, so only the targeted ones are clamped.
        clamped = false;
        decimal total = 0m;
        foreach (int i in targeted)
        {
            decimal limit = Math.Max(0m, nets[i]);
            if (raw[i] > limit)
            {
                raw[i] = limit;
                clamped = true;
            }

            raw[i] = Math.Max(0m, raw[i]);
            total += raw[i];
        }

        capped = false;
        if (candidate.RemainingBudget is decimal left && total > left)
        {
            capped = true;
            int last = Array.FindLastIndex(raw, d => d > 0m);
            decimal given = 0m;
            for (int i = 0; i < last; i++)
            {
                raw[i] = raw[i] * left / total;
                given += raw[i];
            }

            raw[last] = Math.Max(0m, Math.Min(raw[last], left - given));
        }
    }

    private void BuyXGetY(PromotionCandidate candidate, decimal[] nets, decimal[] raw)
    {
        PromotionEffect effect = candidate.Effect;
        if (effect.BuyQuantity is not int buy || effect.GetQuantity is not int get || buy < 1 || get < 1)
        {
            return;
        }

        decimal units = 0m;
        foreach (int i in candidate.Indexes)
        {
            units += Units(i);
        }

        decimal group = buy + get;
        decimal free = (decimal.Floor(units / group) * get) + Math.Max(0m, (units % group) - buy);
        decimal percent = effect.Percent ?? 100m;

        // The cheapest units are given; lines of one unit price share their level's free units by their units.
        IEnumerable<IGrouping<decimal, int>> levels = candidate.Indexes
            .Where(i => Units(i) > 0m)
            .GroupBy(i => nets[i] / Lines[i].Outcome.Value)
            .OrderBy(level => level.Key);
        foreach (IGrouping<decimal, int> level in levels)
        {
            if (free <= 0m)
            {
                break;
            }

            decimal levelUnits = level.Sum(Units);
            decimal taken = Math.Min(free, levelUnits);
            decimal discount = taken * level.Key * percent / 100m;
            foreach (int i in level)
            {
                raw[i] = discount * Units(i) / levelUnits;
            }

            free -= taken;
        }
    }

    private void Bundle(PromotionCandidate candidate, decimal[] nets, decimal[] raw)
    {
        PromotionEffect effect = candidate.Effect;
        if (effect.Items.IsDefaultOrEmpty || effect.Amount is not Money price)
        {
            return;
        }

        decimal bundles = decimal.MaxValue;
        var pools = new List<(PromotionBundleItem Item, int[] Lines, decimal Net, decimal Value)>();
        foreach (PromotionBundleItem item in effect.Items)
        {
            int[] pool = [.. Enumerable.Range(0, Lines.Length).Where(i => Lines[i].Request.Sku == item.Sku && Lines[i].Outcome.Value > 0m)];
            decimal value = pool.Sum(i => Lines[i].Outcome.Value);
            decimal net = pool.Sum(i => nets[i]);
            if (item.Quantity <= 0m || value <= 0m)
            {
                return;
            }

            bundles = Math.Min(bundles, decimal.Floor(value / item.Quantity));
            pools.Add((item, pool, net, value));
        }

        decimal regular = pools.Sum(p => p.Item.Quantity * p.Net / p.Value);
        decimal each = regular - price.Amount;
        if (bundles <= 0m || each <= 0m)
        {
            return;
        }

        decimal total = bundles * each;
        foreach ((PromotionBundleItem item, int[] pool, decimal net, decimal value) in pools)
        {
            decimal share = total * (item.Quantity * net / value) / regular;
            foreach (int i in pool)
            {
                raw[i] = net > 0m ? share * nets[i] / net : 0m;
            }
        }
    }

    /// <summary>What a cart-level promotion takes off each line, given the rounded amounts: whole minor units, allocated with <see cref="Money.Allocate(ReadOnlySpan{decimal})"/> by the lines' amounts.</summary>
    internal decimal[] CartDiscounts(PromotionCandidate candidate, decimal[] rounded, out bool capped)
    {
        var parts = new decimal[rounded.Length];
        CartDiscounts(candidate, rounded, parts, out capped);
        return parts;
    }

    /// <summary>Writes what a cart-level promotion takes off each line into <paramref name="parts"/>, which it clears first.</summary>
    private void CartDiscounts(PromotionCandidate candidate, decimal[] rounded, decimal[] parts, out bool capped)
    {
        Array.Clear(parts);
        decimal discount = CartDiscountAmount(candidate, rounded, out capped);
        if (discount <= 0m)
        {
            return;
        }

        decimal[] ratios = _ratios ??= new decimal[rounded.Length];
        bool[] targeted = candidate.Targeted;
        for (int i = 0; i < ratios.Length; i++)
        {
            ratios[i] = targeted[i] ? Math.Max(0m, rounded[i]) : 0m;
        }

        Money[] allocated = _allocated ??= new Money[rounded.Length];
        new Money(discount, _work.Currency).Allocate(ratios, allocated);
        for (int i = 0; i < parts.Length; i++)
        {
            parts[i] = allocated[i].Amount;
        }
    }

    /// <summary>Returns the whole discount a cart-level promotion gives on the rounded amounts, before allocation to lines.</summary>
    private decimal CartDiscountAmount(PromotionCandidate candidate, decimal[] rounded, out bool capped)
    {
        capped = false;
        PromotionEffect effect = candidate.Effect;
        decimal subtotal = Subtotal(candidate, rounded);
        decimal discount = 0m;
        if (effect.Kind == PromotionEffectKind.SpendThreshold)
        {
            PromotionSpendTier? tier = effect.Tiers.IsDefault ? null : effect.Tiers.Where(t => t.Threshold.Amount <= subtotal).MaxBy(t => t.Threshold.Amount);
            if (tier is not null)
            {
                discount = tier.Percent is decimal percent
                    ? new Money(subtotal * percent / 100m, _work.Currency).RoundToMinorUnit(_work.Rounding).Amount
                    : tier.Amount?.Amount ?? 0m;
            }
        }
        else if (effect.Kind == PromotionEffectKind.AmountOffPerOrder && subtotal > 0m)
        {
            discount = effect.Amount?.Amount ?? 0m;
        }

        discount = Math.Min(discount, subtotal);
        if (candidate.RemainingBudget is decimal left && discount > left)
        {
            discount = left;
            capped = true;
        }

        return new Money(discount, _work.Currency).RoundToMinorUnit(MidpointRounding.ToZero).Amount;
    }

    // ----- Applying -------------------------------------------------------------------------------------------

    /// <summary>Applies the line-level promotions of a combination to the lines, in application order, recording adjustments.</summary>
    internal void ApplyLineLevel(IEnumerable<PromotionCandidate> ordered, PromotionPlan plan)
    {
        decimal[] nets = [.. Lines.Select(line => line.Net)];
        foreach (PromotionCandidate candidate in ordered)
        {
            decimal[] discounts = LineDiscounts(candidate, nets, out bool clamped, out bool capped);
            Record(candidate, discounts, clamped, capped, plan, cartLevel: false);
            for (int i = 0; i < nets.Length; i++)
            {
                nets[i] -= discounts[i];
                Lines[i].Net = nets[i];
            }
        }
    }

    /// <summary>Applies the chosen cart-level promotions to the rounded lines, in application order.</summary>
    internal void ApplyCartLevel(PromotionPlan plan)
    {
        decimal[] rounded = [.. Lines.Select(line => line.Net)];
        foreach (PromotionCandidate candidate in plan.CartLevel)
        {
            decimal[] parts = CartDiscounts(candidate, rounded, out bool capped);
            Record(candidate, parts, clamped: false, capped, plan, cartLevel: true);
            for (int i = 0; i < rounded.Length; i++)
            {
                rounded[i] -= parts[i];
                Lines[i].Net = rounded[i];
            }
        }
    }

    private void Record(PromotionCandidate candidate, decimal[] discounts, bool clamped, bool capped, PromotionPlan plan, bool cartLevel)
    {
        decimal total = discounts.Sum();
        if (total <= 0m)
        {
            return;
        }

        Currency currency = _work.Currency;
        string description = Describe(candidate.Source)
            + (clamped ? "; clamped so that no line goes below zero" : string.Empty)
            + (capped ? "; capped by what is left of the promotion's budget" : string.Empty)
            + ".";
        string lineDescription = cartLevel ? $"Share of the cart-level {description}" : description;
        for (int i = 0; i < discounts.Length; i++)
        {
            if (discounts[i] != 0m)
            {
                Lines[i].Adjustments.Add(new PriceAdjustment(
                    PriceAdjustmentKind.Promotion,
                    candidate.Id,
                    new Money(-discounts[i], currency),
                    lineDescription));
            }
        }

        if (cartLevel)
        {
            _work.CartAdjustments.Add(new PriceAdjustment(PriceAdjustmentKind.Promotion, candidate.Id, new Money(-total, currency), description));
        }

        plan.Applied.Add(new AppliedPromotion(candidate.Source.Id, candidate.Source.Name, new Money(total, currency), capped));
    }

    // ----- Helpers --------------------------------------------------------------------------------------------

    internal static string Describe(Promotion promotion)
    {
        PromotionEffect effect = promotion.Effect;
        string what = effect.Kind switch
        {
            PromotionEffectKind.PercentOff => string.Create(CultureInfo.InvariantCulture, $"{effect.Percent}% off"),
            PromotionEffectKind.AmountOffPerUnit => $"{Show(effect.Amount)} off per unit",
            PromotionEffectKind.AmountOffPerLine => $"{Show(effect.Amount)} off per line",
            PromotionEffectKind.AmountOffPerOrder => $"{Show(effect.Amount)} off the order",
            PromotionEffectKind.FixedUnitPrice => $"a unit price of {Show(effect.Amount)}",
            PromotionEffectKind.BuyXGetY => string.Create(CultureInfo.InvariantCulture, $"buy {effect.BuyQuantity} get {effect.GetQuantity}{(effect.Percent is decimal p and not 100m ? $" at {p}% off" : " free")}"),
            PromotionEffectKind.BundlePrice => $"a bundle for {Show(effect.Amount)}",
            PromotionEffectKind.SpendThreshold => "a spend-threshold discount",
            _ => effect.Kind.ToString(),
        };
        return $"Promotion {promotion.Id.Value}{(promotion.Name is null ? string.Empty : $" ({promotion.Name})")}: {what}";
    }

    internal static string Show(Money? money)
        => money is Money m ? string.Create(CultureInfo.InvariantCulture, $"{m.Amount} {m.Currency.Code}") : "?";

    private decimal Units(int i) => decimal.Floor(Math.Max(0m, Lines[i].Outcome.Value));

    private static decimal Subtotal(PromotionCandidate candidate, decimal[] amounts)
    {
        decimal subtotal = 0m;
        foreach (int i in candidate.Indexes)
        {
            subtotal += amounts[i];
        }

        return subtotal;
    }

    private decimal[] RoundAll(decimal[] nets)
    {
        var rounded = new decimal[nets.Length];
        RoundAll(nets, rounded);
        return rounded;
    }

    private void RoundAll(decimal[] nets, decimal[] rounded)
    {
        Currency currency = _work.Currency;
        MidpointRounding rounding = _work.Rounding;
        for (int i = 0; i < nets.Length; i++)
        {
            rounded[i] = new Money(nets[i], currency).RoundToMinorUnit(rounding).Amount;
        }
    }

    private static bool Empty<T>(ImmutableArray<T> values) => values.IsDefaultOrEmpty;

    private static string Join(IEnumerable<string> values) => string.Join(" or ", values);

    private static decimal DecimalPow10(int exponent)
    {
        decimal result = 1m;
        for (int i = 0; i < exponent; i++)
        {
            result *= 10m;
        }

        return result;
    }
}
