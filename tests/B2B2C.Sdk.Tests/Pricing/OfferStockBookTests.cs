using System;
using System.Collections.Immutable;
using System.Linq;
using B2B2C.Sdk.Pricing;

namespace B2B2C.Sdk.Tests.Pricing;

public sealed class OfferStockBookTests
{
    private static readonly Sku s_sku = new("RC0603-10K");
    private static readonly WarehouseId s_hamburg = new("WH-HH");
    private static readonly DateTimeOffset s_start = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);

    private static StockBook Valid() => new()
    {
        Version = "v1",
        Warehouses = [new StockWarehouse { Id = s_hamburg, Name = "Hamburg", Country = "DE" }],
        Levels = [new StockLevel { Sku = s_sku, Warehouse = s_hamburg, OnHand = Quantity.Pieces(10m) }],
    };

    private static StockDiagnostic SingleError(StockBook book)
    {
        StockCompilation compilation = StockSnapshot.Compile(book);
        Assert.False(compilation.Succeeded);
        Assert.Null(compilation.Snapshot);
        return Assert.Single(compilation.Errors);
    }

    [Fact]
    public void Compile_ValidBook_IndexesEveryArticle()
    {
        StockCompilation compilation = StockSnapshot.Compile(Valid() with
        {
            Items = [new StockItem { Sku = new Sku("ONLY-ITEM"), LeadTimeDays = 5 }],
        });

        Assert.True(compilation.Succeeded);
        Assert.Empty(compilation.Diagnostics);
        Assert.Equal(2, compilation.GetSnapshotOrThrow().ArticleCount);
        Assert.Equal("v1", compilation.Snapshot!.Version);
    }

    [Fact]
    public void Compile_NegativeOnHand_ErrorNamesTheLevelPath()
    {
        StockDiagnostic error = SingleError(Valid() with
        {
            Levels = [new StockLevel { Sku = s_sku, Warehouse = s_hamburg, OnHand = Quantity.Pieces(-1m) }],
        });

        Assert.Equal("SB205", error.Code);
        Assert.Equal("levels[0](RC0603-10K/WH-HH).onHand", error.Path);
    }

    [Fact]
    public void Compile_ReservedAboveOnHand_ErrorNamesTheReservedPath()
    {
        StockDiagnostic error = SingleError(Valid() with
        {
            Levels = [new StockLevel { Sku = s_sku, Warehouse = s_hamburg, OnHand = Quantity.Pieces(10m), Reserved = Quantity.Pieces(11m) }],
        });

        Assert.Equal("SB208", error.Code);
        Assert.Equal("levels[0](RC0603-10K/WH-HH).reserved", error.Path);
        Assert.Contains("11", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compile_UnknownWarehouse_ErrorNamesTheWarehousePath()
    {
        StockDiagnostic error = SingleError(Valid() with
        {
            Levels = [new StockLevel { Sku = s_sku, Warehouse = new WarehouseId("WH-XX"), OnHand = Quantity.Pieces(1m) }],
        });

        Assert.Equal("SB202", error.Code);
        Assert.Equal("levels[0](RC0603-10K/WH-XX).warehouse", error.Path);
        Assert.Contains("WH-XX", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compile_OnHandInAnotherDimension_ErrorNamesTheConversion()
    {
        StockDiagnostic error = SingleError(Valid() with
        {
            Levels = [new StockLevel { Sku = s_sku, Warehouse = s_hamburg, OnHand = Quantity.Of(2m, UnitOfMeasure.Metre) }],
        });

        Assert.Equal("SB204", error.Code);
        Assert.Equal("levels[0](RC0603-10K/WH-HH).onHand", error.Path);
    }

    [Fact]
    public void Compile_ZeroReceipt_ErrorNamesTheReceiptPath()
    {
        StockDiagnostic error = SingleError(Valid() with
        {
            Levels = [new StockLevel { Sku = s_sku, Warehouse = s_hamburg, OnHand = Quantity.Pieces(1m), Receipts = [new StockReceipt(s_start, Quantity.Pieces(0m))] }],
        });

        Assert.Equal("SB212", error.Code);
        Assert.Equal("levels[0](RC0603-10K/WH-HH).receipts[0].quantity", error.Path);
    }

    [Fact]
    public void Compile_BrokenBook_ReportsEveryErrorWithItsPath()
    {
        var quota = new StockQuota
        {
            Customer = new CustomerId("DIST-1"),
            Sku = s_sku,
            PeriodStart = s_start,
            PeriodEnd = s_start.AddDays(30),
            Allocated = Quantity.Pieces(100m),
        };
        StockBook book = new()
        {
            Version = "broken",
            Warehouses =
            [
                new StockWarehouse { Id = s_hamburg, Name = "Hamburg", Country = "DE" },
                new StockWarehouse { Id = s_hamburg, Name = "Hamburg 2", Country = "Germany" },
            ],
            Items = [new StockItem { Sku = s_sku, LeadTimeDays = -1 }],
            Levels =
            [
                new StockLevel { Sku = s_sku, Warehouse = s_hamburg, OnHand = Quantity.Pieces(1m) },
                new StockLevel { Sku = s_sku, Warehouse = s_hamburg, OnHand = Quantity.Pieces(1m) },
            ],
            Quotas =
            [
                quota,
                quota with { PeriodStart = s_start.AddDays(10), PeriodEnd = s_start.AddDays(40) },
                quota with { PeriodEnd = s_start, Allocated = Quantity.Pieces(-5m) },
            ],
        };

        ImmutableArray<StockDiagnostic> errors = StockSnapshot.Compile(book).Errors;

        Assert.Equal(
            [
                "SB012 warehouses[1](WH-HH)",
                "SB014 warehouses[1](WH-HH).country",
                "SB103 items[0](RC0603-10K).leadTimeDays",
                "SB203 levels[1](RC0603-10K/WH-HH)",
                "SB308 quotas[1](DIST-1/RC0603-10K).periodStart",
                "SB303 quotas[2](DIST-1/RC0603-10K).periodEnd",
                "SB305 quotas[2](DIST-1/RC0603-10K).allocated",
            ],
            errors.Select(e => $"{e.Code} {e.Path}"));
    }

    [Fact]
    public void GetSnapshotOrThrow_InvalidBook_ThrowsListingTheErrors()
    {
        StockCompilation compilation = StockSnapshot.Compile(Valid() with { Version = "" });

        StockBookException error = Assert.Throws<StockBookException>(compilation.GetSnapshotOrThrow);

        Assert.Equal("SB001", Assert.Single(error.Errors).Code);
        Assert.Contains("error SB001 at version", error.Message, StringComparison.Ordinal);
    }
}
