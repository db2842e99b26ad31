using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text;
using System.Text.RegularExpressions;
using B2B2C.Sdk.Catalog.Mapping;
using B2B2C.Sdk.Catalog.Units;

namespace B2B2C.Sdk.Catalog;

/// <content>Rule evaluation: extracting source values, converting them for the attribute's type and validating them.</content>
public sealed partial class CatalogMapper
{
    private RuleOutcome Evaluate(CompiledRule rule, AttributePlan plan, string? language, MappingWork work, ImmutableArray<MappedValue>.Builder values)
    {
        TargetAttribute attribute = plan.Attribute;
        bool multi = attribute.Type == TargetAttributeType.MultiEnum;
        List<RawValue> raws = work.Raws;
        raws.Clear();
        switch (rule.Kind)
        {
            case FieldRuleKind.Constant:
                raws.Add(new RawValue(rule.Rule.Value!, null, null));
                break;
            case FieldRuleKind.Template:
                if (!FillTemplate(rule, attribute, language, work, out string filled))
                {
                    return RuleOutcome.NoValue;
                }

                raws.Add(new RawValue(filled, null, FirstField(rule)));
                break;
            case FieldRuleKind.Regex:
                if (!FindField(rule.Source!, attribute, language, work, out SourceField regexField))
                {
                    return RuleOutcome.NoValue;
                }

                Match match;
                try
                {
                    match = rule.Regex!.Match(regexField.Value);
                }
                catch (RegexMatchTimeoutException)
                {
                    work.Issue(CatalogIssueCodes.RuleTimedOut, CatalogIssueSeverity.Error, $"The rule '{rule.Id}' timed out on the value of '{rule.Source}'.", attribute.Name, rule.Source);
                    return RuleOutcome.Failed;
                }

                Group group = rule.GroupName is { } groupName ? match.Groups[groupName] : match.Groups[rule.GroupNumber];
                if (!match.Success || !group.Success || group.Length == 0)
                {
                    return RuleOutcome.NoValue;
                }

                raws.Add(new RawValue(group.Value, regexField.Unit, regexField.Name));
                break;
            default:
                if (multi)
                {
                    foreach (SourceField field in work.Product.Fields)
                    {
                        if (!field.IsEmpty && string.Equals(field.Name, rule.Source, StringComparison.Ordinal))
                        {
                            raws.Add(new RawValue(field.Value, field.Unit, field.Name));
                        }
                    }

                    if (raws.Count == 0)
                    {
                        return RuleOutcome.NoValue;
                    }
                }
                else
                {
                    if (!FindField(rule.Source!, attribute, language, work, out SourceField field))
                    {
                        return RuleOutcome.NoValue;
                    }

                    raws.Add(new RawValue(field.Value, field.Unit, field.Name));
                }

                break;
        }

        if (rule.Rule.Split is { } separator)
        {
            List<RawValue> split = work.SplitRaws;
            split.Clear();
            foreach (RawValue raw in raws)
            {
                foreach (string part in raw.Text.Split(separator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                {
                    split.Add(raw with { Text = part });
                }
            }

            if (split.Count == 0)
            {
                return RuleOutcome.NoValue;
            }

            raws = split;
        }

        if (rule.Map is { } map)
        {
            for (int i = 0; i < raws.Count; i++)
            {
                string key = raws[i].Text.Trim();
                if (map.TryGetValue(key, out string? mapped) || (mapped = rule.Rule.Otherwise) is not null)
                {
                    raws[i] = raws[i] with { Text = mapped };
                    continue;
                }

                bool lookup = rule.Kind == FieldRuleKind.Lookup;
                work.Issue(
                    lookup ? CatalogIssueCodes.LookupMissing : CatalogIssueCodes.ValueNotMapped,
                    CatalogIssueSeverity.Error,
                    lookup
                        ? $"The table '{rule.Rule.Table}' has no entry for '{key}' (from '{raws[i].Field}')."
                        : $"The value '{key}' of '{raws[i].Field}' is not in the value map of rule '{rule.Id}'.",
                    attribute.Name,
                    raws[i].Field);
                return RuleOutcome.Failed;
            }
        }

        return attribute.Type switch
        {
            TargetAttributeType.Text => EmitText(rule, plan, language, raws[0], work, values),
            TargetAttributeType.Number => EmitNumber(rule, plan, raws[0], work, values),
            TargetAttributeType.Range => EmitRange(rule, plan, raws[0], work, values),
            TargetAttributeType.Boolean => EmitBoolean(rule, plan, raws[0], work, values),
            TargetAttributeType.Enum => EmitEnum(rule, plan, raws[0], work, values),
            _ => EmitMultiEnum(rule, plan, raws, work, values),
        };
    }

    private static string? FirstField(CompiledRule rule)
    {
        foreach (TemplatePart part in rule.Template)
        {
            if (part.IsField)
            {
                return part.Text;
            }
        }

        return null;
    }

    private bool FillTemplate(CompiledRule rule, TargetAttribute attribute, string? language, MappingWork work, out string text)
    {
        // Whitespace is collapsed while the parts are appended: runs become one space, none leads or trails.
        StringBuilder builder = work.Text.Clear();
        bool pendingSpace = false;
        foreach (TemplatePart part in rule.Template)
        {
            if (!part.IsField)
            {
                AppendCollapsed(builder, part.Text, ref pendingSpace);
            }
            else if (FindField(part.Text, attribute, language, work, out SourceField field))
            {
                AppendCollapsed(builder, field.Value.Trim(), ref pendingSpace);
            }
            else if (!part.Optional)
            {
                text = string.Empty;
                return false;
            }
        }

        text = builder.ToString();
        return text.Length > 0;
    }

    private static void AppendCollapsed(StringBuilder builder, string text, ref bool pendingSpace)
    {
        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }
    }

    /// <summary>
    /// Finds a source field for a target language: the field in that language, then in each fallback language of the
    /// spec (unless fallbacks are forbidden; a warning when the spec says so), then a field without a language.
    /// </summary>
    private bool FindField(string name, TargetAttribute attribute, string? language, MappingWork work, out SourceField field)
    {
        SourceProduct product = work.Product;
        if (language is null)
        {
            return product.TryGetField(name, out field);
        }

        if (product.TryGetField(name, language, out field))
        {
            return true;
        }

        if (Spec.LanguageFallbackMode != LanguageFallbackMode.Forbid
            && Spec.LanguageFallbacks.TryGetValue(language, out ImmutableArray<string> fallbacks))
        {
            foreach (string fallback in fallbacks)
            {
                if (product.TryGetField(name, fallback, out field))
                {
                    if (Spec.LanguageFallbackMode == LanguageFallbackMode.Warn)
                    {
                        work.Issue(
                            CatalogIssueCodes.LanguageFallback,
                            CatalogIssueSeverity.Warning,
                            $"'{attribute.Name}@{language}' was filled from the {fallback} value of '{name}'.",
                            attribute.Name,
                            name);
                    }

                    return true;
                }
            }
        }

        foreach (SourceField candidate in product.Fields)
        {
            if (candidate.Language is null && !candidate.IsEmpty && string.Equals(candidate.Name, name, StringComparison.Ordinal))
            {
                field = candidate;
                return true;
            }
        }

        field = default;
        return false;
    }

    private RuleOutcome EmitText(CompiledRule rule, AttributePlan plan, string? language, RawValue raw, MappingWork work, ImmutableArray<MappedValue>.Builder values)
    {
        TargetAttribute attribute = plan.Attribute;
        string text = raw.Text;
        if (rule.Kind == FieldRuleKind.Number)
        {
            if (!ReadNumber(rule, attribute, raw, work, out decimal number, out _))
            {
                return RuleOutcome.Failed;
            }

            text = CatalogNumber.Format(number);
        }

        bool valid = true;
        if (attribute.MaxLength is { } maxLength)
        {
            int length = CountCharacters(text);
            if (length > maxLength)
            {
                valid = false;
                work.Issue(
                    CatalogIssueCodes.TooLong,
                    CatalogIssueSeverity.Error,
                    FormattableString.Invariant($"'{attribute.Name}' is {length} characters long; at most {maxLength} are allowed."),
                    attribute.Name,
                    raw.Field);
            }
        }

        if (plan.Pattern is { } pattern)
        {
            bool matches;
            try
            {
                matches = pattern.IsMatch(text);
            }
            catch (RegexMatchTimeoutException)
            {
                matches = false;
            }

            if (!matches)
            {
                valid = false;
                work.Issue(
                    CatalogIssueCodes.PatternMismatch,
                    CatalogIssueSeverity.Error,
                    $"'{Shorten(text)}' does not match the pattern of '{attribute.Name}' ({attribute.Pattern}).",
                    attribute.Name,
                    raw.Field);
            }
        }

        if (!valid)
        {
            return RuleOutcome.Failed;
        }

        values.Add(new MappedValue(attribute.Name, TargetAttributeType.Text, text, null, language, rule.Id, raw.Field));
        return RuleOutcome.Filled;
    }

    private RuleOutcome EmitNumber(CompiledRule rule, AttributePlan plan, RawValue raw, MappingWork work, ImmutableArray<MappedValue>.Builder values)
    {
        TargetAttribute attribute = plan.Attribute;
        if (!ReadNumber(rule, attribute, raw, work, out decimal number, out MeasureUnit? unit)
            || !ConvertForAttribute(plan, raw, work, ref number, ref unit)
            || !CheckBounds(plan, raw, work, number, unit)
            || !FormatNumber(plan, raw, work, number, out string text))
        {
            return RuleOutcome.Failed;
        }

        values.Add(new MappedValue(attribute.Name, TargetAttributeType.Number, text, unit?.Code, null, rule.Id, raw.Field));
        return RuleOutcome.Filled;
    }

    private RuleOutcome EmitRange(CompiledRule rule, AttributePlan plan, RawValue raw, MappingWork work, ImmutableArray<MappedValue>.Builder values)
    {
        TargetAttribute attribute = plan.Attribute;
        Match match = RangePattern().Match(raw.Text);
        if (!match.Success)
        {
            work.Issue(
                CatalogIssueCodes.RangeUnreadable,
                CatalogIssueSeverity.Error,
                $"'{Shorten(raw.Text)}' in '{raw.Field}' is not a range such as '-40..125', '-40 to 125 °C' or '-40 - +125'.",
                attribute.Name,
                raw.Field);
            return RuleOutcome.Failed;
        }

        string? unitText = match.Groups["ub"].Success ? match.Groups["ub"].Value : match.Groups["ua"].Success ? match.Groups["ua"].Value : raw.Unit;
        RawValue low = new(match.Groups["a"].Value, unitText, raw.Field);
        RawValue high = new(match.Groups["b"].Value, unitText, raw.Field);
        if (!ReadNumber(rule, attribute, low, work, out decimal min, out MeasureUnit? minUnit, inlineAllowed: false)
            || !ReadNumber(rule, attribute, high, work, out decimal max, out MeasureUnit? maxUnit, inlineAllowed: false)
            || !ConvertForAttribute(plan, raw, work, ref min, ref minUnit)
            || !ConvertForAttribute(plan, raw, work, ref max, ref maxUnit)
            || !CheckBounds(plan, raw, work, min, minUnit)
            || !CheckBounds(plan, raw, work, max, maxUnit)
            || !FormatNumber(plan, raw, work, min, out string minText)
            || !FormatNumber(plan, raw, work, max, out string maxText))
        {
            return RuleOutcome.Failed;
        }

        if (min > max)
        {
            work.Issue(
                CatalogIssueCodes.RangeInverted,
                CatalogIssueSeverity.Error,
                $"The range '{Shorten(raw.Text)}' of '{attribute.Name}' starts above its end.",
                attribute.Name,
                raw.Field);
            return RuleOutcome.Failed;
        }

        values.Add(new MappedValue(attribute.Name, TargetAttributeType.Range, minText + ".." + maxText, minUnit?.Code, null, rule.Id, raw.Field));
        return RuleOutcome.Filled;
    }

    private static RuleOutcome EmitBoolean(CompiledRule rule, AttributePlan plan, RawValue raw, MappingWork work, ImmutableArray<MappedValue>.Builder values)
    {
        string text = raw.Text.Trim();
        string? value = text.ToUpperInvariant() switch
        {
            "TRUE" or "YES" or "Y" or "1" => "true",
            "FALSE" or "NO" or "N" or "0" => "false",
            _ => null,
        };
        if (value is null)
        {
            work.Issue(
                CatalogIssueCodes.BooleanUnreadable,
                CatalogIssueSeverity.Error,
                $"'{Shorten(text)}' in '{raw.Field}' is not a boolean (true, false, yes, no, y, n, 1, 0).",
                plan.Attribute.Name,
                raw.Field);
            return RuleOutcome.Failed;
        }

        values.Add(new MappedValue(plan.Attribute.Name, TargetAttributeType.Boolean, value, null, null, rule.Id, raw.Field));
        return RuleOutcome.Filled;
    }

    private static RuleOutcome EmitEnum(CompiledRule rule, AttributePlan plan, RawValue raw, MappingWork work, ImmutableArray<MappedValue>.Builder values)
    {
        string text = raw.Text.Trim();
        if (plan.AllowedValues is { } allowed && !allowed.Contains(text))
        {
            NotAllowed(plan, raw, work, text);
            return RuleOutcome.Failed;
        }

        values.Add(new MappedValue(plan.Attribute.Name, TargetAttributeType.Enum, text, null, null, rule.Id, raw.Field));
        return RuleOutcome.Filled;
    }

    private static RuleOutcome EmitMultiEnum(CompiledRule rule, AttributePlan plan, List<RawValue> raws, MappingWork work, ImmutableArray<MappedValue>.Builder values)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var accepted = new List<MappedValue>(raws.Count);
        bool valid = true;
        foreach (RawValue raw in raws)
        {
            string text = raw.Text.Trim();
            if (!seen.Add(text))
            {
                continue;
            }

            if (plan.AllowedValues is { } allowed && !allowed.Contains(text))
            {
                NotAllowed(plan, raw, work, text);
                valid = false;
                continue;
            }

            accepted.Add(new MappedValue(plan.Attribute.Name, TargetAttributeType.MultiEnum, text, null, null, rule.Id, raw.Field));
        }

        if (plan.Attribute.MaxValues is { } maxValues && seen.Count > maxValues)
        {
            work.Issue(
                CatalogIssueCodes.TooManyValues,
                CatalogIssueSeverity.Error,
                FormattableString.Invariant($"'{plan.Attribute.Name}' has {seen.Count} values; at most {maxValues} are allowed."),
                plan.Attribute.Name,
                raws[0].Field);
            valid = false;
        }

        if (!valid)
        {
            return RuleOutcome.Failed;
        }

        values.AddRange(accepted);
        return RuleOutcome.Filled;
    }

