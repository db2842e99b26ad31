namespace B2B2C.Sdk.Pricing;

/// <summary>Rounds every priced line's net amount to the currency's minor unit and records the difference.</summary>
internal sealed class RoundingStep : ICartStep
{
    public void Apply(CartWork work)
    {
        foreach (LineWork line in work.Lines)
        {
            if (!line.IsPriced)
            {
                continue;
            }

            decimal rounded = new Money(line.Net, work.Currency).RoundToMinorUnit(work.Rounding).Amount;
            if (rounded != line.Net)
            {
                line.Adjustments.Add(new PriceAdjustment(
                    PriceAdjustmentKind.Rounding,
                    work.Rounding.ToString(),
                    new Money(rounded - line.Net, work.Currency),
                    $"The line amount {line.Net} was rounded to the minor unit ({work.Rounding})."));
            }

            // Assigned even when numerically equal, so 655.000 becomes 655.00: rounded amounts carry the minor unit's scale at most.
            line.Net = rounded;
        }
    }
}
