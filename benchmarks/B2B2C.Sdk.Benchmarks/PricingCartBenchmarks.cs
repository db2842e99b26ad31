using System;
using System.Collections.Immutable;
using System.Linq;
using B2B2C.Sdk.Benchmarks.Data;
using B2B2C.Sdk.Pricing;
using BenchmarkDotNet.Attributes;

namespace B2B2C.Sdk.Benchmarks;

/// <summary>
/// Quoting whole carts on the distributor data set, with product families (tiers counted across a family), a
/// segment discount, three promotions (a category percent off, buy 100 get 5 on a family, a spend threshold; the
/// engine searches their best combination), line rounding, cart-level allocation and 13% VAT with a gross display.
/// Targets: a 100-line cart in at most 100 µs; a 1,000-line bill of materials in at most 1 ms.
/// </summary>
[MemoryDiagnoser]
public class PricingCartBenchmarks
{
    private static readonly Currency s_cny = Currency.FromCode("CNY");

    private PricingEngine _engine = null!;

    private PricingContext _context = null!;

    private CartLine[] _cart = [];

    private CartLine[] _bom = [];

    /// <summary>Generates the data set, adds product, promotion and tax data, and builds the two carts.</summary>
    [GlobalSetup]
    public void Setup()
    {
        PricingDataSet data = PricingDataSet.Generate(PricingDataSetSize.FromName(PricingBenchmarkSettings.SizeName), PricingBenchmarkSettings.Seed);
        PriceList list = data.Book.PriceLists.First(l => l.Kind == PriceSourceKind.List && l.Currency == s_cny);
        PriceEntry[] entries = [.. list.Entries.GroupBy(e => e.Sku).Select(g => g.First()).Take(1000)];
        PricingContext gold = data.Requests.First(r => r.Profile == PricingProfile.GoldDistributor).Context;
        _context = new PricingContext
        {
            Customer = gold.Customer,
            Segment = gold.Segment,
            Nodes = gold.Nodes,
            Channel = gold.Channel,
            Currency = s_cny,
            Country = "CN",
            PriceDisplay = PriceDisplay.Gross,
        };

        ImmutableArray<PricedProduct> products = [.. entries.Select((e, i) => new PricedProduct
        {
            Sku = e.Sku,
            Family = "F" + (i / 5),
            Categories = ["cat-" + (i % 10)],
        })];
        PriceBook book = data.Book with
        {
            Products = products,
            TaxRates = [new TaxRate("CN", null, 0.13m)],
            Adjustments =
            [
                new AdjustmentRule { Id = "GOLD-CAT2", Kind = AdjustmentRuleKind.SegmentDiscount, Segment = gold.Segment, Percent = 3m, Categories = ["cat-2"] },
            ],
            Promotions =
            [
                new Promotion { Id = new PromotionId("CAT1-5"), Effect = PromotionEffect.PercentOff(5m), Target = new PromotionTarget { Categories = ["cat-1"] } },
                new Promotion { Id = new PromotionId("F3-100-5"), Effect = PromotionEffect.BuyXGetY(100, 5), Target = new PromotionTarget { Families = ["F3"] } },
                new Promotion
                {
                    Id = new PromotionId("SPEND"),
                    Effect = PromotionEffect.SpendThreshold([new PromotionSpendTier(Money.Of(10_000m, s_cny), 2m, null)]),
                },
            ],
        };
        _engine = new PricingEngine(PricingSnapshot.Compile(book).GetSnapshotOrThrow());
        CartLine[] lines = [.. entries.Select(e => new CartLine(e.Sku, new Quantity(e.Tiers[Math.Min(1, e.Tiers.Length - 1)].MinQuantity, e.Unit)))];
        _cart = lines[..Math.Min(100, lines.Length)];
        _bom = lines;
        CartQuote check = _engine.QuoteCart(_context, _cart, PricingDataSet.At);
        if (!check.IsComplete)
        {
            throw new InvalidOperationException("The benchmark cart has unpriced lines.");
        }
    }

    /// <summary>Quotes a 100-line cart.</summary>
    /// <returns>The quote.</returns>
    [Benchmark(Baseline = true)]
    public CartQuote Cart100() => _engine.QuoteCart(_context, _cart, PricingDataSet.At);

    /// <summary>Quotes a 1,000-line bill of materials.</summary>
    /// <returns>The quote.</returns>
    [Benchmark]
    public CartQuote BillOfMaterials1000() => _engine.QuoteCart(_context, _bom, PricingDataSet.At);
}