    private static void NotAllowed(AttributePlan plan, RawValue raw, MappingWork work, string text)
        => work.Issue(
            CatalogIssueCodes.ValueNotAllowed,
            CatalogIssueSeverity.Error,
            $"'{Shorten(text)}' is not an allowed value of '{plan.Attribute.Name}'.",
            plan.Attribute.Name,
            raw.Field);

    private bool ReadNumber(CompiledRule rule, TargetAttribute attribute, RawValue raw, MappingWork work, out decimal number, out MeasureUnit? unit, bool inlineAllowed = true)
    {
        ReadOnlySpan<char> text = raw.Text.AsSpan().Trim();
        string? normalized = null;
        if (rule.Rule.DecimalComma && text.Contains(',') && !text.Contains('.'))
        {
            normalized = text.ToString().Replace(',', '.');
            text = normalized;
        }

        unit = null;
        if (CatalogNumber.TryParse(text, out number))
        {
            // the unit comes from the field (a BMEcat FUNIT or a CSV header) or, failing that, from the rule
        }
        else if ((rule.Rule.InlineUnit || !inlineAllowed) && _units.TryParseMeasure(text, out number, out MeasureUnit? inline))
        {
            unit = inline;
        }
        else
        {
            work.Issue(
                CatalogIssueCodes.NumberUnreadable,
                CatalogIssueSeverity.Error,
                $"'{Shorten(raw.Text)}' in '{raw.Field}' is not a number{(rule.Rule.DecimalComma ? string.Empty : " (a decimal comma needs decimalComma: true)")}.",
                attribute.Name,
                raw.Field);
            return false;
        }

        if (unit is null && raw.Unit is { Length: > 0 } unitText)
        {
            if (!_units.TryFind(unitText.Trim(), out MeasureUnit? fieldUnit))
            {
                work.Issue(
                    CatalogIssueCodes.UnknownUnit,
                    CatalogIssueSeverity.Error,
                    $"The unit '{unitText}' of '{raw.Field}' is not in the unit table.",
                    attribute.Name,
                    raw.Field);
                return false;
            }

            unit = fieldUnit;
        }

        unit ??= rule.SourceUnit;
        return true;
    }

