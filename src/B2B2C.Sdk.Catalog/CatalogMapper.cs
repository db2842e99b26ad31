using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using B2B2C.Sdk.Catalog.Mapping;
using B2B2C.Sdk.Catalog.Units;

namespace B2B2C.Sdk.Catalog;

/// <summary>Maps supplier products onto a marketplace schema with a compiled mapping spec, and validates each result.</summary>
/// <remarks>
/// <para>
/// Create one with <see cref="Compile"/>: a spec with errors yields no mapper, so a broken spec processes nothing.
/// <see cref="Map"/> is pure and synchronous: the same product always maps to the same result, whatever the thread,
/// which is what lets a run map in parallel and still write byte-identical output.
/// </para>
/// <para>
/// For each product the mapper chooses the product type from the classification code, fills each attribute (in each
/// of its languages) with the first rule that produces a value, converts numbers into the attribute's unit exactly,
/// validates every value against the attribute's constraints, reports missing required values, and carries every
/// non-empty source field no rule read into <see cref="MappedProduct.CarriedOver"/>. Every value records the rule that
/// produced it. The class is immutable and thread-safe.
/// </para>
/// </remarks>
public sealed partial class CatalogMapper
{
    private readonly CompiledSpec _compiled;
    private readonly MeasureUnitTable _units;
    private readonly string[] _categoryPrefixes;
    private readonly HashSet<string> _excludeExact;
    private readonly string[] _excludePrefixes;
    private readonly int _inexactDecimals;

    private CatalogMapper(MappingSpec spec, TargetSchema schema, CompiledSpec compiled, CatalogMapperOptions options, ImmutableArray<MappingDiagnostic> warnings)
    {
        Spec = spec;
        Schema = schema;
        Warnings = warnings;
        _compiled = compiled;
        _units = options.Units;
        _inexactDecimals = options.InexactConversionDecimals;
        _categoryPrefixes = spec.Category.PrefixMatch
            ? [.. spec.Category.Map.Keys.OrderByDescending(k => k.Length).ThenBy(k => k, StringComparer.Ordinal)]
            : [];
        _excludeExact = new HashSet<string>(spec.CarryOverExclude.Where(e => !e.EndsWith('*')), StringComparer.Ordinal);
        _excludePrefixes = [.. spec.CarryOverExclude.Where(e => e.EndsWith('*')).Select(e => e[..^1])];
    }

    /// <summary>Gets the spec this mapper was compiled from.</summary>
    public MappingSpec Spec { get; }

    /// <summary>Gets the target schema this mapper validates against.</summary>
    public TargetSchema Schema { get; }

    /// <summary>Gets the warnings the compilation found; the mapper works, but they deserve a look.</summary>
    public ImmutableArray<MappingDiagnostic> Warnings { get; }

    /// <summary>Compiles a spec against a target schema and reports every problem at once.</summary>
    /// <param name="spec">The mapping spec.</param>
    /// <param name="schema">The target schema.</param>
    /// <param name="options">The unit table and numeric settings; <see langword="null"/> for the defaults.</param>
    /// <returns>The compilation: a mapper when the spec has no errors, and every diagnostic.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="spec"/> or <paramref name="schema"/> is <see langword="null"/>.</exception>
    public static CatalogMapperCompilation Compile(MappingSpec spec, TargetSchema schema, CatalogMapperOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(schema);
        options ??= CatalogMapperOptions.Default;
        var compiler = new SpecCompiler(spec, schema, options.Units, options.RegexTimeout);
        CompiledSpec compiled = compiler.Compile();
        ImmutableArray<MappingDiagnostic> diagnostics = compiler.Diagnostics;
        return compiler.HasErrors
            ? new CatalogMapperCompilation(null, diagnostics)
            : new CatalogMapperCompilation(new CatalogMapper(spec, schema, compiled, options, diagnostics), diagnostics);
    }

