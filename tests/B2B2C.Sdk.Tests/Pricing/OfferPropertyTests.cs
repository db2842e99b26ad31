using System;
using System.Globalization;
using System.Linq;
using B2B2C.Sdk.Pricing;
using B2B2C.Sdk.Testing;
using FsCheck;
using FsCheck.Fluent;

namespace B2B2C.Sdk.Tests.Pricing;

public sealed class OfferPropertyTests
{
    private static readonly DateTimeOffset s_at = new(2026, 11, 20, 10, 0, 0, TimeSpan.Zero);
    private static readonly Sku s_sku = new("RC0603-10K");
    private static readonly CustomerId s_customer = new("DIST-1");
    private static readonly PricingEngine s_pricing = new(PricingSnapshot.Compile(new PriceBook { Version = "empty" }).GetSnapshotOrThrow());

    private static readonly PricingContext s_public = new() { Currency = Currency.EUR, Customer = s_customer };
    private static readonly PricingContext s_distributor = new() { Currency = Currency.EUR, Customer = s_customer, Audience = AvailabilityAudience.Distributor };

    /// <summary>A generated stock situation for one article, a quantity asked for and a reordering of the book.</summary>
    private sealed record Case(StockBook Book, StockBook Reordered, decimal Requested);

    private static Gen<StockReceipt> Receipt()
        => from day in Gen.Choose(-10, 60)
           from quantity in Gen.Choose(1, 5000)
           select new StockReceipt(s_at.AddDays(day), Quantity.Pieces(quantity));

    private static Gen<StockLevel> Level()
        => from onHand in Gen.Choose(0, 5000)
           from reserved in Gen.Choose(0, onHand)
           from count in Gen.Choose(0, 3)
           from receipts in Gen.ArrayOf(Receipt(), count)
           select new StockLevel
           {
               Sku = s_sku,
               Warehouse = new WarehouseId("WH-0"),
               OnHand = Quantity.Pieces(onHand),
               Reserved = Quantity.Pieces(reserved),
               Receipts = [.. receipts],
           };

    private static Gen<Case> Cases()
        => from count in Gen.Choose(1, 4)
           from generated in Gen.ArrayOf(Level(), count)
           let levels = generated.Select((l, i) => l with { Warehouse = new WarehouseId($"WH-{i}") }).ToArray()
           from leadTime in Gen.Frequency((1, Gen.Constant<int?>(null)), (2, Gen.Choose(0, 60).Select(d => (int?)d)))
           from hasQuota in Gen.Elements(true, false)
           from allocated in Gen.Choose(0, 10_000)
           from consumed in Gen.Choose(0, 12_000)
           from requested in Gen.Choose(1, 30_000)
           from levelOrder in Gen.Shuffle(Enumerable.Range(0, count).ToArray())
           from warehouseOrder in Gen.Shuffle(Enumerable.Range(0, count).ToArray())
           let book = new StockBook
           {
               Version = "generated",
               Warehouses = [.. Enumerable.Range(0, count).Select(i => new StockWarehouse { Id = new WarehouseId($"WH-{i}"), Name = $"Warehouse {i}", Country = "DE" })],
               Items = [new StockItem { Sku = s_sku, LeadTimeDays = leadTime }],
               Levels = [.. levels],
               Quotas = hasQuota
                   ?
                   [
                       new StockQuota
                       {
                           Customer = s_customer,
                           Sku = s_sku,
                           PeriodStart = s_at.AddDays(-1),
                           PeriodEnd = s_at.AddDays(30),
                           Allocated = Quantity.Pieces(allocated),
                           Consumed = Quantity.Pieces(consumed),
                       },
                   ]
                   : [],
           }
           select new Case(
               book,
               book with
               {
                   Warehouses = [.. warehouseOrder.Select(i => book.Warehouses[i])],
                   Levels = [.. levelOrder.Select(i => book.Levels[i] with { Receipts = [.. book.Levels[i].Receipts.Reverse()] })],
               },
               requested);

