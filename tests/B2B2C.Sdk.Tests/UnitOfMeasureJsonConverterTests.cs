using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using B2B2C.Sdk.Serialization;
using B2B2C.Sdk.Testing;
using FsCheck;
using FsCheck.Fluent;

namespace B2B2C.Sdk.Tests;

public sealed class UnitOfMeasureJsonConverterTests
{
    private static readonly UnitOfMeasure s_reel = UnitOfMeasure.Pack("REEL", 5000, UnitOfMeasure.Piece);

    [Theory]
    [InlineData("H87")]
    [InlineData("C62")]
    [InlineData("MTR")]
    [InlineData("KGM")]
    [InlineData("MTK")]
    public void Serialize_StandardUnit_WritesItsCodeAsString(string code)
    {
        Assert.Equal($"\"{code}\"", JsonSerializer.Serialize(UnitOfMeasure.FromCode(code)));
    }

    [Fact]
    public void Serialize_Packs_WriteTheInvariantFormWithSizeScaleAndContents()
    {
        UnitOfMeasure box = UnitOfMeasure.Pack("BOX", 10, s_reel);
        UnitOfMeasure cable = UnitOfMeasure.Pack("REEL", 0.50m, UnitOfMeasure.Metre);

        Assert.Equal("\"REEL(5000 H87)\"", JsonSerializer.Serialize(s_reel));
        Assert.Equal("\"BOX(10 REEL(5000 H87))\"", JsonSerializer.Serialize(box));
        Assert.Equal("\"REEL(0.50 MTR)\"", JsonSerializer.Serialize(cable));
    }

    [Fact]
    public void Serialize_Default_WritesPiece()
    {
        Assert.Equal("\"H87\"", JsonSerializer.Serialize(default(UnitOfMeasure)));
    }

    [Theory]
    [InlineData("\"H87\"", "H87")]
    [InlineData("\"DZN\"", "DZN")]
    [InlineData("\"REEL(5000 H87)\"", "REEL(5000 H87)")]
    [InlineData("\"BOX(10 REEL(5000 H87))\"", "BOX(10 REEL(5000 H87))")]
    [InlineData("\"\\u0048\\u00387\"", "H87")]
    [InlineData("\"REEL(5000\\u0020H87)\"", "REEL(5000 H87)")]
    public void Deserialize_InvariantForm_ReturnsTheUnit(string json, string expected)
    {
        Assert.Equal(UnitOfMeasure.Parse(expected, CultureInfo.InvariantCulture), JsonSerializer.Deserialize<UnitOfMeasure>(json));
    }

    [Fact]
    public void Deserialize_PackLongerThanTheStackBuffer_ReturnsTheUnit()
    {
        UnitOfMeasure unit = UnitOfMeasure.Piece;
        for (int depth = 0; depth < UnitOfMeasure.MaxPackDepth; depth++)
        {
            unit = UnitOfMeasure.Pack("ABCDEFGHIJKLMNOPQRST", 1, unit);
        }

        string json = JsonSerializer.Serialize(unit);

        Assert.True(json.Length > 128, $"The test unit is only {json.Length} characters long.");
        Assert.Equal(unit, JsonSerializer.Deserialize<UnitOfMeasure>(json));
    }

    [Theory]
    [InlineData("\"h87\"", "'h87' is not a unit of measure")]
    [InlineData("\"XYZ\"", "'XYZ' is not a unit of measure")]
    [InlineData("\"\"", "'' is not a unit of measure")]
    [InlineData("\" H87\"", "' H87' is not a unit of measure")]
    [InlineData("\"REEL(2.5 H87)\"", "'REEL(2.5 H87)' is not a unit of measure")]
    [InlineData("\"REEL(5000  H87)\"", "'REEL(5000  H87)' is not a unit of measure")]
    [InlineData("\"MTR(1 H87)\"", "'MTR(1 H87)' is not a unit of measure")]
    public void Deserialize_InvalidText_ThrowsNamingTheValueAndTheExpectedForm(string json, string expectedFragment)
    {
        JsonException error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<UnitOfMeasure>(json));

