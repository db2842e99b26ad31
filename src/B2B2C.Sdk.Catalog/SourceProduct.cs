using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace B2B2C.Sdk.Catalog;

/// <summary>One product as a supplier catalog describes it: its key, where it was found, and its fields in source order.</summary>
/// <remarks>
/// Readers produce these one at a time (<see cref="ICatalogSource"/>). A record the reader could only partly read is
/// still produced, with the problems in <see cref="ReadIssues"/>, so that it appears in the error report exactly
/// once; a product with an error among its read issues is never published. Instances are immutable and may be
/// shared between threads.
/// </remarks>
public sealed class SourceProduct
{
    /// <summary>Initializes a product.</summary>
    /// <param name="key">The supplier's product key (for example the supplier part number); empty when the reader could not find it.</param>
    /// <param name="location">Where the product was found.</param>
    /// <param name="fields">The product's fields in source order.</param>
    /// <param name="readIssues">Problems the reader found in this record; empty when it read cleanly.</param>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is <see langword="null"/>.</exception>
    public SourceProduct(
        string key,
        SourceLocation location,
        ImmutableArray<SourceField> fields,
        ImmutableArray<CatalogIssue> readIssues = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        Key = key;
        Location = location;
        Fields = fields.IsDefault ? [] : fields;
        ReadIssues = readIssues.IsDefault ? [] : readIssues;
    }

    /// <summary>Gets the supplier's product key; empty when the reader could not find it.</summary>
    public string Key { get; }

    /// <summary>Gets where the product was found.</summary>
    public SourceLocation Location { get; }

    /// <summary>Gets the product's fields in source order; a multi-valued field appears once per value.</summary>
    public ImmutableArray<SourceField> Fields { get; }

    /// <summary>Gets the problems the reader found in this record.</summary>
    public ImmutableArray<CatalogIssue> ReadIssues { get; }

    /// <summary>Gets a value indicating whether the reader found an error (not only warnings) in this record.</summary>
    public bool HasReadErrors
    {
        get
        {
            foreach (CatalogIssue issue in ReadIssues)
            {
                if (issue.IsError)
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>Finds the first non-empty field with a name, in any language.</summary>
    /// <param name="name">The field name (ordinal comparison).</param>
    /// <param name="field">The field when found.</param>
    /// <returns><see langword="true"/> when a non-empty field with that name exists.</returns>
    public bool TryGetField(string name, out SourceField field)
    {
        ArgumentNullException.ThrowIfNull(name);
        ImmutableArray<SourceField> fields = Fields;
        for (int i = 0; i < fields.Length; i++)
        {
            if (!fields[i].IsEmpty && string.Equals(fields[i].Name, name, StringComparison.Ordinal))
            {
                field = fields[i];
                return true;
            }
        }

        field = default;
        return false;
    }

    /// <summary>Finds the first non-empty field with a name in one language; fields without a language do not match.</summary>
    /// <param name="name">The field name (ordinal comparison).</param>
    /// <param name="language">The language tag (compared ignoring case, as BCP 47 tags are).</param>
    /// <param name="field">The field when found.</param>
    /// <returns><see langword="true"/> when a non-empty field with that name and language exists.</returns>
    public bool TryGetField(string name, string language, out SourceField field)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(language);
        ImmutableArray<SourceField> fields = Fields;
        for (int i = 0; i < fields.Length; i++)
        {
            SourceField candidate = fields[i];
            if (!candidate.IsEmpty
                && string.Equals(candidate.Name, name, StringComparison.Ordinal)
                && string.Equals(candidate.Language, language, StringComparison.OrdinalIgnoreCase))
            {
                field = candidate;
                return true;
            }
        }

        field = default;
        return false;
    }

    /// <summary>Returns every non-empty field with a name, in source order (the values of a multi-valued field).</summary>
    /// <param name="name">The field name (ordinal comparison).</param>
    /// <returns>The fields; empty when there are none.</returns>
    public IReadOnlyList<SourceField> GetFields(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        List<SourceField>? found = null;
        foreach (SourceField field in Fields)
        {
            if (!field.IsEmpty && string.Equals(field.Name, name, StringComparison.Ordinal))
            {
                (found ??= []).Add(field);
            }
        }

        return found is null ? [] : found;
    }

    /// <summary>Returns the product's key for people: the key, or the location when the key is unknown.</summary>
    /// <returns>The display text.</returns>
    public override string ToString() => Key.Length > 0 ? Key : Location.ToString();
}
