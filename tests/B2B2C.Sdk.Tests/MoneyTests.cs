using System;
using B2B2C.Sdk.Testing;
using FsCheck.Fluent;

namespace B2B2C.Sdk.Tests;

public sealed class MoneyTests
{
    private static readonly Currency s_eur = Currency.FromCode("EUR");
    private static readonly Currency s_usd = Currency.FromCode("USD");
    private static readonly Currency s_jpy = Currency.FromCode("JPY");
    private static readonly Currency s_kwd = Currency.FromCode("KWD");

    [Fact]
    public void Constructor_KeepsAmountExactlyWithoutRounding()
    {
        var price = new Money(0.003425m, "EUR");

        Assert.Equal(0.003425m, price.Amount);
        Assert.Equal(s_eur, price.Currency);
        Assert.Equal(6, price.Amount.Scale);
    }

    [Fact]
    public void Constructor_UnknownCurrencyCode_Throws()
    {
        Assert.Throws<ArgumentException>(() => new Money(1m, "EURO"));
    }

    [Fact]
    public void Default_IsZeroWithoutCurrency()
    {
        Money none = default;

        Assert.True(none.IsZero);
        Assert.Equal("XXX", none.Currency.Code);
    }

    [Fact]
    public void Add_SameCurrency_SumsExactly()
    {
        Money sum = Money.Of(0.1m, s_eur) + Money.Of(0.2m, s_eur);

        Assert.Equal(Money.Of(0.3m, s_eur), sum);
    }

    [Fact]
    public void Subtract_SameCurrency_Subtracts()
    {
        Assert.Equal(Money.Of(-0.5m, s_eur), Money.Of(1m, s_eur) - Money.Of(1.5m, s_eur));
    }

    [Theory]
    [InlineData("add")]
    [InlineData("subtract")]
    [InlineData("compare")]
    [InlineData("divide")]
    public void Operators_MixedCurrencies_ThrowNamingBothCurrencies(string operation)
    {
        Money euros = Money.Of(1m, s_eur);
        Money dollars = Money.Of(1m, s_usd);

        CurrencyMismatchException error = Assert.Throws<CurrencyMismatchException>(() => operation switch
        {
            "add" => euros + dollars,
            "subtract" => euros - dollars,
            "compare" => euros < dollars ? euros : dollars,
            _ => Money.Of(euros / dollars, s_eur),
        });

        Assert.Contains("EUR", error.Message, StringComparison.Ordinal);
        Assert.Contains("USD", error.Message, StringComparison.Ordinal);
        Assert.Contains(operation, error.Message, StringComparison.Ordinal);
        Assert.Equal(s_eur, error.Left);
        Assert.Equal(s_usd, error.Right);
    }

    [Fact]
    public void Equals_DifferentCurrencies_IsFalseWithoutThrowing()
    {
        Assert.NotEqual(Money.Of(1m, s_eur), Money.Of(1m, s_usd));
        Assert.True(Money.Of(1m, s_eur) != Money.Of(1m, s_usd));
    }

    [Fact]
    public void Equals_SameValueDifferentScale_IsEqualWithSameHash()
    {
        Money a = Money.Of(1.5m, s_eur);
        Money b = Money.Of(1.500m, s_eur);

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }

    [Fact]
    public void Multiply_ByQuantityAndRate_IsExact()
    {
        Money unitPrice = Money.Of(0.00342m, s_eur);

        Assert.Equal(Money.Of(17.10m, s_eur), unitPrice * 5000m);
        Assert.Equal(Money.Of(17.10m, s_eur), 5000m * unitPrice);
        Assert.Equal(Money.Of(17.10m, s_eur), Money.Multiply(unitPrice, 5000m));
    }

    [Fact]
    public void Divide_ByMoney_GivesRatio()
    {
        Assert.Equal(0.25m, Money.Of(25m, s_eur) / Money.Of(100m, s_eur));
    }

    [Fact]
    public void Divide_ByZero_Throws()
    {
        Assert.Throws<DivideByZeroException>(() => Money.Of(1m, s_eur) / 0m);
    }

    [Fact]
    public void Comparison_SameCurrency_Orders()
    {
        Money small = Money.Of(1m, s_eur);
        Money large = Money.Of(2m, s_eur);

        Assert.True(small < large);
        Assert.True(large >= small);
        Assert.Equal(small, Money.Min(small, large));
        Assert.Equal(large, Money.Max(small, large));
        Assert.True(small.CompareTo(large) < 0);
    }