    /// <summary>Returns the fingerprint of the product type a mapped product belongs to, for manifests.</summary>
    /// <param name="productTypeId">The product type id, or <see langword="null"/>.</param>
    /// <returns>The fingerprint, or <see langword="null"/> for products without a product type.</returns>
    public string? ProductTypeFingerprint(string? productTypeId)
        => productTypeId is not null && Schema.TryGetProductType(productTypeId, out _) ? Schema.Fingerprint(productTypeId) : null;

    /// <summary>Maps and validates one supplier product.</summary>
    /// <param name="product">The supplier product.</param>
    /// <returns>The mapped product with its values, carried-over fields and issues; invalid products are returned too.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="product"/> is <see langword="null"/>.</exception>
    public MappedProduct Map(SourceProduct product)
    {
        ArgumentNullException.ThrowIfNull(product);
        if (product.HasReadErrors)
        {
            return new MappedProduct(product, null, [], [], product.ReadIssues);
        }

        var work = new MappingWork(product);
        string? typeId = ResolveProductType(product);
        if (typeId is null || !_compiled.Types.TryGetValue(typeId, out TypePlan? plan))
        {
            product.TryGetField(Spec.Category.SourceField, out SourceField code);
            work.Issue(
                CatalogIssueCodes.NoProductType,
                CatalogIssueSeverity.Error,
                code.IsEmpty
                    ? $"The product has no '{Spec.Category.SourceField}' to choose its product type from, and the spec has no fallback."
                    : $"The code '{code.Value}' in '{Spec.Category.SourceField}' maps to no product type, and the spec has no fallback.",
                null,
                Spec.Category.SourceField);
            return work.Result(null, []);
        }

        var values = ImmutableArray.CreateBuilder<MappedValue>(plan.Attributes.Length + 8);
        foreach (AttributePlan attribute in plan.Attributes)
        {
            for (int l = 0; l < attribute.Languages.Length; l++)
            {
                string? language = attribute.Languages[l];
                bool filled = false;
                foreach (CompiledRule rule in attribute.Rules[l])
                {
                    if (rule.When is { } when && !when.Holds(product))
                    {
                        continue;
                    }

                    RuleOutcome outcome = Evaluate(rule, attribute, language, work, values);
                    if (outcome != RuleOutcome.NoValue)
                    {
                        filled = outcome == RuleOutcome.Filled;
                        break;
                    }
                }

                if (!filled && attribute.Attribute.Required && !work.HasErrorFor(attribute.Attribute.Name))
                {
                    string name = language is null ? attribute.Attribute.Name : attribute.Attribute.Name + "@" + language;
                    work.Issue(CatalogIssueCodes.RequiredMissing, CatalogIssueSeverity.Error, $"The required attribute '{name}' has no value.", attribute.Attribute.Name, null);
                }
            }
        }

        return work.Result(typeId, values.ToImmutable(), CarryOver(product, plan));
    }

    private string? ResolveProductType(SourceProduct product)
    {
        CategoryMapping category = Spec.Category;
        if (product.TryGetField(category.SourceField, out SourceField field))
        {
            string code = field.Value.Trim();
            if (category.Map.TryGetValue(code, out string? typeId))
            {
                return typeId;
            }

            foreach (string prefix in _categoryPrefixes)
            {
                if (code.StartsWith(prefix, StringComparison.Ordinal))
                {
                    return category.Map[prefix];
                }
            }
        }

        return category.Fallback;
    }

    private ImmutableArray<SourceField> CarryOver(SourceProduct product, TypePlan plan)
    {
        if (!Spec.CarryOver)
        {
            return [];
        }

        ImmutableArray<SourceField>.Builder? carried = null;
        foreach (SourceField field in product.Fields)
        {
            if (field.IsEmpty || plan.Consumed.Contains(field.Name) || IsExcluded(field.Name))
            {
                continue;
            }

            (carried ??= ImmutableArray.CreateBuilder<SourceField>()).Add(field);
        }

        return carried is null ? [] : carried.ToImmutable();
    }

    private bool IsExcluded(string name)
    {
        if (_excludeExact.Contains(name))
        {
            return true;
        }

        foreach (string prefix in _excludePrefixes)
        {
            if (name.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
