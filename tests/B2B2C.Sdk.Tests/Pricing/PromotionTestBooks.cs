using System;
using System.Collections.Generic;
using System.Linq;
using B2B2C.Sdk.Pricing;

namespace B2B2C.Sdk.Tests.Pricing;

/// <summary>A small catalogue for the promotion tests: resistors 0.10, capacitors 0.05, NE555 0.50 and a tool at 50.00 EUR per piece.</summary>
internal static class PromotionTestBooks
{
    internal static readonly DateTimeOffset At = new(2026, 11, 20, 10, 0, 0, TimeSpan.Zero);

    internal static readonly Sku Resistor = new("RC0603-10K");

    internal static readonly Sku Capacitor = new("CAP-100N");

    internal static readonly Sku Timer = new("NE555DR");

    internal static readonly Sku Tool = new("TOOL-CRIMP");

    internal static Money Eur(decimal amount) => Money.Of(amount, Currency.EUR);

    internal static PriceBook Book(params Promotion[] promotions) => new()
    {
        Version = "promo-1",
        Hierarchy = PricingTestBooks.Hierarchy,
        Products =
        [
            new PricedProduct { Sku = Resistor, Family = "RC0603", Categories = ["resistors", "passives"], Cost = Eur(0.04m) },
            new PricedProduct { Sku = Capacitor, Categories = ["capacitors", "passives"] },
            new PricedProduct { Sku = Timer, Categories = ["ics"] },
        ],
        PriceLists =
        [
            new PriceList
            {
                Id = new PriceListId("LIST-EUR"),
                Kind = PriceSourceKind.List,
                Currency = Currency.EUR,
                Entries =
                [
                    PricingTestBooks.Entry(0.10m, Resistor),
                    PricingTestBooks.Entry(0.05m, Capacitor),
                    PricingTestBooks.Entry(0.50m, Timer),
                    PricingTestBooks.Entry(50.00m, Tool),
                ],
            },
            PricingTestBooks.SegmentList("GOLD", PricingTestBooks.Entry(0.09m, Resistor)),
        ],
        Promotions = [.. promotions],
    };

    internal static Promotion Promo(string id, PromotionEffect effect, PromotionTarget? target = null)
        => new() { Id = new PromotionId(id), Effect = effect, Target = target ?? new PromotionTarget() };

    internal static CartLine Line(Sku sku, decimal pieces) => new(sku, Quantity.Pieces(pieces));

    internal static PricingContext Anonymous => new() { Currency = Currency.EUR };

    internal static CartQuote Quote(IEnumerable<Promotion> promotions, PricingContext context, IReadOnlyList<CartLine> lines, PromotionUsage? usage = null)
    {
        var engine = new PricingEngine(PricingSnapshot.Compile(Book([.. promotions])).GetSnapshotOrThrow());
        return engine.QuoteCart(context, lines, At, usage ?? PromotionUsage.None);
    }

    internal static CartQuote Quote(Promotion promotion, params CartLine[] lines) => Quote([promotion], Anonymous, lines);

    internal static decimal Discount(CartQuote quote, IReadOnlyList<CartLine> lines, PricingContext context)
        => Quote([], context, lines).NetTotal.Amount - quote.NetTotal.Amount;

    internal static PromotionNearMiss Miss(CartQuote quote, string id) => quote.NearMisses.Single(m => m.Promotion.Value == id);
}
