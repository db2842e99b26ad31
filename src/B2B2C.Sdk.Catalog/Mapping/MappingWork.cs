using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text;

namespace B2B2C.Sdk.Catalog.Mapping;

/// <summary>
/// The issues gathered while mapping one product, and the scratch space its rules reuse (one set per product, never
/// shared between threads), so that evaluating a rule allocates only what it returns.
/// </summary>
internal sealed class MappingWork(SourceProduct product)
{
    private List<CatalogIssue>? _issues;

    internal SourceProduct Product { get; } = product;

    /// <summary>Gets the values the rule being evaluated extracted; cleared by each rule.</summary>
    internal List<RawValue> Raws { get; } = new(4);

    /// <summary>Gets the values after a rule's <c>split</c>; cleared by each rule that splits.</summary>
    internal List<RawValue> SplitRaws { get; } = new(4);

    /// <summary>Gets the text buffer templates are filled in.</summary>
    internal StringBuilder Text { get; } = new(64);

    internal void Issue(string code, CatalogIssueSeverity severity, string message, string? targetField, string? sourceField)
    {
        _issues ??= [.. Product.ReadIssues];
        _issues.Add(new CatalogIssue(code, severity, message, Product.Location) { TargetField = targetField, SourceField = sourceField });
    }

    internal bool HasErrorFor(string attribute)
    {
        if (_issues is null)
        {
            return false;
        }

        foreach (CatalogIssue issue in _issues)
        {
            if (issue.IsError && string.Equals(issue.TargetField, attribute, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    internal MappedProduct Result(string? productTypeId, ImmutableArray<MappedValue> values, ImmutableArray<SourceField> carriedOver = default)
        => new(Product, productTypeId, values, carriedOver, _issues is null ? Product.ReadIssues : [.. _issues]);
}
