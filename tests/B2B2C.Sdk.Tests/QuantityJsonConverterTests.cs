using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using B2B2C.Sdk.Testing;

namespace B2B2C.Sdk.Tests;

public sealed class QuantityJsonConverterTests
{
    private static readonly UnitOfMeasure s_reel = UnitOfMeasure.Pack("REEL", 5000, UnitOfMeasure.Piece);

    [Fact]
    public void Serialize_Pieces_WritesValueAsStringAndUnitCode()
    {
        Assert.Equal("""{"value":"5000","unit":"H87"}""", JsonSerializer.Serialize(Quantity.Pieces(5000)));
    }

    [Fact]
    public void Serialize_PackQuantity_WritesTheUnitInItsInvariantForm()
    {
        Assert.Equal("""{"value":"2","unit":"REEL(5000 H87)"}""", JsonSerializer.Serialize(Quantity.Of(2, s_reel)));
    }

    [Fact]
    public void Serialize_ValueWithTrailingZeros_KeepsItsScale()
    {
        Assert.Equal("""{"value":"0.250","unit":"MTR"}""", JsonSerializer.Serialize(Quantity.Of(0.250m, UnitOfMeasure.Metre)));
    }

    [Fact]
    public void Serialize_NegativeValueAndDefault_WriteSignAndZeroPieces()
    {
        Assert.Equal("""{"value":"-3","unit":"H87"}""", JsonSerializer.Serialize(Quantity.Pieces(-3)));
        Assert.Equal("""{"value":"0","unit":"H87"}""", JsonSerializer.Serialize(default(Quantity)));
    }

    [Theory]
    [InlineData("""{"value":"5000","unit":"H87"}""")]
    [InlineData("""{"unit":"H87","value":"5000"}""")]
    [InlineData("""{"value":5000,"unit":"H87"}""")]
    [InlineData("""{"Value":"5000","UNIT":"H87"}""")]
    [InlineData("""{"value":"5e3","unit":"H87"}""")]
    [InlineData("""{"value":5E+3,"unit":"H87"}""")]
    [InlineData("""{"\u0076alue":"5000","unit":"H87"}""")]
    public void Deserialize_StringsNumbersAnyOrderAndCase_ReadsTheQuantity(string json)
    {
        Assert.Equal(Quantity.Pieces(5000), JsonSerializer.Deserialize<Quantity>(json));
    }

    [Fact]
    public void Deserialize_PackQuantity_ReadsValueAndPack()
    {
        Quantity quantity = JsonSerializer.Deserialize<Quantity>("""{"value":"2","unit":"BOX(10 REEL(5000 H87))"}""");

        Assert.Equal(2m, quantity.Value);
        Assert.Equal(UnitOfMeasure.Pack("BOX", 10, s_reel), quantity.Unit);
    }

    [Fact]
    public void Deserialize_NumberWithManyDigits_NeverPassesThroughDouble()
    {
        Quantity quantity = JsonSerializer.Deserialize<Quantity>("""{"value":0.1000000000000000055511151231257827,"unit":"MTR"}""");

        Assert.Equal(0.1000000000000000055511151231m, quantity.Value);
    }

    [Theory]
    [InlineData("""{"value":0.250,"unit":"MTR"}""", 3)]
    [InlineData("""{"value":"0.250","unit":"MTR"}""", 3)]
    [InlineData("""{"value":"5000.00","unit":"H87"}""", 2)]
    public void Deserialize_StringOrNumber_KeepsItsScale(string json, int scale)
    {
        Assert.Equal(scale, JsonSerializer.Deserialize<Quantity>(json).Value.Scale);
    }

    [Fact]
    public void Deserialize_WholeValueWithZeroDecimalsInDiscreteUnit_IsAccepted()
    {
        Assert.Equal(Quantity.Of(2, s_reel), JsonSerializer.Deserialize<Quantity>("""{"value":"2.000","unit":"REEL(5000 H87)"}"""));
    }

    [Theory]
    [InlineData("""{"value":"2.5","unit":"REEL(5000 H87)"}""", "The value 2.5 is not whole, but REEL(5000 H87) is a discrete unit")]
    [InlineData("""{"value":0.5,"unit":"H87"}""", "The value 0.5 is not whole, but H87 is a discrete unit")]
    [InlineData("""{"unit":"DZN","value":"-1.25"}""", "The value -1.25 is not whole, but DZN is a discrete unit")]
    public void Deserialize_FractionalValueInDiscreteUnit_ThrowsNamingValueAndUnit(string json, string expectedFragment)
    {
        JsonException error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Quantity>(json));

