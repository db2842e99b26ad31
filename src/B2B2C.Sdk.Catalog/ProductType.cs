using System;
using System.Collections.Immutable;

namespace B2B2C.Sdk.Catalog;

/// <summary>A marketplace product type (category) and the attributes a product of that type has.</summary>
/// <remarks>The record is immutable; attribute names are unique within a type (ordinal comparison).</remarks>
public sealed record ProductType
{
    /// <summary>Initializes a product type.</summary>
    /// <param name="id">The marketplace category id.</param>
    /// <param name="attributes">The attributes in the order the marketplace lists them.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> is empty, or two attributes share a name.</exception>
    public ProductType(string id, ImmutableArray<TargetAttribute> attributes)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        attributes = attributes.IsDefault ? [] : attributes;
        var names = new System.Collections.Generic.HashSet<string>(StringComparer.Ordinal);
        foreach (TargetAttribute attribute in attributes)
        {
            ArgumentNullException.ThrowIfNull(attribute, nameof(attributes));
            if (!names.Add(attribute.Name))
            {
                throw new ArgumentException($"Product type '{id}' has the attribute '{attribute.Name}' twice.", nameof(attributes));
            }
        }

        Id = id;
        Attributes = attributes;
    }

    /// <summary>Gets the marketplace category id.</summary>
    public string Id { get; }

    /// <summary>Gets a name for people, or <see langword="null"/>.</summary>
    public string? Name { get; init; }

    /// <summary>Gets the attributes in the order the marketplace lists them.</summary>
    public ImmutableArray<TargetAttribute> Attributes { get; }

    /// <summary>Finds an attribute by name.</summary>
    /// <param name="name">The attribute name (ordinal comparison).</param>
    /// <param name="attribute">The attribute when found.</param>
    /// <returns><see langword="true"/> when the type has the attribute.</returns>
    public bool TryGetAttribute(string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out TargetAttribute? attribute)
    {
        ArgumentNullException.ThrowIfNull(name);
        foreach (TargetAttribute candidate in Attributes)
        {
            if (string.Equals(candidate.Name, name, StringComparison.Ordinal))
            {
                attribute = candidate;
                return true;
            }
        }

        attribute = null;
        return false;
    }
}
