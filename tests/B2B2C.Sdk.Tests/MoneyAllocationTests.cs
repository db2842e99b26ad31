using System;
using System.Linq;
using B2B2C.Sdk.Testing;
using FsCheck.Fluent;

namespace B2B2C.Sdk.Tests;

public sealed class MoneyAllocationTests
{
    private static readonly Currency s_eur = Currency.FromCode("EUR");

    [Fact]
    public void Split_HundredIntoThree_GivesTheExtraCentToTheFirstPart()
    {
        Money[] parts = Money.Of(100m, s_eur).Split(3);

        Assert.Equal([33.34m, 33.33m, 33.33m], parts.Select(p => p.Amount));
        Assert.All(parts, p => Assert.Equal(s_eur, p.Currency));
    }

    [Fact]
    public void Split_NegativeAmount_MirrorsThePositiveSplit()
    {
        Money[] parts = Money.Of(-100m, s_eur).Split(3);

        Assert.Equal([-33.34m, -33.33m, -33.33m], parts.Select(p => p.Amount));
    }

    [Fact]
    public void Split_ZeroParts_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Money.Of(1m, s_eur).Split(0));
    }

    [Fact]
    public void Split_Yen_SplitsWholeYen()
    {
        Money[] parts = Money.Of(1000m, "JPY").Split(3);

        Assert.Equal([334m, 333m, 333m], parts.Select(p => p.Amount));
    }

    [Fact]
    public void Allocate_ByRatios_GivesLeftoverToLargestRemainders()
    {
        // 10.00 by 3:3:4 → 3.00, 3.00, 4.00 exactly; 10.00 by 1:1:1:3 → 1.67, 1.67, 1.66, 5.00
        Assert.Equal([3m, 3m, 4m], Money.Of(10m, s_eur).Allocate([3m, 3m, 4m]).Select(p => p.Amount));
        Assert.Equal([1.67m, 1.67m, 1.66m, 5.00m], Money.Of(10m, s_eur).Allocate([1m, 1m, 1m, 3m]).Select(p => p.Amount));
    }

    [Fact]
    public void Allocate_TieBetweenDifferentRatios_GoesToTheLargerRatio()
    {
        // 0.05 by 1:3 (sum 4): exact shares 0.0125 and 0.0375 → floors 0.01 and 0.03, remainders 0.0025 and 0.0075.
        Assert.Equal([0.01m, 0.04m], Money.Of(0.05m, s_eur).Allocate([1m, 3m]).Select(p => p.Amount));

        // 0.02 by 1:1:2 (sum 4): exact 0.005, 0.005, 0.01 → floors 0, 0, 0.01; one cent left, tie between the two 1s.
        Assert.Equal([0.01m, 0m, 0.01m], Money.Of(0.02m, s_eur).Allocate([1m, 1m, 2m]).Select(p => p.Amount));
    }

    [Fact]
    public void Allocate_ZeroRatio_GetsNothing()
    {
        Money[] parts = Money.Of(0.03m, s_eur).Allocate([0m, 1m, 1m]);

        Assert.Equal([0m, 0.02m, 0.01m], parts.Select(p => p.Amount));
    }

    [Fact]
    public void Allocate_DecimalRatios_AreExact()
    {
        Money[] parts = Money.Of(1234.56m, s_eur).Allocate([0.125m, 0.375m, 0.5m]);

        Assert.Equal([154.32m, 462.96m, 617.28m], parts.Select(p => p.Amount));
    }

    [Fact]
    public void Allocate_AtFinerScale_AllocatesSubCentUnits()
    {
        Money[] parts = Money.Of(0.0010m, s_eur).Allocate([1m, 1m, 1m], decimals: 4);

        Assert.Equal([0.0004m, 0.0003m, 0.0003m], parts.Select(p => p.Amount));
    }

    [Fact]
    public void Allocate_AmountFinerThanTheUnit_ThrowsAskingToRoundFirst()
    {
        InvalidOperationException error = Assert.Throws<InvalidOperationException>(() => Money.Of(10.005m, s_eur).Allocate([1m, 1m]));

        Assert.Contains("10.005", error.Message, StringComparison.Ordinal);
        Assert.Contains("round", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Allocate_TrailingZerosBeyondTheUnit_AreAccepted()
    {
        Assert.Equal([5m, 5m], Money.Of(10.0000m, s_eur).Allocate([1m, 1m]).Select(p => p.Amount));
    }

    [Fact]
    public void Allocate_BadRatios_ThrowWithReason()
    {
        Money total = Money.Of(10m, s_eur);

        Assert.Contains("At least one", Assert.Throws<ArgumentException>(() => total.Allocate([])).Message, StringComparison.Ordinal);
        Assert.Contains("-1", Assert.Throws<ArgumentException>(() => total.Allocate([1m, -1m])).Message, StringComparison.Ordinal);
        Assert.Contains("zero", Assert.Throws<ArgumentException>(() => total.Allocate([0m, 0m])).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Allocate_DestinationOfWrongLength_Throws()
    {
        Assert.Throws<ArgumentException>(() => Money.Of(10m, s_eur).Allocate([1m, 1m], new Money[3]));
    }

    [Fact]
    public void Allocate_HugeRatios_FallBackToExactBigIntegerPath()
    {
        decimal huge = 79_228_162_514_264_337_593_543_950_335m;
        Money total = Money.Of(1_000_000_000_000.01m, s_eur);

        Money[] parts = total.Allocate([huge, 1m, huge, 0.0000001m]);

        Assert.Equal(total, parts.Aggregate((a, b) => a + b));
        Assert.Equal(parts[0].Amount, parts[2].Amount + 0.01m);
    }

    [Fact]
    public void Allocate_ManyParts_UsesTheSortedPathAndSumsExactly()
    {
        decimal[] ratios = Enumerable.Range(1, 500).Select(i => (decimal)(i % 7)).ToArray();
        Money total = Money.Of(9_999.99m, s_eur);

        Money[] parts = total.Allocate(ratios);

        Assert.Equal(total, parts.Aggregate((a, b) => a + b));
        AssertEqualRatiosDifferByAtMostOneUnit(ratios, parts, 0.01m);
    }

    [Fact]
    public void Allocate_SumsExactlyToTheTotal_Property()
    {
        Properties.ForAll(
            from total in MoneyArbitraries.RoundedMoney
            from ratios in MoneyArbitraries.Ratios
            select (total, ratios),
            t =>
            {
                Money[] parts = t.total.Allocate(t.ratios);
                Assert.Equal(t.ratios.Length, parts.Length);
                Assert.Equal(t.total, parts.Aggregate((a, b) => a + b));
                Assert.All(parts, p => Assert.True(p.IsRoundedToMinorUnit()));
                Assert.All(parts, p => Assert.True(t.total.IsNegative ? p.Amount <= 0m : p.Amount >= 0m));
            },
            cases: 500);
    }

    [Fact]
    public void Allocate_IsIndependentOfTheOrderOfRatios_Property()
    {
        Properties.ForAll(
            from total in MoneyArbitraries.RoundedMoney
            from ratios in MoneyArbitraries.Ratios
            from permutation in Gen.Shuffle(Enumerable.Range(0, ratios.Length).ToArray())
            select (total, ratios, permutation),
            t =>
            {
                Money[] parts = t.total.Allocate(t.ratios);
                decimal[] permutedRatios = t.permutation.Select(i => t.ratios[i]).ToArray();
                Money[] permutedParts = t.total.Allocate(permutedRatios);

                // Each ratio value receives the same multiset of amounts in both orders.
                foreach (decimal ratio in t.ratios.Distinct())
                {
                    decimal[] before = t.ratios.Select((r, i) => (r, i)).Where(x => x.r == ratio).Select(x => parts[x.i].Amount).Order().ToArray();
                    decimal[] after = permutedRatios.Select((r, i) => (r, i)).Where(x => x.r == ratio).Select(x => permutedParts[x.i].Amount).Order().ToArray();
                    Assert.Equal(before, after);
                }

                AssertEqualRatiosDifferByAtMostOneUnit(t.ratios, parts, t.total.Currency.MinimalAmount);
            },
            cases: 500);
    }

    [Fact]
    public void Allocate_EachPartIsWithinOneUnitOfItsExactShare_Property()
    {
        Properties.ForAll(
            from total in MoneyArbitraries.RoundedMoney
            from ratios in MoneyArbitraries.Ratios
            select (total, ratios),
            t =>
            {
                Money[] parts = t.total.Allocate(t.ratios);
                decimal sum = t.ratios.Sum();
                for (int i = 0; i < parts.Length; i++)
                {
                    decimal exact = t.total.Amount * (t.ratios[i] / sum);
                    Assert.True(Math.Abs(parts[i].Amount - exact) < t.total.Currency.MinimalAmount * 1.0000001m, $"part {i}: {parts[i].Amount} vs {exact}");
                }
            });
    }

    [Fact]
    public void Split_SumsExactlyAndPartsDifferByAtMostOneUnit_Property()
    {
        Properties.ForAll(
            from total in MoneyArbitraries.RoundedMoney
            from count in Gen.Choose(1, 40)
            select (total, count),
            t =>
            {
                Money[] parts = t.total.Split(t.count);
                Assert.Equal(t.total, parts.Aggregate((a, b) => a + b));
                Assert.True(parts.Max(p => p.Amount) - parts.Min(p => p.Amount) <= t.total.Currency.MinimalAmount);
            });
    }

    [Fact]
    public void Split_EqualsAllocateWithEqualRatios_Property()
    {
        Properties.ForAll(
            from total in MoneyArbitraries.RoundedMoney
            from count in Gen.Choose(1, 40)
            select (total, count),
            t => t.total.Split(t.count).SequenceEqual(t.total.Allocate(Enumerable.Repeat(1m, t.count).ToArray())));
    }

    private static void AssertEqualRatiosDifferByAtMostOneUnit(decimal[] ratios, Money[] parts, decimal unit)
    {
        for (int i = 0; i < ratios.Length; i++)
        {
            for (int j = i + 1; j < ratios.Length; j++)
            {
                if (ratios[i] == ratios[j])
                {
                    decimal difference = Math.Abs(parts[i].Amount) - Math.Abs(parts[j].Amount);
                    Assert.True(difference == 0m || difference == unit, $"parts {i} and {j} with ratio {ratios[i]}: {parts[i].Amount} and {parts[j].Amount}");
                }
            }
        }
    }
}