    private static AvailabilityView View(StockBook book, PricingContext context, decimal requested)
        => new OfferEngine(s_pricing, StockSnapshot.Compile(book).GetSnapshotOrThrow())
            .OfferFor(context, s_sku, Quantity.Pieces(requested), s_at)
            .Availability;

    /// <summary>The earliest date the whole quantity can ship by the figures a distributor sees.</summary>
    private static DateTimeOffset? ImpliedShipDate(AvailabilityView distributor, decimal requested)
    {
        decimal covered = distributor.AvailableNow!.Value.Value;
        if (covered >= requested)
        {
            return s_at;
        }

        DateTimeOffset? byReceipts = null;
        foreach (StockReceipt receipt in distributor.Warehouses.SelectMany(w => w.Receipts).OrderBy(r => r.ExpectedAt))
        {
            covered += receipt.Quantity.Value;
            if (covered >= requested)
            {
                byReceipts = receipt.ExpectedAt;
                break;
            }
        }

        DateTimeOffset? byLeadTime = distributor.LeadTimeDays is int days ? s_at.AddDays(days) : null;
        return byReceipts is null ? byLeadTime : byLeadTime is null ? byReceipts : (byReceipts < byLeadTime ? byReceipts : byLeadTime);
    }

    private static string Describe(AvailabilityView view)
        => string.Join(
            "|",
            view.Audience,
            view.Status,
            view.ShipDate?.ToString("O", CultureInfo.InvariantCulture),
            view.RequestedQuantity,
            view.AvailableNow,
            view.OrderableNow,
            view.Quota,
            view.LeadTimeDays,
            string.Join(";", view.Warehouses.Select(w => $"{w.Warehouse}/{w.Name}/{w.Country}/{w.Available}/{string.Join(",", w.Receipts)}")));

    [Fact]
    public void OfferFor_Distributor_MayOrderNowNeverMoreThanStockOrQuota()
    {
        Properties.ForAll(Cases(), c =>
        {
            AvailabilityView view = View(c.Book, s_distributor, c.Requested);

            decimal orderable = view.OrderableNow!.Value.Value;
            decimal available = view.AvailableNow!.Value.Value;
            Assert.InRange(orderable, 0m, available);
            Assert.Equal(view.Warehouses.Sum(w => w.Available.Value), available);
            if (view.Quota is AvailabilityQuota quota)
            {
                Assert.True(orderable <= quota.Remaining.Value, $"{orderable} exceeds the quota's remaining {quota.Remaining}.");
                Assert.Equal(Math.Min(available, quota.Remaining.Value), orderable);
            }
            else
            {
                Assert.Equal(available, orderable);
            }
        });
    }

    [Fact]
    public void OfferFor_Public_ShipsNoEarlierThanTheDistributorFiguresImply()
    {
        Properties.ForAll(Cases(), c =>
        {
            AvailabilityView general = View(c.Book, s_public, c.Requested);
            AvailabilityView distributor = View(c.Book, s_distributor, c.Requested);

            DateTimeOffset? implied = ImpliedShipDate(distributor, c.Requested);
            if (general.ShipDate is DateTimeOffset shipDate)
            {
                Assert.NotNull(implied);
                Assert.True(shipDate >= implied, $"The public ship date {shipDate:O} is before {implied:O}.");
            }
            else
            {
                Assert.Equal(AvailabilityStatus.NoDate, general.Status);
            }

            Assert.Equal(distributor.Status, general.Status);
            Assert.Empty(general.Warehouses);
            Assert.Null(general.AvailableNow);
        });
    }

    [Fact]
    public void OfferFor_ReorderedBook_GivesTheSameViewToBothAudiences()
    {
        Properties.ForAll(Cases(), c =>
        {
            Assert.Equal(Describe(View(c.Book, s_public, c.Requested)), Describe(View(c.Reordered, s_public, c.Requested)));
            Assert.Equal(Describe(View(c.Book, s_distributor, c.Requested)), Describe(View(c.Reordered, s_distributor, c.Requested)));
        });
    }
}
