using System;

namespace B2B2C.Sdk.Catalog;

/// <summary>A problem found in a target schema or a mapping spec before any product is processed.</summary>
/// <remarks>
/// <see cref="Path"/> is a JSON path into the document (<c>$.rules[4].valueMap</c>) and <see cref="ProductType"/>
/// names the product type the problem concerns, when it concerns one. Codes are stable and documented in
/// <c>docs/articles/catalog-mapping.md</c>: <c>CS0xx</c> for reading a schema or spec document, <c>MS0xx</c> for
/// compiling a spec against a schema. The record is immutable.
/// </remarks>
/// <param name="Code">The stable code, for example <c>MS001</c>.</param>
/// <param name="Severity">Whether the problem stops the schema or spec from being used.</param>
/// <param name="Path">The JSON path of the offending element, for example <c>$.rules[4]</c>.</param>
/// <param name="Message">An invariant-culture sentence naming the offending value.</param>
/// <param name="ProductType">The product type concerned, or <see langword="null"/>.</param>
public sealed record MappingDiagnostic(
    string Code,
    MappingDiagnosticSeverity Severity,
    string Path,
    string Message,
    string? ProductType = null)
{
    /// <summary>Gets a value indicating whether the problem stops the schema or spec from being used.</summary>
    public bool IsError => Severity == MappingDiagnosticSeverity.Error;

    /// <summary>Formats the diagnostic as <c>CODE severity at PATH: message</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
        => FormattableString.Invariant(
            $"{Code} {(IsError ? "error" : "warning")} at {Path}{(ProductType is null ? string.Empty : " (product type " + ProductType + ")")}: {Message}");
}
