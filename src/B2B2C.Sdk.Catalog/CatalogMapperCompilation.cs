using System;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Linq;

namespace B2B2C.Sdk.Catalog;

/// <summary>The outcome of compiling a mapping spec against a target schema: a mapper, or every problem that stops one.</summary>
/// <remarks>The result is immutable.</remarks>
public sealed class CatalogMapperCompilation
{
    internal CatalogMapperCompilation(CatalogMapper? mapper, ImmutableArray<MappingDiagnostic> diagnostics)
    {
        Mapper = mapper;
        Diagnostics = diagnostics;
    }

    /// <summary>Gets the compiled mapper, or <see langword="null"/> when the spec has errors.</summary>
    public CatalogMapper? Mapper { get; }

    /// <summary>Gets every problem found, errors first, then warnings, each in spec order.</summary>
    public ImmutableArray<MappingDiagnostic> Diagnostics { get; }

    /// <summary>Gets a value indicating whether the spec compiled (warnings allowed).</summary>
    [MemberNotNullWhen(true, nameof(Mapper))]
    public bool Succeeded => Mapper is not null;

    /// <summary>Returns the mapper or throws with every error.</summary>
    /// <returns>The mapper.</returns>
    /// <exception cref="CatalogDefinitionException">The spec has errors; all of them are listed.</exception>
    public CatalogMapper GetMapperOrThrow()
        => Mapper ?? throw new CatalogDefinitionException("mapping spec", Diagnostics);

    /// <summary>Gets the number of errors.</summary>
    public int ErrorCount => Diagnostics.Count(d => d.IsError);
}
