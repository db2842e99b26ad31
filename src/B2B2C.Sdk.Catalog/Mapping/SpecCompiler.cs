using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using B2B2C.Sdk.Catalog.Units;

namespace B2B2C.Sdk.Catalog.Mapping;

/// <summary>
/// Compiles a mapping spec against a target schema, reporting every problem at once: rules that cannot run, required
/// attributes no rule fills, value maps that produce values the target refuses, unit conversions across dimensions,
/// unknown source fields, tables and product types.
/// </summary>
internal sealed class SpecCompiler
{
    private readonly MappingSpec _spec;
    private readonly TargetSchema _schema;
    private readonly MeasureUnitTable _units;
    private readonly TimeSpan _regexTimeout;
    private readonly List<MappingDiagnostic> _diagnostics = [];
    private readonly HashSet<string>? _sourceFields;

    /// <summary>The (rule, attribute definition) pairs already checked, so a rule shared by many types is reported once.</summary>
    private readonly HashSet<(int Rule, string Attribute)> _checked = [];

    internal SpecCompiler(MappingSpec spec, TargetSchema schema, MeasureUnitTable units, TimeSpan regexTimeout)
    {
        _spec = spec;
        _schema = schema;
        _units = units;
        _regexTimeout = regexTimeout;
        _sourceFields = spec.SourceFields.IsEmpty ? null : new HashSet<string>(spec.SourceFields, StringComparer.Ordinal);
    }

    internal ImmutableArray<MappingDiagnostic> Diagnostics
        => [.. _diagnostics.Where(d => d.IsError), .. _diagnostics.Where(d => !d.IsError)];

    internal bool HasErrors => _diagnostics.Any(d => d.IsError);

    internal CompiledSpec Compile()
    {
        if (_spec.TargetSchema is { } expected && !string.Equals(expected, _schema.Id, StringComparison.Ordinal))
        {
            Error(MappingDiagnosticCodes.SchemaMismatch, "$.targetSchema", $"The spec was written for the schema '{expected}' but is compiled against '{_schema.Id}'.");
        }

        CheckCategory();
        CheckSourceField(_spec.Category.SourceField, "$.category.source");
        foreach (KeyValuePair<string, ImmutableDictionary<string, string>> table in _spec.Tables)
        {
            if (table.Value.IsEmpty)
            {
                Warning(MappingDiagnosticCodes.UnknownTable, "$.tables." + table.Key, $"The lookup table '{table.Key}' is empty.");
            }
        }

        var rules = new CompiledRule?[_spec.Rules.Length];
        for (int i = 0; i < rules.Length; i++)
        {
            rules[i] = CompileRule(_spec.Rules[i], i);
        }

        // Only the product types the category mapping can select are planned and checked: a marketplace schema
        // has thousands of categories and one supplier's spec serves a few of them.
        var plans = new Dictionary<string, TypePlan>(StringComparer.Ordinal);
        foreach (ProductType type in ReachableTypes())
        {
            plans[type.Id] = PlanType(type, rules);
        }

        CheckRuleTargets(rules);
        return new CompiledSpec(plans.ToFrozenDictionary(StringComparer.Ordinal));
    }

    private static void AddConsumed(HashSet<string> consumed, CompiledRule rule)
    {
        if (rule.Source is { } source)
        {
            consumed.Add(source);
        }

        foreach (TemplatePart part in rule.Template)
        {
            if (part.IsField)
            {
                consumed.Add(part.Text);
            }
        }

        if (rule.When is { } when)
        {
            consumed.Add(when.Field);
        }
    }

    private IEnumerable<ProductType> ReachableTypes()
    {
        var ids = new HashSet<string>(_spec.Category.Map.Values, StringComparer.Ordinal);
        if (_spec.Category.Fallback is { } fallback)
        {
            ids.Add(fallback);
        }

        return _schema.ProductTypes.Where(t => ids.Contains(t.Id));
    }

    private void CheckCategory()
    {
        CategoryMapping category = _spec.Category;
        foreach (KeyValuePair<string, string> entry in category.Map.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            if (!_schema.TryGetProductType(entry.Value, out _))
            {
                Error(MappingDiagnosticCodes.UnknownProductType, "$.category.map." + entry.Key, $"The code '{entry.Key}' maps to the product type '{entry.Value}', which the schema '{_schema.Id}' does not have.");
            }
        }

        if (category.Fallback is { } fallback && !_schema.TryGetProductType(fallback, out _))
        {
            Error(MappingDiagnosticCodes.UnknownProductType, "$.category.fallback", $"The fallback product type '{fallback}' is not in the schema '{_schema.Id}'.");
        }

        if (category.Map.IsEmpty && category.Fallback is null)
        {
            Error(MappingDiagnosticCodes.UnknownProductType, "$.category", "The category mapping has neither a map nor a fallback, so no product would get a product type.");
        }
    }

