using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;

namespace B2B2C.Sdk.Pricing;

/// <summary>
/// Checks what a price book says after base prices (adjustment rules, floor, corridors, price endings, tax rates) and
/// adds it to the book's content hash. Codes PB400 to PB449.
/// </summary>
internal static class AdjustmentRulesCompiler
{
    internal static void Check(PriceBook book, List<PricingDiagnostic> diagnostics)
    {
        CheckRules(book, diagnostics);
        if (book.Floor is FloorPolicy floor && floor.MinimumMarginPercent < 0m)
        {
            Error(diagnostics, "PB410", "floor.minimumMarginPercent", $"The minimum margin {floor.MinimumMarginPercent}% is negative; a floor below cost is no floor.");
        }

        CheckCorridors(book, diagnostics);
        CheckEndings(book, diagnostics);
        CheckTaxRates(book, diagnostics);
    }

    internal static void AppendHash(StringBuilder text, PriceBook book)
    {
        CultureInfo invariant = CultureInfo.InvariantCulture;
        foreach (AdjustmentRule rule in Items(book.Adjustments))
        {
            text.Append(invariant, $"|rule|{rule.Id}|{(int)rule.Kind}|{rule.Segment?.Value}|{rule.Percent}|{rule.Amount?.ToInvariantString()}|{rule.Unit}|{rule.MinQuantity}|{rule.MaxQuantity}|{rule.Channel?.Value}|{rule.ValidFrom?.UtcTicks}|{rule.ValidTo?.UtcTicks}|");
            text.AppendJoin(',', Items(rule.Tiers).Select(t => string.Create(invariant, $"{t.MinQuantity}:{t.Percent}"))).Append('|');
            text.AppendJoin(',', Items(rule.Skus).Select(s => s.Value)).Append('|');
            text.AppendJoin(',', Items(rule.Families)).Append('|').AppendJoin(',', Items(rule.Categories));
        }

        text.Append(invariant, $"|floor|{book.Floor?.MinimumMarginPercent}|taxRounding|{(int)book.TaxRounding}");
        foreach (ChannelCorridor corridor in Items(book.Corridors))
        {
            text.Append(invariant, $"|corridor|{corridor.Channel.Value}|{corridor.ReferenceSegment.Value}|{corridor.MinimumMarkupPercent}");
        }

        foreach (PriceEnding ending in Items(book.PriceEndings))
        {
            text.Append(invariant, $"|ending|{ending.Channel.Value}|{ending.Ending}");
        }

        foreach (TaxRate rate in Items(book.TaxRates))
        {
            text.Append(invariant, $"|tax|{rate.Country}|{rate.Category}|{rate.Rate}");
        }

        foreach (PriceList list in Items(book.PriceLists).Where(l => l.AllowBelowFloor))
        {
            text.Append("|belowFloor|").Append(list.Id.Value);
        }
    }

