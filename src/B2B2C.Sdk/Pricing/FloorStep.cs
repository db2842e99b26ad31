namespace B2B2C.Sdk.Pricing;

/// <summary>
/// Raises each line below its floor (cost times the base quantity plus the book's minimum margin) to the floor rounded
/// up to the minor unit, unless the line's price list allows prices below the floor.
/// </summary>
internal sealed class FloorStep : ICartStep
{
    public void Apply(CartWork work)
    {
        if (work.Snapshot.Book.Floor is not FloorPolicy policy)
        {
            return;
        }

        foreach (LineWork line in work.Lines)
        {
            if (!line.IsPriced || line.Product?.Cost is not Money cost || line.Outcome.Entry!.List.Source.AllowBelowFloor)
            {
                continue;
            }

            if (cost.Currency != work.Currency)
            {
                work.Warnings.Add(new QuoteWarning(
                    QuoteWarning.CostCurrency,
                    line.Index,
                    $"The cost of {line.Request.Sku.Value} is in {cost.Currency.Code}, not {work.Currency.Code}; the line has no floor."));
                continue;
            }

            decimal floor = cost.Amount * AdjustmentRules.BaseQuantity(line) * (1m + (policy.MinimumMarginPercent / 100m));
            Raise(work, line, floor, PriceAdjustmentKind.Floor, "floor", $"the floor: cost {cost} per unit plus {AdjustmentRules.Show(policy.MinimumMarginPercent)}%");
        }
    }

    /// <summary>
    /// Records a lower bound for the line and, when the line would round below it, raises it to the bound rounded up to
    /// the minor unit, so the rounded line is never below the bound.
    /// </summary>
    internal static void Raise(CartWork work, LineWork line, decimal bound, PriceAdjustmentKind kind, string source, string why)
    {
        if (bound > line.Minimum)
        {
            line.Minimum = bound;
        }

        if (AdjustmentRules.RoundToMinorUnit(line.Net, work) >= bound)
        {
            return;
        }

        decimal raised = AdjustmentRules.CeilingToMinorUnit(bound, work.Currency);
        var change = new Money(raised - line.Net, work.Currency);
        line.Adjustments.Add(new PriceAdjustment(
            kind,
            source,
            change,
            $"The line amount {AdjustmentRules.Show(line.Net)} was raised to {AdjustmentRules.Show(raised)}, {why}."));
        line.Net = raised;
    }
}
