using System;
using System.Collections.Generic;
using System.Text.Json;
using B2B2C.Sdk.Testing;

namespace B2B2C.Sdk.Tests;

public sealed class MoneyJsonConverterTests
{
    private static readonly Currency s_eur = Currency.FromCode("EUR");

    [Fact]
    public void Serialize_WritesAmountAsStringWithItsScale()
    {
        string json = JsonSerializer.Serialize(Money.Of(12.340m, s_eur));

        Assert.Equal("""{"amount":"12.340","currency":"EUR"}""", json);
    }

    [Theory]
    [InlineData("""{"amount":"12.34","currency":"EUR"}""")]
    [InlineData("""{"currency":"EUR","amount":"12.34"}""")]
    [InlineData("""{"amount":12.34,"currency":"EUR"}""")]
    [InlineData("""{"Amount":"12.34","Currency":"EUR"}""")]
    [InlineData("""{"amount":"1234e-2","currency":"EUR"}""")]
    public void Deserialize_AcceptsStringsNumbersAndAnyPropertyOrder(string json)
    {
        Assert.Equal(Money.Of(12.34m, s_eur), JsonSerializer.Deserialize<Money>(json));
    }

    [Fact]
    public void Deserialize_NumberWithManyDigits_NeverPassesThroughDouble()
    {
        Money money = JsonSerializer.Deserialize<Money>("""{"amount":0.1000000000000000055511151231257827,"currency":"EUR"}""");

        Assert.Equal(0.1000000000000000055511151231m, money.Amount);
    }

    [Fact]
    public void Deserialize_NumberKeepsItsScale()
    {
        Assert.Equal(3, JsonSerializer.Deserialize<Money>("""{"amount":1.500,"currency":"EUR"}""").Amount.Scale);
    }

    [Theory]
    [InlineData("""{"amount":"12.34"}""", "\"currency\" is missing")]
    [InlineData("""{"currency":"EUR"}""", "\"amount\" is missing")]
    [InlineData("""{"amount":"12,34","currency":"EUR"}""", "\"12,34\" is not a number")]
    [InlineData("""{"amount":"abc","currency":"EUR"}""", "\"abc\" is not a number")]
    [InlineData("""{"amount":"1","currency":"EURO"}""", "'EURO' is not an active ISO 4217")]
    [InlineData("""{"amount":"1","currency":7}""", "currency must be a JSON string")]
    [InlineData("""{"amount":true,"currency":"EUR"}""", "amount must be a string")]
    [InlineData("""{"amount":"1","currency":"EUR","note":"x"}""", "unknown property \"note\"")]
    [InlineData("""{"amount":"1","amount":"2","currency":"EUR"}""", "\"amount\" twice")]
    [InlineData("""{"amount":1e400,"currency":"EUR"}""", "outside the range")]
    [InlineData("\"EUR 12\"", "must be a JSON object")]
    public void Deserialize_BadPayload_ThrowsNamingTheProblemAndPath(string json, string expectedFragment)
    {
        JsonException error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Money>(json));

        Assert.Contains(expectedFragment, error.Message, StringComparison.Ordinal);
        Assert.NotNull(error.Path);
        Assert.NotNull(error.BytePositionInLine);
    }

    [Fact]
    public void Serialize_InsideAnObjectAndAsDictionaryValue_RoundTrips()
    {
        var order = new Dictionary<Currency, Money> { [s_eur] = Money.Of(1.5m, s_eur) };

        string json = JsonSerializer.Serialize(order);

        Assert.Equal("""{"EUR":{"amount":"1.5","currency":"EUR"}}""", json);
        Assert.Equal(order, JsonSerializer.Deserialize<Dictionary<Currency, Money>>(json));
    }

    [Fact]
    public void SerializeThenDeserialize_RoundTripsExactly_Property()
    {
        Properties.ForAll(
            MoneyArbitraries.UnroundedMoney,
            money =>
            {
                Money back = JsonSerializer.Deserialize<Money>(JsonSerializer.Serialize(money));
                Assert.Equal(money, back);
                Assert.Equal(money.Amount.Scale, back.Amount.Scale);
            });
    }
}
