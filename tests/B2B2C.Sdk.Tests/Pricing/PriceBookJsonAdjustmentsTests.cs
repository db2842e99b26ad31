using System;
using System.Globalization;
using System.Linq;
using System.Text;
using B2B2C.Sdk.Pricing;

namespace B2B2C.Sdk.Tests.Pricing;

/// <summary>The JSON form of products, adjustment rules, floor, corridors, price endings, tax rates and the lists' floor opt-out.</summary>
public sealed class PriceBookJsonAdjustmentsTests
{
    private static PriceBook FullBook() => new()
    {
        Version = "2026-11",
        Products =
        [
            new PricedProduct { Sku = new Sku("RC0603-10K"), Family = "RC0603", Categories = ["resistors", "smd-passives"], TaxCategory = "reduced", Cost = Money.Of(0.0210m, Currency.CNY) },
            new PricedProduct { Sku = new Sku("TOOL-1") },
        ],
        Adjustments =
        [
            new AdjustmentRule
            {
                Id = "GOLD-5",
                Kind = AdjustmentRuleKind.SegmentDiscount,
                Name = "Gold \"connectors\"",
                Segment = new SegmentId("distributor-gold"),
                Percent = 5.0m,
                Skus = [new Sku("RC0603-10K")],
                Families = ["RC0603"],
                Categories = ["connectors"],
                Channel = new ChannelId("b2b-shop"),
                ValidFrom = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.FromHours(8)),
                ValidTo = new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.Zero),
            },
            new AdjustmentRule { Id = "WIRE", Kind = AdjustmentRuleKind.QuantityDiscount, Unit = UnitOfMeasure.Metre, Tiers = [new(500m, 3m), new(2000.0m, 6.00m)] },
            new AdjustmentRule { Id = "CUT", Kind = AdjustmentRuleKind.Surcharge, Amount = Money.Of(15.00m, Currency.CNY), MinQuantity = 1m, MaxQuantity = 3999m },
        ],
        Floor = new FloorPolicy(8.0m),
        Corridors = [new ChannelCorridor(new ChannelId("marketplace-jd"), new SegmentId("distributor-gold"), 10m)],
        PriceEndings = [new PriceEnding(new ChannelId("marketplace-jd"), 0.99m)],
        TaxRates = [new TaxRate("CN", null, 0.13m), new TaxRate("DE", "reduced", 0.070m)],
        TaxRounding = TaxRounding.PerUnit,
        PriceLists = [new PriceList { Id = new PriceListId("C-1"), Kind = PriceSourceKind.Contract, Customer = new CustomerId("C-1"), Currency = Currency.CNY, AllowBelowFloor = true }],
    };

    [Fact]
    public void Write_BookWithEveryAdjustmentFieldSet_ReadsBackFieldByField()
    {
        PriceBook book = FullBook();

        PriceBook read = PriceBookJson.Read(PriceBookJson.Write(book));

        Assert.Equal(Describe(book), Describe(read));
        Assert.Equal(PriceBookJsonTests.Describe(book), PriceBookJsonTests.Describe(read));
    }

    [Fact]
    public void Write_BookWithEveryAdjustmentFieldSet_WritesCamelCaseNamesAndExactDecimals()
    {
        string json = PriceBookJson.Write(FullBook());

        Assert.Contains("\"kind\": \"quantityDiscount\"", json, StringComparison.Ordinal);
        Assert.Contains("\"taxRounding\": \"perUnit\"", json, StringComparison.Ordinal);
        Assert.Contains("\"allowBelowFloor\": true", json, StringComparison.Ordinal);
        Assert.Contains("\"minimumMarginPercent\": \"8.0\"", json, StringComparison.Ordinal);
        Assert.Contains("\"cost\": {\n        \"amount\": \"0.0210\",\n        \"currency\": \"CNY\"\n      }", json.Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Write_BookWithoutAdjustments_WritesNoneOfTheirProperties()
    {
        string json = PriceBookJson.Write(new PriceBook { Version = "v1" });

        Assert.DoesNotContain("products", json, StringComparison.Ordinal);
        Assert.DoesNotContain("taxRounding", json, StringComparison.Ordinal);
        Assert.DoesNotContain("floor", json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"version":"v","adjustments":[{"id":"A","kind":"discount"}]}""", "PB903", "$.adjustments[0].kind")]
    [InlineData("""{"version":"v","adjustments":[{"id":"A"}]}""", "PB904", "$.adjustments[0]")]
    [InlineData("""{"version":"v","taxRates":[{"country":"DE","rate":"0.19","rat":"1"}]}""", "PB901", "$.taxRates[0].rat")]
    [InlineData("""{"version":"v","products":[{"sku":"A","cost":{"amount":"1"}}]}""", "PB904", "$.products[0].cost")]
    [InlineData("""{"version":"v","priceLists":[{"id":"L","kind":"list","currency":"EUR","allowBelowFloor":"yes"}]}""", "PB902", "$.priceLists[0].allowBelowFloor")]
    public void Read_InvalidAdjustmentDocument_NamesCodeAndPath(string json, string code, string path)
    {
        PriceBookException error = Assert.Throws<PriceBookException>(() => PriceBookJson.Read(json));

        Assert.Equal(code, Assert.Single(error.Errors).Code);
        Assert.Equal(path, error.Path);
    }

    private static string Describe(PriceBook book)
    {
        var text = new StringBuilder();
        CultureInfo invariant = CultureInfo.InvariantCulture;
        foreach (PricedProduct p in book.Products)
        {
            text.Append(invariant, $"product {p.Sku.Value} {p.Family} [{string.Join(',', p.Categories)}] {p.TaxCategory} {p.Cost?.ToInvariantString()}\n");
        }

        foreach (AdjustmentRule r in book.Adjustments)
        {
            text.Append(invariant, $"rule {r.Id} {r.Kind} {r.Name} {r.Segment?.Value} {r.Percent} {r.Amount?.ToInvariantString()} {r.Unit} {r.MinQuantity} {r.MaxQuantity} {r.Channel?.Value} {r.ValidFrom?.UtcTicks}{r.ValidFrom?.Offset} {r.ValidTo?.UtcTicks}{r.ValidTo?.Offset}");
            text.Append(invariant, $" tiers=[{string.Join(',', r.Tiers.Select(t => $"{t.MinQuantity}:{t.Percent}"))}] skus=[{string.Join(',', r.Skus.Select(s => s.Value))}] families=[{string.Join(',', r.Families)}] categories=[{string.Join(',', r.Categories)}]\n");
        }

        text.Append(invariant, $"floor {book.Floor?.MinimumMarginPercent} rounding {book.TaxRounding}\n");
        text.AppendJoin('\n', book.Corridors.Select(c => string.Create(invariant, $"corridor {c.Channel.Value} {c.ReferenceSegment.Value} {c.MinimumMarkupPercent}"))).Append('\n');
        text.AppendJoin('\n', book.PriceEndings.Select(e => string.Create(invariant, $"ending {e.Channel.Value} {e.Ending}"))).Append('\n');
        text.AppendJoin('\n', book.TaxRates.Select(r => string.Create(invariant, $"tax {r.Country} {r.Category ?? "(none)"} {r.Rate}"))).Append('\n');
        text.AppendJoin('\n', book.PriceLists.Select(l => $"list {l.Id.Value} allowBelowFloor={l.AllowBelowFloor}"));
        return text.ToString();
    }
}
