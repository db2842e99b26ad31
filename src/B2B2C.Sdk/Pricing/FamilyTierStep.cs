using System;
using System.Collections.Generic;
using System.Linq;

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
        IEnumerable<IGrouping<(CompiledList List, string Family, UnitOfMeasure Unit), LineWork>> groups = work.Lines
            .Where(line => line.IsPriced && line.Product?.Family is not null && line.Outcome.Entry!.TierKind == TierKind.Volume && line.Outcome.Entry.Tiers.Length > 1)
            .GroupBy(line => (line.Outcome.Entry!.List, line.Product!.Family!, line.Outcome.Entry.Unit));
        foreach (IGrouping<(CompiledList List, string Family, UnitOfMeasure Unit), LineWork> group in groups)
        {
            if (group.Count() < 2)
            {
                continue;
            }

            decimal total = group.Sum(line => line.Outcome.Value);
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
                    $"The {group.Key.Family} family totals {total} {group.Key.Unit} in the cart, which reaches tier {tier} ({entry.Tiers[tier].Price} per {entry.Basis} {entry.Unit})."));
            }
        }
    }
}
