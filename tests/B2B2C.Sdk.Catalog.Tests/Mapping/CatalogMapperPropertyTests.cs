using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using B2B2C.Sdk.Testing;
using FsCheck.Fluent;

namespace B2B2C.Sdk.Catalog.Tests.Mapping;

public sealed class CatalogMapperPropertyTests
{
    private static readonly CatalogMapper s_mapper = MappingTestData.Mapper;

    private static readonly string[] s_resistances = ["10 kOhm", "4.7kΩ", "0.5 ohm", "1 MOhm", "100", "abc", "10 mm", "-1 ohm", "1E3 Ohm"];
    private static readonly string[] s_cases = ["0603 (1608 metric)", "0402 (1005 metric)", "2512", string.Empty];
    private static readonly string[] s_tolerances = ["± 1 %", "± 0.05 %", "± 25 %", "5%", string.Empty];
    private static readonly string[] s_temperatures = ["-55 ... +155 °C", "-40 to 212 °F", "155 to -55 °C", "hot", string.Empty];
    private static readonly string[] s_classes = ["EC000001", "EC000002", "EC999999"];

    /// <summary>Resistor-like products with every field drawn from good and bad values, some fields missing.</summary>
    private static FsCheck.Gen<SourceProduct[]> Products()
        => (from resistance in Gen.Elements(s_resistances)
            from caseText in Gen.Elements(s_cases)
            from tolerance in Gen.Elements(s_tolerances)
            from temperature in Gen.Elements(s_temperatures)
            from cls in Gen.Elements(s_classes)
            from dropBrand in Gen.Elements(false, false, true)
            from index in Gen.Choose(0, 999_999)
            select MappingTestData.Resistor(
                new SourceField("resistance", resistance),
                new SourceField("case", caseText),
                new SourceField("tolerance_text", tolerance),
                new SourceField("temp_range", temperature),
                new SourceField("class", cls),
                new SourceField("brand_name", dropBrand ? string.Empty : "YAGEO"))
                .WithKey("P" + index.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .ArrayOf()
            .Select(products => products.DistinctBy(p => p.Key).ToArray());

    [Fact]
    public void Map_AnyProduct_IsDeterministic()
    {
        Properties.ForAll(Products(), products =>
        {
            foreach (SourceProduct product in products)
            {
                MappedProduct first = s_mapper.Map(product);
                MappedProduct second = s_mapper.Map(product);
                Assert.Equal(first.Values.ToArray(), second.Values.ToArray());
                Assert.Equal(first.Issues.Select(i => i.Code + i.Message), second.Issues.Select(i => i.Code + i.Message));
                Assert.Equal(first.IsValid, !first.Issues.Any(i => i.IsError));
            }
        });
    }

    [Fact]
    public void RunAsync_AnyThreadCount_WritesTheSameBytesAndReportsEachInvalidProductOnce()
    {
        Properties.ForAll(Products(), products =>
        {
            string one = Run(products, 1, out CatalogRunSummary summary, out string errors);
            string three = Run(products, 3, out _, out _);

            Assert.Equal(one, three);
            string[] reported = [.. errors.Split('\n', StringSplitOptions.RemoveEmptyEntries)];
            Assert.Equal(summary.InvalidProducts, reported.Length);
            Assert.Equal(products.Count(p => !s_mapper.Map(p).IsValid), reported.Length);
        }, cases: 30);
    }

    private static string Run(SourceProduct[] products, int parallelism, out CatalogRunSummary summary, out string errors)
    {
        using var output = new MemoryStream();
        using var errorStream = new MemoryStream();
        summary = CatalogMappingRun.RunAsync(
            new ListSource(products),
            s_mapper,
            CatalogRunOutputs.ToStreams(output, errorStream),
            new CatalogRunOptions { MaxDegreeOfParallelism = parallelism, BatchSize = 3 }).GetAwaiter().GetResult();
        errors = System.Text.Encoding.UTF8.GetString(errorStream.ToArray());
        return Convert.ToBase64String(output.ToArray()) + errors;
    }

    private sealed class ListSource(IReadOnlyList<SourceProduct> products) : ICatalogSource
    {
        public string Name => "generated";

        public async IAsyncEnumerable<SourceProduct> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            foreach (SourceProduct product in products)
            {
                cancellationToken.ThrowIfCancellationRequested();
                yield return product;
            }

            await System.Threading.Tasks.Task.CompletedTask.ConfigureAwait(false);
        }
    }
}

internal static class SourceProductExtensions
{
    internal static SourceProduct WithKey(this SourceProduct product, string key)
        => new(key, product.Location, product.Fields, product.ReadIssues);
}
