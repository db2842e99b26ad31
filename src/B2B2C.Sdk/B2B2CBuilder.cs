using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace B2B2C.Sdk;

/// <summary>
/// Composes B2B2C.Sdk into a service collection: returned by
/// <see cref="B2B2CServiceCollectionExtensions.AddB2B2C(IServiceCollection, Action{B2B2CBuilder}?)"/>; each capability
/// adds its own methods (as extension methods on this builder) so a host writes
/// <c>services.AddB2B2C(b =&gt; b.Configure(...).UseFixedExchangeRates(...))</c>.
/// </summary>
/// <remarks>Not thread-safe; use it while the host is being composed. Every method is safe to call more than once.</remarks>
public sealed class B2B2CBuilder
{
    internal B2B2CBuilder(IServiceCollection services) => Services = services;

    /// <summary>Gets the service collection being composed.</summary>
    public IServiceCollection Services { get; }

    /// <summary>Configures the shared <see cref="B2B2COptions"/>.</summary>
    /// <param name="configure">Changes the options; they are validated when the host starts.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="configure"/> is <see langword="null"/>.</exception>
    public B2B2CBuilder Configure(Action<B2B2COptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        Services.Configure(configure);
        return this;
    }

    /// <summary>Uses the given exchange-rate source for every conversion, replacing any registered before.</summary>
    /// <param name="source">The source.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is <see langword="null"/>.</exception>
    public B2B2CBuilder UseExchangeRates(IExchangeRateSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        Services.RemoveAll<IExchangeRateSource>();
        Services.AddSingleton(source);
        return this;
    }

    /// <summary>Uses an exchange-rate source resolved from the container, replacing any registered before.</summary>
    /// <typeparam name="TSource">The source type; registered as a singleton.</typeparam>
    /// <returns>This builder.</returns>
    public B2B2CBuilder UseExchangeRates<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TSource>()
        where TSource : class, IExchangeRateSource
    {
        Services.RemoveAll<IExchangeRateSource>();
        Services.AddSingleton<IExchangeRateSource, TSource>();
        return this;
    }

    /// <summary>Uses a fixed table of exchange rates (see <see cref="FixedExchangeRateSource"/>), replacing any source registered before.</summary>
    /// <param name="rates">The rates; validated now.</param>
    /// <param name="deriveInverseRates">Whether to serve inverted rates for pairs given in one direction only.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rates"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Two rates of one pair take effect at the same moment.</exception>
    public B2B2CBuilder UseFixedExchangeRates(IEnumerable<ExchangeRate> rates, bool deriveInverseRates = false)
        => UseExchangeRates(new FixedExchangeRateSource(rates, deriveInverseRates));
}