    private bool ConvertForAttribute(AttributePlan plan, RawValue raw, MappingWork work, ref decimal number, ref MeasureUnit? unit)
    {
        TargetAttribute attribute = plan.Attribute;
        MeasureUnit? target = plan.Unit;
        if (target is null && plan.AllowedUnits.Length > 0)
        {
            if (unit is null)
            {
                work.Issue(
                    CatalogIssueCodes.UnitMissing,
                    CatalogIssueSeverity.Error,
                    $"'{attribute.Name}' needs one of the units {string.Join(", ", attribute.AllowedUnits)}, but '{raw.Field}' does not say which unit {raw.Text.Trim()} is in.",
                    attribute.Name,
                    raw.Field);
                return false;
            }

            foreach (MeasureUnit allowed in plan.AllowedUnits)
            {
                if (ReferenceEquals(allowed, unit) || string.Equals(allowed.Code, unit.Code, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            target = NearestAllowedUnit(plan, unit, number);

            if (target is null)
            {
                work.Issue(
                    CatalogIssueCodes.UnitNotAllowed,
                    CatalogIssueSeverity.Error,
                    $"The unit {unit.Code} of '{raw.Field}' converts into none of the units '{attribute.Name}' allows ({string.Join(", ", attribute.AllowedUnits)}).",
                    attribute.Name,
                    raw.Field);
                return false;
            }
        }

        if (target is null)
        {
            return true;
        }

        if (unit is null)
        {
            work.Issue(
                CatalogIssueCodes.UnitMissing,
                CatalogIssueSeverity.Error,
                $"'{attribute.Name}' is in {target.Code}, but '{raw.Field}' does not say which unit {raw.Text.Trim()} is in (give the field a unit or the rule a sourceUnit).",
                attribute.Name,
                raw.Field);
            return false;
        }

        if (ReferenceEquals(unit, target) || string.Equals(unit.Code, target.Code, StringComparison.Ordinal))
        {
            unit = target;
            return true;
        }

        if (!unit.CanConvertTo(target) || !unit.TryConvertTo(number, target, out MeasureConversion conversion))
        {
            work.Issue(
                CatalogIssueCodes.UnitNotConvertible,
                CatalogIssueSeverity.Error,
                unit.CanConvertTo(target)
                    ? $"{raw.Text.Trim()} {unit.Code} of '{raw.Field}' is out of range in {target.Code}."
                    : $"The unit {unit.Code} ({unit.Dimension}) of '{raw.Field}' cannot be converted into {target.Code} ({target.Dimension}).",
                attribute.Name,
                raw.Field);
            return false;
        }

        number = conversion.Value;
        if (!conversion.IsExact)
        {
            int decimals = attribute.Decimals ?? _inexactDecimals;
            number = Math.Round(number, decimals, MidpointRounding.ToEven);
            work.Issue(
                CatalogIssueCodes.InexactConversion,
                CatalogIssueSeverity.Warning,
                FormattableString.Invariant($"{raw.Text.Trim()} {unit.Code} has no exact value in {target.Code}; it was rounded to {decimals} decimals."),
                attribute.Name,
                raw.Field);
        }

        unit = target;
        return true;
    }

    /// <summary>
    /// Chooses, among the allowed units the value converts into, the one that writes it with the smallest magnitude of at
    /// least 1 (0.1 mF becomes 100 µF, not 100000000 pF); when every candidate gives less than 1, the one giving the most.
    /// </summary>
    private static MeasureUnit? NearestAllowedUnit(AttributePlan plan, MeasureUnit unit, decimal number)
    {
        MeasureUnit? best = null;
        decimal bestMagnitude = 0m;
        foreach (MeasureUnit allowed in plan.AllowedUnits)
        {
            if (!unit.CanConvertTo(allowed) || !unit.TryConvertTo(number, allowed, out MeasureConversion conversion))
            {
                continue;
            }

            decimal magnitude = Math.Abs(conversion.Value);
            bool better = best is null
                || (magnitude >= 1m && (bestMagnitude < 1m || magnitude < bestMagnitude))
                || (magnitude < 1m && bestMagnitude < 1m && magnitude > bestMagnitude);
            if (better)
            {
                best = allowed;
                bestMagnitude = magnitude;
            }
        }

        return best;
    }

    private static bool CheckBounds(AttributePlan plan, RawValue raw, MappingWork work, decimal number, MeasureUnit? unit)
    {
        TargetAttribute attribute = plan.Attribute;
        string unitText = unit is null ? string.Empty : " " + unit.Code;
        if (attribute.Minimum is { } minimum && number < minimum)
        {
            work.Issue(
                CatalogIssueCodes.BelowMinimum,
                CatalogIssueSeverity.Error,
                $"{CatalogNumber.Format(number)}{unitText} is below the minimum {CatalogNumber.Format(minimum)} of '{attribute.Name}'.",
                attribute.Name,
                raw.Field);
            return false;
        }

        if (attribute.Maximum is { } maximum && number > maximum)
        {
            work.Issue(
                CatalogIssueCodes.AboveMaximum,
                CatalogIssueSeverity.Error,
                $"{CatalogNumber.Format(number)}{unitText} is above the maximum {CatalogNumber.Format(maximum)} of '{attribute.Name}'.",
                attribute.Name,
                raw.Field);
            return false;
        }

        return true;
    }

    private static bool FormatNumber(AttributePlan plan, RawValue raw, MappingWork work, decimal number, out string text)
    {
        TargetAttribute attribute = plan.Attribute;
        if (attribute.Decimals is not { } decimals)
        {
            text = CatalogNumber.Format(number);
            return true;
        }

        if (Math.Round(number, decimals, MidpointRounding.ToEven) != number)
        {
            work.Issue(
                CatalogIssueCodes.TooManyDecimals,
                CatalogIssueSeverity.Error,
                FormattableString.Invariant($"{CatalogNumber.Format(number)} has more than the {decimals} decimals '{attribute.Name}' is written with; it is not rounded silently."),
                attribute.Name,
                raw.Field);
            text = string.Empty;
            return false;
        }

        text = CatalogNumber.Format(number, decimals);
        return true;
    }

    private static int CountCharacters(string text)
    {
        int count = 0;
        foreach (Rune _ in text.EnumerateRunes())
        {
            count++;
        }

        return count;
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : string.Concat(text.AsSpan(0, 60), "...");

    [GeneratedRegex(
        @"^\s*(?<a>[+-]?\d+(?:[.,]\d+)?(?:[eE][+-]?\d+)?)\s*(?<ua>[^\d\s.,+\-~…–—][^\s.]*)?\s*(?:\.\.\.?|…|to|~|–|—|-)\s*(?<b>[+-]?\d+(?:[.,]\d+)?(?:[eE][+-]?\d+)?)\s*(?<ub>\S.*?)?\s*$",
        RegexOptions.CultureInvariant,
        matchTimeoutMilliseconds: 1000)]
    private static partial Regex RangePattern();
}