        Assert.Contains(expectedFragment, error.Message, StringComparison.Ordinal);
        Assert.Contains("expected a UN/ECE Recommendation 20 code such as H87", error.Message, StringComparison.Ordinal);
        Assert.Equal("$", error.Path);
    }

    [Theory]
    [InlineData("7", "the number 7")]
    [InlineData("null", "a JSON Null")]
    [InlineData("true", "a JSON True")]
    [InlineData("{}", "a JSON StartObject")]
    [InlineData("[\"H87\"]", "a JSON StartArray")]
    public void Deserialize_TokenThatIsNotAString_ThrowsNamingTheToken(string json, string expectedFragment)
    {
        JsonException error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<UnitOfMeasure>(json));

        Assert.Contains("A unit of measure must be a JSON string such as \"H87\"", error.Message, StringComparison.Ordinal);
        Assert.Contains(expectedFragment, error.Message, StringComparison.Ordinal);
        Assert.NotNull(error.Path);
    }

    [Fact]
    public void Deserialize_InvalidUnitInsideAnObject_SetsThePathToTheProperty()
    {
        JsonException error = Assert.Throws<JsonException>(
            () => JsonSerializer.Deserialize<Dictionary<string, UnitOfMeasure>>("""{"line1":"H87","line2":"XYZ"}"""));

        Assert.Equal("$.line2", error.Path);
        Assert.Contains("'XYZ'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_NullableUnitFromNull_ReturnsNull()
    {
        Assert.Null(JsonSerializer.Deserialize<UnitOfMeasure?>("null"));
        Assert.Equal(s_reel, JsonSerializer.Deserialize<UnitOfMeasure?>("\"REEL(5000 H87)\""));
    }

    [Fact]
    public void Serialize_DictionaryKeyedByUnit_WritesUnitsAsPropertyNamesAndRoundTrips()
    {
        var prices = new Dictionary<UnitOfMeasure, decimal> { [UnitOfMeasure.Piece] = 0.02m, [s_reel] = 80m };

        string json = JsonSerializer.Serialize(prices);

        Assert.Equal("""{"H87":0.02,"REEL(5000 H87)":80}""", json);
        Assert.Equal(prices, JsonSerializer.Deserialize<Dictionary<UnitOfMeasure, decimal>>(json));
    }

    [Fact]
    public void Deserialize_DictionaryKeyThatIsNotAUnit_ThrowsNamingTheKeyAndPath()
    {
        JsonException error = Assert.Throws<JsonException>(
            () => JsonSerializer.Deserialize<Dictionary<UnitOfMeasure, decimal>>("""{"H87":1,"REEL(0 H87)":2}"""));

        Assert.Contains("'REEL(0 H87)' is not a unit of measure", error.Message, StringComparison.Ordinal);
        Assert.NotNull(error.Path);
    }

    [Fact]
    public void ReadAsPropertyName_ReaderOnAString_ThrowsNamingTheToken()
    {
        JsonException error = Assert.Throws<JsonException>(() =>
        {
            var reader = new Utf8JsonReader("\"H87\""u8);
            reader.Read();
            new UnitOfMeasureJsonConverter().ReadAsPropertyName(ref reader, typeof(UnitOfMeasure), JsonSerializerOptions.Default);
        });

        Assert.Contains("dictionary key must be a JSON property name", error.Message, StringComparison.Ordinal);
        Assert.Contains("a JSON String", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SerializeThenDeserialize_AnyUnit_RoundTripsExactly()
    {
        Properties.ForAll(
            DomainArbitraries.UnitGen(),
            unit =>
            {
                string json = JsonSerializer.Serialize(unit);
                UnitOfMeasure back = JsonSerializer.Deserialize<UnitOfMeasure>(json);

                Assert.Equal($"\"{unit}\"", json);
                Assert.Equal(unit, back);
                Assert.Equal(unit.ToString(), back.ToString());
                Assert.Equal(unit.PackSize?.Scale, back.PackSize?.Scale);
            });
    }

    [Fact]
    public void SerializeThenDeserialize_AnyUnitAsDictionaryKey_RoundTripsExactly()
    {
        Gen<UnitOfMeasure[]> unitArrays =
            from count in Gen.Choose(0, 10)
            from units in Gen.ArrayOf(DomainArbitraries.UnitGen(), count)
            select units;

        Properties.ForAll(
            unitArrays,
            units =>
            {
                Dictionary<UnitOfMeasure, int> counts = units.Distinct().Select((unit, i) => (unit, i)).ToDictionary(p => p.unit, p => p.i);

                Dictionary<UnitOfMeasure, int>? back =
                    JsonSerializer.Deserialize<Dictionary<UnitOfMeasure, int>>(JsonSerializer.Serialize(counts));

                Assert.NotNull(back);
                Assert.Equal(
                    counts.OrderBy(p => p.Value).Select(p => p.Key.ToString()),
                    back.OrderBy(p => p.Value).Select(p => p.Key.ToString()));
            });
    }
}
