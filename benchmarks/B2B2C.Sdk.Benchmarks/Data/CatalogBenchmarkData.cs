using System;
using System.Collections.Generic;
using System.IO;
using B2B2C.Sdk.Catalog;

namespace B2B2C.Sdk.Benchmarks.Data;

/// <summary>
/// What the catalog mapping benchmarks share: the shipped JD-style schema and the JSON Lines spec (embedded in the
/// assembly from <c>samples/data/catalog/</c>), the jq program that does the same mapping, and generated catalogs.
/// </summary>
internal static class CatalogBenchmarkData
{
    /// <summary>The environment variable that caps the products of <c>RunInMemory</c> (the Dry test sets it low).</summary>
    internal const string ProductCountVariable = "B2B2C_CATALOG_PRODUCTS";

    /// <summary>Gets the number of products <c>RunInMemory</c> maps: 10,000 unless the environment variable says otherwise.</summary>
    internal static int RunProductCount
    {
        get
        {
            string? value = Environment.GetEnvironmentVariable(ProductCountVariable);
            return string.IsNullOrWhiteSpace(value) ? 10_000 : int.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
        }
    }

    /// <summary>Reads an embedded resource as text.</summary>
    /// <param name="name">The file name under <c>catalog/</c>.</param>
    /// <returns>The text.</returns>
    internal static string Resource(string name)
    {
        using Stream stream = typeof(CatalogBenchmarkData).Assembly.GetManifestResourceStream("catalog/" + name)
            ?? throw new InvalidOperationException($"The benchmark assembly has no embedded resource 'catalog/{name}'.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Compiles the JD mapper for the JSON Lines form of the generated catalogs.</summary>
    /// <returns>The mapper.</returns>
    internal static CatalogMapper JsonLinesToJdMapper()
    {
        TargetSchema schema = TargetSchemaJson.Parse(Resource("jd-marketplace.schema.json"), "jd-marketplace.schema.json");
        MappingSpec spec = MappingSpecJson.Parse(Resource("supplier-jsonl-to-jd.spec.json"), "supplier-jsonl-to-jd.spec.json");
        return CatalogMapper.Compile(spec, schema).GetMapperOrThrow();
    }

    /// <summary>Generates a JSON Lines catalog in memory.</summary>
    /// <param name="count">How many products.</param>
    /// <returns>The UTF-8 bytes.</returns>
    internal static byte[] JsonLines(int count)
    {
        using var stream = new MemoryStream();
        new SupplierCatalogGenerator().WriteJsonLines(count, stream);
        return stream.ToArray();
    }

    /// <summary>Gets the products of a JSON Lines catalog, read with the SDK's reader.</summary>
    /// <param name="jsonLines">The UTF-8 bytes.</param>
    /// <returns>The products in order.</returns>
    internal static List<SourceProduct> Read(byte[] jsonLines)
    {
        var products = new List<SourceProduct>();
        var reader = new Catalog.Readers.JsonLinesCatalogReader(new MemoryStream(jsonLines, writable: false), "catalog.jsonl");
        IAsyncEnumerator<SourceProduct> e = reader.ReadAsync().GetAsyncEnumerator();
        try
        {
            while (e.MoveNextAsync().AsTask().GetAwaiter().GetResult())
            {
                products.Add(e.Current);
            }
        }
        finally
        {
            e.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }

        return products;
    }
}