    [Theory]
    [InlineData("2.345", "2.34", MidpointRounding.ToEven)]
    [InlineData("2.355", "2.36", MidpointRounding.ToEven)]
    [InlineData("2.345", "2.35", MidpointRounding.AwayFromZero)]
    [InlineData("-2.345", "-2.35", MidpointRounding.AwayFromZero)]
    [InlineData("2.349", "2.34", MidpointRounding.ToZero)]
    [InlineData("2.341", "2.35", MidpointRounding.ToPositiveInfinity)]
    public void RoundToMinorUnit_UsesTheNamedMidpointRule(string amount, string expected, MidpointRounding mode)
    {
        Money rounded = Money.Of(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), s_eur).RoundToMinorUnit(mode);

        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), rounded.Amount);
    }

    [Fact]
    public void RoundToMinorUnit_DefaultsToBankersRounding()
    {
        Assert.Equal(2.34m, Money.Of(2.345m, s_eur).RoundToMinorUnit().Amount);
    }

    [Theory]
    [InlineData("JPY", "1234.5", "1234")]
    [InlineData("KWD", "1.23456", "1.235")]
    [InlineData("CLF", "1.234567", "1.2346")]
    public void RoundToMinorUnit_FollowsTheCurrencysMinorUnit(string code, string amount, string expected)
    {
        Money rounded = Money.Of(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), code).RoundToMinorUnit();

        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), rounded.Amount);
    }

    [Fact]
    public void RoundToMinorUnit_CurrencyWithoutMinorUnit_ThrowsNamingIt()
    {
        InvalidOperationException error = Assert.Throws<InvalidOperationException>(() => Money.Of(1.5m, "XAU").RoundToMinorUnit());

        Assert.Contains("XAU", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Round_ToFinerScale_KeepsSubCentPrices()
    {
        Money perPiece = Money.Of(17.10m, s_eur) / 5000m;

        Assert.Equal(0.0034m, perPiece.Round(4).Amount);
        Assert.Equal(0.00342m, perPiece.Round(5).Amount);
    }

    [Fact]
    public void Round_DecimalsOutOfRange_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Money.Of(1m, s_eur).Round(29));
        Assert.Throws<ArgumentOutOfRangeException>(() => Money.Of(1m, s_eur).Round(-1));
    }

    [Fact]
    public void IsRoundedToMinorUnit_TellsWholeMinorUnits()
    {
        Assert.True(Money.Of(12.30m, s_eur).IsRoundedToMinorUnit());
        Assert.False(Money.Of(12.305m, s_eur).IsRoundedToMinorUnit());
        Assert.True(Money.Of(12m, s_jpy).IsRoundedToMinorUnit());
        Assert.False(Money.Of(0.0005m, s_kwd).IsRoundedToMinorUnit());
    }

    [Fact]
    public void SignHelpers_ReportSign()
    {
        Money negative = Money.Of(-3m, s_eur);

        Assert.True(negative.IsNegative);
        Assert.False(negative.IsPositive);
        Assert.Equal(Money.Of(3m, s_eur), negative.Abs());
        Assert.Equal(Money.Of(3m, s_eur), -negative);
        Assert.Equal(Money.Zero(s_eur), negative + Money.Of(3m, s_eur));
    }

    [Fact]
    public void Deconstruct_GivesAmountAndCurrency()
    {
        (decimal amount, Currency currency) = Money.Of(9.99m, s_usd);

        Assert.Equal(9.99m, amount);
        Assert.Equal(s_usd, currency);
    }

    [Fact]
    public void AddThenSubtract_ReturnsTheOriginal_Property()
    {
        Properties.ForAll(
            from a in MoneyArbitraries.UnroundedMoney
            from units in MoneyArbitraries.MinorUnits
            select (a, b: new Money(units * a.Currency.MinimalAmount, a.Currency)),
            pair => pair.a + pair.b - pair.b == pair.a);
    }

    [Fact]
    public void Addition_IsCommutativeAndAssociative_Property()
    {
        Properties.ForAll(
            from a in MoneyArbitraries.RoundedMoney
            from b in MoneyArbitraries.MinorUnits
            from c in MoneyArbitraries.MinorUnits
            select (a, b: new Money(b * a.Currency.MinimalAmount, a.Currency), c: new Money(c * a.Currency.MinimalAmount, a.Currency)),
            t => t.a + t.b == t.b + t.a && (t.a + t.b) + t.c == t.a + (t.b + t.c));
    }

    [Fact]
    public void RoundToMinorUnit_IsIdempotent_Property()
    {
        Properties.ForAll(
            from money in MoneyArbitraries.UnroundedMoney
            from mode in Gen.Elements(Enum.GetValues<MidpointRounding>())
            select (money, mode),
            t =>
            {
                Money once = t.money.RoundToMinorUnit(t.mode);
                return once.RoundToMinorUnit(t.mode) == once && once.IsRoundedToMinorUnit();
            });
    }

    [Fact]
    public void RoundToMinorUnit_MovesLessThanOneMinorUnit_Property()
    {
        Properties.ForAll(
            MoneyArbitraries.UnroundedMoney,
            money => Math.Abs((money.RoundToMinorUnit() - money).Amount) <= money.Currency.MinimalAmount / 2);
    }

    [Fact]
    public void MixedCurrencyArithmetic_AlwaysThrows_Property()
    {
        Properties.ForAll(
            from a in MoneyArbitraries.RoundedMoney
            from b in MoneyArbitraries.RoundedMoney
            where a.Currency != b.Currency
            select (a, b),
            pair =>
            {
                Assert.Throws<CurrencyMismatchException>(() => pair.a + pair.b);
                Assert.Throws<CurrencyMismatchException>(() => pair.a - pair.b);
                Assert.Throws<CurrencyMismatchException>(() => pair.a.CompareTo(pair.b));
            });
    }
}
