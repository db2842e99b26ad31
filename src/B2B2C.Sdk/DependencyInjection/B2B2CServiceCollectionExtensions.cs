using System;
using B2B2C.Sdk;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>The entry point that adds B2B2C.Sdk to a service collection.</summary>
/// <remarks>
/// This class lives in <c>Microsoft.Extensions.DependencyInjection</c> (in the <c>DependencyInjection</c> folder), as
/// registration extensions conventionally do, so hosts need no extra <c>using</c>.
/// </remarks>
public static class B2B2CServiceCollectionExtensions
{
    /// <summary>
    /// Adds the SDK's shared services (options validated at start-up, <see cref="TimeProvider.System"/> unless a clock is
    /// already registered, the <see cref="CurrencyConverter"/>) and returns a builder that capabilities extend.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Composes the SDK: options, exchange rates, and each capability's own methods.</param>
    /// <returns>The builder, for further composition.</returns>
    /// <remarks>Calling it more than once is harmless: registrations are added only once.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is <see langword="null"/>.</exception>
    public static B2B2CBuilder AddB2B2C(this IServiceCollection services, Action<B2B2CBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<B2B2COptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<B2B2COptions>, B2B2COptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(provider => new CurrencyConverter(
            provider.GetRequiredService<IExchangeRateSource>(),
            provider.GetRequiredService<TimeProvider>()));
        var builder = new B2B2CBuilder(services);
        configure?.Invoke(builder);
        return builder;
    }
}
