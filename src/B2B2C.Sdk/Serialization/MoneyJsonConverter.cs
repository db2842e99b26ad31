using System;
using System.Buffers;
using System.Globalization;
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
    private const NumberStyles AmountStyles = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;

    /// <inheritdoc/>
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

            if (reader.ValueTextEquals("amount"u8) || IsNamed(ref reader, "amount"))
            {
                reader.Read();
                if (amount is not null)
                {
                    throw new JsonException("Money has \"amount\" twice.");
                }

                amount = ReadAmount(ref reader);
            }
            else if (reader.ValueTextEquals("currency"u8) || IsNamed(ref reader, "currency"))
            {
                reader.Read();
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
        Span<byte> buffer = stackalloc byte[32];
        value.Amount.TryFormat(buffer, out int written, default, CultureInfo.InvariantCulture);
        writer.WriteStartObject();
        writer.WriteString("amount"u8, buffer[..written]);
        writer.WriteString("currency"u8, value.Currency.Code);
        writer.WriteEndObject();
    }

    private static bool IsNamed(ref Utf8JsonReader reader, string name)
        => string.Equals(reader.GetString(), name, StringComparison.OrdinalIgnoreCase);

    private static decimal ReadAmount(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Number:
                if (reader.TryGetDecimal(out decimal number))
                {
                    return number;
                }

                throw new JsonException($"The amount {Text(ref reader)} is outside the range of an exact decimal amount.");
            case JsonTokenType.String:
                string text = reader.GetString()!;
                if (decimal.TryParse(text, AmountStyles, CultureInfo.InvariantCulture, out decimal parsed))
                {
                    return parsed;
                }

                throw new JsonException($"The amount \"{text}\" is not a number; write it like \"12.34\" (invariant culture, no group separators).");
            default:
                throw new JsonException($"The amount must be a string such as \"12.34\" or a number, but the token is {reader.TokenType}.");
        }
    }

    private static string Text(ref Utf8JsonReader reader)
        => System.Text.Encoding.UTF8.GetString(reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan.ToArray());
}
