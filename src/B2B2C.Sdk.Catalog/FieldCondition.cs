using System;
using System.Collections.Immutable;

namespace B2B2C.Sdk.Catalog;

/// <summary>The condition under which a mapping rule applies, tested on one source field.</summary>
/// <remarks>
/// Exactly one test is used, in this order: <see cref="Equal"/>, <see cref="In"/>, <see cref="Matches"/>,
/// <see cref="Exists"/>; with none set the condition holds when the field has a non-empty value. Comparisons are ordinal.
/// The record is immutable.
/// </remarks>
public sealed record FieldCondition
{
    /// <summary>Initializes a condition on a source field.</summary>
    /// <param name="field">The source field tested.</param>
    /// <exception cref="ArgumentException"><paramref name="field"/> is empty.</exception>
    public FieldCondition(string field)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(field);
        Field = field;
    }

    /// <summary>Gets the source field tested.</summary>
    public string Field { get; }

    /// <summary>Gets the value the field must equal, or <see langword="null"/>.</summary>
    public string? Equal { get; init; }

    /// <summary>Gets the values one of which the field must equal; empty when not used.</summary>
    public ImmutableArray<string> In { get; init; } = [];

    /// <summary>Gets a regular expression the field must match, or <see langword="null"/>.</summary>
    public string? Matches { get; init; }

    /// <summary>Gets whether the field must exist (<see langword="true"/>) or be absent (<see langword="false"/>), or <see langword="null"/>.</summary>
    public bool? Exists { get; init; }
}
