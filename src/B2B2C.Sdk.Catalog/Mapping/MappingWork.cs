using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace B2B2C.Sdk.Catalog.Mapping;

/// <summary>The issues gathered while mapping one product.</summary>
internal sealed class MappingWork(SourceProduct product)
{
    private List<CatalogIssue>? _issues;

    internal SourceProduct Product { get; } = product;

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
