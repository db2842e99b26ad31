using System;
using System.Collections.Generic;

namespace B2B2C.Sdk.Pricing;

/// <summary>
/// Counts quantity ladders across a product family: lines of one family priced from the same list and unit by
/// ladders of the same kind reach their tiers by the family's total quantity in the cart (five resistor values of one
/// 0603 series add up to the 10,000-piece break).
/// </summary>
/// <remarks>
/// <para>
/// Volume ladders: each line is priced for its own quantity at the tier the family total reaches.
/// </para>
/// <para>
/// Graduated ladders: the family total fills the bands once, as if it were one line, and each line pays its share
/// by quantity. Lines sharing one ladder (same tiers and basis) together pay that ladder's graduated price for the
/// family total, rounded to the minor unit and allocated to them by quantity with
/// <see cref="Money.Allocate(ReadOnlySpan{decimal})"/>, in the canonical line order
/// (<see cref="LineWork.CompareCanonical"/>), so the lines add up exactly to it and the result does not depend on the
/// order of the lines. Lines of the family with another ladder pay their own ladder's average unit price at the
/// family total the same way. A family whose total stays in the first band is left as it is.
/// </para>
/// </remarks>
internal sealed class FamilyTierStep : ICartStep
{
    public void Apply(CartWork work)
    {
        // Grouped by hand in first-seen order (as GroupBy does): a dictionary to the group's lines, and the keys in order.
        Dictionary<(CompiledList List, string Family, UnitOfMeasure Unit, TierKind Kind), List<LineWork>>? groups = null;
        List<(CompiledList List, string Family, UnitOfMeasure Unit, TierKind Kind)>? order = null;
        foreach (LineWork line in work.Lines)
        {
            if (!line.IsPriced || line.Product?.Family is not string family || line.Outcome.Entry!.Tiers.Length <= 1)
            {
                continue;
            }

            CompiledEntry entry = line.Outcome.Entry;
            (CompiledList List, string Family, UnitOfMeasure Unit, TierKind Kind) key = (entry.List, family, entry.Unit, entry.TierKind);
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

        foreach ((CompiledList List, string Family, UnitOfMeasure Unit, TierKind Kind) key in order)
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

            if (key.Kind == TierKind.Graduated)
            {
                Graduated(work, key.Family, key.Unit, group, total);
                continue;
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
                Reprice(work, line, amount, tier, $"The {key.Family} family totals {total} {key.Unit} in the cart, which reaches tier {tier} ({entry.Tiers[tier].Price} per {entry.Basis} {entry.Unit}).");
            }
        }
    }

    /// <summary>Prices the graduated lines of one family by the family total: the lines of each ladder share its graduated price for the total by quantity.</summary>
    private static void Graduated(CartWork work, string family, UnitOfMeasure unit, List<LineWork> group, decimal total)
    {
        if (total <= 0m)
        {
            return;
        }

        LineWork[] lines = [.. group];
        Array.Sort(lines, LineWork.CompareCanonical);
        var done = new bool[lines.Length];
        for (int first = 0; first < lines.Length; first++)
        {
            if (done[first])
            {
                continue;
            }

            // The lines of the family priced by the same ladder as the first line not yet priced, in canonical order.
            CompiledEntry ladder = lines[first].Outcome.Entry!;
            var members = new List<LineWork>();
            decimal quantity = 0m;
            for (int i = first; i < lines.Length; i++)
            {
                if (!done[i] && SameLadder(ladder, lines[i].Outcome.Entry!))
                {
                    done[i] = true;
                    members.Add(lines[i]);
                    quantity += lines[i].Outcome.Value;
                }
            }

            decimal familyAmount = ladder.LineAmount(total, out int tier);
            if (tier == 0 || quantity <= 0m)
            {
                // The family stays in the first band, where every line already pays the first tier's price (or has no quantity).
                continue;
            }

            decimal exact = quantity == total ? familyAmount : familyAmount * quantity / total;
            Money share = RoundForAllocation(new Money(exact, work.Currency), work.Rounding, out int decimals);
            var ratios = new decimal[members.Count];
            for (int i = 0; i < ratios.Length; i++)
            {
                ratios[i] = members[i].Outcome.Value;
            }

            Money[] parts = share.Allocate(ratios, decimals);
            string shared = quantity == total
                ? $"{share.Amount} {work.Currency.Code} for the family"
                : $"{share.Amount} {work.Currency.Code} for its {quantity} {unit} of this ladder";
            for (int i = 0; i < members.Count; i++)
            {
                Reprice(
                    work,
                    members[i],
                    parts[i].Amount,
                    tier,
                    $"The {family} family totals {total} {unit} in the cart, which fill the graduated bands up to tier {tier}: {shared}, shared by quantity.");
            }
        }
    }

    /// <summary>Rounds an amount to the currency's minor unit for allocation; a currency without one keeps the amount exact and allocates at its scale.</summary>
    private static Money RoundForAllocation(Money amount, MidpointRounding rounding, out int decimals)
    {
        if (amount.Currency.MinorUnit is int minor)
        {
            decimals = minor;
            return amount.RoundToMinorUnit(rounding);
        }

        decimals = amount.Amount.Scale;
        return amount;
    }

    private static bool SameLadder(CompiledEntry left, CompiledEntry right)
        => ReferenceEquals(left, right)
            || (left.Basis == right.Basis && left.Tiers.AsSpan().SequenceEqual(right.Tiers.AsSpan()));

    private static void Reprice(CartWork work, LineWork line, decimal amount, int tier, string description)
    {
        if (amount == line.Net && tier == line.Outcome.Tier)
        {
            return;
        }

        var change = new Money(amount - line.Net, work.Currency);
        line.Outcome = line.Outcome with { Line = amount, Tier = tier };
        line.Base = CartPricing.ToResult(line.Outcome, work.Currency, work.Snapshot.Sequence, work.Rounding);
        line.Net = amount;
        line.Adjustments.Add(new PriceAdjustment(PriceAdjustmentKind.FamilyTier, line.Outcome.Entry!.List.Id, change, description));
    }
}
