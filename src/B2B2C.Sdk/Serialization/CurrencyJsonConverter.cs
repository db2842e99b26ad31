using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace B2B2C.Sdk.Serialization;

/// <summary>Reads and writes a <see cref="Currency"/> as its ISO 4217 alphabetic code, for example <c>"EUR"</c>.</summary>
/// <remarks>The converter is stateless and thread-safe; it is applied to <see cref="Currency"/> by attribute.</remarks>
public sealed class CurrencyJsonConverter : JsonConverter<Currency>
{
    /// <inheritdoc/>
    public override Currency Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException(NotACodeMessage(ref reader));
        }

        return ReadCode(ref reader);
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, Currency value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.Code);
    }

    /// <inheritdoc/>
    public override Currency ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.PropertyName)
        {
            throw new JsonException(NotACodeMessage(ref reader));
        }

        return ReadCode(ref reader);
    }

    /// <inheritdoc/>
    public override void WriteAsPropertyName(Utf8JsonWriter writer, Currency value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WritePropertyName(value.Code);
    }

    private static Currency ReadCode(ref Utf8JsonReader reader)
    {
        Span<char> buffer = stackalloc char[8];
        int length = JsonConverterHelpers.CopyChars(ref reader, buffer, out string? copied);
        ReadOnlySpan<char> code = copied is null ? buffer[..length] : copied.AsSpan();
        if (!Currency.TryFromCode(code, out Currency currency))
        {
            throw new JsonException(Currency.UnknownCodeMessage(code));
        }

        return currency;
    }

    private static string NotACodeMessage(ref Utf8JsonReader reader)
        => $"A currency must be a JSON string holding an ISO 4217 code such as \"EUR\", but the value is {JsonConverterHelpers.DescribeToken(ref reader)}.";
}
