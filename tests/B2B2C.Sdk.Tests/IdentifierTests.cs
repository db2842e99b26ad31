using System;
using System.Collections.Generic;
using System.Text.Json;
using B2B2C.Sdk.Testing;
using FsCheck;
using FsCheck.Fluent;

namespace B2B2C.Sdk.Tests;

public sealed class IdentifierTests
{
    private sealed record Line(Sku Sku, OrderId Order, WarehouseId? Warehouse);

    [Theory]
    [InlineData("RC0603FR-0710KL")]
    [InlineData("a")]
    [InlineData("Order 42/ä")]
    [InlineData("😀")]
    public void Constructor_ValidValue_KeepsItExactly(string value)
    {
        var sku = new Sku(value);

        Assert.Equal(value, sku.Value);
        Assert.Equal(value, sku.ToString());
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("   ", "white space")]
    [InlineData(" A1", "white space")]
    [InlineData("A1 ", "white space")]
    [InlineData("A\t1", "control character")]
    [InlineData("A\n1", "control character")]
    [InlineData("A\u00851", "control character")]
    public void Constructor_InvalidValue_ThrowsNamingTypeAndProblem(string value, string problem)
    {
        ArgumentException error = Assert.Throws<ArgumentException>(() => new CustomerId(value));

        Assert.Contains("CustomerId", error.Message, StringComparison.Ordinal);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_UnpairedSurrogate_Throws()
    {
        string value = string.Concat("A", ((char)0xD800).ToString(), "1");

        ArgumentException error = Assert.Throws<ArgumentException>(() => new CustomerId(value));

        Assert.Contains("unpaired surrogate U+D800", error.Message, StringComparison.Ordinal);
        Assert.Contains("'A\\uD8001'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_ValueNamesTheOffendingText()
    {
        ArgumentException error = Assert.Throws<ArgumentException>(() => new SupplierId(" SUP-1"));

        Assert.Contains("' SUP-1'", error.Message, StringComparison.Ordinal);
        Assert.Contains("SupplierId", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_Null_ThrowsArgumentNull()
    {
        Assert.Throws<ArgumentNullException>(() => new OrderId(null!));
    }

    [Fact]
    public void Constructor_LengthLimit_Is128Characters()
    {
        Assert.Equal(128, new ChannelId(new string('x', 128)).Value.Length);
        ArgumentException error = Assert.Throws<ArgumentException>(() => new ChannelId(new string('x', 129)));
        Assert.Contains("129", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Equals_DifferentCase_AreDifferent()
    {
        Assert.NotEqual(new Sku("abc"), new Sku("ABC"));
        Assert.Equal(new Sku("abc"), new Sku("abc"));
        Assert.True(new Sku("abc") == new Sku(new string(['a', 'b', 'c'])));
        Assert.Equal(new Sku("abc").GetHashCode(), new Sku(new string(['a', 'b', 'c'])).GetHashCode());
    }

    [Fact]
    public void Default_HasNullValueAndIsSafe()
    {
        WarehouseId none = default;

        Assert.Null(none.Value);
        Assert.Equal(string.Empty, none.ToString());
        Assert.Equal(0, none.GetHashCode());
        Assert.True(none == default);
        Assert.NotEqual(new WarehouseId("WH-1"), none);
        Assert.False(none.Equals(new WarehouseId("WH-1")));
    }

    [Fact]
    public void Parse_Invalid_ThrowsFormatExceptionNamingTypeAndValue()
    {
        FormatException error = Assert.Throws<FormatException>(() => OrderId.Parse("bad\u0001id", System.Globalization.CultureInfo.InvariantCulture));

        Assert.Contains("OrderId", error.Message, StringComparison.Ordinal);
        Assert.Contains("'bad\\u0001id'", error.Message, StringComparison.Ordinal);
        Assert.False(OrderId.TryParse("bad\u0001id", null, out OrderId result));
        Assert.Equal(default, result);
        Assert.False(OrderId.TryParse((string?)null, null, out _));
    }

    [Fact]
    public void Parse_Span_ReturnsIdentifier()
    {
        Assert.Equal(new OrderId("4500012345"), OrderId.Parse("x4500012345".AsSpan(1), System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(OrderId.TryParse("4500012345".AsSpan(), null, out OrderId parsed));
        Assert.Equal("4500012345", parsed.Value);
    }

    [Fact]
    public void ExplicitConversion_FromString_Validates()
    {
        Assert.Equal(new Sku("A1"), (Sku)"A1");
        Assert.Throws<ArgumentException>(() => (Sku)"");
    }

    [Fact]
    public void Json_Identifier_IsAString()
    {
        string json = JsonSerializer.Serialize(new Line(new Sku("RC0603"), new OrderId("45"), null));

        Assert.Equal("""{"Sku":"RC0603","Order":"45","Warehouse":null}""", json);
        Assert.Equal(new Line(new Sku("RC0603"), new OrderId("45"), null), JsonSerializer.Deserialize<Line>(json));
    }

    [Fact]
    public void Json_DictionaryKey_RoundTrips()
    {
        var stock = new Dictionary<WarehouseId, int> { [new WarehouseId("WH-EU-01")] = 5, [new WarehouseId("wh-eu-01")] = 7 };

        string json = JsonSerializer.Serialize(stock);
        Dictionary<WarehouseId, int>? back = JsonSerializer.Deserialize<Dictionary<WarehouseId, int>>(json);

        Assert.Equal("""{"WH-EU-01":5,"wh-eu-01":7}""", json);
        Assert.Equal(stock, back);
    }

    [Theory]
    [InlineData("42")]
    [InlineData("null")]
    [InlineData("{}")]
    [InlineData("true")]
    public void Json_WrongToken_ThrowsNamingTheType(string json)
    {
        JsonException error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Sku>(json));

        Assert.Contains("Sku", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"\"", "''")]
    [InlineData("\" padded \"", "' padded '")]
    [InlineData("\"a\\u0000b\"", "'a\\u0000b'")]
    public void Json_InvalidValue_ThrowsNamingTypeAndValue(string json, string shown)
    {
        JsonException error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<ChannelId>(json));

        Assert.Contains("ChannelId", error.Message, StringComparison.Ordinal);
        Assert.Contains(shown, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_InvalidDictionaryKey_Throws()
    {
        JsonException error = Assert.Throws<JsonException>(
            () => JsonSerializer.Deserialize<Dictionary<CustomerId, int>>("""{" C1":1}"""));

        Assert.Contains("CustomerId", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_Default_CannotBeWritten()
    {
        JsonException error = Assert.Throws<JsonException>(() => JsonSerializer.Serialize(default(SupplierId)));

        Assert.Contains("SupplierId", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_GeneratedSku_RoundTrips()
    {
        Check.One(
            Config.QuickThrowOnFailure.WithMaxTest(500),
            Prop.ForAll(DomainArbitraries.Skus(), sku =>
                JsonSerializer.Deserialize<Sku>(JsonSerializer.Serialize(sku)) == sku));
    }

    [Fact]
    public void Json_GeneratedStringsAsEveryIdentifierType_RoundTrip()
    {
        Prop.ForAll(DomainArbitraries.IdentifierStrings(), text =>
            RoundTrips(new Sku(text)) && RoundTrips(new CustomerId(text)) && RoundTrips(new SupplierId(text))
            && RoundTrips(new ChannelId(text)) && RoundTrips(new WarehouseId(text)) && RoundTrips(new OrderId(text)))
            .QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Parse_ToStringOfGeneratedIdentifier_RoundTrips()
    {
        Prop.ForAll(DomainArbitraries.Skus(), sku => Sku.Parse(sku.ToString(), System.Globalization.CultureInfo.InvariantCulture) == sku && sku.Value == sku.ToString())
            .QuickCheckThrowOnFailure();
    }

    private static bool RoundTrips<T>(T identifier)
        where T : struct, IIdentifier<T>
    {
        var map = new Dictionary<T, int> { [identifier] = 1 };
        return JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(identifier)).Equals(identifier)
            && JsonSerializer.Deserialize<Dictionary<T, int>>(JsonSerializer.Serialize(map))!.ContainsKey(identifier);
    }
}
