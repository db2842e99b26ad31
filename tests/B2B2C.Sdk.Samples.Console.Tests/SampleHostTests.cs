using System;
using System.IO;
using System.Linq;
using B2B2C.Sdk.Samples.Console.Data;
using B2B2C.Sdk.Samples.Console.Demo;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace B2B2C.Sdk.Samples.Console.Tests;

public sealed class SampleHostTests
{
    [Fact]
    public void DefaultDirectory_NextToTheAssembly_HoldsTheDataFiles()
    {
        Assert.StartsWith(AppContext.BaseDirectory, SampleData.DefaultDirectory, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(SampleData.DefaultDirectory, SampleData.ExchangeRatesFile)));
        Assert.True(File.Exists(Path.Combine(SampleData.DefaultDirectory, SampleData.CartFile)));
    }

    [Fact]
    public void Load_ExchangeRates_DeserializesTheRecordDirectly()
    {
        SampleData data = SampleData.Load(SampleData.DefaultDirectory);

        Assert.Equal(8, data.ExchangeRates.Count);
        ExchangeRate first = data.ExchangeRates[0];
        Assert.Equal(Currency.EUR, first.BaseCurrency);
        Assert.Equal(Currency.USD, first.QuoteCurrency);
        Assert.Equal(1.0352m, first.Rate);
        Assert.Equal(new DateTimeOffset(2025, 1, 2, 0, 0, 0, TimeSpan.Zero), first.EffectiveFrom);
        Assert.Equal("Sample reference rates", first.Source);
        Assert.All(data.ExchangeRates, rate => Assert.Equal(Currency.EUR, rate.BaseCurrency));
    }

    [Fact]
    public void Load_Cart_ParsesQuantitiesAndPriceBases()
    {
        Cart cart = SampleData.Load(SampleData.DefaultDirectory).Cart;

        Assert.InRange(cart.Lines.Count, 6, 8);
        Assert.Equal(new CustomerId("C-100234"), cart.Customer);
        CartLine capacitor = Assert.Single(cart.Lines, line => line.Quantity.Unit.IsPack);
        UnitOfMeasure reel = UnitOfMeasure.Pack("REEL", 5000m, UnitOfMeasure.Piece);
        Assert.Equal(Quantity.Of(3m, reel), capacitor.Quantity);
        Assert.Equal(new UnitPrice(Money.Of(17.10m, Currency.EUR), Quantity.Of(1m, reel)), capacitor.UnitPrice);
    }

    [Fact]
    public void Load_InvalidRate_FailsNamingTheFile()
    {
        string directory = Directory.CreateTempSubdirectory("b2b2c-sample-").FullName;
        try
        {
            File.Copy(Path.Combine(SampleData.DefaultDirectory, SampleData.CartFile), Path.Combine(directory, SampleData.CartFile));
            File.WriteAllText(
                Path.Combine(directory, SampleData.ExchangeRatesFile),
                """[{ "baseCurrency": "EUR", "quoteCurrency": "USD", "rate": -1, "effectiveFrom": "2025-01-02T00:00:00Z", "source": "x" }]""");

            InvalidDataException exception = Assert.Throws<InvalidDataException>(() => SampleData.Load(directory));

            Assert.Contains(SampleData.ExchangeRatesFile, exception.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void BuildServices_SampleData_ComposesConverterAndDemoSteps()
    {
        var host = new SampleHost(AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(TextWriter.Null) }), SampleData.DefaultDirectory);
        using ServiceProvider services = host.BuildServices(host.LoadData());

        Assert.NotNull(services.GetRequiredService<CurrencyConverter>());
        Assert.NotNull(services.GetRequiredService<Pricing.PricingEngine>());
        Assert.NotNull(services.GetRequiredService<Pricing.OfferEngine>());
        Assert.NotNull(services.GetRequiredService<Pricing.RebateEngine>());
        Assert.Equal(
            ["Money, quantities and prices", "Prices for who asks", "Catalog to marketplace"],
            services.GetServices<IDemoStep>().Select(step => step.Title));
    }
}