    private CompiledRule? CompileRule(FieldRule rule, int index)
    {
        string path = "$.rules[" + index.ToString(CultureInfo.InvariantCulture) + "]";
        string id = rule.Id ?? "rules[" + index.ToString(CultureInfo.InvariantCulture) + "]";
        bool ok = true;
        TemplatePart[] template = [];
        FrozenDictionary<string, string>? map = null;
        Regex? regex = null;
        int groupNumber = -1;
        string? groupName = null;
        MeasureUnit? sourceUnit = null;

        bool needsSource = rule.Kind is not (FieldRuleKind.Template or FieldRuleKind.Constant);
        if (needsSource && string.IsNullOrEmpty(rule.Source))
        {
            ok = Error(MappingDiagnosticCodes.MalformedRule, path, $"A {Name(rule.Kind)} rule needs a 'source' field.");
        }
        else if (rule.Source is { } source)
        {
            CheckSourceField(source, path + ".source");
        }

        switch (rule.Kind)
        {
            case FieldRuleKind.Template:
                if (string.IsNullOrEmpty(rule.Template))
                {
                    ok = Error(MappingDiagnosticCodes.MalformedRule, path, "A template rule needs a 'template'.");
                }
                else if (!TemplateParser.TryParse(rule.Template, out template, out string error))
                {
                    ok = Error(MappingDiagnosticCodes.MalformedRule, path + ".template", $"The template '{rule.Template}' is malformed: {error}.");
                }
                else
                {
                    if (!template.Any(p => p.IsField))
                    {
                        Warning(MappingDiagnosticCodes.MalformedRule, path + ".template", "The template has no placeholder; use a constant rule for fixed text.");
                    }

                    foreach (TemplatePart part in template.Where(p => p.IsField))
                    {
                        CheckSourceField(part.Text, path + ".template");
                    }
                }

                break;
            case FieldRuleKind.Lookup:
                if (rule.Table is null)
                {
                    ok = Error(MappingDiagnosticCodes.MalformedRule, path, "A lookup rule needs a 'table'.");
                }
                else if (!_spec.Tables.TryGetValue(rule.Table, out ImmutableDictionary<string, string>? table))
                {
                    ok = Error(MappingDiagnosticCodes.UnknownTable, path + ".table", $"The lookup table '{rule.Table}' is not defined in 'tables'.");
                }
                else
                {
                    map = table.ToFrozenDictionary(StringComparer.Ordinal);
                }

                break;
            case FieldRuleKind.ValueMap:
                if (rule.ValueMap.IsEmpty)
                {
                    ok = Error(MappingDiagnosticCodes.MalformedRule, path, "A value-map rule needs a non-empty 'map'.");
                }
                else
                {
                    map = rule.ValueMap.ToFrozenDictionary(StringComparer.Ordinal);
                }

                break;
            case FieldRuleKind.Regex:
                regex = CompileRegex(rule.Pattern, path + ".pattern", required: true);
                if (regex is null)
                {
                    ok = false;
                }
                else if (rule.Group is { } group)
                {
                    if (int.TryParse(group, NumberStyles.None, CultureInfo.InvariantCulture, out int number))
                    {
                        if (number > regex.GetGroupNumbers().Max())
                        {
                            ok = Error(MappingDiagnosticCodes.MalformedRule, path + ".group", $"The pattern has no group {number}.");
                        }

                        groupNumber = number;
                    }
                    else if (regex.GroupNumberFromName(group) < 0)
                    {
                        ok = Error(MappingDiagnosticCodes.MalformedRule, path + ".group", $"The pattern has no group named '{group}'.");
                    }
                    else
                    {
                        groupName = group;
                    }
                }
                else
                {
                    groupNumber = regex.GetGroupNumbers().Length > 1 ? 1 : 0;
                }

                break;
            case FieldRuleKind.Constant:
                if (rule.Value is null)
                {
                    ok = Error(MappingDiagnosticCodes.MalformedRule, path, "A constant rule needs a 'value'.");
                }

                break;
        }

        if (rule.SourceUnit is { } unitText)
        {
            if (_units.TryFind(unitText, out MeasureUnit? unit))
            {
                sourceUnit = unit;
            }
            else
            {
                ok = Error(MappingDiagnosticCodes.UnknownUnit, path + ".sourceUnit", $"The unit '{unitText}' is not in the unit table.");
            }
        }

        CompiledCondition? when = null;
        if (rule.When is { } condition)
        {
            CheckSourceField(condition.Field, path + ".when.field");
            Regex? conditionRegex = condition.Matches is null ? null : CompileRegex(condition.Matches, path + ".when.matches", required: true);
            if (condition.Matches is not null && conditionRegex is null)
            {
                ok = false;
            }

            when = new CompiledCondition(
                condition,
                condition.Equal is null && !condition.In.IsEmpty ? condition.In.ToFrozenSet(StringComparer.Ordinal) : null,
                condition.Equal is null && condition.In.IsEmpty ? conditionRegex : null);
        }

        if (!ok)
        {
            return null;
        }

        return new CompiledRule(rule, id)
        {
            Template = template,
            Map = map,
            Regex = regex,
            GroupNumber = groupNumber,
            GroupName = groupName,
            SourceUnit = sourceUnit,
            When = when,
        };
    }

