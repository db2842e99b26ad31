using System;
using System.Linq;
using System.Threading.Tasks;
using B2B2C.Sdk.Pricing;
using B2B2C.Sdk.Testing;

namespace B2B2C.Sdk.Tests.Pricing;

public sealed class OfferEngineTests
{
    private static readonly DateTimeOffset s_at = new(2026, 11, 20, 10, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset s_december1 = new(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset s_december15 = new(2026, 12, 15, 0, 0, 0, TimeSpan.Zero);
    private static readonly Sku s_resistor = new("RC0603-10K");
    private static readonly Sku s_capacitor = new("CAP-0805-1U");
    private static readonly Sku s_cable = new("CABLE-LIYY-3X0.25");
    private static readonly UnitOfMeasure s_reel = UnitOfMeasure.Pack("REEL", 5000m, UnitOfMeasure.Piece);
    private static readonly CustomerId s_distributor = new("DIST-1");

    private static readonly PricingContext s_public = new() { Currency = Currency.EUR };
    private static readonly PricingContext s_distributorContext = new()
    {
        Currency = Currency.EUR,
        Customer = s_distributor,
        Audience = AvailabilityAudience.Distributor,
    };

    internal static PriceBook Prices() => new()
    {
        Version = "prices-1",
        PriceLists =
        [
            new PriceList
            {
                Id = new PriceListId("LIST-EUR"),
                Kind = PriceSourceKind.List,
                Currency = Currency.EUR,
                Entries = [new PriceEntry { Sku = s_resistor, PriceBasis = 1000m, Tiers = [new(1m, 4.20m), new(10_000m, 3.42m)] }],
            },
        ],
    };

    internal static StockBook Stock(string version = "stock-1") => new()
    {
        Version = version,
        Warehouses =
        [
            new StockWarehouse { Id = new WarehouseId("WH-HH"), Name = "Hamburg", Country = "DE" },
            new StockWarehouse { Id = new WarehouseId("WH-SZ"), Name = "Shenzhen", Country = "CN" },
        ],
        Items =
        [
            new StockItem { Sku = s_resistor, LeadTimeDays = 28 },
            new StockItem { Sku = s_cable, Unit = UnitOfMeasure.Metre },
        ],
        Levels =
        [
            new StockLevel
            {
                Sku = s_resistor,
                Warehouse = new WarehouseId("WH-HH"),
                OnHand = Quantity.Pieces(8000m),
                Reserved = Quantity.Pieces(1000m),
                Receipts = [new StockReceipt(s_december1, Quantity.Of(2m, s_reel))],
            },
            new StockLevel
            {
                Sku = s_resistor,
                Warehouse = new WarehouseId("WH-SZ"),
                OnHand = Quantity.Pieces(5000m),
                Receipts = [new StockReceipt(s_december15, Quantity.Pieces(20_000m))],
            },
            new StockLevel
            {
                Sku = s_capacitor,
                Warehouse = new WarehouseId("WH-HH"),
                OnHand = Quantity.Pieces(100m),
                Reserved = Quantity.Pieces(100m),
                Receipts =
                [
                    new StockReceipt(new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero), Quantity.Pieces(1000m)),
                    new StockReceipt(s_december1, Quantity.Pieces(500m)),
                ],
            },
            new StockLevel { Sku = s_cable, Warehouse = new WarehouseId("WH-HH"), OnHand = Quantity.Of(500m, UnitOfMeasure.Metre) },
        ],
        Quotas =
        [
            new StockQuota
            {
                Customer = s_distributor,
                Sku = s_resistor,
                PeriodStart = new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero),
                PeriodEnd = s_december1,
                Allocated = Quantity.Pieces(10_000m),
                Consumed = Quantity.Pieces(4000m),
            },
        ],
    };

    private static OfferEngine Engine(TimeProvider? clock = null)
        => new(
            new PricingEngine(PricingSnapshot.Compile(Prices()).GetSnapshotOrThrow()),
            StockSnapshot.Compile(Stock()).GetSnapshotOrThrow(),
            clock);

