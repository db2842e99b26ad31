using System;
using B2B2C.Sdk;
using B2B2C.Sdk.Pricing;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Adds the pricing engine to a <see cref="B2B2CBuilder"/>.</summary>
public static class PricingB2B2CBuilderExtensions
{
    /// <summary>
    /// Registers a <see cref="PricingEngine"/> singleton over the given price book, rounding with
    /// <see cref="B2B2COptions.Rounding"/> and reading time from the registered <see cref="TimeProvider"/>.
    /// </summary>
    /// <param name="builder">The SDK builder.</param>
    /// <param name="book">The price book; compiled when the engine is first resolved.</param>
    /// <returns>The builder.</returns>
    /// <remarks>
    /// A book that does not compile makes resolving the engine throw <see cref="PriceBookException"/> listing every
    /// error. Publish later versions through <see cref="PricingEngine.Publish(PriceBook)"/> or
    /// <see cref="PricingEngine.ApplyPriceList(PriceList)"/>. Calling this twice keeps the first registration.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> or <paramref name="book"/> is <see langword="null"/>.</exception>
    public static B2B2CBuilder AddPricing(this B2B2CBuilder builder, PriceBook book)
    {
        ArgumentNullException.ThrowIfNull(book);
        return builder.AddPricing(_ => book);
    }

    /// <summary>Registers a <see cref="PricingEngine"/> singleton over a price book made by a factory (for example, read from a file or a store).</summary>
    /// <param name="builder">The SDK builder.</param>
    /// <param name="bookFactory">Makes the price book when the engine is first resolved.</param>
    /// <returns>The builder.</returns>
    /// <remarks>See <see cref="AddPricing(B2B2CBuilder, PriceBook)"/>.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> or <paramref name="bookFactory"/> is <see langword="null"/>.</exception>
    public static B2B2CBuilder AddPricing(this B2B2CBuilder builder, Func<IServiceProvider, PriceBook> bookFactory)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(bookFactory);
        builder.Services.TryAddSingleton(provider => new PricingEngine(
            PricingSnapshot.Compile(bookFactory(provider)).GetSnapshotOrThrow(),
            new PricingOptions { Rounding = provider.GetRequiredService<IOptions<B2B2COptions>>().Value.Rounding },
            provider.GetRequiredService<TimeProvider>()));
        return builder;
    }
}
