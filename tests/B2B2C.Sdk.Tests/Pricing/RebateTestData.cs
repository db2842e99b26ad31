using System;
using System.Collections.Immutable;
using B2B2C.Sdk.Pricing;

namespace B2B2C.Sdk.Tests.Pricing;

/// <summary>Agreements and purchases shared by the rebate tests.</summary>
internal static class RebateTestData
{
    internal static readonly CustomerId Distributor = new("C-100234");

    internal static readonly CustomerId OtherCustomer = new("C-999999");

    internal static readonly DateTimeOffset MidMarch = new(2026, 3, 15, 12, 0, 0, TimeSpan.Zero);

    internal static RebateAgreement Agreement(RebateKind kind, params RebateBand[] bands) => new()
    {
        Id = new RebateAgreementId("RB-2026-C100234"),
        Customer = Distributor,
        Currency = Currency.EUR,
        Period = RebatePeriod.Monthly,
        Kind = kind,
        Bands = bands.Length == 0 ? [new(500_000m, 0.01m), new(1_000_000m, 0.02m)] : ImmutableArray.Create(bands),
    };

    internal static RebatePurchase Purchase(string invoice, decimal amount, DateTimeOffset? at = null, int line = 1, string sku = "RC0603-10K")
        => new(invoice, line, Distributor, at ?? MidMarch, new Sku(sku), Money.Of(amount, Currency.EUR));
}
