using System.Linq;

namespace B2B2C.Sdk.Pricing;

/// <summary>Takes the largest segment discount for the asker's segment off each line it targets.</summary>
internal sealed class SegmentDiscountStep : ICartStep
{
    public void Apply(CartWork work)
    {
        if (work.Context.Segment is not SegmentId segment || work.Snapshot.Book.Adjustments.IsDefaultOrEmpty)
        {
            return;
        }

        AdjustmentRule[] rules = [.. work.Snapshot.Book.Adjustments.Where(r => r is not null && r.Kind == AdjustmentRuleKind.SegmentDiscount && r.Segment == segment && r.Percent is not null)];
        if (rules.Length == 0)
        {
            return;
        }

        // The description depends on the rule only, so it is built once per rule that applies.
        var descriptions = new string?[rules.Length];
        foreach (LineWork line in work.Lines)
        {
            int best = -1;
            decimal bestPercent = 0m;
            for (int r = 0; r < rules.Length; r++)
            {
                AdjustmentRule rule = rules[r];
                if (!AdjustmentRules.Targets(rule, line, work))
                {
                    continue;
                }

                // As AdjustmentRules.Best: the largest percentage, then the lower identifier (ordinal).
                decimal percent = rule.Percent!.Value;
                if (best < 0 || percent > bestPercent || (percent == bestPercent && string.CompareOrdinal(rule.Id, rules[best].Id) < 0))
                {
                    best = r;
                    bestPercent = percent;
                }
            }

            if (best < 0 || bestPercent == 0m)
            {
                continue;
            }

            AdjustmentRule chosen = rules[best];
            decimal change = -line.Net * bestPercent / 100m;
            line.Net += change;
            line.Adjustments.Add(new PriceAdjustment(
                PriceAdjustmentKind.SegmentDiscount,
                chosen.Id,
                new Money(change, work.Currency),
                descriptions[best] ??= $"{AdjustmentRules.Label(chosen)}: {AdjustmentRules.Show(bestPercent)}% off for the {segment.Value} segment."));
        }
    }
}