    private TypePlan PlanType(ProductType type, CompiledRule?[] rules)
    {
        var attributes = new AttributePlan[type.Attributes.Length];
        for (int a = 0; a < attributes.Length; a++)
        {
            TargetAttribute attribute = type.Attributes[a];
            string?[] languages = attribute.IsLocalized ? [.. attribute.Languages] : [null];
            var perLanguage = new CompiledRule[languages.Length][];
            for (int l = 0; l < languages.Length; l++)
            {
                var applicable = new List<CompiledRule>();
                for (int r = 0; r < rules.Length; r++)
                {
                    if (rules[r] is { } rule && Applies(rule, type, attribute, languages[l]))
                    {
                        applicable.Add(rule);
                        CheckRuleAgainstAttribute(rule, r, type, attribute);
                    }
                }

                perLanguage[l] = [.. applicable];
                CheckRequired(type, attribute, languages[l], perLanguage[l]);
            }

            MeasureUnit? unit = null;
            if (attribute.Unit is { } unitCode)
            {
                if (_units.TryFind(unitCode, out MeasureUnit? found))
                {
                    unit = found;
                }
                else
                {
                    Error(MappingDiagnosticCodes.UnknownUnit, "$.rules", $"The attribute '{attribute.Name}' uses the unit '{unitCode}', which the unit table does not know.", type.Id);
                }
            }

            var allowedUnits = new List<MeasureUnit>();
            foreach (string code in attribute.AllowedUnits)
            {
                if (_units.TryFind(code, out MeasureUnit? found))
                {
                    allowedUnits.Add(found);
                }
            }

            attributes[a] = new AttributePlan(attribute, languages, perLanguage)
            {
                Unit = unit,
                AllowedUnits = [.. allowedUnits],
                AllowedValues = attribute.AllowedValues.IsEmpty ? null : attribute.AllowedValues.ToFrozenSet(StringComparer.Ordinal),
                Pattern = attribute.Pattern is null ? null : new Regex(attribute.Pattern, RegexOptions.CultureInvariant | RegexOptions.Compiled, _regexTimeout),
            };
        }

        var consumed = new HashSet<string>(StringComparer.Ordinal) { _spec.Category.SourceField };
        foreach (AttributePlan plan in attributes)
        {
            foreach (CompiledRule rule in plan.Rules.SelectMany(r => r))
            {
                AddConsumed(consumed, rule);
            }
        }

        return new TypePlan(type, attributes, consumed.ToFrozenSet(StringComparer.Ordinal));
    }

    private static bool Applies(CompiledRule rule, ProductType type, TargetAttribute attribute, string? language)
    {
        if (!string.Equals(rule.Rule.Target, attribute.Name, StringComparison.Ordinal))
        {
            return false;
        }

        if (!rule.Rule.ProductTypes.IsEmpty && !rule.Rule.ProductTypes.Contains(type.Id, StringComparer.Ordinal))
        {
            return false;
        }

        if (language is null)
        {
            return rule.Language is null;
        }

        // A rule without a language fills a localized attribute only when the attribute has a single language.
        return rule.Language is null
            ? attribute.Languages.Length == 1
            : string.Equals(rule.Language, language, StringComparison.OrdinalIgnoreCase);
    }