    private static void CheckRules(PriceBook book, List<PricingDiagnostic> diagnostics)
    {
        ImmutableArray<AdjustmentRule> rules = book.Adjustments.IsDefault ? [] : book.Adjustments;
        if (rules.Length == 0)
        {
            return;
        }

        HashSet<string> segments = [.. Items(book.PriceLists).Where(l => l.Segment is not null).Select(l => l.Segment!.Value.Value ?? string.Empty)];
        HashSet<string> families = [.. Items(book.Products).Where(p => p.Family is not null).Select(p => p.Family!)];
        HashSet<string> categories = [.. Items(book.Products).SelectMany(p => Items(p.Categories))];
        HashSet<string> skus = [.. Items(book.Products).Select(p => p.Sku.Value ?? string.Empty)
            .Concat(Items(book.PriceLists).SelectMany(l => Items(l.Entries)).Select(e => e.Sku.Value ?? string.Empty))];
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < rules.Length; i++)
        {
            AdjustmentRule rule = rules[i];
            if (rule is null || string.IsNullOrWhiteSpace(rule.Id))
            {
                Error(diagnostics, "PB400", $"adjustments[{i}]", "The adjustment rule is null or has no identifier.");
                continue;
            }

            string path = $"adjustments[{i}]({rule.Id})";
            if (!ids.TryAdd(rule.Id, i))
            {
                Error(diagnostics, "PB401", path, $"The identifier is already used by adjustments[{ids[rule.Id]}]; rule identifiers are unique.");
            }

            CheckShape(rule, path, diagnostics);
            CheckPercent(rule.Percent, path + ".percent", diagnostics);
            if (rule.Amount is Money amount && amount.IsNegative)
            {
                Error(diagnostics, "PB403", path + ".amount", $"The amount {amount} is negative; a surcharge adds, and discounts are percentages.");
            }

            ImmutableArray<QuantityDiscountTier> tiers = rule.Tiers.IsDefault ? [] : rule.Tiers;
            for (int t = 0; t < tiers.Length; t++)
            {
                if (tiers[t] is null)
                {
                    Error(diagnostics, "PB408", $"{path}.tiers[{t}]", "The tier is null.");
                    continue;
                }

                CheckPercent(tiers[t].Percent, $"{path}.tiers[{t}].percent", diagnostics);
                if (tiers[t].MinQuantity < 0m || (t > 0 && tiers[t - 1] is not null && tiers[t].MinQuantity <= tiers[t - 1].MinQuantity))
                {
                    Error(diagnostics, "PB408", $"{path}.tiers[{t}].minQuantity", $"The minimum quantity {tiers[t].MinQuantity} is negative or does not rise above the previous tier's; tiers are in increasing order.");
                }
            }

            if ((rule.MinQuantity is decimal min && min < 0m) || (rule.MinQuantity is decimal low && rule.MaxQuantity is decimal high && low > high))
            {
                Error(diagnostics, "PB408", path + ".maxQuantity", $"The quantity range {rule.MinQuantity} to {rule.MaxQuantity} is empty or negative.");
            }

            if (rule.ValidFrom is DateTimeOffset from && rule.ValidTo is DateTimeOffset to && from >= to)
            {
                Error(diagnostics, "PB407", path + ".validTo", $"The rule ends ({to:O}) before or when it starts ({from:O}).");
            }

            if (rule.Segment is SegmentId segment && !segments.Contains(segment.Value ?? string.Empty))
            {
                Warning(diagnostics, "PB405", path + ".segment", $"No price list of the book is for the segment '{segment.Value}'; check the spelling.");
            }

            CheckTargets(rule.Families, families, path + ".families", "family", diagnostics);
            CheckTargets(rule.Categories, categories, path + ".categories", "category", diagnostics);
            CheckTargets(rule.Skus.IsDefault ? [] : [.. rule.Skus.Select(s => s.Value ?? string.Empty)], skus, path + ".skus", "SKU", diagnostics);
        }
    }

    private static void CheckShape(AdjustmentRule rule, string path, List<PricingDiagnostic> diagnostics)
    {
        switch (rule.Kind)
        {
            case AdjustmentRuleKind.SegmentDiscount when rule.Segment is null || rule.Percent is null:
                Error(diagnostics, "PB404", path + (rule.Segment is null ? ".segment" : ".percent"), "A segment discount names its segment and its percentage.");
                break;
            case AdjustmentRuleKind.QuantityDiscount when rule.Tiers.IsDefaultOrEmpty:
                Error(diagnostics, "PB404", path + ".tiers", "A quantity discount has a ladder of at least one tier.");
                break;
            case AdjustmentRuleKind.Surcharge when (rule.Amount is null) == (rule.Percent is null):
                Error(diagnostics, "PB404", path + ".amount", "A surcharge has either a fixed amount or a percentage, not both and not neither.");
                break;
            case AdjustmentRuleKind.SegmentDiscount or AdjustmentRuleKind.QuantityDiscount or AdjustmentRuleKind.Surcharge:
                break;
            default:
                Error(diagnostics, "PB404", path + ".kind", $"{(int)rule.Kind} is not an adjustment rule kind.");
                break;
        }
    }

    private static void CheckPercent(decimal? percent, string path, List<PricingDiagnostic> diagnostics)
    {
        if (percent is decimal value && (value < 0m || value > 100m))
        {
            Error(diagnostics, "PB402", path, $"The percentage {value} is outside 0 to 100.");
        }
    }

    private static void CheckTargets(ImmutableArray<string> targets, HashSet<string> known, string path, string what, List<PricingDiagnostic> diagnostics)
    {
        for (int j = 0; j < (targets.IsDefault ? 0 : targets.Length); j++)
        {
            if (targets[j] is null || !known.Contains(targets[j]))
            {
                Warning(diagnostics, "PB406", $"{path}[{j}]", $"No article of the book has the {what} '{targets[j]}'; the target matches nothing.");
            }
        }
    }

    private static void CheckCorridors(PriceBook book, List<PricingDiagnostic> diagnostics)
    {
        ImmutableArray<ChannelCorridor> corridors = book.Corridors.IsDefault ? [] : book.Corridors;
        HashSet<string> segments = [.. Items(book.PriceLists).Where(l => l.Segment is not null).Select(l => l.Segment!.Value.Value ?? string.Empty)];
        var channels = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < corridors.Length; i++)
        {
            ChannelCorridor corridor = corridors[i];
            if (corridor is null || corridor.Channel == default || corridor.ReferenceSegment == default)
            {
                Error(diagnostics, "PB420", $"corridors[{i}]", "The corridor is null or has no channel or reference segment.");
                continue;
            }

            string path = $"corridors[{i}]({corridor.Channel.Value})";
            if (corridor.MinimumMarkupPercent < 0m)
            {
                Error(diagnostics, "PB421", path + ".minimumMarkupPercent", $"The markup {corridor.MinimumMarkupPercent}% is negative.");
            }

            if (!channels.TryAdd(corridor.Channel.Value, i))
            {
                Error(diagnostics, "PB422", path, $"The channel already has a corridor, corridors[{channels[corridor.Channel.Value]}]; a channel has at most one.");
            }

            if (!segments.Contains(corridor.ReferenceSegment.Value))
            {
                Warning(diagnostics, "PB405", path + ".referenceSegment", $"No price list of the book is for the segment '{corridor.ReferenceSegment.Value}', so the corridor never finds a reference price.");
            }
        }
    }

    private static void CheckEndings(PriceBook book, List<PricingDiagnostic> diagnostics)
    {
        ImmutableArray<PriceEnding> endings = book.PriceEndings.IsDefault ? [] : book.PriceEndings;
        int finest = Items(book.PriceLists).Select(l => l.Currency).Where(c => c != default && c.MinorUnit is not null).Select(c => c.MinorUnit!.Value).DefaultIfEmpty(int.MaxValue).Min();
        var channels = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < endings.Length; i++)
        {
            PriceEnding ending = endings[i];
            if (ending is null || ending.Channel == default)
            {
                Error(diagnostics, "PB430", $"priceEndings[{i}]", "The price ending is null or has no channel.");
                continue;
            }

            string path = $"priceEndings[{i}]({ending.Channel.Value})";
            if (ending.Ending < 0m || ending.Ending >= 1m)
            {
                Error(diagnostics, "PB430", path + ".ending", $"The ending {ending.Ending} is outside 0 (inclusive) to 1 (exclusive); it is the fraction of a major unit, such as 0.99.");
            }
            else if (decimal.Round(ending.Ending, Math.Min(finest, 28), MidpointRounding.ToZero) != ending.Ending)
            {
                Warning(diagnostics, "PB432", path + ".ending", $"The ending {ending.Ending} has more decimals than a currency of the book has minor units ({finest}); rounding will move prices off it.");
            }

            if (!channels.TryAdd(ending.Channel.Value, i))
            {
                Error(diagnostics, "PB431", path, $"The channel already has a price ending, priceEndings[{channels[ending.Channel.Value]}]; a channel has at most one.");
            }
        }

        if (!Enum.IsDefined(book.TaxRounding))
        {
            Error(diagnostics, "PB443", "taxRounding", $"{(int)book.TaxRounding} is not a tax rounding mode.");
        }
    }

    private static void CheckTaxRates(PriceBook book, List<PricingDiagnostic> diagnostics)
    {
        ImmutableArray<TaxRate> rates = book.TaxRates.IsDefault ? [] : book.TaxRates;
        var seen = new Dictionary<(string, string?), int>();
        for (int i = 0; i < rates.Length; i++)
        {
            TaxRate rate = rates[i];
            if (rate is null || rate.Country is null || rate.Country.Length != 2 || !char.IsAsciiLetterUpper(rate.Country[0]) || !char.IsAsciiLetterUpper(rate.Country[1]))
            {
                Error(diagnostics, "PB441", rate is null ? $"taxRates[{i}]" : $"taxRates[{i}]({rate.Country}/{rate.Category ?? "standard"}).country", "The tax rate is null or its country is not an ISO 3166-1 alpha-2 code in upper case, such as DE.");
                continue;
            }

            string path = $"taxRates[{i}]({rate.Country}/{rate.Category ?? "standard"})";
            if (rate.Rate < 0m || rate.Rate > 1m)
            {
                Error(diagnostics, "PB440", path + ".rate", $"The rate {rate.Rate} is outside 0 to 1; write 19% as 0.19.");
            }

            if (!seen.TryAdd((rate.Country, rate.Category), i))
            {
                Error(diagnostics, "PB442", path, $"The country and category already have a rate, taxRates[{seen[(rate.Country, rate.Category)]}].");
            }
        }
    }

    private static IEnumerable<T> Items<T>(ImmutableArray<T> items)
        where T : class?
        => items.IsDefault ? [] : items.Where(i => i is not null)!;

    private static ImmutableArray<Sku> Items(ImmutableArray<Sku> items) => items.IsDefault ? [] : items;

    private static void Error(List<PricingDiagnostic> diagnostics, string code, string path, string message)
        => diagnostics.Add(new PricingDiagnostic(PricingDiagnosticSeverity.Error, code, path, message));

    private static void Warning(List<PricingDiagnostic> diagnostics, string code, string path, string message)
        => diagnostics.Add(new PricingDiagnostic(PricingDiagnosticSeverity.Warning, code, path, message));
}
