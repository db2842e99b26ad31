using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;

namespace B2B2C.Sdk.Pricing;

/// <summary>
/// Checks the promotions of a price book (codes PB5xx, paths such as <c>promotions[3](BLACKFRIDAY).effect.percent</c>):
/// well-formed effects, windows, limits and currencies (errors), and references to unknown articles, segments,
/// nodes, categories or families, and effects that can push a line below zero or below its cost (warnings).
/// </summary>
internal static class PromotionsCompiler
{
    internal static void Check(PriceBook book, FrozenDictionary<string, NodeInfo> nodes, List<PricingDiagnostic> diagnostics)
    {
        ImmutableArray<Promotion> promotions = book.Promotions.IsDefault ? [] : book.Promotions;
        if (promotions.IsEmpty)
        {
            return;
        }

        var catalogue = new Catalogue(book);
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < promotions.Length; i++)
        {
            Promotion? promotion = promotions[i];
            if (promotion is null)
            {
                Error(diagnostics, "PB500", $"promotions[{i}]", "The promotion is null.");
                continue;
            }

            string path = $"promotions[{i}]({promotion.Id.Value})";
            if (promotion.Id == default)
            {
                Error(diagnostics, "PB501", path, "The promotion has no identifier.");
            }
            else if (!ids.TryAdd(promotion.Id.Value, i))
            {
                Error(diagnostics, "PB502", path, $"The identifier is already used by promotions[{ids[promotion.Id.Value]}]; promotion identifiers are unique.");
            }

            CheckRules(promotion, path, diagnostics);
            if (promotion.Effect is null || !Enum.IsDefined(promotion.Effect.Kind))
            {
                Error(diagnostics, "PB503", path + ".effect", promotion.Effect is null ? "The promotion has no effect." : $"{(int)promotion.Effect.Kind} is not a promotion effect kind.");
                continue;
            }

            if (CheckEffect(promotion.Effect, path + ".effect", diagnostics))
            {
                CheckTargets(promotion, path, nodes, catalogue, diagnostics);
                CheckMargins(promotion, path, catalogue, diagnostics);
            }
        }
    }

    /// <summary>Appends every field of the promotions that can change a price to the book's content hash.</summary>
    internal static void AppendHash(StringBuilder text, PriceBook book)
    {
        foreach (Promotion? promotion in book.Promotions.IsDefault ? [] : book.Promotions)
        {
            if (promotion is null)
            {
                continue;
            }

            PromotionEffect? effect = promotion.Effect;
            PromotionTarget target = promotion.Target ?? new PromotionTarget();
            text.Append(CultureInfo.InvariantCulture, $"|promotion|{promotion.Id.Value}|{(int?)effect?.Kind}|{effect?.Percent}|{effect?.Amount?.ToInvariantString()}|{effect?.BuyQuantity}|{effect?.GetQuantity}");
            foreach (PromotionBundleItem item in effect is null || effect.Items.IsDefault ? [] : effect.Items)
            {
                text.Append(CultureInfo.InvariantCulture, $"|item:{item.Sku.Value}:{item.Quantity}");
            }

            foreach (PromotionSpendTier tier in effect is null || effect.Tiers.IsDefault ? [] : effect.Tiers)
            {
                text.Append(CultureInfo.InvariantCulture, $"|tier:{tier.Threshold.ToInvariantString()}:{tier.Percent}:{tier.Amount?.ToInvariantString()}");
            }

            text.Append(CultureInfo.InvariantCulture, $"|{promotion.ValidFrom?.UtcTicks}|{promotion.ValidTo?.UtcTicks}|{promotion.StackingGroup}|{promotion.Exclusive}|{promotion.MaxUses}|{promotion.MaxUsesPerCustomer}|{promotion.Budget?.ToInvariantString()}")
                .Append('|').AppendJoin(',', Values(target.Segments, s => s.Value))
                .Append('|').AppendJoin(',', Values(target.Nodes, n => n.Value))
                .Append('|').AppendJoin(',', Values(target.Channels, c => c.Value))
                .Append('|').AppendJoin(',', Values(target.Customers, c => c.Value))
                .Append('|').AppendJoin(',', Values(target.Skus, s => s.Value))
                .Append('|').AppendJoin(',', Values(target.Categories, c => c))
                .Append('|').AppendJoin(',', Values(target.Families, f => f));
        }
    }

    private static void CheckRules(Promotion promotion, string path, List<PricingDiagnostic> diagnostics)
    {
        if (promotion.ValidFrom is DateTimeOffset from && promotion.ValidTo is DateTimeOffset to && from >= to)
        {
            Error(diagnostics, "PB511", path + ".validTo", $"The promotion ends ({to:O}) before or when it starts ({from:O}).");
        }

        Currency[] currencies = [.. PromotionEvaluator.Currencies(promotion).Distinct()];
        if (currencies.Length > 1)
        {
            Error(diagnostics, "PB512", path, $"The promotion's amounts are in {string.Join(" and ", currencies.Select(c => c.Code))}; give all its amounts (effect, tiers, budget) in one currency.");
        }

        if (promotion.MaxUses is < 1)
        {
            Error(diagnostics, "PB513", path + ".maxUses", $"The usage limit {promotion.MaxUses} is below one; leave it out for no limit.");
        }

        if (promotion.MaxUsesPerCustomer is < 1)
        {
            Error(diagnostics, "PB513", path + ".maxUsesPerCustomer", $"The usage limit per customer {promotion.MaxUsesPerCustomer} is below one; leave it out for no limit.");
        }

        if (promotion.Budget is Money budget && budget.Amount <= 0m)
        {
            Error(diagnostics, "PB514", path + ".budget", $"The budget {budget.Amount.ToString(CultureInfo.InvariantCulture)} is not positive; leave it out for no budget.");
        }
    }

    /// <summary>Checks the parameters the effect's kind reads; returns whether the effect can be used for the margin checks.</summary>
    private static bool CheckEffect(PromotionEffect effect, string path, List<PricingDiagnostic> diagnostics)
    {
        int before = diagnostics.Count;
        switch (effect.Kind)
        {
            case PromotionEffectKind.PercentOff:
                if (Require(effect.Percent, path + ".percent", "a percentage", diagnostics) is decimal percent)
                {
                    CheckPercent(percent, path + ".percent", diagnostics);
                }

                break;
            case PromotionEffectKind.AmountOffPerUnit or PromotionEffectKind.AmountOffPerLine or PromotionEffectKind.AmountOffPerOrder:
                if (Require(effect.Amount, path + ".amount", "an amount", diagnostics) is Money amount && amount.Amount <= 0m)
                {
                    Error(diagnostics, "PB505", path + ".amount", $"The amount off {amount.Amount.ToString(CultureInfo.InvariantCulture)} is not positive.");
                }

                break;
            case PromotionEffectKind.FixedUnitPrice:
                if (Require(effect.Amount, path + ".amount", "the unit price", diagnostics) is Money price && price.Amount <= 0m)
                {
                    Error(diagnostics, "PB506", path + ".amount", $"The fixed unit price {price.Amount.ToString(CultureInfo.InvariantCulture)} is not positive; a promotion does not give articles away.");
                }

                break;
            case PromotionEffectKind.BuyXGetY:
                int? buy = Require(effect.BuyQuantity, path + ".buyQuantity", "the units to buy", diagnostics);
                int? get = Require(effect.GetQuantity, path + ".getQuantity", "the units given", diagnostics);
                if (buy is < 1 || get is < 1)
                {
                    Error(diagnostics, "PB509", path + (buy is < 1 ? ".buyQuantity" : ".getQuantity"), $"Buy {buy} get {get} is not a promotion: the customer buys at least one unit and gets at least one.");
                }

                if (effect.Percent is decimal off)
                {
                    CheckPercent(off, path + ".percent", diagnostics);
                }

                break;
            case PromotionEffectKind.BundlePrice:
                if (Require(effect.Amount, path + ".amount", "the bundle price", diagnostics) is Money bundlePrice && bundlePrice.Amount <= 0m)
                {
                    Error(diagnostics, "PB506", path + ".amount", $"The bundle price {bundlePrice.Amount.ToString(CultureInfo.InvariantCulture)} is not positive.");
                }

                CheckBundle(effect, path + ".items", diagnostics);
                break;
            default:
                CheckTiers(effect, path + ".tiers", diagnostics);
                break;
        }

        return diagnostics.Count == before;
    }

    private static void CheckBundle(PromotionEffect effect, string path, List<PricingDiagnostic> diagnostics)
    {
        ImmutableArray<PromotionBundleItem> items = effect.Items.IsDefault ? [] : effect.Items;
        if (items.IsEmpty)
        {
            Error(diagnostics, "PB508", path, "The bundle has no item.");
        }

        var seen = new HashSet<Sku>();
        for (int i = 0; i < items.Length; i++)
        {
            PromotionBundleItem? item = items[i];
            if (item is null || item.Sku == default || item.Quantity <= 0m || !seen.Add(item.Sku))
            {
                Error(diagnostics, "PB508", $"{path}[{i}]", "A bundle item names an article, once, with a positive quantity.");
            }
        }
    }

    private static void CheckTiers(PromotionEffect effect, string path, List<PricingDiagnostic> diagnostics)
    {
        ImmutableArray<PromotionSpendTier> tiers = effect.Tiers.IsDefault ? [] : effect.Tiers;
        if (tiers.IsEmpty)
        {
            Error(diagnostics, "PB510", path, "The spend threshold has no tier.");
        }

        for (int i = 0; i < tiers.Length; i++)
        {
            PromotionSpendTier? tier = tiers[i];
            string at = $"{path}[{i}]";
            if (tier is null || tier.Threshold.IsNegative || (i > 0 && tiers[i - 1] is PromotionSpendTier previous && tier.Threshold.Amount <= previous.Threshold.Amount))
            {
                Error(diagnostics, "PB510", at + ".threshold", "Tier thresholds are not negative and rise from tier to tier.");
                continue;
            }

            if ((tier.Percent is null) == (tier.Amount is null))
            {
                Error(diagnostics, "PB510", at, "A tier gives either a percentage or an amount off, not both or neither.");
            }
            else if (tier.Percent is decimal percent)
            {
                CheckPercent(percent, at + ".percent", diagnostics);
            }
            else if (tier.Amount is Money amount && amount.Amount <= 0m)
            {
                Error(diagnostics, "PB505", at + ".amount", $"The amount off {amount.Amount.ToString(CultureInfo.InvariantCulture)} is not positive.");
            }
        }
    }

    private static void CheckPercent(decimal percent, string path, List<PricingDiagnostic> diagnostics)
    {
        if (percent is < 0m or > 100m)
        {
            Error(diagnostics, "PB504", path, $"The percentage {percent.ToString(CultureInfo.InvariantCulture)} is outside 0 to 100.");
        }
    }

    private static T? Require<T>(T? value, string path, string what, List<PricingDiagnostic> diagnostics)
        where T : struct
    {
        if (value is null)
        {
            Error(diagnostics, "PB507", path, $"The effect needs {what}.");
        }

        return value;
    }

    private static void CheckTargets(Promotion promotion, string path, FrozenDictionary<string, NodeInfo> nodes, Catalogue catalogue, List<PricingDiagnostic> diagnostics)
    {
        PromotionTarget target = promotion.Target ?? new PromotionTarget();
        IEnumerable<Sku> skus = Values(target.Skus, s => s);
        if (promotion.Effect.Kind == PromotionEffectKind.BundlePrice)
        {
            skus = skus.Concat(promotion.Effect.Items.Select(item => item.Sku));
        }

        foreach (Sku sku in skus.Distinct().Where(s => !catalogue.Knows(s)))
        {
            Warning(diagnostics, "PB530", path + ".target", $"The article '{sku.Value}' is neither priced by a list nor described by a product; the promotion can never apply to it.");
        }

        foreach (SegmentId segment in Values(target.Segments, s => s).Where(s => !catalogue.Segments.Contains(s.Value)))
        {
            Warning(diagnostics, "PB531", path + ".target.segments", $"No price list is for the segment '{segment.Value}'; check the spelling.");
        }

        foreach (HierarchyNodeId node in Values(target.Nodes, n => n).Where(n => !nodes.ContainsKey(n.Value)))
        {
            Warning(diagnostics, "PB532", path + ".target.nodes", $"The node '{node.Value}' is not in the hierarchy.");
        }

        foreach (string name in Values(target.Categories, c => c).Where(c => !catalogue.Categories.Contains(c))
            .Concat(Values(target.Families, f => f).Where(f => !catalogue.Families.Contains(f))))
        {
            Warning(diagnostics, "PB533", path + ".target", $"No product has the category or family '{name}'; the promotion targets no article by it.");
        }
    }

    /// <summary>Warns where the effect can take a targeted article's lowest list price below zero (PB520) or below its cost (PB521).</summary>
    private static void CheckMargins(Promotion promotion, string path, Catalogue catalogue, List<PricingDiagnostic> diagnostics)
    {
        PromotionEffect effect = promotion.Effect;
        decimal amount = effect.Amount?.Amount ?? 0m;
        if (effect.Kind == PromotionEffectKind.AmountOffPerUnit && effect.Amount is Money off)
        {
            foreach (Sku sku in catalogue.Targeted(promotion))
            {
                if (catalogue.LowestUnitPrice(sku, off.Currency, piecesOnly: false) is decimal lowest && off.Amount > lowest)
                {
                    Warning(diagnostics, "PB520", path + ".effect.amount", string.Create(CultureInfo.InvariantCulture, $"{off.Amount} off per unit is more than the lowest list price of {sku.Value} ({lowest}); such lines are clamped at zero."));
                    break;
                }
            }
        }

        if (effect.Kind == PromotionEffectKind.BundlePrice)
        {
            PromotionBundleItem[] items = [.. effect.Items];
            if (items.All(i => catalogue.Cost(i.Sku) is not null)
                && effect.Amount is Money bundle
                && items.Sum(i => i.Quantity * catalogue.Cost(i.Sku)!.Value.Amount) is decimal cost
                && bundle.Amount < cost)
            {
                Warning(diagnostics, "PB521", path + ".effect.amount", string.Create(CultureInfo.InvariantCulture, $"The bundle price {bundle.Amount} is below the items' cost {cost}."));
            }

            return;
        }

        foreach (Sku sku in catalogue.Targeted(promotion))
        {
            if (catalogue.Cost(sku) is not Money cost || catalogue.LowestUnitPrice(sku, cost.Currency, piecesOnly: true) is not decimal lowest)
            {
                continue;
            }

            decimal? after = effect.Kind switch
            {
                PromotionEffectKind.PercentOff => lowest * (100m - (effect.Percent ?? 0m)) / 100m,
                PromotionEffectKind.AmountOffPerUnit => lowest - amount,
                PromotionEffectKind.FixedUnitPrice => amount,
                PromotionEffectKind.BuyXGetY when effect.BuyQuantity is int buy && effect.GetQuantity is int get =>
                    lowest * (buy + (get * (100m - (effect.Percent ?? 100m)) / 100m)) / (buy + get),
                _ => null,
            };
            if (after is decimal price && price < cost.Amount)
            {
                Warning(diagnostics, "PB521", path + ".effect", string.Create(CultureInfo.InvariantCulture, $"The promotion can price {sku.Value} at {price} per piece, below its cost {cost.Amount}; the floor is the cost."));
                break;
            }
        }
    }

    private static IEnumerable<TResult> Values<T, TResult>(ImmutableArray<T> values, Func<T, TResult> select)
        => values.IsDefault ? [] : values.Select(select);

    private static void Error(List<PricingDiagnostic> diagnostics, string code, string path, string message)
        => diagnostics.Add(new PricingDiagnostic(PricingDiagnosticSeverity.Error, code, path, message));

    private static void Warning(List<PricingDiagnostic> diagnostics, string code, string path, string message)
        => diagnostics.Add(new PricingDiagnostic(PricingDiagnosticSeverity.Warning, code, path, message));

    /// <summary>What the book knows of articles for the promotion checks: priced SKUs, products, segments, categories and families.</summary>
    private sealed class Catalogue
    {
        private readonly Dictionary<string, PricedProduct> _products = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<(Currency Currency, bool Piece, decimal Price)>> _prices = new(StringComparer.Ordinal);

        internal Catalogue(PriceBook book)
        {
            foreach (PricedProduct? product in book.Products.IsDefault ? [] : book.Products)
            {
                if (product is not null && product.Sku != default)
                {
                    _products.TryAdd(product.Sku.Value, product);
                    if (product.Family is string family)
                    {
                        Families.Add(family);
                    }

                    Categories.UnionWith(product.Categories.IsDefault ? [] : product.Categories);
                }
            }

            foreach (PriceList? list in book.PriceLists.IsDefault ? [] : book.PriceLists)
            {
                if (list is null)
                {
                    continue;
                }

                if (list.Segment is SegmentId segment)
                {
                    Segments.Add(segment.Value);
                }

                foreach (PriceEntry? entry in list.Entries.IsDefault ? [] : list.Entries)
                {
                    if (entry is null || entry.Sku == default || entry.PriceBasis <= 0m || entry.Tiers.IsDefaultOrEmpty)
                    {
                        continue;
                    }

                    if (!_prices.TryGetValue(entry.Sku.Value, out List<(Currency, bool, decimal)>? prices))
                    {
                        prices = [];
                        _prices[entry.Sku.Value] = prices;
                    }

                    prices.Add((list.Currency, entry.Unit == UnitOfMeasure.Piece, entry.Tiers.Min(t => t.Price) / entry.PriceBasis));
                }
            }

        }

        internal HashSet<string> Segments { get; } = new(StringComparer.Ordinal);

        internal HashSet<string> Categories { get; } = new(StringComparer.Ordinal);

        internal HashSet<string> Families { get; } = new(StringComparer.Ordinal);

        internal bool Knows(Sku sku) => _prices.ContainsKey(sku.Value) || _products.ContainsKey(sku.Value);

        internal Money? Cost(Sku sku) => _products.TryGetValue(sku.Value, out PricedProduct? product) ? product.Cost : null;

        internal decimal? LowestUnitPrice(Sku sku, Currency currency, bool piecesOnly)
        {
            if (!_prices.TryGetValue(sku.Value, out List<(Currency Currency, bool Piece, decimal Price)>? prices))
            {
                return null;
            }

            decimal[] matching = [.. prices.Where(p => p.Currency == currency && (p.Piece || !piecesOnly)).Select(p => p.Price)];
            return matching.Length == 0 ? null : matching.Min();
        }

        /// <summary>The priced articles a promotion's line targeting reaches.</summary>
        internal IEnumerable<Sku> Targeted(Promotion promotion)
        {
            PromotionTarget target = promotion.Target ?? new PromotionTarget();
            bool everything = target.Skus.IsDefaultOrEmpty && target.Categories.IsDefaultOrEmpty && target.Families.IsDefaultOrEmpty;
            foreach (string sku in _prices.Keys.Order(StringComparer.Ordinal))
            {
                PricedProduct? product = _products.GetValueOrDefault(sku);
                if (everything
                    || (!target.Skus.IsDefaultOrEmpty && target.Skus.Any(s => string.Equals(s.Value, sku, StringComparison.Ordinal)))
                    || (product?.Family is string family && !target.Families.IsDefaultOrEmpty && target.Families.Contains(family, StringComparer.Ordinal))
                    || (product is not null && !product.Categories.IsDefault && !target.Categories.IsDefaultOrEmpty && product.Categories.Any(c => target.Categories.Contains(c, StringComparer.Ordinal))))
                {
                    yield return new Sku(sku);
                }
            }
        }
    }
}
