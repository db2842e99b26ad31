using System;

namespace B2B2C.Sdk.Catalog;

/// <summary>A problem found with one supplier product while reading, mapping or validating it.</summary>
/// <remarks>
/// Codes are stable and documented in <c>docs/articles/catalog-mapping.md</c>: <c>CR</c> for reading the source,
/// <c>CM</c> for applying mapping rules and <c>CV</c> for validation against the target product type. The record is
/// immutable.
/// </remarks>
public sealed record CatalogIssue
{
    /// <summary>Initializes an issue.</summary>
    /// <param name="code">The stable code, for example <c>CV201</c>.</param>
    /// <param name="severity">Whether the issue blocks the product.</param>
    /// <param name="message">An invariant-culture sentence naming the offending value.</param>
    /// <param name="location">Where the product (or the offending part of it) was found.</param>
    /// <exception cref="ArgumentException"><paramref name="code"/> or <paramref name="message"/> is empty.</exception>
    public CatalogIssue(string code, CatalogIssueSeverity severity, string message, SourceLocation location)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentException.ThrowIfNullOrWhiteSpace(message);
        Code = code;
        Severity = severity;
        Message = message;
        Location = location;
    }

    /// <summary>Gets the stable code.</summary>
    public string Code { get; }

    /// <summary>Gets whether the issue blocks the product.</summary>
    public CatalogIssueSeverity Severity { get; }

    /// <summary>Gets the human-readable message.</summary>
    public string Message { get; }

    /// <summary>Gets where the product, or the offending part of it, was found.</summary>
    public SourceLocation Location { get; }

    /// <summary>Gets the target attribute the issue concerns, or <see langword="null"/>.</summary>
    public string? TargetField { get; init; }

    /// <summary>Gets the source field the issue concerns, or <see langword="null"/>.</summary>
    public string? SourceField { get; init; }

    /// <summary>Gets a value indicating whether the issue blocks the product.</summary>
    public bool IsError => Severity == CatalogIssueSeverity.Error;
}
