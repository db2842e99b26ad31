using System;
using System.Collections.Generic;
using System.Globalization;

namespace B2B2C.Sdk.Pricing;

/// <summary>What the adjustment steps share: whether a rule applies to a line, line quantities in a rule's unit, and directed rounding.</summary>
internal static class AdjustmentRules
{
    /// <summary>Determines whether a rule's targeting, channel and window admit a priced line.</summary>
    internal static bool Targets(AdjustmentRule rule, LineWork line, CartWork work)
    {
        if (rule is null || !line.IsPriced)
        {
            return false;
        }

        if (rule.Channel is ChannelId channel && !string.Equals(channel.Value, work.Context.Channel?.Value, StringComparison.Ordinal))
        {
            return false;
        }

        if ((rule.ValidFrom is DateTimeOffset from && work.AtTicks < from.UtcTicks) || (rule.ValidTo is DateTimeOffset to && work.AtTicks >= to.UtcTicks))
        {
            return false;
        }

        bool anyTarget = !rule.Skus.IsDefaultOrEmpty || !rule.Families.IsDefaultOrEmpty || !rule.Categories.IsDefaultOrEmpty;
        if (!anyTarget)
        {
            return true;
        }

        if (!rule.Skus.IsDefaultOrEmpty && rule.Skus.Contains(line.Request.Sku))
        {
            return true;
        }

        PricedProduct? product = line.Product;
        if (product is null)
        {
            return false;
        }

        if (product.Family is not null && !rule.Families.IsDefaultOrEmpty && rule.Families.Contains(product.Family, StringComparer.Ordinal))
        {
            return true;
        }

        if (!rule.Categories.IsDefaultOrEmpty && !product.Categories.IsDefaultOrEmpty)
        {
            foreach (string category in product.Categories)
            {
                if (rule.Categories.Contains(category, StringComparer.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Gets the line's priced quantity in a unit, or <see langword="false"/> when it cannot be converted.</summary>
    internal static bool TryQuantity(LineWork line, UnitOfMeasure unit, out decimal quantity)
    {
        CompiledEntry entry = line.Outcome.Entry!;
        if (new Quantity(line.Outcome.Value, entry.Unit).TryConvertTo(unit, out Quantity converted))
        {
            quantity = converted.Value;
            return true;
        }

        quantity = 0m;
        return false;
    }

    /// <summary>
    /// Gets how many price units the line holds: its priced quantity divided by the entry's price basis (2,500 pieces
    /// priced per 1,000 are 2.5 price units). Unit prices shown to people, price endings and per-unit tax use it.
    /// </summary>
    internal static decimal PriceUnits(LineWork line) => line.Outcome.Value / line.Outcome.Entry!.Basis;

    /// <summary>Gets the line's priced quantity in the base unit of its dimension (pieces for counted articles), for costs.</summary>
    internal static decimal BaseQuantity(LineWork line) => line.Outcome.Value * line.Outcome.Entry!.Unit.FactorToBase;

    /// <summary>Chooses, among rules of one kind that apply, the one with the largest percentage, then the lower identifier (ordinal).</summary>
    internal static (AdjustmentRule Rule, decimal Percent)? Best(IEnumerable<(AdjustmentRule Rule, decimal Percent)> candidates)
    {
        (AdjustmentRule Rule, decimal Percent)? best = null;
        foreach ((AdjustmentRule Rule, decimal Percent) candidate in candidates)
        {
            if (best is not { } current
                || candidate.Percent > current.Percent
                || (candidate.Percent == current.Percent && string.CompareOrdinal(candidate.Rule.Id, current.Rule.Id) < 0))
            {
                best = candidate;
            }
        }

        return best;
    }

    /// <summary>Rounds an amount up to the currency's minor unit (directed rounding toward positive infinity).</summary>
    internal static decimal CeilingToMinorUnit(decimal amount, Currency currency)
        => decimal.Round(amount, currency.MinorUnitOrThrow("Rounding a floor"), MidpointRounding.ToPositiveInfinity);

    /// <summary>Rounds an amount to the currency's minor unit as the cart's rounding step will.</summary>
    internal static decimal RoundToMinorUnit(decimal amount, CartWork work)
        => new Money(amount, work.Currency).RoundToMinorUnit(work.Rounding).Amount;

    /// <summary>Writes a decimal for a sentence, in the invariant culture.</summary>
    internal static string Show(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    internal static string Label(AdjustmentRule rule) => rule.Name is null ? rule.Id : $"{rule.Name} ({rule.Id})";
}
