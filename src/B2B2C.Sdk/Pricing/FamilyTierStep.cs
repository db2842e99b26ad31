using System.Collections.Generic;

namespace B2B2C.Sdk.Pricing;

/// <summary>
/// Counts volume tiers across a product family: lines of one family priced from the same list and unit by volume
/// ladders reach their tier by the family's total quantity in the cart (five resistor values of one 0603 series
/// add up to the 10,000-piece break). Each line is still priced for its own quantity.
/// </summary>
internal sealed class FamilyTierStep : ICartStep
{
    public void Apply(CartWork work)
    {
        // Grouped by hand in first-seen order (as GroupBy does): a dictionary to the group's lines, and the keys in order.
        Dictionary<(CompiledList List, string Family, UnitOfMeasure Unit), List<LineWork>>? groups = null;
        List<(CompiledList List, string Family, UnitOfMeasure Unit)>? order = null;
        foreach (LineWork line in work.Lines)
        {
            if (!line.IsPriced || line.Product?.Family is not string family || line.Outcome.Entry!.TierKind != TierKind.Volume || line.Outcome.Entry.Tiers.Length <= 1)
            {
                continue;
            }

            (CompiledList List, string Family, UnitOfMeasure Unit) key = (line.Outcome.Entry.List, family, line.Outcome.Entry.Unit);
            groups ??= [];
            order ??= [];
            if (!groups.TryGetValue(key, out List<LineWork>? members))
            {
                members = [];
                groups.Add(key, members);
                order.Add(key);
            }

            members.Add(line);
        }

        if (groups is null || order is null)
        {
            return;
        }

        foreach ((CompiledList List, string Family, UnitOfMeasure Unit) key in order)
        {
            List<LineWork> group = groups[key];
            if (group.Count < 2)
            {
                continue;
            }

            decimal total = 0m;
            foreach (LineWork line in group)
            {
                total += line.Outcome.Value;
            }

            foreach (LineWork line in group)
            {
                CompiledEntry entry = line.Outcome.Entry!;
                int tier = entry.TierFor(total);
                if (tier == line.Outcome.Tier)
                {
                    continue;
                }

                decimal amount = entry.Tiers[tier].Price * line.Outcome.Value / entry.Basis;
                var change = new Money(amount - line.Net, work.Currency);
                line.Outcome = line.Outcome with { Line = amount, Tier = tier };
                line.Base = CartPricing.ToResult(line.Outcome, work.Currency, work.Snapshot.Sequence, work.Rounding);
                line.Net = amount;
                line.Adjustments.Add(new PriceAdjustment(
                    PriceAdjustmentKind.FamilyTier,
                    entry.List.Id,
                    change,
                    $"The {key.Family} family totals {total} {key.Unit} in the cart, which reaches tier {tier} ({entry.Tiers[tier].Price} per {entry.Basis} {entry.Unit})."));
            }
        }
    }
}
