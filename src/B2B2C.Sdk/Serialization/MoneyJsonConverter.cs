using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace B2B2C.Sdk.Serialization;

/// <summary>
/// Reads and writes <see cref="Money"/> as <c>{"amount":"12.34","currency":"EUR"}</c>.
/// </summary>
/// <remarks>
/// <para>
/// The amount is written as a string so that no JSON consumer reads it into binary floating point, and with the
/// exact scale it has (<c>"12.340"</c> stays <c>"12.340"</c>). On input the amount may be a string or a JSON
/// number; numbers are parsed from their UTF-8 text straight into <see cref="decimal"/>, never through
/// <see cref="double"/>. Property names are matched case-insensitively; unknown or repeated properties, a missing
/// property, an unknown currency or an amount that is not a number are rejected with a <see cref="JsonException"/>
/// naming the problem (the serializer adds the JSON path and position).
/// </para>
/// <para>The converter is stateless and thread-safe; it is applied to <see cref="Money"/> by attribute.</para>
/// </remarks>
public sealed class MoneyJsonConverter : JsonConverter<Money>
{
    /// <inheritdoc/>
    /// <exception cref="JsonException">The JSON is not a Money object with exactly an amount and a known currency.</exception>
    public override Money Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"Money must be a JSON object such as {{\"amount\":\"12.34\",\"currency\":\"EUR\"}}, but the token is {reader.TokenType}.");
        }

        decimal? amount = null;
        Currency? currency = null;
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.EndObject)
            {
                if (amount is null || currency is null)
                {
                    throw new JsonException($"Money needs both \"amount\" and \"currency\"; \"{(amount is null ? "amount" : "currency")}\" is missing.");
                }

                return new Money(amount.Value, currency.Value);
            }

            if (JsonConverterHelpers.IsProperty(ref reader, "amount"u8))
            {
                JsonConverterHelpers.MoveToValue(ref reader, nameof(Money));
                if (amount is not null)
                {
                    throw new JsonException("Money has \"amount\" twice.");
                }

                amount = JsonConverterHelpers.ReadDecimal(ref reader, "amount", "12.34");
            }
            else if (JsonConverterHelpers.IsProperty(ref reader, "currency"u8))
            {
                JsonConverterHelpers.MoveToValue(ref reader, nameof(Money));
                if (currency is not null)
                {
                    throw new JsonException("Money has \"currency\" twice.");
                }

                currency = JsonConverterHelpers.CurrencyConverter.Read(ref reader, typeof(Currency), options);
            }
            else
            {
                throw new JsonException($"Money has an unknown property \"{reader.GetString()}\"; only \"amount\" and \"currency\" are allowed.");
            }
        }

        throw new JsonException("The JSON ends inside a Money object.");
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, Money value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        JsonConverterHelpers.WriteDecimal(writer, "amount"u8, value.Amount);
        writer.WriteString("currency"u8, value.Currency.Code);
        writer.WriteEndObject();
    }
}
