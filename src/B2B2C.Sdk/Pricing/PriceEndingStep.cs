using System;
using System.Linq;

namespace B2B2C.Sdk.Pricing;

/// <summary>
/// Moves each line's unit price in a channel with a price ending to the ending: down to the nearest candidate, or up to
/// the next one when down would break the line's floor or corridor. In a gross display the gross amount is fixed.
/// </summary>
internal sealed class PriceEndingStep : ICartStep
{
    public void Apply(CartWork work)
    {
        string? channel = work.Context.Channel?.Value;
        if (channel is null || work.Snapshot.Book.PriceEndings.IsDefaultOrEmpty)
        {
            return;
        }

        PriceEnding? ending = work.Snapshot.Book.PriceEndings.FirstOrDefault(e => e is not null && string.Equals(e.Channel.Value, channel, StringComparison.Ordinal));
        if (ending is null)
        {
            return;
        }

        foreach (LineWork line in work.Lines)
        {
            decimal quantity = line.IsPriced ? AdjustmentRules.PriceUnits(line) : 0m;
            if (quantity <= 0m)
            {
                continue;
            }

            decimal rate = 0m;
            bool gross = work.Context.PriceDisplay == PriceDisplay.Gross && TaxStep.TryRate(work, line, out _, out rate);
            decimal factor = 1m + rate;
            decimal unit = line.Net * factor / quantity;
            decimal chosen = Choose(work, line, ending.Ending, unit, quantity, factor);
            if (chosen == unit)
            {
                continue;
            }

            decimal net = chosen * quantity / factor;
            var change = new Money(net - line.Net, work.Currency);
            line.Net = net;
            if (gross)
            {
                line.FixedGross = AdjustmentRules.RoundToMinorUnit(chosen * quantity, work);
            }

            line.Adjustments.Add(new PriceAdjustment(
                PriceAdjustmentKind.PriceEnding,
                channel,
                change,
                $"The {(gross ? "gross" : "net")} unit price {AdjustmentRules.Show(decimal.Round(unit, 6, MidpointRounding.ToEven))} was moved to {AdjustmentRules.Show(chosen)} for the {channel} price ending {AdjustmentRules.Show(ending.Ending)}."));
        }
    }

    /// <summary>Chooses the candidate <c>k + ending</c>: down from the unit price, or up when down is not above zero or would put the rounded line below its minimum.</summary>
    private static decimal Choose(CartWork work, LineWork line, decimal ending, decimal unit, decimal quantity, decimal factor)
    {
        decimal k = decimal.Floor(unit - ending);
        if (k >= 0m && Acceptable(k + ending))
        {
            return k + ending;
        }

        k = Math.Max(k + 1m, 0m);
        while (!Acceptable(k + ending))
        {
            k++;
        }

        return k + ending;

        bool Acceptable(decimal candidate)
            => candidate > 0m && AdjustmentRules.RoundToMinorUnit(candidate * quantity / factor, work) >= line.Minimum;
    }
}
