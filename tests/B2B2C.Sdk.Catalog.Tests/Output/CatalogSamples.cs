using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace B2B2C.Sdk.Catalog.Tests.Output;

/// <summary>Hand-built products covering every attribute type, and small fakes for runs.</summary>
internal static class CatalogSamples
{
    public static readonly SourceLocation ResistorLocation = new("parts.csv", 3, 4);

    public static MappedProduct Resistor()
    {
        var source = new SourceProduct(
            "RC0603-10K",
            ResistorLocation,
            [
                new SourceField("sku", "RC0603-10K"),
                new SourceField("title", "贴片电阻 \"10K\"", Language: "zh-CN"),
                new SourceField("resistance", "10", Unit: "KOHM"),
            ]);
        return new MappedProduct(
            source,
            "resistor",
            [
                new MappedValue("resistance", TargetAttributeType.Number, "10000", "OHM", Rule: "r-resistance", SourceField: "resistance"),
                new MappedValue("tolerance", TargetAttributeType.Number, "0.01"),
                new MappedValue("title", TargetAttributeType.Text, "贴片电阻 \"10K\"", Language: "zh-CN", Rule: "r-title", SourceField: "title"),
                new MappedValue("title", TargetAttributeType.Text, "Chip resistor", Language: "en", Rule: "r-title", SourceField: "title"),
                new MappedValue("package", TargetAttributeType.Enum, "0603", Rule: "r-package", SourceField: "package"),
                new MappedValue("approvals", TargetAttributeType.MultiEnum, "AEC-Q200"),
                new MappedValue("approvals", TargetAttributeType.MultiEnum, "RoHS"),
                new MappedValue("automotive", TargetAttributeType.Boolean, "true", Rule: "r-constant"),
                new MappedValue("temperature", TargetAttributeType.Range, "-55..155", "CEL"),
                new MappedValue("note", TargetAttributeType.Text, "a\\b\nc"),
            ],
            [
                new SourceField("power", "0.1", Unit: "WTT"),
                new SourceField("series", "RC"),
                new SourceField("marking", "103", Language: "en"),
                new SourceField("marking", "10K"),
            ],
            []);
    }

    public static MappedProduct Broken()
    {
        var location = new SourceLocation("catalog.xml", 17, 230, "/BMECAT/T_NEW_CATALOG/PRODUCT[17]");
        var source = new SourceProduct("CAP-\"X\"", location, [new SourceField("sku", "CAP-\"X\""), new SourceField("capacitance", "abc", Unit: "FAR")]);
        return new MappedProduct(
            source,
            null,
            [],
            [],
            [
                new CatalogIssue("CV201", CatalogIssueSeverity.Error, "Capacitance 'abc' is not a number.", location.Child("PRODUCT_FEATURES/FEATURE[2]", 241))
                {
                    TargetField = "capacitance",
                    SourceField = "capacitance",
                },
                new CatalogIssue("CM101", CatalogIssueSeverity.Warning, "No product type matched; 电容.", location),
            ]);
    }

    public static async Task<string> WriteAsync(Func<Stream, Task> write)
    {
        using var stream = new MemoryStream();
        await write(stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}

/// <summary>An in-memory catalog source; optionally cancels a token after some products.</summary>
internal sealed class InMemoryCatalogSource(IReadOnlyList<SourceProduct> products, string name = "memory") : ICatalogSource
{
    public string Name { get; } = name;

    public int CancelAfter { get; init; } = -1;

    public CancellationTokenSource? ToCancel { get; init; }

    public async IAsyncEnumerable<SourceProduct> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        for (int i = 0; i < products.Count; i++)
        {
            if (i == CancelAfter)
            {
                await ToCancel!.CancelAsync();
            }

            cancellationToken.ThrowIfCancellationRequested();
            if (i % 64 == 0)
            {
                await Task.Yield();
            }

            yield return products[i];
        }
    }
}

/// <summary>A clock that never moves, so summaries are byte for byte reproducible.</summary>
internal sealed class FrozenTimeProvider : TimeProvider
{
    public override long GetTimestamp() => 1_000_000;
}

/// <summary>A mapper for tests: a product is invalid when its field <c>bad</c> is not empty; <c>warn</c> adds a warning.</summary>
internal static class FakeMapper
{
    public static MappedProduct Map(SourceProduct product)
    {
        var values = ImmutableArray.CreateBuilder<MappedValue>();
        var carried = ImmutableArray.CreateBuilder<SourceField>();
        var issues = ImmutableArray.CreateBuilder<CatalogIssue>();
        issues.AddRange(product.ReadIssues);
        foreach (SourceField field in product.Fields)
        {
            switch (field.Name)
            {
                case "price":
                    values.Add(new MappedValue("price", TargetAttributeType.Number, field.Value, "EUR", Rule: "r-price", SourceField: "price"));
                    break;
                case "title":
                    values.Add(new MappedValue("title", TargetAttributeType.Text, field.Value, Language: field.Language, Rule: "r-title", SourceField: "title"));
                    break;
                case "bad" when !field.IsEmpty:
                    issues.Add(new CatalogIssue("CV100", CatalogIssueSeverity.Error, $"Bad value '{field.Value}'.", product.Location) { SourceField = "bad" });
                    break;
                case "warn" when !field.IsEmpty:
                    issues.Add(new CatalogIssue("CV900", CatalogIssueSeverity.Warning, "Just a warning.", product.Location));
                    break;
                case "bad" or "warn" or "sku":
                    break;
                default:
                    carried.Add(field);
                    break;
            }
        }

        string type = product.TryGetField("type", out SourceField t) ? t.Value : "widget";
        return new MappedProduct(product, type, values.ToImmutable(), carried.ToImmutable(), issues.ToImmutable());
    }
}
