using System;
using System.IO;
using System.Text.Json;
using System.Threading.Tasks;
using B2B2C.Sdk.Samples.Console.Data;
using B2B2C.Sdk.Samples.Console.Demo;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace B2B2C.Sdk.Samples.Console;

/// <summary>
/// What every command shares: the console, the sample data, and the composition of the SDK and the demo steps
/// into one service provider, the way an application composes it at start-up.
/// </summary>
internal sealed class SampleHost
{
    private readonly string _dataDirectory;

    /// <summary>Initializes a new instance of the <see cref="SampleHost"/> class.</summary>
    /// <param name="console">Where the output goes.</param>
    /// <param name="dataDirectory">The folder holding the sample data files.</param>
    public SampleHost(IAnsiConsole console, string dataDirectory)
    {
        Console = console;
        _dataDirectory = dataDirectory;
    }

    /// <summary>Gets where the output goes.</summary>
    public IAnsiConsole Console { get; }

    /// <summary>
    /// Composes the services: the SDK with the shipped exchange rates (inverse rates derived, so <c>convert USD EUR</c>
    /// works too), pricing from the price book, offers from the stock book and rebates, the console, the sample data
    /// and the demo steps in the order they run.
    /// </summary>
    /// <param name="data">The loaded sample data.</param>
    /// <returns>The service provider; the caller disposes it.</returns>
    public ServiceProvider BuildServices(SampleData data)
    {
        var services = new ServiceCollection();
        services.AddB2B2C(b2b2c => b2b2c
            .UseFixedExchangeRates(data.ExchangeRates, deriveInverseRates: true)
            .AddPricing(data.PriceBook)
            .AddOffers(data.StockBook)
            .AddRebates());
        services.AddSingleton(Console);
        services.AddSingleton(data);

        // The demo's steps, in order. Each capability adds its step here.
        services.AddSingleton<IDemoStep, MoneyQuantitiesPricesStep>();
        services.AddSingleton<IDemoStep, PricingStep>();
        services.AddSingleton<IDemoStep, CatalogStep>();

        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    /// <summary>Loads the sample data from the data folder.</summary>
    /// <returns>The exchange rates, the cart, the price book and the stock book.</returns>
    public SampleData LoadData() => SampleData.Load(_dataDirectory);

    /// <summary>
    /// Runs a command body and turns its failures into exit codes: invalid input (a malformed number or date, an
    /// unknown currency, a rate the table does not have) prints the message and gives <see cref="ExitCodes.InvalidInput"/>;
    /// missing or malformed sample data gives <see cref="ExitCodes.Failure"/>.
    /// </summary>
    /// <param name="body">The command body; returns its exit code.</param>
    /// <returns>The exit code.</returns>
    public async Task<int> RunGuardedAsync(Func<Task<int>> body)
    {
        try
        {
            return await body();
        }
        catch (Exception exception) when (exception is FormatException or ArgumentException or ExchangeRateNotFoundException)
        {
            WriteError(exception.Message);
            return ExitCodes.InvalidInput;
        }
        catch (Exception exception) when (exception is IOException or JsonException)
        {
            WriteError($"The sample data in {_dataDirectory} could not be read: {exception.Message}");
            return ExitCodes.Failure;
        }
    }

    /// <summary>Writes an error message, escaped so brackets in it print as they are.</summary>
    /// <param name="message">The message.</param>
    public void WriteError(string message) => Console.MarkupLine($"[red]error:[/] {Markup.Escape(message)}");
}
