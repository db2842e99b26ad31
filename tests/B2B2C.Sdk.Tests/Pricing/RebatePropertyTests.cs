using System;
using System.Collections.Immutable;
using System.Linq;
using B2B2C.Sdk.Pricing;
using B2B2C.Sdk.Testing;
using FsCheck;
using FsCheck.Fluent;

namespace B2B2C.Sdk.Tests.Pricing;

public sealed class RebatePropertyTests
{
    private static readonly DateTimeOffset s_march = new(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset s_settledAt = new(2026, 4, 2, 0, 0, 0, TimeSpan.Zero);
    private static readonly CustomerId s_customer = new("C-100234");
    private static readonly CustomerId s_other = new("C-999999");

    private readonly RebateEngine _engine = new();

    /// <summary>A ladder of 1 to 4 bands in minor units, with rates rising by 0 to 5 points a band, in 4 decimals.</summary>
    private static Gen<ImmutableArray<RebateBand>> Bands(Currency currency)
        => from count in Gen.Choose(1, 4)
           from first in Gen.Frequency((1, Gen.Constant(0)), (3, Gen.Choose(1, 300_000_000)))
           from steps in Gen.ArrayOf(Gen.Choose(1, 300_000_000), count)
           from rates in Gen.ArrayOf(Gen.Choose(0, 500), count)
           select Ladder(currency, first, steps, rates);

    private static ImmutableArray<RebateBand> Ladder(Currency currency, int first, int[] steps, int[] rateSteps)
    {
        var bands = ImmutableArray.CreateBuilder<RebateBand>(steps.Length);
        long threshold = first;
        decimal rate = 0m;
        for (int i = 0; i < steps.Length; i++)
        {
            rate += rateSteps[i] / 10_000m;
            bands.Add(new RebateBand(threshold * currency.MinimalAmount, rate));
            threshold += steps[i];
        }

        return bands.MoveToImmutable();
    }

    /// <summary>A purchase, mostly eligible: sometimes another customer's or currency's, outside March, or a credit note.</summary>
    private static Gen<RebatePurchase> Purchase(Currency currency)
        => from invoice in Gen.Choose(1, 8)
           from line in Gen.Choose(1, 3)
           from otherCustomer in Gen.Frequency((12, Gen.Constant(false)), (1, Gen.Constant(true)))
           from otherCurrency in Gen.Frequency((12, Gen.Constant(false)), (1, Gen.Constant(true)))
           from minutes in Gen.Choose(-3 * 1440, 34 * 1440)
           from minorUnits in Gen.Frequency((4, Gen.Choose(0, 200_000_000)), (1, Gen.Choose(-100_000_000, 0)))
           let other = currency == Currency.EUR ? Currency.USD : Currency.EUR
           select new RebatePurchase(
               $"INV-{invoice}",
               line,
               otherCustomer ? s_other : s_customer,
               s_march.AddMinutes(minutes),
               new Sku($"SKU-{invoice}-{line}"),
               new Money(minorUnits * currency.MinimalAmount, otherCurrency ? other : currency));

    private static Gen<Case> Cases { get; } =
        from currency in MoneyArbitraries.Currencies
        from kind in Gen.Elements(RebateKind.Retroactive, RebateKind.Incremental)
        from bands in Bands(currency)
        from count in Gen.Choose(0, 15)
        from purchases in Gen.ArrayOf(Purchase(currency), count)
        from keys in Gen.ArrayOf(Gen.Choose(0, 1_000), count)
        from split in Gen.Choose(0, count)
        select new Case(
            new RebateAgreement
            {
                Id = new RebateAgreementId("RB-PROP"),
                Customer = s_customer,
                Currency = currency,
                Period = RebatePeriod.Monthly,
                Kind = kind,
                Bands = bands,
            },
            purchases,
            keys,
            split);

    [Fact]
    public void Settle_AfterAPartialSettlement_LinesSumExactlyToTheDueAmount()
    {
        Properties.ForAll(Cases, c =>
        {
            RebatePeriodWindow window = _engine.PeriodOf(c.Agreement, s_march);
            RebateSettlement partial = _engine.Settle(c.Agreement, c.Purchases.Take(c.Split), window, [], s_settledAt);
            RebateSettlement full = _engine.Settle(c.Agreement, c.Purchases, window, [partial], s_settledAt);

            foreach (RebateSettlement settlement in (RebateSettlement[])[partial, full])
            {
                Assert.Equal(settlement.Accrual.Eligible.IsEmpty, settlement.Lines.IsEmpty);
                if (!settlement.Lines.IsEmpty)
                {
                    Assert.Equal(settlement.Due, settlement.Lines.Aggregate(Money.Zero(c.Agreement.Currency), (sum, l) => sum + l.Amount));
                }

                Assert.All(settlement.Lines, l => Assert.True(l.Amount.IsRoundedToMinorUnit()));
            }

            Assert.Equal(full.Earned - partial.Due, full.Due);
        });
    }

    [Fact]
    public void Settle_AgainWithEverySettlementIncluded_DuesZero()
    {
        Properties.ForAll(Cases, c =>
        {
            RebatePeriodWindow window = _engine.PeriodOf(c.Agreement, s_march);
            RebateSettlement partial = _engine.Settle(c.Agreement, c.Purchases.Take(c.Split), window, [], s_settledAt);
            RebateSettlement full = _engine.Settle(c.Agreement, c.Purchases, window, [partial], s_settledAt);

            RebateSettlement again = _engine.Settle(c.Agreement, c.Purchases, window, [full, partial], s_settledAt.AddDays(1));

            Assert.True(again.Due.IsZero);
            Assert.Equal(full.Earned, again.AlreadyPaid);
            Assert.All(again.Lines, l => Assert.True(l.Amount.IsZero));
            Assert.Equal(3, again.Sequence);
        });
    }

    [Fact]
    public void Accrue_SameBandsAndPurchases_RetroactiveEarnsAtLeastIncremental()
    {
        Properties.ForAll(Cases, c =>
        {
            RebatePeriodWindow window = _engine.PeriodOf(c.Agreement, s_march);
            RebateAccrual retroactive = _engine.Accrue(c.Agreement with { Kind = RebateKind.Retroactive }, c.Purchases, window);
            RebateAccrual incremental = _engine.Accrue(c.Agreement with { Kind = RebateKind.Incremental }, c.Purchases, window);

            Assert.True(retroactive.Earned >= incremental.Earned, $"{retroactive.Earned} < {incremental.Earned} at {retroactive.Volume}");
            Assert.True(incremental.Earned.Amount >= 0m);
            foreach (RebateAccrual accrual in (RebateAccrual[])[retroactive, incremental])
            {
                Assert.Equal(accrual.Earned, accrual.Bands.Aggregate(Money.Zero(c.Agreement.Currency), (sum, b) => sum + b.Earned));
            }
        });
    }

    [Fact]
    public void Accrue_LargerVolume_EarnsNoLessAndIncrementalGrowsAtMostAtTheTopRate()
    {
        Gen<(Case Case, int Volume, int More)> volumes =
            from c in Cases
            from volume in Gen.Choose(-10_000_000, 1_200_000_000)
            from more in Gen.Frequency((1, Gen.Constant(0)), (4, Gen.Choose(1, 400_000_000)))
            select (c, volume, more);

        Properties.ForAll(volumes, v =>
        {
            RebateAgreement agreement = v.Case.Agreement;
            RebatePeriodWindow window = _engine.PeriodOf(agreement, s_march);
            decimal unit = agreement.Currency.MinimalAmount;
            decimal topRate = agreement.Bands[^1].Rate;
            foreach (RebateKind kind in (RebateKind[])[RebateKind.Retroactive, RebateKind.Incremental])
            {
                Money lower = EarnedAt(agreement with { Kind = kind }, window, v.Volume * unit);
                Money higher = EarnedAt(agreement with { Kind = kind }, window, (v.Volume + (decimal)v.More) * unit);

                Assert.True(higher >= lower, $"{kind}: {higher} earned at the larger volume, {lower} at the smaller");
                if (kind == RebateKind.Incremental)
                {
                    Assert.True((higher - lower).Amount <= v.More * unit * topRate, $"incremental jumped by {higher - lower}");
                }
            }
        });
    }

    [Fact]
    public void AccrueAndSettle_PurchasesAndSettlementsInAnyOrder_GiveTheSameResult()
    {
        Properties.ForAll(Cases, c =>
        {
            RebatePeriodWindow window = _engine.PeriodOf(c.Agreement, s_march);
            RebatePurchase[] shuffled = [.. c.Purchases.Select((p, i) => (p, i)).OrderBy(x => c.Keys[x.i]).ThenByDescending(x => x.i).Select(x => x.p)];
            RebateSettlement first = _engine.Settle(c.Agreement, c.Purchases.Take(c.Split), window, [], s_settledAt);
            RebateSettlement second = _engine.Settle(c.Agreement, c.Purchases.Skip(c.Split).Take(3), window, [first], s_settledAt);

            RebateSettlement inOrder = _engine.Settle(c.Agreement, c.Purchases, window, [first, second], s_settledAt);
            RebateSettlement outOfOrder = _engine.Settle(c.Agreement, shuffled, window, [second, first], s_settledAt);

            Assert.Equal(inOrder.Due, outOfOrder.Due);
            Assert.Equal(inOrder.AlreadyPaid, outOfOrder.AlreadyPaid);
            Assert.Equal(inOrder.Lines.AsEnumerable(), outOfOrder.Lines.AsEnumerable());
            RebateAccrual a = inOrder.Accrual;
            RebateAccrual b = outOfOrder.Accrual;
            Assert.Equal((a.Volume, a.Earned, a.EarnedRounded, a.BandIndex, a.VolumeToNextBand), (b.Volume, b.Earned, b.EarnedRounded, b.BandIndex, b.VolumeToNextBand));
            Assert.Equal(a.Bands.AsEnumerable(), b.Bands.AsEnumerable());
            Assert.Equal(a.Eligible.AsEnumerable(), b.Eligible.AsEnumerable());
            Assert.Equal(a.Ignored.AsEnumerable(), b.Ignored.AsEnumerable());
        });
    }

    private Money EarnedAt(RebateAgreement agreement, RebatePeriodWindow window, decimal volume)
        => _engine.Accrue(agreement, [new RebatePurchase("INV-1", 1, s_customer, s_march.AddDays(1), new Sku("SKU-1"), new Money(volume, agreement.Currency))], window).Earned;

    /// <summary>One generated case: an agreement, purchases, a shuffle key per purchase, and where a partial settlement stops.</summary>
    private sealed record Case(RebateAgreement Agreement, RebatePurchase[] Purchases, int[] Keys, int Split);
}
