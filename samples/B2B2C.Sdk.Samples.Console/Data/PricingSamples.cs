using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using B2B2C.Sdk.Pricing;

namespace B2B2C.Sdk.Samples.Console.Data;

/// <summary>One who asks for a price: a name to show and the pricing context that describes it.</summary>
/// <param name="Name">The column heading.</param>
/// <param name="Context">The customer, segment, hierarchy nodes, currency and audience.</param>
internal sealed record Asker(string Name, PricingContext Context);

/// <summary>
/// The inputs of the "Prices for who asks" demo step that are not in the data files: the cart of articles from
/// price-book.json, the product family its resistors share, the three askers, the moment prices apply, and the
/// gold distributor's rebate agreement with a month of invoices built from its quote.
/// </summary>
internal static class PricingSamples
{
    /// <summary>The family of the 0603 thick-film resistors: their quantities add up to reach a volume tier together.</summary>
    public const string ResistorFamily = "RC0603 thick film 1%";

    /// <summary>The first working days of the rebate month: one invoice each.</summary>
    public const int InvoiceCount = 20;

    /// <summary>The gold distributor: it buys on its segment's prices, holds a stock quota and earns a rebate.</summary>
    public static readonly CustomerId Distributor = new("C-100234");

    /// <summary>The store under 浙江 Zhejiang, under the East China region.</summary>
    public static readonly HierarchyNodeId Store = new("S-HZ-01");

    /// <summary>When the cart is quoted and the offers asked for: 10:00 in Shanghai.</summary>
    public static readonly DateTimeOffset QuotedAt = new(2026, 11, 16, 10, 0, 0, TimeSpan.FromHours(8));

    /// <summary>A moment in the month whose purchases earn the rebate.</summary>
    public static readonly DateTimeOffset RebateMonth = new(2026, 10, 15, 0, 0, 0, TimeSpan.Zero);

    /// <summary>When the month is settled, and settled again.</summary>
    public static readonly DateTimeOffset SettledAt = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    private static readonly UnitOfMeasure s_reel4000 = UnitOfMeasure.Pack("REEL", 4000m, UnitOfMeasure.Piece);

    private static readonly UnitOfMeasure s_pack10 = UnitOfMeasure.Pack("PK", 10m, UnitOfMeasure.Piece);

    /// <summary>Gets the catalogue data the price book needs beyond prices: the resistors' family.</summary>
    public static ImmutableArray<PricedProduct> Products { get; } =
    [
        new PricedProduct { Sku = new Sku("RC0603FR-0710K"), Family = ResistorFamily },
        new PricedProduct { Sku = new Sku("RC0603FR-071K"), Family = ResistorFamily },
        new PricedProduct { Sku = new Sku("RC0603FR-07100K"), Family = ResistorFamily },
        new PricedProduct { Sku = new Sku("RC0603FR-0747R"), Family = ResistorFamily },
    ];

    /// <summary>
    /// Gets the cart: three resistors of one family (each below the 10,000-piece break, together at it), capacitors
    /// by the reel, capacitors by the piece, timers and connector packs.
    /// </summary>
    public static ImmutableArray<Pricing.CartLine> Cart { get; } =
    [
        new(new Sku("RC0603FR-0710K"), Quantity.Pieces(4000m)),
        new(new Sku("RC0603FR-071K"), Quantity.Pieces(3000m)),
        new(new Sku("RC0603FR-07100K"), Quantity.Pieces(3000m)),
        new(new Sku("CL10B104KB8NNNC"), Quantity.Of(3m, s_reel4000)),
        new(new Sku("GRM188R71H103KA01D"), Quantity.Pieces(8000m)),
        new(new Sku("NE555DR"), Quantity.Pieces(500m)),
        new(new Sku("JST-XH-2P-HDR"), Quantity.Of(20m, s_pack10)),
    ];

    /// <summary>Gets the index in <see cref="Cart"/> of the line whose price is explained, and offered.</summary>
    public static int ExplainedLine => 3;

    /// <summary>Gets the index in <see cref="Cart"/> of the line whose next price break is shown.</summary>
    public static int BreakLine => 4;

    /// <summary>Gets the three askers, all in CNY: a general customer, the gold distributor, and a store of the hierarchy.</summary>
    public static ImmutableArray<Asker> Askers { get; } =
    [
        new("General customer", new PricingContext { Currency = Currency.CNY }),
        new(
            "Gold distributor",
            new PricingContext
            {
                Currency = Currency.CNY,
                Customer = Distributor,
                Segment = new SegmentId("distributor-gold"),
                Audience = AvailabilityAudience.Distributor,
            }),
        new("Hangzhou store", new PricingContext { Currency = Currency.CNY, Nodes = [Store] }),
    ];

    /// <summary>Gets the gold distributor.</summary>
    public static Asker Gold => Askers[1];

    /// <summary>Gets the gold distributor's monthly rebate: retroactive, 1% from 30,000 CNY, 2% from 60,000 CNY.</summary>
    public static RebateAgreement Agreement { get; } = new()
    {
        Id = new RebateAgreementId("RB-2026-C100234"),
        Customer = Distributor,
        Currency = Currency.CNY,
        Period = RebatePeriod.Monthly,
        Kind = RebateKind.Retroactive,
        Bands = [new RebateBand(30_000m, 0.01m), new RebateBand(60_000m, 0.02m)],
        Name = "Gold distributor volume rebate",
    };

    /// <summary>
    /// Builds a month of the gold distributor's invoices from its quote: one invoice on each of the first
    /// <see cref="InvoiceCount"/> working days of <see cref="RebateMonth"/>, each with the quoted lines in rotation
    /// (invoice <c>k</c> leaves out every third line, starting at line <c>k mod 3</c>), at their quoted net amounts.
    /// </summary>
    /// <param name="quote">The gold distributor's quote of <see cref="Cart"/>.</param>
    /// <returns>The invoice lines.</returns>
    public static IReadOnlyList<RebatePurchase> Invoices(CartQuote quote)
    {
        ArgumentNullException.ThrowIfNull(quote);
        var purchases = new List<RebatePurchase>();
        var day = new DateTimeOffset(RebateMonth.Year, RebateMonth.Month, 1, 10, 0, 0, TimeSpan.Zero);
        for (int invoice = 0; invoice < InvoiceCount; day = day.AddDays(1))
        {
            if (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
            {
                continue;
            }

            string id = string.Create(CultureInfo.InvariantCulture, $"INV-{day:yyMMdd}");
            int lineNumber = 0;
            foreach (QuotedLine line in quote.Lines)
            {
                if ((line.Index + invoice) % 3 != 0)
                {
                    purchases.Add(new RebatePurchase(id, ++lineNumber, Distributor, day, line.Sku, line.NetAmount));
                }
            }

            invoice++;
        }

        return purchases;
    }
}
