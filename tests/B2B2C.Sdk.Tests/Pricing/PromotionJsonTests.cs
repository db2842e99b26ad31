using System;
using System.IO;
using System.Linq;
using B2B2C.Sdk.Pricing;
using B2B2C.Sdk.Testing;
using static B2B2C.Sdk.Tests.Pricing.PromotionTestBooks;

namespace B2B2C.Sdk.Tests.Pricing;

public sealed class PromotionJsonTests
{
    private static PriceBook EveryKind() => Book(
        Promo("PCT", PromotionEffect.PercentOff(12.50m), new PromotionTarget
        {
            Segments = [new SegmentId("gold")],
            Nodes = [new HierarchyNodeId("R-EAST")],
            Channels = [new ChannelId("WEB")],
            Customers = [new CustomerId("C-100")],
            Skus = [Resistor],
            Categories = ["passives"],
            Families = ["RC0603"],
        }) with
        {
            Name = "Autumn 华东",
            ValidFrom = new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.FromHours(8)),
            ValidTo = new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero),
            StackingGroup = "seasonal",
            MaxUses = 1000,
            MaxUsesPerCustomer = 2,
        },
        Promo("UNIT", PromotionEffect.AmountOffPerUnit(Eur(0.010m))) with { Budget = Eur(2500.00m) },
        Promo("LINE", PromotionEffect.AmountOffPerLine(Eur(1.50m))),
        Promo("ORDER", PromotionEffect.AmountOffPerOrder(Eur(10m))) with { Exclusive = true },
        Promo("FIX", PromotionEffect.FixedUnitPrice(Eur(0.4m))),
        Promo("B2G1", PromotionEffect.BuyXGetY(2, 1, 50m)),
        Promo("KIT", PromotionEffect.BundlePrice(Eur(55.00m), [new(Tool, 1m), new(Resistor, 100m)])),
        Promo("SPEND", PromotionEffect.SpendThreshold([new(Eur(100.00m), 5m, null), new(Eur(500.00m), null, Eur(40.00m))])));

    [Fact]
    public void WriteRead_PromotionsOfEveryKind_RoundTripFieldByField()
    {
        PriceBook book = EveryKind();

        string json = PriceBookJson.Write(book);
        PriceBook read = PriceBookJson.Read(json);

        Assert.Equal(json, PriceBookJson.Write(read));
        Assert.Equal(book.Promotions.Length, read.Promotions.Length);
        for (int i = 0; i < book.Promotions.Length; i++)
        {
            Promotion expected = book.Promotions[i];
            Promotion actual = read.Promotions[i];
            Assert.Equal(expected with { Effect = actual.Effect, Target = actual.Target }, actual);
            Assert.Equal(expected.Effect with { Items = actual.Effect.Items, Tiers = actual.Effect.Tiers }, actual.Effect);
            Assert.Equal(expected.Effect.Items.ToArray(), actual.Effect.Items.ToArray());
            Assert.Equal(expected.Effect.Tiers.ToArray(), actual.Effect.Tiers.ToArray());
            Assert.Equal(expected.Target.Segments.ToArray(), actual.Target.Segments.ToArray());
            Assert.Equal(expected.Target.Nodes.ToArray(), actual.Target.Nodes.ToArray());
            Assert.Equal(expected.Target.Channels.ToArray(), actual.Target.Channels.ToArray());
            Assert.Equal(expected.Target.Customers.ToArray(), actual.Target.Customers.ToArray());
            Assert.Equal(expected.Target.Skus.ToArray(), actual.Target.Skus.ToArray());
            Assert.Equal(expected.Target.Categories.ToArray(), actual.Target.Categories.ToArray());
            Assert.Equal(expected.Target.Families.ToArray(), actual.Target.Families.ToArray());
        }

        Assert.Contains("\"kind\": \"buyXGetY\"", json, StringComparison.Ordinal);
        Assert.Contains("\"amount\": \"0.010\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_PromotionWithAmountsButNoCurrency_IsRejected()
    {
        const string json = """{"version":"v","promotions":[{"id":"P","effect":{"kind":"amountOffPerLine","amount":"1.00"}}]}""";

        PriceBookException error = Assert.Throws<PriceBookException>(() => PriceBookJson.Read(json));

        Assert.Equal("PB904", Assert.Single(error.Errors).Code);
        Assert.Equal("$.promotions[0]", error.Path);
    }

    [Fact]
    public void Read_UnknownEffectKind_IsRejectedWithThePath()
    {
        const string json = """{"version":"v","promotions":[{"id":"P","effect":{"kind":"halfOff"}}]}""";

        PriceBookException error = Assert.Throws<PriceBookException>(() => PriceBookJson.Read(json));

        Assert.Equal("PB903", Assert.Single(error.Errors).Code);
        Assert.Equal("$.promotions[0].effect.kind", error.Path);
    }

    [Fact]
    public void Write_PromotionWithTwoCurrencies_IsRejected()
    {
        PriceBook book = Book(Promo("P", PromotionEffect.AmountOffPerLine(Eur(1m))) with { Budget = Money.Of(10m, Currency.USD) });

        ArgumentException error = Assert.Throws<ArgumentException>(() => PriceBookJson.Write(book));

        Assert.Contains("promotions[0]", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SampleBook_Promotions_ReadAndCompileWithoutErrors()
    {
        PriceBook book = PriceBookJson.Read(File.ReadAllBytes(RepositoryRoot.Combine("samples/data/price-book.json")));

        PricingCompilation compilation = PricingSnapshot.Compile(book);

        Assert.True(compilation.Succeeded);
        Assert.Equal(["BLACKFRIDAY-2026", "CRIMP-STARTER-KIT", "GOLD-SPEND-2026", "NE555-100-GET-10"], book.Promotions.Select(p => p.Id.Value).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(compilation.Diagnostics, d => d.Code.StartsWith("PB5", StringComparison.Ordinal));
    }
}
