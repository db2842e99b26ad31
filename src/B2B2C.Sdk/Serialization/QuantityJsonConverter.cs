using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace B2B2C.Sdk.Serialization;

/// <summary>
/// Reads and writes a <see cref="Quantity"/> as <c>{"value":"5000","unit":"H87"}</c>.
/// </summary>
/// <remarks>
/// <para>
/// The value is written as a string so that no JSON consumer reads it into binary floating point, and with the
/// exact scale it has (<c>"0.250"</c> stays <c>"0.250"</c>). On input the value may be a string or a JSON number;
/// numbers are parsed from their UTF-8 text straight into <see cref="decimal"/>, never through <see cref="double"/>.
/// The unit is read and written by <see cref="UnitOfMeasureJsonConverter"/>, so packs keep their code, size and
/// contents (<c>"REEL(5000 H87)"</c>).
/// </para>
/// <para>
/// Property names are matched case-insensitively. Unknown or repeated properties, a missing property, a value that is
/// not a number, an invalid unit, and a value that is not whole in a discrete unit (2.5 reels) are rejected with a
/// <see cref="JsonException"/> naming the problem (the serializer adds the JSON path and position).
/// </para>
/// <para>The converter is stateless and thread-safe; it is applied to <see cref="Quantity"/> by attribute.</para>
/// </remarks>
public sealed class QuantityJsonConverter : JsonConverter<Quantity>
{
    /// <inheritdoc/>
    /// <exception cref="JsonException">The JSON is not a quantity object with exactly a value and a unit, or the value
    /// is not whole in a discrete unit.</exception>
    public override Quantity Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException(
                $"A quantity must be a JSON object such as {{\"value\":\"5000\",\"unit\":\"H87\"}}, but the value is {JsonConverterHelpers.DescribeToken(ref reader)}.");
        }

        decimal? value = null;
        UnitOfMeasure? unit = null;
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.EndObject)
            {
                if (value is null || unit is null)
                {
                    throw new JsonException(
                        $"A quantity needs both \"value\" and \"unit\"; \"{(value is null ? "value" : "unit")}\" is missing.");
                }

                if (unit.Value.IsDiscrete && !decimal.IsInteger(value.Value))
                {
                    throw new JsonException(Quantity.NotWholeMessage(value.Value, unit.Value));
                }

                return new Quantity(value.Value, unit.Value);
            }

            if (JsonConverterHelpers.IsProperty(ref reader, "value"u8))
            {
                JsonConverterHelpers.MoveToValue(ref reader, nameof(Quantity));
                if (value is not null)
                {
                    throw new JsonException("A quantity has \"value\" twice.");
                }

                value = JsonConverterHelpers.ReadDecimal(ref reader, "value", "5000");
            }
            else if (JsonConverterHelpers.IsProperty(ref reader, "unit"u8))
            {
                JsonConverterHelpers.MoveToValue(ref reader, nameof(Quantity));
                if (unit is not null)
                {
                    throw new JsonException("A quantity has \"unit\" twice.");
                }

                unit = JsonConverterHelpers.UnitConverter.Read(ref reader, typeof(UnitOfMeasure), options);
            }
            else
            {
                throw new JsonException(
                    $"A quantity has an unknown property \"{reader.GetString()}\"; only \"value\" and \"unit\" are allowed.");
            }
        }

        throw new JsonException("The JSON ends inside a Quantity object.");
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, Quantity value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        JsonConverterHelpers.WriteDecimal(writer, "value"u8, value.Value);
        writer.WritePropertyName("unit"u8);
        JsonConverterHelpers.UnitConverter.Write(writer, value.Unit, options);
        writer.WriteEndObject();
    }
}
