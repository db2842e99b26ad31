using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using B2B2C.Sdk.Pricing;
using B2B2C.Sdk.Testing;
using static B2B2C.Sdk.Tests.Pricing.PricingTestBooks;

namespace B2B2C.Sdk.Tests.Pricing;

/// <summary>The compiler's diagnostics: one case per code, with severity and path, and how they block compilation.</summary>
public sealed class PriceBookCompilerTests
{
    private const PricingDiagnosticSeverity Error = PricingDiagnosticSeverity.Error;
    private const PricingDiagnosticSeverity Warning = PricingDiagnosticSeverity.Warning;
    private const string Entry0 = "priceLists[0](LIST).entries[0](RC0603-10K)";

    private static readonly DateTimeOffset s_start = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("PB001", Error, "version")]
    [InlineData("PB002", Error, "accessSequence[0]")]
    [InlineData("PB003", Error, "accessSequence[1]")]
    [InlineData("PB010", Error, "hierarchy[0]")]
    [InlineData("PB011", Error, "hierarchy[1](HQ)")]
    [InlineData("PB012", Error, "hierarchy[0](S-1).parent")]
    [InlineData("PB013", Error, "hierarchy[0](A).parent")]
    [InlineData("PB100", Error, "priceLists[0]")]
    [InlineData("PB101", Error, "priceLists[1](LIST)")]
    [InlineData("PB102", Error, "priceLists[0]()")]
    [InlineData("PB103", Error, "priceLists[0](LIST)")]
    [InlineData("PB104", Error, "priceLists[0](LIST).kind")]
    [InlineData("PB105", Error, "priceLists[0](NODE).node")]
    [InlineData("PB106", Error, "priceLists[0](LIST).currency")]
    [InlineData("PB107", Error, "priceLists[0](LIST).validTo")]
    [InlineData("PB108", Warning, "priceLists[0](LIST).inheritance")]
    [InlineData("PB109", Error, "priceLists[1](EAST-2).inheritance")]
    [InlineData("PB110", Warning, "priceLists[0](LIST-B)")]
    [InlineData("PB111", Warning, "priceLists[2](GOLD)")]
    [InlineData("PB200", Error, "priceLists[0](LIST).entries[1]")]
    [InlineData("PB201", Error, "priceLists[0](LIST).entries[0]().sku")]
    [InlineData("PB202", Error, Entry0 + ".priceBasis")]
    [InlineData("PB203", Error, Entry0 + ".priceBasis")]
    [InlineData("PB204", Error, Entry0 + ".tiers")]
    [InlineData("PB205", Error, Entry0 + ".tiers[0].price")]
    [InlineData("PB206", Error, Entry0 + ".tiers[0].minQuantity")]
    [InlineData("PB207", Error, Entry0 + ".tiers[1].minQuantity")]
    [InlineData("PB208", Warning, Entry0 + ".tiers[1].price")]
    [InlineData("PB209", Error, Entry0 + ".maxQuantity")]
    [InlineData("PB210", Error, Entry0 + ".orderMultiple")]
    [InlineData("PB211", Error, Entry0 + ".validTo")]
    [InlineData("PB212", Error, Entry0 + ".tierKind")]
    [InlineData("PB220", Warning, "priceLists[0](LIST).entries[1](RC0603-10K)")]
    [InlineData("PB300", Error, "products[0]")]
    [InlineData("PB301", Error, "products[1](RC0603-10K)")]
    [InlineData("PB302", Error, "products[0](RC0603-10K).cost")]
    [InlineData("PB400", Error, "adjustments[0]")]
    [InlineData("PB401", Error, "adjustments[1](FEE)")]
    [InlineData("PB402", Error, "adjustments[0](FEE).percent")]
    [InlineData("PB403", Error, "adjustments[0](FEE).amount")]
    [InlineData("PB404", Error, "adjustments[0](FEE).amount")]
    [InlineData("PB405", Warning, "adjustments[0](GOLD-5).segment")]
    [InlineData("PB406", Warning, "adjustments[0](FEE).families[0]")]
    [InlineData("PB407", Error, "adjustments[0](FEE).validTo")]
    [InlineData("PB408", Error, "adjustments[0](QTY).tiers[1].minQuantity")]
    [InlineData("PB410", Error, "floor.minimumMarginPercent")]
    [InlineData("PB420", Error, "corridors[0]")]
    [InlineData("PB421", Error, "corridors[0](MARKET).minimumMarkupPercent")]
    [InlineData("PB422", Error, "corridors[1](MARKET)")]
    [InlineData("PB430", Error, "priceEndings[0](MARKET).ending")]
    [InlineData("PB431", Error, "priceEndings[1](MARKET)")]
    [InlineData("PB432", Warning, "priceEndings[0](MARKET).ending")]
    [InlineData("PB440", Error, "taxRates[0](DE/standard).rate")]
    [InlineData("PB441", Error, "taxRates[0](de/standard).country")]
    [InlineData("PB442", Error, "taxRates[1](DE/standard)")]
    [InlineData("PB443", Error, "taxRounding")]
    [InlineData("PB500", Error, "promotions[0]")]
    [InlineData("PB501", Error, "promotions[0]()")]
    [InlineData("PB502", Error, "promotions[1](P)")]
    [InlineData("PB503", Error, Promo0 + ".effect")]
    [InlineData("PB504", Error, Promo0 + ".effect.percent")]
    [InlineData("PB505", Error, Promo0 + ".effect.amount")]
    [InlineData("PB506", Error, Promo0 + ".effect.amount")]
    [InlineData("PB507", Error, Promo0 + ".effect.percent")]
    [InlineData("PB508", Error, Promo0 + ".effect.items")]
    [InlineData("PB509", Error, Promo0 + ".effect.buyQuantity")]
    [InlineData("PB510", Error, Promo0 + ".effect.tiers")]
    [InlineData("PB511", Error, Promo0 + ".validTo")]
    [InlineData("PB512", Error, Promo0)]
    [InlineData("PB513", Error, Promo0 + ".maxUses")]
    [InlineData("PB514", Error, Promo0 + ".budget")]
    [InlineData("PB520", Warning, Promo0 + ".effect.amount")]
    [InlineData("PB521", Warning, Promo0 + ".effect")]
    [InlineData("PB530", Warning, Promo0 + ".target")]
    [InlineData("PB531", Warning, Promo0 + ".target.segments")]
    [InlineData("PB532", Warning, Promo0 + ".target.nodes")]
    [InlineData("PB533", Warning, Promo0 + ".target")]
    public void Compile_BookWithOneProblem_ReportsItsCodeSeverityAndPath(string code, PricingDiagnosticSeverity severity, string path)
    {
        PricingCompilation compilation = PricingSnapshot.Compile(BookWith(code));

        PricingDiagnostic diagnostic = compilation.Diagnostics.First(d => d.Code == code);
        Assert.Equal(severity, diagnostic.Severity);
        Assert.Equal(path, diagnostic.Path);
        Assert.False(string.IsNullOrWhiteSpace(diagnostic.Message));
        Assert.DoesNotContain(compilation.Diagnostics, d => d.Code != code && d.Severity == Error);
        Assert.Equal(severity == Warning, compilation.Succeeded);
        Assert.Equal(severity == Warning, compilation.Snapshot is not null);
        Assert.Contains(diagnostic, severity == Error ? compilation.Errors : compilation.Warnings);
    }

    [Fact]
    public void Compile_EveryCodeTheCompilerEmits_IsCoveredByACase()
    {
        string source = File.ReadAllText(RepositoryRoot.Combine("src/B2B2C.Sdk/Pricing/PriceBookCompiler.cs"))
            + File.ReadAllText(RepositoryRoot.Combine("src/B2B2C.Sdk/Pricing/AdjustmentRulesCompiler.cs"))
            + File.ReadAllText(RepositoryRoot.Combine("src/B2B2C.Sdk/Pricing/PromotionsCompiler.cs"));
        string[] emitted = [.. Regex.Matches(source, "\"(PB[0-9]{3})\"").Select(m => m.Groups[1].Value).Distinct().Order(StringComparer.Ordinal)];
        string[] covered = [.. typeof(PriceBookCompilerTests).GetMethod(nameof(Compile_BookWithOneProblem_ReportsItsCodeSeverityAndPath))!
            .GetCustomAttributes(typeof(InlineDataAttribute), false)
            .Cast<InlineDataAttribute>()
            .Select(a => (string)a.GetData(null!).First()[0])
            .Order(StringComparer.Ordinal)];

        Assert.NotEmpty(emitted);
        Assert.Equal(emitted, covered);
    }

    [Fact]
    public void Compile_ErrorsAndWarnings_AreOrderedErrorsFirstThenByPath()
    {
        PriceBook book = Book(
            ListPrice("LIST", new PriceEntry { Sku = Resistor, Tiers = [new(1m, 1m), new(10m, 2m)] }),
            ListPrice("OTHER", new PriceEntry { Sku = Resistor, Tiers = [new(1m, -1m)] })) with
        { Version = " " };

        PricingCompilation compilation = PricingSnapshot.Compile(book);

        Assert.Equal(["PB205", "PB001", "PB208"], compilation.Diagnostics.Select(d => d.Code));
        Assert.False(compilation.Succeeded);
        PriceBookException thrown = Assert.Throws<PriceBookException>(() => compilation.GetSnapshotOrThrow());
        Assert.Equal(compilation.Errors.ToArray(), thrown.Errors.ToArray());
        Assert.Contains("PB205", thrown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compile_ListWithANullEntry_ReportsPB200InsteadOfThrowing()
    {
        // Regression: the list hash dereferenced the null entry and the compiler threw NullReferenceException.
        PriceBook book = Book(ListPrice("LIST", Entry(1m), null!));

        PricingCompilation compilation = PricingSnapshot.Compile(book);

        Assert.Equal("PB200", Assert.Single(compilation.Errors).Code);
    }

    [Fact]
    public void Recompile_HierarchyDropsTheNodeOfAnUnchangedList_ReportsPB105()
    {
        // Regression: the unchanged node list was reused as compiled and its node was never checked again.
        PriceList east = NodeList("EAST", "R-EAST", NodeInheritance.Inherit, Entry(1m));
        PricingSnapshot snapshot = Compile(Book(east));
        PriceBook withoutEast = snapshot.Book with { Hierarchy = [.. Hierarchy.Where(n => n.Id.Value is not ("R-EAST" or "P-ZJ" or "S-HZ-01"))] };

        PricingCompilation incremental = snapshot.Recompile(withoutEast);
        PricingCompilation scratch = PricingSnapshot.Compile(withoutEast);

        Assert.False(incremental.Succeeded);
        Assert.Equal(scratch.Errors.ToArray(), incremental.Errors.ToArray());
        Assert.Equal("priceLists[0](EAST).node", Assert.Single(incremental.Errors).Path);
    }

    [Fact]
    public void Compile_EntryWithAnError_IsLeftOutButOtherProblemsAreStillReported()
    {
        PriceBook book = Book(ListPrice(
            "LIST",
            new PriceEntry { Sku = Resistor, PriceBasis = 0m, Tiers = [new(1m, -1m)] },
            new PriceEntry { Sku = Capacitor, Tiers = [new(5m, 1m), new(5m, 1m)] }));

        PricingCompilation compilation = PricingSnapshot.Compile(book);

        Assert.Equal(["PB202", "PB205", "PB207"], compilation.Errors.Select(d => d.Code).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Diagnostic_ToString_NamesSeverityCodePathAndMessage()
    {
        var error = new PricingDiagnostic(Error, "PB104", "priceLists[0](X).kind", "Bad.");
        var warning = new PricingDiagnostic(Warning, "PB208", "p", "Rises.");

        Assert.Equal("error PB104 at priceLists[0](X).kind: Bad.", error.ToString());
        Assert.Equal("warning PB208 at p: Rises.", warning.ToString());
    }

    private const string Promo0 = "promotions[0](P)";

    private static PriceEntry Good => Entry(1m);

    private static Money Eur(decimal amount) => Money.Of(amount, Currency.EUR);

    private static Promotion Promo(PromotionEffect effect, PromotionTarget? target = null)
        => new() { Id = new PromotionId("P"), Effect = effect, Target = target ?? new PromotionTarget() };

    private static PriceBook WithPromotions(params Promotion[] promotions) => Book(ListPrice("LIST", Good)) with { Promotions = [.. promotions] };

    [Fact]
    public void Compile_PromotionsChange_ChangeTheContentHash()
    {
        PriceBook plain = Book(ListPrice("LIST", Good));

        string without = Compile(plain).ContentHash;
        string with = Compile(WithPromotions(Promo(PromotionEffect.PercentOff(10m)))).ContentHash;
        string other = Compile(WithPromotions(Promo(PromotionEffect.PercentOff(11m)))).ContentHash;

        Assert.NotEqual(without, with);
        Assert.NotEqual(with, other);
    }

    private static PriceBook BookWith(string code) => code switch
    {
        "PB001" => Book(ListPrice("LIST", Good)) with { Version = "" },
        "PB002" => Book(ListPrice("LIST", Good)) with { AccessSequence = [(PriceSourceKind)9] },
        "PB003" => Book(ListPrice("LIST", Good)) with { AccessSequence = [PriceSourceKind.List, PriceSourceKind.List] },
        "PB010" => new PriceBook { Version = "v", Hierarchy = [new HierarchyNode(default)] },
        "PB011" => new PriceBook { Version = "v", Hierarchy = [new HierarchyNode(Node("HQ")), new HierarchyNode(Node("HQ"))] },
        "PB012" => new PriceBook { Version = "v", Hierarchy = [new HierarchyNode(Node("S-1"), Node("MISSING"))] },
        "PB013" => new PriceBook { Version = "v", Hierarchy = [new HierarchyNode(Node("A"), Node("B")), new HierarchyNode(Node("B"), Node("A"))] },
        "PB100" => Book(new PriceList[] { null! }),
        "PB101" => Book(ListPrice("LIST", Good), ListPrice("LIST", Good) with { Priority = 1 }),
        "PB102" => Book(ListPrice("LIST", Good) with { Id = default }),
        "PB103" => Book(ListPrice("LIST", Good) with { Segment = Gold }),
        "PB104" => Book(ListPrice("LIST", Good) with { Kind = (PriceSourceKind)9 }),
        "PB105" => Book(NodeList("NODE", "NOWHERE", NodeInheritance.Inherit, Good)),
        "PB106" => Book(ListPrice("LIST", Good) with { Currency = default }),
        "PB107" => Book(ListPrice("LIST", Good) with { ValidFrom = s_start, ValidTo = s_start }),
        "PB108" => Book(ListPrice("LIST", Good) with { Inheritance = NodeInheritance.Replace }),
        "PB109" => Book(NodeList("EAST-1", "R-EAST", NodeInheritance.Inherit, Good), NodeList("EAST-2", "R-EAST", NodeInheritance.Lowest, Entry(2m, Capacitor))),
        "PB110" => Book(ListPrice("LIST-B", Good), ListPrice("LIST-A", Good) with { ValidTo = s_start }),
        "PB111" => Book(ListPrice("LIST", Good), ListPrice("LIST-USD", Good) with { Currency = Currency.USD }, SegmentList("GOLD", Good)),
        "PB200" => Book(ListPrice("LIST", Good, null!)),
        "PB201" => Book(ListPrice("LIST", Good with { Sku = default })),
        "PB202" => Book(ListPrice("LIST", Good with { PriceBasis = 0m })),
        "PB203" => Book(ListPrice("LIST", Good with { PriceBasis = 2.5m })),
        "PB204" => Book(ListPrice("LIST", Good with { Tiers = [] })),
        "PB205" => Book(ListPrice("LIST", Good with { Tiers = [new(1m, -0.01m)] })),
        "PB206" => Book(ListPrice("LIST", Good with { Tiers = [new(-1m, 1m)] })),
        "PB207" => Book(ListPrice("LIST", Good with { Tiers = [new(10m, 2m), new(10m, 1m)] })),
        "PB208" => Book(ListPrice("LIST", Good with { Tiers = [new(1m, 1m), new(10m, 1.5m)] })),
        "PB209" => Book(ListPrice("LIST", Good with { MinQuantity = 10m, MaxQuantity = 9m })),
        "PB210" => Book(ListPrice("LIST", Good with { OrderMultiple = 0m })),
        "PB211" => Book(ListPrice("LIST", Good with { ValidFrom = s_start.AddDays(1), ValidTo = s_start })),
        "PB212" => Book(ListPrice("LIST", Good with { TierKind = (TierKind)7 })),
        "PB220" => Book(ListPrice("LIST", Good, Entry(2m) with { Tiers = [new(5m, 2m)] })),
        "PB300" => Book(ListPrice("LIST", Good)) with { Products = [new PricedProduct { Sku = default }] },
        "PB301" => Book(ListPrice("LIST", Good)) with { Products = [new PricedProduct { Sku = Good.Sku }, new PricedProduct { Sku = Good.Sku }] },
        "PB302" => Book(ListPrice("LIST", Good)) with { Products = [new PricedProduct { Sku = Good.Sku, Cost = Money.Of(-1m, Currency.EUR) }] },
        "PB400" => Book(ListPrice("LIST", Good)) with { Adjustments = [null!] },
        "PB401" => Book(ListPrice("LIST", Good)) with { Adjustments = [Fee, Fee] },
        "PB402" => Book(ListPrice("LIST", Good)) with { Adjustments = [Fee with { Amount = null, Percent = 150m }] },
        "PB403" => Book(ListPrice("LIST", Good)) with { Adjustments = [Fee with { Amount = Money.Of(-1m, Currency.EUR) }] },
        "PB404" => Book(ListPrice("LIST", Good)) with { Adjustments = [Fee with { Amount = null }] },
        "PB405" => Book(ListPrice("LIST", Good)) with { Adjustments = [new AdjustmentRule { Id = "GOLD-5", Kind = AdjustmentRuleKind.SegmentDiscount, Segment = Gold, Percent = 5m }] },
        "PB406" => Book(ListPrice("LIST", Good)) with { Adjustments = [Fee with { Families = ["NOPE"] }] },
        "PB407" => Book(ListPrice("LIST", Good)) with { Adjustments = [Fee with { ValidFrom = s_start, ValidTo = s_start }] },
        "PB408" => Book(ListPrice("LIST", Good)) with { Adjustments = [new AdjustmentRule { Id = "QTY", Kind = AdjustmentRuleKind.QuantityDiscount, Tiers = [new(10m, 1m), new(5m, 2m)] }] },
        "PB410" => Book(ListPrice("LIST", Good)) with { Floor = new FloorPolicy(-1m) },
        "PB420" => Book(ListPrice("LIST", Good)) with { Corridors = [null!] },
        "PB421" => Book(ListPrice("LIST", Good), SegmentList("GOLD", Good)) with { Corridors = [new ChannelCorridor(Market, Gold, -1m)] },
        "PB422" => Book(ListPrice("LIST", Good), SegmentList("GOLD", Good)) with { Corridors = [new ChannelCorridor(Market, Gold, 5m), new ChannelCorridor(Market, Gold, 10m)] },
        "PB430" => Book(ListPrice("LIST", Good)) with { PriceEndings = [new PriceEnding(Market, 1.5m)] },
        "PB431" => Book(ListPrice("LIST", Good)) with { PriceEndings = [new PriceEnding(Market, 0.99m), new PriceEnding(Market, 0.95m)] },
        "PB432" => Book(ListPrice("LIST", Good)) with { PriceEndings = [new PriceEnding(Market, 0.995m)] },
        "PB440" => Book(ListPrice("LIST", Good)) with { TaxRates = [new TaxRate("DE", null, 19m)] },
        "PB441" => Book(ListPrice("LIST", Good)) with { TaxRates = [new TaxRate("de", null, 0.19m)] },
        "PB442" => Book(ListPrice("LIST", Good)) with { TaxRates = [new TaxRate("DE", null, 0.19m), new TaxRate("DE", null, 0.07m)] },
        "PB443" => Book(ListPrice("LIST", Good)) with { TaxRounding = (TaxRounding)9 },
        "PB500" => WithPromotions((Promotion)null!),
        "PB501" => WithPromotions(Promo(PromotionEffect.PercentOff(10m)) with { Id = default }),
        "PB502" => WithPromotions(Promo(PromotionEffect.PercentOff(10m)), Promo(PromotionEffect.PercentOff(5m))),
        "PB503" => WithPromotions(Promo(null!)),
        "PB504" => WithPromotions(Promo(PromotionEffect.PercentOff(120m))),
        "PB505" => WithPromotions(Promo(PromotionEffect.AmountOffPerLine(Eur(0m)))),
        "PB506" => WithPromotions(Promo(PromotionEffect.FixedUnitPrice(Eur(0m)))),
        "PB507" => WithPromotions(Promo(new PromotionEffect { Kind = PromotionEffectKind.PercentOff })),
        "PB508" => WithPromotions(Promo(PromotionEffect.BundlePrice(Eur(1m), []))),
        "PB509" => WithPromotions(Promo(PromotionEffect.BuyXGetY(0, 1))),
        "PB510" => WithPromotions(Promo(PromotionEffect.SpendThreshold([]))),
        "PB511" => WithPromotions(Promo(PromotionEffect.PercentOff(10m)) with { ValidFrom = s_start, ValidTo = s_start }),
        "PB512" => WithPromotions(Promo(PromotionEffect.AmountOffPerLine(Eur(1m))) with { Budget = Money.Of(100m, Currency.USD) }),
        "PB513" => WithPromotions(Promo(PromotionEffect.PercentOff(10m)) with { MaxUses = 0 }),
        "PB514" => WithPromotions(Promo(PromotionEffect.PercentOff(10m)) with { Budget = Eur(0m) }),
        "PB520" => WithPromotions(Promo(PromotionEffect.AmountOffPerUnit(Eur(2m)))),
        "PB521" => WithPromotions(Promo(PromotionEffect.PercentOff(90m))) with { Products = [new PricedProduct { Sku = Resistor, Cost = Eur(0.5m) }] },
        "PB530" => WithPromotions(Promo(PromotionEffect.PercentOff(10m), new PromotionTarget { Skus = [new Sku("NOPE")] })),
        "PB531" => WithPromotions(Promo(PromotionEffect.PercentOff(10m), new PromotionTarget { Segments = [new SegmentId("platinum")] })),
        "PB532" => WithPromotions(Promo(PromotionEffect.PercentOff(10m), new PromotionTarget { Nodes = [Node("NOWHERE")] })),
        "PB533" => WithPromotions(Promo(PromotionEffect.PercentOff(10m), new PromotionTarget { Categories = ["nothing"] })),
        _ => throw new ArgumentOutOfRangeException(nameof(code), code, "No book for this code."),
    };

    private static AdjustmentRule Fee => new() { Id = "FEE", Kind = AdjustmentRuleKind.Surcharge, Amount = Money.Of(2m, Currency.EUR) };

    [Fact]
    public void Compile_EntryWithQuantityRulesBefore_DoesNotShadowTheNext()
    {
        PricingCompilation compilation = PricingSnapshot.Compile(Book(ListPrice("LIST", Good with { MinQuantity = 10m }, Entry(2m))));

        Assert.Empty(compilation.Diagnostics);
        Assert.True(compilation.Succeeded);
        Assert.Empty(compilation.Warnings);
    }
}
