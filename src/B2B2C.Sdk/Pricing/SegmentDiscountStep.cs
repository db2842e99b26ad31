using System.Collections.Generic;
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

        foreach (LineWork line in work.Lines)
        {
            IEnumerable<(AdjustmentRule, decimal)> applicable = rules.Where(r => AdjustmentRules.Targets(r, line, work)).Select(r => (r, r.Percent!.Value));
            if (AdjustmentRules.Best(applicable) is not { } best || best.Percent == 0m)
            {
                continue;
            }

            decimal change = -line.Net * best.Percent / 100m;
            line.Net += change;
            line.Adjustments.Add(new PriceAdjustment(
                PriceAdjustmentKind.SegmentDiscount,
                best.Rule.Id,
                new Money(change, work.Currency),
                $"{AdjustmentRules.Label(best.Rule)}: {AdjustmentRules.Show(best.Percent)}% off for the {segment.Value} segment."));
        }
    }
}
