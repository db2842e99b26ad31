using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace B2B2C.Sdk.Serialization;

/// <summary>
/// Reads and writes a strongly typed identifier (<see cref="Sku"/>, <see cref="OrderId"/>, ...) as a JSON string, and
/// as a property name when the identifier is a dictionary key.
/// </summary>
/// <typeparam name="TIdentifier">The identifier type.</typeparam>
/// <remarks>
/// A token that is not a string, or a string that is not a valid identifier, fails with a <see cref="JsonException"/>
/// naming the type and the value; so does writing <c>default(TIdentifier)</c>, which holds no value. The converter is
/// stateless and thread-safe; it is applied to each identifier type by attribute.
/// </remarks>
public sealed class IdentifierJsonConverter<TIdentifier> : JsonConverter<TIdentifier>
    where TIdentifier : struct, IIdentifier<TIdentifier>
{
    /// <inheritdoc/>
    public override TIdentifier Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException(
                $"A {typeof(TIdentifier).Name} must be a JSON string, but the token is {reader.TokenType}.");
        }

        return ReadText(ref reader);
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, TIdentifier value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(ValueOrThrow(value));
    }

    /// <inheritdoc/>
    public override TIdentifier ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.PropertyName)
        {
            throw new JsonException(
                $"A {typeof(TIdentifier).Name} dictionary key must be a JSON property name, but the token is {reader.TokenType}.");
        }

        return ReadText(ref reader);
    }

    /// <inheritdoc/>
    public override void WriteAsPropertyName(Utf8JsonWriter writer, TIdentifier value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WritePropertyName(ValueOrThrow(value));
    }

    private static TIdentifier ReadText(ref Utf8JsonReader reader)
    {
        string text = reader.GetString()!;
        if (!TIdentifier.TryParse(text, provider: null, out TIdentifier identifier))
        {
            throw new JsonException(IdentifierRules.Explain(typeof(TIdentifier).Name, text.AsSpan()));
        }

        return identifier;
    }

    private static string ValueOrThrow(TIdentifier value)
        => value.Value
            ?? throw new JsonException(
                $"default({typeof(TIdentifier).Name}) holds no identifier and cannot be written as JSON.");
}
