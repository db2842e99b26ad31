using System.Collections.Generic;
using System.Linq;

namespace B2B2C.Sdk.Pricing;

/// <summary>Takes the largest quantity discount whose ladder the line quantity reaches off each line it targets.</summary>
internal sealed class QuantityDiscountStep : ICartStep
{
    public void Apply(CartWork work)
    {
        if (work.Snapshot.Book.Adjustments.IsDefaultOrEmpty)
        {
            return;
        }

        AdjustmentRule[] rules = [.. work.Snapshot.Book.Adjustments.Where(r => r is not null && r.Kind == AdjustmentRuleKind.QuantityDiscount && !r.Tiers.IsDefaultOrEmpty)];
        if (rules.Length == 0)
        {
            return;
        }

        foreach (LineWork line in work.Lines)
        {
            var applicable = new List<(AdjustmentRule, decimal)>();
            var reached = new Dictionary<string, decimal>();
            foreach (AdjustmentRule rule in rules)
            {
                if (!AdjustmentRules.Targets(rule, line, work) || !AdjustmentRules.TryQuantity(line, rule.Unit, out decimal quantity))
                {
                    continue;
                }

                QuantityDiscountTier? tier = rule.Tiers.LastOrDefault(t => t is not null && quantity >= t.MinQuantity);
                if (tier is not null)
                {
                    applicable.Add((rule, tier.Percent));
                    reached[rule.Id] = quantity;
                }
            }

            if (AdjustmentRules.Best(applicable) is not { } best || best.Percent == 0m)
            {
                continue;
            }

            decimal change = -line.Net * best.Percent / 100m;
            line.Net += change;
            line.Adjustments.Add(new PriceAdjustment(
                PriceAdjustmentKind.QuantityDiscount,
                best.Rule.Id,
                new Money(change, work.Currency),
                $"{AdjustmentRules.Label(best.Rule)}: {AdjustmentRules.Show(best.Percent)}% off for {AdjustmentRules.Show(reached[best.Rule.Id])} {best.Rule.Unit}."));
        }
    }
}
