using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace B2B2C.Sdk.Catalog.Tests.Readers;

internal static class ReaderTestKit
{
    public static MemoryStream Utf8(string text) => new(Encoding.UTF8.GetBytes(text));

    public static async Task<List<SourceProduct>> ReadAllAsync(ICatalogSource source, CancellationToken cancellationToken = default)
    {
        var products = new List<SourceProduct>();
        await foreach (SourceProduct product in source.ReadAsync(cancellationToken))
        {
            products.Add(product);
        }

        return products;
    }

    /// <summary>Reads synchronously, for FsCheck properties (which run synchronous functions).</summary>
    public static List<SourceProduct> ReadAllBlocking(ICatalogSource source)
        => ReadAllAsync(source).GetAwaiter().GetResult();

    public static string[] Values(SourceProduct product, string name)
        => [.. product.Fields.Where(f => f.Name == name).Select(f => f.Value)];

    public static SourceField Field(SourceProduct product, string name)
        => Assert.Single(product.Fields, f => f.Name == name);

    public static CatalogIssue Issue(SourceProduct product, string code)
        => Assert.Single(product.ReadIssues, i => i.Code == code);

    public static string[] Codes(SourceProduct product) => [.. product.ReadIssues.Select(i => i.Code)];
}
