using System;
using B2B2C.Sdk;
using B2B2C.Sdk.Pricing;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Adds the rebate engine to a <see cref="B2B2CBuilder"/>.</summary>
public static class RebatesB2B2CBuilderExtensions
{
    /// <summary>Registers a <see cref="RebateEngine"/> singleton.</summary>
    /// <param name="builder">The SDK builder.</param>
    /// <returns>The builder.</returns>
    /// <remarks>
    /// The engine is stateless: agreements, purchases and previous settlements are passed to each call, and the
    /// midpoint rule is a parameter of each call. Calling this twice keeps the first registration.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is <see langword="null"/>.</exception>
    public static B2B2CBuilder AddRebates(this B2B2CBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddSingleton<RebateEngine>();
        return builder;
    }
}
