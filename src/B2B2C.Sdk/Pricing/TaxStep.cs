using System;
using System.Linq;

namespace B2B2C.Sdk.Pricing;

/// <summary>
/// Computes each priced line's tax from its rounded net amount, at the rate for the asker's country and the article's
/// tax category, rounded per line or per unit as the book says; a line whose gross amount a price ending fixed gets the
/// gross minus the net. A missing rate gives zero tax and a warning.
/// </summary>
internal sealed class TaxStep : ICartStep
{
    public void Apply(CartWork work)
    {
        string? country = work.Context.Country;
        if (country is null)
        {
            if (work.Context.PriceDisplay == PriceDisplay.Gross && work.Lines.Any(l => l.IsPriced))
            {
                work.Warnings.Add(new QuoteWarning(QuoteWarning.NoCountry, null, "The asker wants gross amounts but has no country; no tax was computed, so gross equals net."));
            }

            return;
        }

        // Lines of one tax category share their source and, when rounded per line, their description: built once per category.
        bool cached = false;
        string? cachedCategory = null;
        string cachedSource = string.Empty;
        string cachedPerLine = string.Empty;
        foreach (LineWork line in work.Lines)
        {
            if (!line.IsPriced)
            {
                continue;
            }

            if (!TryRate(work, line, out string? category, out decimal rate))
            {
                work.Warnings.Add(new QuoteWarning(
                    QuoteWarning.MissingTaxRate,
                    line.Index,
                    $"The book has no tax rate for {country} and the {category ?? "standard"} tax category of {line.Request.Sku.Value}; the line's tax is zero."));
                continue;
            }

            decimal tax;
            string? how;
            if (line.FixedGross is decimal gross)
            {
                tax = gross - line.Net;
                how = $"the part of the fixed gross amount {AdjustmentRules.Show(gross)} above the net";
            }
            else if (work.Snapshot.Book.TaxRounding == TaxRounding.PerUnit && line.Outcome.Value > 0m)
            {
                decimal quantity = AdjustmentRules.PriceUnits(line);
                decimal unitTax = AdjustmentRules.RoundToMinorUnit(line.Net / quantity * rate, work);
                tax = AdjustmentRules.RoundToMinorUnit(unitTax * quantity, work);
                how = $"{AdjustmentRules.Show(unitTax)} per unit, rounded per unit";
            }
            else
            {
                tax = AdjustmentRules.RoundToMinorUnit(line.Net * rate, work);
                how = null;
            }

            line.Tax = tax;
            line.TaxRate = rate;
            if (!cached || !string.Equals(cachedCategory, category, StringComparison.Ordinal))
            {
                cached = true;
                cachedCategory = category;
                cachedSource = $"{country}/{category ?? "standard"}";
                cachedPerLine = Describe(country, category, rate, "rounded per line");
            }

            line.Adjustments.Add(new PriceAdjustment(
                PriceAdjustmentKind.Tax,
                cachedSource,
                new Money(tax, work.Currency),
                how is null ? cachedPerLine : Describe(country, category, rate, how)));
        }
    }

    private static string Describe(string country, string? category, decimal rate, string how)
        => $"Tax at {AdjustmentRules.Show(rate * 100m)}% for {country} ({category ?? "standard"}), {how}; not part of the net amount.";

    /// <summary>Finds the rate for the asker's country and the line's tax category (<see langword="null"/> for standard).</summary>
    internal static bool TryRate(CartWork work, LineWork line, out string? category, out decimal rate)
    {
        category = line.Product?.TaxCategory;
        rate = 0m;
        string? country = work.Context.Country;
        if (country is null || work.Snapshot.Book.TaxRates.IsDefaultOrEmpty)
        {
            return false;
        }

        foreach (TaxRate candidate in work.Snapshot.Book.TaxRates)
        {
            if (candidate is not null
                && string.Equals(candidate.Country, country, StringComparison.Ordinal)
                && string.Equals(candidate.Category, category, StringComparison.Ordinal))
            {
                rate = candidate.Rate;
                return true;
            }
        }

        return false;
    }
}