    private void CheckRuleTargets(CompiledRule?[] rules)
    {
        for (int r = 0; r < rules.Length; r++)
        {
            if (rules[r] is not { } rule)
            {
                continue;
            }

            string path = "$.rules[" + r.ToString(CultureInfo.InvariantCulture) + "]";
            foreach (string typeId in rule.Rule.ProductTypes)
            {
                if (!_schema.TryGetProductType(typeId, out _))
                {
                    Error(MappingDiagnosticCodes.UnknownProductType, path + ".productTypes", $"The rule is limited to the product type '{typeId}', which the schema does not have.");
                }
            }

            IEnumerable<ProductType> types = rule.Rule.ProductTypes.IsEmpty
                ? ReachableTypes()
                : ReachableTypes().Where(t => rule.Rule.ProductTypes.Contains(t.Id, StringComparer.Ordinal));
            TargetAttribute[] targets = [.. types.Select(t => t.TryGetAttribute(rule.Rule.Target, out TargetAttribute? a) ? a : null).OfType<TargetAttribute>()];
            if (targets.Length == 0)
            {
                Error(MappingDiagnosticCodes.UnknownTargetAttribute, path + ".target", $"No product type the rule applies to (of those the category mapping selects) has the attribute '{rule.Rule.Target}'.");
                continue;
            }

            TargetAttribute first = targets[0];
            if (rule.Language is { } language && !targets.Any(t => t.Languages.Contains(language, StringComparer.OrdinalIgnoreCase)))
            {
                Error(
                    MappingDiagnosticCodes.LanguageNotOffered,
                    path + ".language",
                    first.IsLocalized
                        ? $"The attribute '{first.Name}' is offered in {string.Join(", ", first.Languages)}, not in '{language}'."
                        : $"The attribute '{first.Name}' is not localized, so the rule must not name a language.");
            }
            else if (rule.Language is null && targets.All(t => t.Languages.Length > 1))
            {
                Error(
                    MappingDiagnosticCodes.LanguageNotOffered,
                    path + ".language",
                    $"The attribute '{first.Name}' is offered in {string.Join(", ", first.Languages)}; the rule must name the language it fills.");
            }
        }
    }

    private void CheckRuleAgainstAttribute(CompiledRule rule, int index, ProductType type, TargetAttribute attribute)
    {
        if (!_checked.Add((index, attribute.Name + "\u001f" + (attribute.Unit ?? string.Empty) + "\u001f" + string.Join('\u001f', attribute.AllowedValues))))
        {
            return;
        }

        string path = "$.rules[" + index.ToString(CultureInfo.InvariantCulture) + "]";
        FieldRule r = rule.Rule;
        bool numeric = attribute.Type is TargetAttributeType.Number or TargetAttributeType.Range;
        if (r.Split is not null && attribute.Type != TargetAttributeType.MultiEnum)
        {
            Error(MappingDiagnosticCodes.RuleDoesNotFitAttribute, path + ".split", $"'split' makes several values, but '{attribute.Name}' is a {TargetSchemaJson.NameOf(attribute.Type)} attribute.", type.Id);
        }

        if ((r.InlineUnit || r.SourceUnit is not null || r.Kind == FieldRuleKind.Number) && !numeric && attribute.Type != TargetAttributeType.Text)
        {
            Error(MappingDiagnosticCodes.RuleDoesNotFitAttribute, path, $"A number rule cannot fill the {TargetSchemaJson.NameOf(attribute.Type)} attribute '{attribute.Name}'.", type.Id);
        }

        if (rule.SourceUnit is { } sourceUnit && numeric)
        {
            MeasureUnit? target = attribute.Unit is { } code && _units.TryFind(code, out MeasureUnit? unit) ? unit : null;
            if (target is not null && !sourceUnit.CanConvertTo(target))
            {
                Error(
                    MappingDiagnosticCodes.IncompatibleUnits,
                    path + ".sourceUnit",
                    $"The source unit {sourceUnit.Code} ({sourceUnit.Dimension}) cannot be converted into {target.Code} ({target.Dimension}) for '{attribute.Name}'.",
                    type.Id);
            }
            else if (target is null && !attribute.AllowedUnits.IsEmpty
                && !attribute.AllowedUnits.Any(c => _units.TryFind(c, out MeasureUnit? allowed) && sourceUnit.CanConvertTo(allowed)))
            {
                Error(
                    MappingDiagnosticCodes.IncompatibleUnits,
                    path + ".sourceUnit",
                    $"The source unit {sourceUnit.Code} converts into none of the units '{attribute.Name}' allows ({string.Join(", ", attribute.AllowedUnits)}).",
                    type.Id);
            }
        }

        if (attribute.Type is TargetAttributeType.Enum or TargetAttributeType.MultiEnum)
        {
            IEnumerable<string> outputs = r.Kind switch
            {
                FieldRuleKind.ValueMap => rule.Map!.Values,
                FieldRuleKind.Lookup => rule.Map!.Values,
                FieldRuleKind.Constant => [r.Value!],
                _ => [],
            };
            if (r.Otherwise is { } otherwise)
            {
                outputs = outputs.Append(otherwise);
            }

            foreach (string value in outputs.Distinct(StringComparer.Ordinal).Where(v => !attribute.AllowedValues.Contains(v, StringComparer.Ordinal)).Order(StringComparer.Ordinal))
            {
                Error(
                    MappingDiagnosticCodes.ValueNotAllowed,
                    path + (r.Kind == FieldRuleKind.Constant ? ".value" : ".map"),
                    $"The rule can produce '{value}', which '{attribute.Name}' does not allow (allowed: {string.Join(", ", attribute.AllowedValues)}).",
                    type.Id);
            }
        }
    }

