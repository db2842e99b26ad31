using System;
using B2B2C.Sdk.Testing;
using FsCheck.Fluent;

namespace B2B2C.Sdk.Tests;

public sealed class UnitPriceTests
{
    private static readonly Currency s_eur = Currency.FromCode("EUR");
    private static readonly UnitOfMeasure s_reel = UnitOfMeasure.Pack("REEL", 5000m, UnitOfMeasure.Piece);

    [Fact]
    public void Extend_PricePerReel_PricesReelsAndPiecesProRata()
    {
        var perReel = new UnitPrice(Money.Of(17.10m, s_eur), s_reel);

        Assert.Equal(Money.Of(51.30m, s_eur), perReel.Extend(Quantity.Of(3m, s_reel)));
        Assert.Equal(Money.Of(41.04m, s_eur), perReel.Extend(Quantity.Pieces(12_000m)));
    }

    [Fact]
    public void Extend_PricePerThousand_KeepsSubCentUnitPricesExact()
    {
        var perThousand = new UnitPrice(Money.Of(3.42m, s_eur), Quantity.Pieces(1000m));

        Money line = perThousand.Extend(Quantity.Pieces(1_234m));

        Assert.Equal(4.22028m, line.Amount);
        Assert.Equal(4.22m, perThousand.ExtendAndRound(Quantity.Pieces(1_234m)).Amount);
    }

    [Fact]
    public void Extend_LengthPricedInMetres_AcceptsMillimetres()
    {
        var perMetre = new UnitPrice(Money.Of(0.85m, s_eur), UnitOfMeasure.Metre);

        Assert.Equal(Money.Of(2.125m, s_eur), perMetre.Extend(Quantity.Of(2500m, UnitOfMeasure.Millimetre)));
    }

    [Fact]
    public void Extend_OtherDimension_ThrowsNamingBoth()
    {
        var perMetre = new UnitPrice(Money.Of(0.85m, s_eur), UnitOfMeasure.Metre);

        ArgumentException error = Assert.Throws<ArgumentException>(() => perMetre.Extend(Quantity.Pieces(3m)));

        Assert.Contains("Length", error.Message, StringComparison.Ordinal);
        Assert.Contains("Count", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_NonPositiveBasis_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new UnitPrice(Money.Of(1m, s_eur), Quantity.Pieces(0m)));
        Assert.Throws<ArgumentOutOfRangeException>(() => new UnitPrice(Money.Of(1m, s_eur), Quantity.Pieces(-1m)));
    }

    [Fact]
    public void Extend_Default_ThrowsInvalidOperation()
    {
        Assert.Throws<InvalidOperationException>(() => default(UnitPrice).Extend(Quantity.Pieces(1m)));
    }

    [Fact]
    public void Restate_PerReelToPerPiece_GivesTheSubCentPrice()
    {
        var perReel = new UnitPrice(Money.Of(17.10m, s_eur), s_reel);

        UnitPrice perPiece = perReel.Restate(Quantity.Pieces(1m));

        Assert.Equal(0.00342m, perPiece.Price.Amount);
        Assert.Equal("EUR 0.00342 per 1 H87", perPiece.ToString());
    }

    [Fact]
    public void Equality_ComparesPriceAndBasis()
    {
        var a = new UnitPrice(Money.Of(1m, s_eur), Quantity.Pieces(1000m));
        var b = new UnitPrice(Money.Of(1.00m, s_eur), Quantity.Pieces(1000m));
        var c = new UnitPrice(Money.Of(1m, s_eur), Quantity.Pieces(100m));

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, c);
        Assert.True(a != c);
    }

    [Fact]
    public void Extend_BasisQuantity_GivesThePrice_Property()
    {
        Properties.ForAll(
            from price in MoneyArbitraries.RoundedMoney
            from basis in Gen.Elements(1m, 10m, 100m, 1000m, 5000m)
            from multiple in Gen.Choose(1, 10_000)
            select (price, basis, multiple),
            t =>
            {
                var unitPrice = new UnitPrice(t.price, Quantity.Pieces(t.basis));
                return unitPrice.Extend(Quantity.Pieces(t.basis)) == t.price
                    && unitPrice.Extend(Quantity.Pieces(t.basis * t.multiple)) == t.price * t.multiple;
            });
    }

    [Fact]
    public void Restate_ThenExtend_PricesTheSameQuantityTheSame_Property()
    {
        Properties.ForAll(
            from price in MoneyArbitraries.RoundedMoney
            from pieces in Gen.Choose(1, 1_000_000)
            select (price, pieces),
            t =>
            {
                var perReel = new UnitPrice(t.price, s_reel);
                UnitPrice perThousand = perReel.Restate(Quantity.Pieces(1000m));
                return perThousand.Extend(Quantity.Pieces(t.pieces)) == perReel.Extend(Quantity.Pieces(t.pieces));
            });
    }

    [Fact]
    public void Json_RoundTripsPriceAndBasisExactly()
    {
        var perReel = new UnitPrice(Money.Of(17.100m, s_eur), s_reel);

        string json = System.Text.Json.JsonSerializer.Serialize(perReel);
        UnitPrice back = System.Text.Json.JsonSerializer.Deserialize<UnitPrice>(json);

        Assert.Equal("""{"price":{"amount":"17.100","currency":"EUR"},"per":{"value":"1","unit":"REEL(5000 H87)"}}""", json);
        Assert.Equal(perReel, back);
        Assert.Equal(3, back.Price.Amount.Scale);
    }

    [Theory]
    [InlineData("""{"price":{"amount":"1","currency":"EUR"}}""", "\"per\" is missing")]
    [InlineData("""{"price":{"amount":"1","currency":"EUR"},"per":{"value":"0","unit":"H87"}}""", "positive quantity")]
    [InlineData("""{"price":{"amount":"1","currency":"EUR"},"per":{"value":"1","unit":"H87"},"x":1}""", "unknown property \"x\"")]
    [InlineData("""[1]""", "must be a JSON object")]
    public void Json_BadPayload_ThrowsNamingTheProblem(string json, string fragment)
    {
        var error = Assert.Throws<System.Text.Json.JsonException>(() => System.Text.Json.JsonSerializer.Deserialize<UnitPrice>(json));

        Assert.Contains(fragment, error.Message, StringComparison.Ordinal);
    }
}
