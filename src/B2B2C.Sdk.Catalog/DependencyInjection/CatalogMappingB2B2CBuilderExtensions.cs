using System;
using B2B2C.Sdk;
using B2B2C.Sdk.Catalog;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Adds catalog mapping to a <see cref="B2B2CBuilder"/>.</summary>
public static class CatalogMappingB2B2CBuilderExtensions
{
    /// <summary>Compiles a mapping spec against a target schema now and registers the <see cref="CatalogMapper"/> singleton.</summary>
    /// <param name="builder">The SDK builder.</param>
    /// <param name="spec">The mapping spec.</param>
    /// <param name="schema">The target schema.</param>
    /// <param name="options">Mapper settings; <see langword="null"/> for the defaults.</param>
    /// <returns>The builder.</returns>
    /// <remarks>
    /// The spec is compiled at registration, so a broken spec stops the host at start-up with every problem listed,
    /// before any product is processed. Calling this twice keeps the first registration; register several suppliers'
    /// specs with the keyed overload.
    /// </remarks>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="CatalogDefinitionException">The spec has errors against the schema.</exception>
    public static B2B2CBuilder AddCatalogMapping(this B2B2CBuilder builder, MappingSpec spec, TargetSchema schema, CatalogMapperOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        CatalogMapper mapper = Compile(spec, schema, options);
        builder.Services.TryAddSingleton(mapper);
        return builder;
    }

    /// <summary>Compiles a mapping spec now and registers the <see cref="CatalogMapper"/> as a keyed singleton (one per supplier or channel).</summary>
    /// <param name="builder">The SDK builder.</param>
    /// <param name="key">The service key, for example the supplier's id.</param>
    /// <param name="spec">The mapping spec.</param>
    /// <param name="schema">The target schema.</param>
    /// <param name="options">Mapper settings; <see langword="null"/> for the defaults.</param>
    /// <returns>The builder.</returns>
    /// <remarks>Resolve it with <c>GetRequiredKeyedService&lt;CatalogMapper&gt;(key)</c>. Calling this twice with one key keeps the first registration.</remarks>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="key"/> is empty.</exception>
    /// <exception cref="CatalogDefinitionException">The spec has errors against the schema.</exception>
    public static B2B2CBuilder AddCatalogMapping(this B2B2CBuilder builder, string key, MappingSpec spec, TargetSchema schema, CatalogMapperOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        CatalogMapper mapper = Compile(spec, schema, options);
        builder.Services.TryAddKeyedSingleton(key, mapper);
        return builder;
    }

    private static CatalogMapper Compile(MappingSpec spec, TargetSchema schema, CatalogMapperOptions? options)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(schema);
        return CatalogMapper.Compile(spec, schema, options).GetMapperOrThrow();
    }
}
