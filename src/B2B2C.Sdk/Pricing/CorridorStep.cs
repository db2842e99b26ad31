using System;
using System.Linq;

namespace B2B2C.Sdk.Pricing;

/// <summary>
/// Raises each line in a channel with a corridor to the reference segment's price for the same article and quantity
/// plus the corridor's markup, when it is below.
/// </summary>
internal sealed class CorridorStep : ICartStep
{
    public void Apply(CartWork work)
    {
        string? channel = work.Context.Channel?.Value;
        if (channel is null || work.Snapshot.Book.Corridors.IsDefaultOrEmpty)
        {
            return;
        }

        ChannelCorridor? corridor = work.Snapshot.Book.Corridors.FirstOrDefault(c => c is not null && string.Equals(c.Channel.Value, channel, StringComparison.Ordinal));
        if (corridor is null)
        {
            return;
        }

        ContextBinding reference = new PricingContext { Segment = corridor.ReferenceSegment, Currency = work.Currency }.Bind(work.Snapshot);
        foreach (LineWork line in work.Lines)
        {
            if (!line.IsPriced)
            {
                continue;
            }

            Outcome outcome = PriceResolver.Resolve(reference, line.Request.Sku.Value, line.Request.Quantity, work.AtTicks, null, out _);
            if (outcome.Entry is null)
            {
                work.Warnings.Add(new QuoteWarning(
                    QuoteWarning.MissingReferencePrice,
                    line.Index,
                    $"The {corridor.ReferenceSegment.Value} segment has no price for {line.Request.Quantity} of {line.Request.Sku.Value}; the {channel} corridor does not bound the line."));
                continue;
            }

            decimal bound = outcome.Line * (1m + (corridor.MinimumMarkupPercent / 100m));
            FloorStep.Raise(
                work,
                line,
                bound,
                PriceAdjustmentKind.Corridor,
                channel,
                $"the {channel} corridor: the {corridor.ReferenceSegment.Value} price {AdjustmentRules.Show(outcome.Line)} ({outcome.Entry.List.Id}) plus {AdjustmentRules.Show(corridor.MinimumMarkupPercent)}%");
        }
    }
}
