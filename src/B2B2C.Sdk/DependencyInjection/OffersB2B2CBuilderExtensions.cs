using System;
using B2B2C.Sdk;
using B2B2C.Sdk.Pricing;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Adds the offer engine to a <see cref="B2B2CBuilder"/>.</summary>
public static class OffersB2B2CBuilderExtensions
{
    /// <summary>
    /// Registers an <see cref="OfferEngine"/> singleton over the given stock book, pricing with the registered
    /// <see cref="PricingEngine"/> (add it with <c>AddPricing</c>) and reading time from the registered
    /// <see cref="TimeProvider"/>.
    /// </summary>
    /// <param name="builder">The SDK builder.</param>
    /// <param name="book">The stock book; compiled when the engine is first resolved.</param>
    /// <returns>The builder.</returns>
    /// <remarks>See <see cref="AddOffers(B2B2CBuilder, Func{IServiceProvider, StockBook})"/>.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> or <paramref name="book"/> is <see langword="null"/>.</exception>
    public static B2B2CBuilder AddOffers(this B2B2CBuilder builder, StockBook book)
    {
        ArgumentNullException.ThrowIfNull(book);
        return builder.AddOffers(_ => book);
    }

    /// <summary>Registers an <see cref="OfferEngine"/> singleton over a stock book made by a factory (for example, read from a warehouse system).</summary>
    /// <param name="builder">The SDK builder.</param>
    /// <param name="bookFactory">Makes the stock book when the engine is first resolved.</param>
    /// <returns>The builder.</returns>
    /// <remarks>
    /// A book that does not compile makes resolving the engine throw <see cref="StockBookException"/> listing every
    /// error; resolving it without a registered <see cref="PricingEngine"/> throws <see cref="InvalidOperationException"/>.
    /// Publish later stock through <see cref="OfferEngine.Publish(StockBook)"/>. Calling this twice keeps the first
    /// registration.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> or <paramref name="bookFactory"/> is <see langword="null"/>.</exception>
    public static B2B2CBuilder AddOffers(this B2B2CBuilder builder, Func<IServiceProvider, StockBook> bookFactory)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(bookFactory);
        builder.Services.TryAddSingleton(provider => new OfferEngine(
            provider.GetRequiredService<PricingEngine>(),
            StockSnapshot.Compile(bookFactory(provider)).GetSnapshotOrThrow(),
            provider.GetRequiredService<TimeProvider>()));
        return builder;
    }
}
