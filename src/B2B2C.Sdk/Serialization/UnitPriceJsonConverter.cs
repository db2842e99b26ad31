using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace B2B2C.Sdk.Serialization;

/// <summary>
/// Reads and writes a <see cref="UnitPrice"/> as <c>{"price":{"amount":"17.10","currency":"EUR"},"per":{"value":"1","unit":"REEL(5000 H87)"}}</c>.
/// </summary>
/// <remarks>
/// <para>
/// The price and its basis use the <see cref="Money"/> and <see cref="Quantity"/> forms, so amounts keep their exact
/// scale and never pass through binary floating point. Property names match case-insensitively; a missing, repeated
/// or unknown property, or a basis that is not positive, is rejected with a <see cref="JsonException"/> naming it.
/// </para>
/// <para>The converter is stateless and thread-safe; it is applied to <see cref="UnitPrice"/> by attribute.</para>
/// </remarks>
public sealed class UnitPriceJsonConverter : JsonConverter<UnitPrice>
{
    private static readonly MoneyJsonConverter s_money = new();
    private static readonly QuantityJsonConverter s_quantity = new();

    /// <inheritdoc/>
    /// <exception cref="JsonException">The JSON is not a unit-price object with exactly a price and a positive basis.</exception>
    public override UnitPrice Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException(
                $"A unit price must be a JSON object with \"price\" and \"per\", but the value is {JsonConverterHelpers.DescribeToken(ref reader)}.");
        }

        Money? price = null;
        Quantity? per = null;
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.EndObject)
            {
                if (price is null || per is null)
                {
                    throw new JsonException($"A unit price needs both \"price\" and \"per\"; \"{(price is null ? "price" : "per")}\" is missing.");
                }

                if (per.Value.Value <= 0m)
                {
                    throw new JsonException($"The basis of a unit price must be a positive quantity, but it is {per.Value}.");
                }

                return new UnitPrice(price.Value, per.Value);
            }

            if (JsonConverterHelpers.IsProperty(ref reader, "price"u8))
            {
                JsonConverterHelpers.MoveToValue(ref reader, nameof(UnitPrice));
                price = price is null
                    ? s_money.Read(ref reader, typeof(Money), options)
                    : throw new JsonException("A unit price has \"price\" twice.");
            }
            else if (JsonConverterHelpers.IsProperty(ref reader, "per"u8))
            {
                JsonConverterHelpers.MoveToValue(ref reader, nameof(UnitPrice));
                per = per is null
                    ? s_quantity.Read(ref reader, typeof(Quantity), options)
                    : throw new JsonException("A unit price has \"per\" twice.");
            }
            else
            {
                throw new JsonException($"A unit price has an unknown property \"{reader.GetString()}\"; only \"price\" and \"per\" are allowed.");
            }
        }

        throw new JsonException("The JSON ends inside a UnitPrice object.");
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, UnitPrice value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WritePropertyName("price"u8);
        s_money.Write(writer, value.Price, options);
        writer.WritePropertyName("per"u8);
        s_quantity.Write(writer, value.Per, options);
        writer.WriteEndObject();
    }
}