    private void CheckRequired(ProductType type, TargetAttribute attribute, string? language, CompiledRule[] rules)
    {
        string name = language is null ? attribute.Name : attribute.Name + "@" + language;
        if (!attribute.Required)
        {
            return;
        }

        if (rules.Length == 0)
        {
            Error(MappingDiagnosticCodes.RequiredAttributeUnfilled, "$.rules", $"The required attribute '{name}' of product type '{type.Id}' is filled by no rule.", type.Id);
            return;
        }

        if (rules.All(r => r.When is not null))
        {
            Warning(
                MappingDiagnosticCodes.RequiredAttributeConditional,
                "$.rules",
                $"The required attribute '{name}' of product type '{type.Id}' is filled only by conditional rules, so some products may miss it.",
                type.Id);
        }

        if (attribute.Type == TargetAttributeType.Enum && rules.All(r => r.Kind is FieldRuleKind.ValueMap or FieldRuleKind.Constant or FieldRuleKind.Lookup && r.Rule.Otherwise is null))
        {
            var reachable = new HashSet<string>(rules.SelectMany(r => r.Kind == FieldRuleKind.Constant ? [r.Rule.Value!] : r.Map!.Values), StringComparer.Ordinal);
            string[] unreachable = [.. attribute.AllowedValues.Where(v => !reachable.Contains(v))];
            if (unreachable.Length > 0 && reachable.Count > 0)
            {
                Warning(
                    MappingDiagnosticCodes.UnreachableEnumValue,
                    "$.rules",
                    $"No rule can produce these values of '{name}' in product type '{type.Id}': {string.Join(", ", unreachable.Take(10))}{(unreachable.Length > 10 ? ", ..." : string.Empty)}.",
                    type.Id);
            }
        }
    }

    private void CheckSourceField(string field, string path)
    {
        if (_sourceFields is not null && !_sourceFields.Contains(field))
        {
            Error(MappingDiagnosticCodes.UnknownSourceField, path, $"The source field '{field}' is not among the spec's declared source fields.");
        }
    }

    private Regex? CompileRegex(string? pattern, string path, bool required)
    {
        if (string.IsNullOrEmpty(pattern))
        {
            if (required)
            {
                Error(MappingDiagnosticCodes.MalformedRule, path, "A regular expression is required here.");
            }

            return null;
        }

        try
        {
            return new Regex(pattern, RegexOptions.CultureInvariant | RegexOptions.Compiled, _regexTimeout);
        }
        catch (ArgumentException exception)
        {
            Error(MappingDiagnosticCodes.MalformedRule, path, $"'{pattern}' is not a valid regular expression: {exception.Message}");
            return null;
        }
    }

    private static string Name(FieldRuleKind kind) => kind switch
    {
        FieldRuleKind.ValueMap => "valueMap",
        _ => kind.ToString().ToLowerInvariant(),
    };

    private bool Error(string code, string path, string message, string? productType = null)
    {
        _diagnostics.Add(new MappingDiagnostic(code, MappingDiagnosticSeverity.Error, path, message, productType));
        return false;
    }

    private void Warning(string code, string path, string message, string? productType = null)
        => _diagnostics.Add(new MappingDiagnostic(code, MappingDiagnosticSeverity.Warning, path, message, productType));
}