        Assert.Contains(expectedFragment, error.Message, StringComparison.Ordinal);
        Assert.Equal("$", error.Path);
    }

    [Theory]
    [InlineData("""{"value":"5000"}""", "\"unit\" is missing")]
    [InlineData("""{"unit":"H87"}""", "\"value\" is missing")]
    [InlineData("""{}""", "\"value\" is missing")]
    [InlineData("""{"value":"5,000","unit":"H87"}""", "The value \"5,000\" is not a number")]
    [InlineData("""{"value":"abc","unit":"H87"}""", "The value \"abc\" is not a number")]
    [InlineData("""{"value":" 5","unit":"H87"}""", "The value \" 5\" is not a number")]
    [InlineData("""{"value":"5000 H87","unit":"H87"}""", "The value \"5000 H87\" is not a number")]
    [InlineData("""{"value":true,"unit":"H87"}""", "The value must be a string such as \"5000\" or a number, but the token is True")]
    [InlineData("""{"value":null,"unit":"H87"}""", "but the token is Null")]
    [InlineData("""{"value":1e400,"unit":"H87"}""", "The value 1e400 is outside the range")]
    [InlineData("""{"value":"1","unit":"XYZ"}""", "'XYZ' is not a unit of measure")]
    [InlineData("""{"value":"1","unit":"REEL(2.5 H87)"}""", "'REEL(2.5 H87)' is not a unit of measure")]
    [InlineData("""{"value":"1","unit":7}""", "A unit of measure must be a JSON string such as \"H87\" or \"REEL(5000 H87)\", but the value is the number 7")]
    [InlineData("""{"value":"1","unit":"H87","note":"x"}""", "unknown property \"note\"; only \"value\" and \"unit\" are allowed")]
    [InlineData("""{"valuе":"1","unit":"H87"}""", "unknown property \"valuе\"")]
    [InlineData("""{"value":"1","value":"2","unit":"H87"}""", "\"value\" twice")]
    [InlineData("""{"value":"1","unit":"H87","Unit":"MTR"}""", "\"unit\" twice")]
    [InlineData("\"5000 H87\"", "A quantity must be a JSON object such as {\"value\":\"5000\",\"unit\":\"H87\"}, but the value is a JSON String")]
    [InlineData("5000", "but the value is the number 5000")]
    [InlineData("null", "but the value is a JSON Null")]
    [InlineData("[]", "but the value is a JSON StartArray")]
    public void Deserialize_BadPayload_ThrowsNamingTheProblemAndPath(string json, string expectedFragment)
    {
        JsonException error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Quantity>(json));

        Assert.Contains(expectedFragment, error.Message, StringComparison.Ordinal);
        Assert.NotNull(error.Path);
        Assert.NotNull(error.BytePositionInLine);
    }

    [Fact]
    public void Deserialize_BadQuantityInsideAnObject_SetsThePathToTheProperty()
    {
        JsonException error = Assert.Throws<JsonException>(
            () => JsonSerializer.Deserialize<Dictionary<string, Quantity>>(
                """{"line1":{"value":"1","unit":"H87"},"line2":{"value":"2.5","unit":"REEL(5000 H87)"}}"""));

        Assert.StartsWith("$.line2", error.Path, StringComparison.Ordinal);
        Assert.Contains("2.5", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_NullableQuantityFromNull_ReturnsNull()
    {
        Assert.Null(JsonSerializer.Deserialize<Quantity?>("null"));
        Assert.Equal(Quantity.Pieces(1), JsonSerializer.Deserialize<Quantity?>("""{"value":"1","unit":"H87"}"""));
    }

    [Fact]
    public void Serialize_DictionaryOfQuantitiesKeyedBySku_RoundTrips()
    {
        var stock = new Dictionary<Sku, Quantity>
        {
            [new Sku("RC0603")] = Quantity.Of(2, s_reel),
            [new Sku("CABLE-3G1.5")] = Quantity.Of(250.5m, UnitOfMeasure.Metre),
        };

        string json = JsonSerializer.Serialize(stock);

        Assert.Equal(
            """{"RC0603":{"value":"2","unit":"REEL(5000 H87)"},"CABLE-3G1.5":{"value":"250.5","unit":"MTR"}}""",
            json);
        Assert.Equal(stock, JsonSerializer.Deserialize<Dictionary<Sku, Quantity>>(json));
    }

    [Fact]
    public void SerializeThenDeserialize_AnyQuantity_RoundTripsValueScaleAndUnit()
    {
        Properties.ForAll(
            DomainArbitraries.QuantityGen(),
            quantity =>
            {
                Quantity back = JsonSerializer.Deserialize<Quantity>(JsonSerializer.Serialize(quantity));

                Assert.Equal(quantity, back);
                Assert.Equal(quantity.Value.Scale, back.Value.Scale);
                Assert.Equal(quantity.Unit.ToString(), back.Unit.ToString());
                Assert.Equal(quantity.ToString(), back.ToString());
            });
    }

    [Fact]
    public void Serialize_AnyQuantity_WritesTheValueAsItsInvariantString()
    {
        Properties.ForAll(
            DomainArbitraries.QuantityGen(),
            quantity =>
            {
                using JsonDocument document = JsonDocument.Parse(JsonSerializer.Serialize(quantity));

                JsonElement value = document.RootElement.GetProperty("value");
                Assert.Equal(JsonValueKind.String, value.ValueKind);
                Assert.Equal(quantity.Value.ToString(CultureInfo.InvariantCulture), value.GetString());
                Assert.Equal(quantity.Unit.ToString(), document.RootElement.GetProperty("unit").GetString());
            });
    }

    [Fact]
    public void Deserialize_AnyQuantityWithValueAsJsonNumber_ReadsValueAndScaleExactly()
    {
        Properties.ForAll(
            DomainArbitraries.QuantityGen(),
            quantity =>
            {
                string json = string.Create(
                    CultureInfo.InvariantCulture,
                    $$"""{"unit":{{JsonSerializer.Serialize(quantity.Unit)}},"value":{{quantity.Value}}}""");

                Quantity back = JsonSerializer.Deserialize<Quantity>(json);

                Assert.Equal(quantity, back);
                Assert.Equal(quantity.Value.Scale, back.Value.Scale);
            });
    }
}
