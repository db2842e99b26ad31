using System.Linq;

namespace B2B2C.Sdk.Pricing;

/// <summary>Adds every surcharge that applies to a line: a fixed amount in the cart's currency, or a percentage of the net amount so far.</summary>
internal sealed class SurchargeStep : ICartStep
{
    public void Apply(CartWork work)
    {
        if (work.Snapshot.Book.Adjustments.IsDefaultOrEmpty)
        {
            return;
        }

        AdjustmentRule[] rules = [.. work.Snapshot.Book.Adjustments.Where(r => r is not null && r.Kind == AdjustmentRuleKind.Surcharge)];
        foreach (LineWork line in work.Lines)
        {
            decimal before = line.Net;
            foreach (AdjustmentRule rule in rules)
            {
                if (!AdjustmentRules.Targets(rule, line, work) || !InRange(rule, line))
                {
                    continue;
                }

                decimal change;
                string what;
                if (rule.Amount is Money amount)
                {
                    if (amount.Currency != work.Currency)
                    {
                        continue;
                    }

                    change = amount.Amount;
                    what = $"{amount} per line";
                }
                else if (rule.Percent is decimal percent)
                {
                    change = before * percent / 100m;
                    what = $"{AdjustmentRules.Show(percent)}%";
                }
                else
                {
                    continue;
                }

                if (change == 0m)
                {
                    continue;
                }

                line.Net += change;
                line.Adjustments.Add(new PriceAdjustment(
                    PriceAdjustmentKind.Surcharge,
                    rule.Id,
                    new Money(change, work.Currency),
                    $"{AdjustmentRules.Label(rule)}: a surcharge of {what}."));
            }
        }
    }

    private static bool InRange(AdjustmentRule rule, LineWork line)
    {
        if (rule.MinQuantity is null && rule.MaxQuantity is null)
        {
            return true;
        }

        return AdjustmentRules.TryQuantity(line, rule.Unit, out decimal quantity)
            && (rule.MinQuantity is not decimal min || quantity >= min)
            && (rule.MaxQuantity is not decimal max || quantity <= max);
    }
}
