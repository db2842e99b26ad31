using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using B2B2C.Sdk.Pricing;

namespace B2B2C.Sdk.Samples.Console.Data;

/// <summary>
/// The sample data shipped with the console sample (samples/data, copied next to the executable): a table of
/// exchange rates, a B2B cart of electronic components, a price book and a stock book.
/// </summary>
internal sealed class SampleData
{
    /// <summary>The file holding the exchange rates: a JSON array of <see cref="ExchangeRate"/>.</summary>
    public const string ExchangeRatesFile = "exchange-rates.json";

    /// <summary>The file holding the cart.</summary>
    public const string CartFile = "cart.json";

    /// <summary>The file holding the price book, in the format <see cref="PriceBookJson"/> reads.</summary>
    public const string PriceBookFile = "price-book.json";

    /// <summary>The file holding the stock book: a <see cref="StockBook"/> as System.Text.Json writes it.</summary>
    public const string StockFile = "stock.json";

    /// <summary>The folder, inside the data folder, holding the supplier catalogs, the marketplace schemas and the mapping specs.</summary>
    public const string CatalogFolder = "catalog";

    /// <summary>
    /// Web defaults (camelCase, case-insensitive names), and nothing missing: a property the constructor needs or
    /// a non-nullable one left out or <see langword="null"/> fails the load.
    /// </summary>
    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web)
    {
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    private SampleData(string directory, IReadOnlyList<ExchangeRate> exchangeRates, Cart cart, PriceBook priceBook, StockBook stockBook)
    {
        Directory = directory;
        ExchangeRates = exchangeRates;
        Cart = cart;
        PriceBook = priceBook;
        StockBook = stockBook;
    }

    /// <summary>Gets the folder next to the executable that the build copies the sample data to.</summary>
    public static string DefaultDirectory => Path.Combine(AppContext.BaseDirectory, "data");

    /// <summary>Gets the folder the data was loaded from.</summary>
    public string Directory { get; }

    /// <summary>Gets the folder holding the catalog samples: <see cref="CatalogFolder"/> inside <see cref="Directory"/>.</summary>
    public string CatalogDirectory => Path.Combine(Directory, CatalogFolder);

    /// <summary>Gets the exchange rates, several dates per pair.</summary>
    public IReadOnlyList<ExchangeRate> ExchangeRates { get; }

    /// <summary>Gets the cart.</summary>
    public Cart Cart { get; }

    /// <summary>
    /// Gets the price book: the lists of price-book.json, with the product families of <see cref="PricingSamples.Products"/>
    /// (the JSON format carries prices; which articles form a family is catalogue data, added here).
    /// </summary>
    public PriceBook PriceBook { get; }

    /// <summary>Gets the stock book: warehouses, stock levels, expected receipts and a distributor's quota.</summary>
    public StockBook StockBook { get; }

    /// <summary>Loads the sample data from a folder.</summary>
    /// <param name="directory">The folder holding <see cref="ExchangeRatesFile"/>, <see cref="CartFile"/>, <see cref="PriceBookFile"/> and <see cref="StockFile"/>.</param>
    /// <returns>The data.</returns>
    /// <exception cref="IOException">A file is missing, or <see cref="InvalidDataException"/>: a file is not valid.</exception>
    public static SampleData Load(string directory)
    {
        // ExchangeRate deserializes as it is: its one public constructor takes every property, and Currency carries
        // its own JSON converter. The constructor's checks (two currencies, a positive rate, a source) apply.
        List<ExchangeRate> rates = Read<List<ExchangeRate>>(directory, ExchangeRatesFile, document => document);
        Cart cart = Read<CartDocument, Cart>(directory, CartFile, ToCart);
        PriceBook priceBook = ReadPriceBook(directory) with { Products = PricingSamples.Products };

        // StockBook deserializes as it is: init-only properties, immutable arrays, and identifiers and quantities
        // with JSON converters of their own.
        StockBook stockBook = Read<StockBook>(directory, StockFile, document => document);
        return new SampleData(directory, rates, cart, priceBook, stockBook);
    }

    private static PriceBook ReadPriceBook(string directory)
    {
        string path = Path.Combine(directory, PriceBookFile);
        try
        {
            return PriceBookJson.Read(File.ReadAllBytes(path));
        }
        catch (PriceBookException exception)
        {
            throw new InvalidDataException($"{path} is not valid: {exception.Message}", exception);
        }
    }

    private static T Read<T>(string directory, string file, Func<T, T> map)
        => Read<T, T>(directory, file, map);

    private static TResult Read<TDocument, TResult>(string directory, string file, Func<TDocument, TResult> map)
    {
        string path = Path.Combine(directory, file);
        try
        {
            using FileStream stream = File.OpenRead(path);
            TDocument document = JsonSerializer.Deserialize<TDocument>(stream, s_json)
                ?? throw new InvalidDataException($"{path} holds null.");
            return map(document);
        }
        catch (Exception exception) when (exception is JsonException or ArgumentException or FormatException)
        {
            throw new InvalidDataException($"{path} is not valid: {exception.Message}", exception);
        }
    }

    /// <summary>Maps the JSON cart to the domain: quantities and price bases are parsed from their invariant text form.</summary>
    private static Cart ToCart(CartDocument document)
    {
        var lines = document.Lines
            .Select(line => new CartLine(
                line.Sku,
                line.Description,
                Quantity.Parse(line.Quantity, CultureInfo.InvariantCulture),
                new UnitPrice(line.Price, Quantity.Parse(line.Per, CultureInfo.InvariantCulture))))
            .ToList();
        return new Cart(document.Customer, document.OrderedAt, lines);
    }
}