    private static void AssertNoStockFigures(AvailabilityView view)
    {
        Assert.Equal(AvailabilityAudience.Public, view.Audience);
        Assert.Empty(view.Warehouses);
        Assert.Null(view.AvailableNow);
        Assert.Null(view.OrderableNow);
        Assert.Null(view.Quota);
        Assert.Null(view.LeadTimeDays);
        Assert.DoesNotContain("Hamburg", view.Reason ?? string.Empty, StringComparison.Ordinal);
        Assert.DoesNotContain("WH-", view.Reason ?? string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public void OfferFor_PublicQuantityCoveredNow_IsInStockShippingNowWithoutFigures()
    {
        Offer offer = Engine().OfferFor(s_public, s_resistor, Quantity.Pieces(5000m), s_at);

        Assert.Equal(AvailabilityStatus.InStock, offer.Availability.Status);
        Assert.Equal(s_at, offer.Availability.ShipDate);
        Assert.Equal(Quantity.Pieces(5000m), offer.Availability.RequestedQuantity);
        AssertNoStockFigures(offer.Availability);
    }

    [Fact]
    public void OfferFor_AnyAsker_CarriesThePricingEnginesPrice()
    {
        OfferEngine engine = Engine();

        Offer offer = engine.OfferFor(s_distributorContext, s_resistor, Quantity.Pieces(12_000m), s_at);

        Assert.Equal(engine.Pricing.Price(s_distributorContext, s_resistor, Quantity.Pieces(12_000m), s_at), offer.Price);
        Assert.Equal(Money.Of(41.04m, Currency.EUR), offer.Price.LineAmount);
        Assert.Equal("stock-1", offer.StockVersion);
        Assert.Equal(s_at, offer.At);
    }

    [Fact]
    public void OfferFor_PublicMoreThanInStock_IsPartlyInStockByTheReceiptThatCompletesIt()
    {
        // 12,000 available now; the 10,000 due on December 1 complete 20,000, before the 28-day lead time.
        Offer offer = Engine().OfferFor(s_public, s_resistor, Quantity.Pieces(20_000m), s_at);

        Assert.Equal(AvailabilityStatus.PartlyInStock, offer.Availability.Status);
        Assert.Equal(s_december1, offer.Availability.ShipDate);
        AssertNoStockFigures(offer.Availability);
    }

    [Fact]
    public void OfferFor_PublicNeedingTheSecondReceipt_ShipsWhenTheSecondArrives()
    {
        Offer offer = Engine().OfferFor(s_public, s_resistor, Quantity.Pieces(40_000m), s_at);

        Assert.Equal(AvailabilityStatus.PartlyInStock, offer.Availability.Status);
        Assert.Equal(s_december15, offer.Availability.ShipDate);
    }

    [Fact]
    public void OfferFor_ReceiptsShortOfTheQuantity_ShipsAfterTheSupplierLeadTime()
    {
        Offer offer = Engine().OfferFor(s_public, s_resistor, Quantity.Pieces(50_000m), s_at);

        Assert.Equal(AvailabilityStatus.PartlyInStock, offer.Availability.Status);
        Assert.Equal(s_at.AddDays(28), offer.Availability.ShipDate);
    }

    [Fact]
    public void OfferFor_LeadTimeShorterThanTheCompletingReceipt_ShipsByTheLeadTime()
    {
        StockBook book = Stock() with
        {
            Items = [new StockItem { Sku = s_resistor, LeadTimeDays = 3 }, new StockItem { Sku = s_cable, Unit = UnitOfMeasure.Metre }],
        };
        OfferEngine engine = Engine();
        engine.Publish(book);

        Offer offer = engine.OfferFor(s_public, s_resistor, Quantity.Pieces(20_000m), s_at);

        Assert.Equal(s_at.AddDays(3), offer.Availability.ShipDate);
    }

    [Fact]
    public void OfferFor_NothingAvailableButAReceipt_IsOnBackorderIgnoringOverdueReceipts()
    {
        // All 100 capacitors are reserved; the receipt of November 1 is overdue and promises nothing.
        Offer offer = Engine().OfferFor(s_public, s_capacitor, Quantity.Pieces(300m), s_at);

        Assert.Equal(AvailabilityStatus.OnBackorder, offer.Availability.Status);
        Assert.Equal(s_december1, offer.Availability.ShipDate);
        AssertNoStockFigures(offer.Availability);
    }

    [Fact]
    public void OfferFor_NotCoveredAndNoLeadTime_HasNoDateAndAReasonWithoutFigures()
    {
        Offer offer = Engine().OfferFor(s_public, s_capacitor, Quantity.Pieces(1000m), s_at);

        Assert.Equal(AvailabilityStatus.NoDate, offer.Availability.Status);
        Assert.Null(offer.Availability.ShipDate);
        Assert.NotNull(offer.Availability.Reason);
        Assert.DoesNotContain("500", offer.Availability.Reason, StringComparison.Ordinal);
        AssertNoStockFigures(offer.Availability);
    }

    [Fact]
    public void OfferFor_UnknownArticle_IsNotStocked()
    {
        Offer offer = Engine().OfferFor(s_public, new Sku("UNKNOWN"), Quantity.Pieces(1m), s_at);

        Assert.Equal(AvailabilityStatus.NotStocked, offer.Availability.Status);
        Assert.Equal(PriceStatus.NoPrice, offer.Price.Status);
    }

    [Fact]
    public void OfferFor_ZeroQuantity_IsNotPositive()
    {
        Offer offer = Engine().OfferFor(s_public, s_resistor, Quantity.Pieces(0m), s_at);

        Assert.Equal(AvailabilityStatus.QuantityNotPositive, offer.Availability.Status);
        Assert.Null(offer.Availability.ShipDate);
    }

    [Fact]
    public void OfferFor_ReelsOfPiecesStock_ConvertExactlyToPieces()
    {
        OfferEngine engine = Engine();

        Offer two = engine.OfferFor(s_public, s_resistor, Quantity.Of(2m, s_reel), s_at);
        Offer three = engine.OfferFor(s_public, s_resistor, Quantity.Of(3m, s_reel), s_at);

        Assert.Equal(AvailabilityStatus.InStock, two.Availability.Status);
        Assert.Equal(Quantity.Pieces(10_000m), two.Availability.RequestedQuantity);
        Assert.Equal(AvailabilityStatus.PartlyInStock, three.Availability.Status);
        Assert.Equal(Quantity.Pieces(15_000m), three.Availability.RequestedQuantity);
    }

    [Fact]
    public void OfferFor_MetresOfPiecesStock_IsUnitNotConvertibleInsteadOfThrowing()
    {
        Offer offer = Engine().OfferFor(s_public, s_resistor, Quantity.Of(1.5m, UnitOfMeasure.Metre), s_at);

        Assert.Equal(AvailabilityStatus.UnitNotConvertible, offer.Availability.Status);
        Assert.Null(offer.Availability.RequestedQuantity);
        Assert.Contains("H87", offer.Availability.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void OfferFor_CableInMillimetresAndReels_ConvertsToStockedMetres()
    {
        OfferEngine engine = Engine();
        UnitOfMeasure drum = UnitOfMeasure.Pack("REEL", 100m, UnitOfMeasure.Metre);

        Offer millimetres = engine.OfferFor(s_public, s_cable, Quantity.Of(250m, UnitOfMeasure.Millimetre), s_at);
        Offer drums = engine.OfferFor(s_public, s_cable, Quantity.Of(6m, drum), s_at);

        Assert.Equal(Quantity.Of(0.25m, UnitOfMeasure.Metre), millimetres.Availability.RequestedQuantity);
        Assert.Equal(AvailabilityStatus.InStock, millimetres.Availability.Status);
        Assert.Equal(AvailabilityStatus.NoDate, drums.Availability.Status);
    }

    [Fact]
    public void OfferFor_Distributor_SeesWarehousesReceiptsQuotaAndWhatItMayOrderNow()
    {
        AvailabilityView view = Engine().OfferFor(s_distributorContext, s_resistor, Quantity.Pieces(20_000m), s_at).Availability;

        Assert.Equal(AvailabilityAudience.Distributor, view.Audience);
        Assert.Equal(AvailabilityStatus.PartlyInStock, view.Status);
        Assert.Equal(s_december1, view.ShipDate);
        Assert.Equal(["WH-HH", "WH-SZ"], view.Warehouses.Select(w => w.Warehouse.Value));
        Assert.Equal(["Hamburg", "Shenzhen"], view.Warehouses.Select(w => w.Name));
        Assert.Equal(["DE", "CN"], view.Warehouses.Select(w => w.Country));
        Assert.Equal([Quantity.Pieces(7000m), Quantity.Pieces(5000m)], view.Warehouses.Select(w => w.Available));
        Assert.Equal(new StockReceipt(s_december1, Quantity.Pieces(10_000m)), Assert.Single(view.Warehouses[0].Receipts));
        Assert.Equal(Quantity.Pieces(12_000m), view.AvailableNow);
        Assert.NotNull(view.Quota);
        Assert.Equal(Quantity.Pieces(6000m), view.Quota.Remaining);
        Assert.Equal(Quantity.Pieces(6000m), view.OrderableNow);
        Assert.Equal(28, view.LeadTimeDays);
    }

    [Fact]
    public void OfferFor_DistributorWithoutQuota_MayOrderAllTheStock()
    {
        PricingContext other = new() { Currency = Currency.EUR, Customer = new CustomerId("DIST-2"), Audience = AvailabilityAudience.Distributor };

        AvailabilityView view = Engine().OfferFor(other, s_resistor, Quantity.Pieces(100m), s_at).Availability;

        Assert.Null(view.Quota);
        Assert.Equal(Quantity.Pieces(12_000m), view.OrderableNow);
    }

    [Fact]
    public void OfferFor_DistributorAfterTheQuotaPeriod_HasNoQuotaAndSeesOnlyDueReceipts()
    {
        DateTimeOffset december10 = new(2026, 12, 10, 0, 0, 0, TimeSpan.Zero);

        AvailabilityView view = Engine().OfferFor(s_distributorContext, s_resistor, Quantity.Pieces(100m), december10).Availability;

        Assert.Null(view.Quota);
        Assert.Empty(view.Warehouses[0].Receipts);
        Assert.Single(view.Warehouses[1].Receipts);
    }

    [Fact]
    public void OfferFor_QuotaOverConsumed_LetsTheDistributorOrderNothingNow()
    {
        OfferEngine engine = Engine();
        StockCompilation compilation = engine.Publish(Stock() with
        {
            Quotas = [Stock().Quotas[0] with { Consumed = Quantity.Pieces(11_000m) }],
        });

        AvailabilityView view = engine.OfferFor(s_distributorContext, s_resistor, Quantity.Pieces(100m), s_at).Availability;

        Assert.Equal("SB309", Assert.Single(compilation.Warnings).Code);
        Assert.Equal(AvailabilityStatus.InStock, view.Status);
        Assert.Equal(Quantity.Pieces(0m), view.Quota!.Remaining);
        Assert.Equal(Quantity.Pieces(0m), view.OrderableNow);
    }

    [Fact]
    public void OfferFor_PublicAskerWithAQuota_StillSeesNoFigures()
    {
        var publicDistributor = new PricingContext { Currency = Currency.EUR, Customer = s_distributor };

        AvailabilityView view = Engine().OfferFor(publicDistributor, s_resistor, Quantity.Pieces(100m), s_at).Availability;

        AssertNoStockFigures(view);
    }

    [Fact]
    public void OfferFor_NoTimeGiven_UsesTheEnginesClock()
    {
        var clock = new ManualTimeProvider(s_at);

        Offer offer = Engine(clock).OfferFor(s_distributorContext, s_resistor, Quantity.Pieces(100m));

        Assert.Equal(s_at, offer.At);
        Assert.Equal(s_at, offer.Availability.ShipDate);
        Assert.NotNull(offer.Availability.Quota);
    }

    [Fact]
    public void OfferFor_DefaultSku_Throws()
    {
        Assert.Throws<ArgumentException>(() => Engine().OfferFor(s_public, default, Quantity.Pieces(1m), s_at));
    }

    [Fact]
    public void Publish_ValidBook_PutsItInForceAndAnInvalidOneLeavesIt()
    {
        OfferEngine engine = Engine();
        StockSnapshot first = engine.Stock;

        StockCompilation empty = engine.Publish(Stock("stock-2") with { Levels = [] });
        StockSnapshot second = engine.Stock;
        StockCompilation invalid = engine.Publish(Stock("stock-3") with { Version = " " });

        Assert.True(empty.Succeeded);
        Assert.NotSame(first, second);
        Assert.True(second.Sequence > first.Sequence);
        Assert.False(invalid.Succeeded);
        Assert.Same(second, engine.Stock);
        Offer offer = engine.OfferFor(s_public, s_resistor, Quantity.Pieces(1m), s_at);
        Assert.Equal("stock-2", offer.StockVersion);
        Assert.Equal(s_at.AddDays(28), offer.Availability.ShipDate);
    }

    [Fact]
    public async Task Publish_WhileOffersAreMade_EveryOfferReadsOneWholeSnapshot()
    {
        OfferEngine engine = Engine();
        StockSnapshot full = engine.Stock;
        StockSnapshot empty = StockSnapshot.Compile(Stock("empty") with { Levels = [] }).GetSnapshotOrThrow();
        Task writer = Task.Run(() =>
        {
            for (int i = 0; i < 2000; i++)
            {
                engine.Publish(i % 2 == 0 ? empty : full);
            }
        });

        int inconsistent = 0;
        int read = 0;
        while (!writer.IsCompleted || read < 1000)
        {
            Offer offer = engine.OfferFor(s_public, s_resistor, Quantity.Pieces(100m), s_at);
            bool consistent = offer.StockVersion == "empty"
                ? offer.Availability.Status == AvailabilityStatus.OnBackorder
                : offer.Availability.Status == AvailabilityStatus.InStock;
            inconsistent += consistent ? 0 : 1;
            read++;
        }

        await writer;
        Assert.Equal(0, inconsistent);
    }
}
