using System;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace B2B2C.Sdk.Serialization;

/// <summary>
/// Reads and writes a <see cref="UnitOfMeasure"/> as its invariant form, a JSON string such as <c>"H87"</c> or
/// <c>"REEL(5000 H87)"</c>, and as a property name when the unit is a dictionary key.
/// </summary>
/// <remarks>
/// <para>
/// The text is the one <see cref="UnitOfMeasure.ToString"/> writes and <see cref="UnitOfMeasure.Parse(string, IFormatProvider?)"/>
/// reads: codes are case-sensitive, and a pack keeps its code, size (with its scale) and contents. A token that is
/// not a string, or a string that is not a unit, fails with a <see cref="JsonException"/> naming the value and what
/// is expected (the serializer adds the JSON path and position).
/// </para>
/// <para>The converter is stateless and thread-safe; it is applied to <see cref="UnitOfMeasure"/> by attribute.</para>
/// </remarks>
public sealed class UnitOfMeasureJsonConverter : JsonConverter<UnitOfMeasure>
{
    /// <summary>Stack space for the text of a unit; longer units, deeply nested packs, are read into a string.</summary>
    private const int StackBufferLength = 128;

    /// <inheritdoc/>
    /// <exception cref="JsonException">The token is not a string, or the string is not a unit of measure.</exception>
    public override UnitOfMeasure Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException(NotAStringMessage("A unit of measure must be a JSON string", ref reader));
        }

        return ReadText(ref reader);
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, UnitOfMeasure value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.ToString());
    }

    /// <inheritdoc/>
    /// <exception cref="JsonException">The token is not a property name, or the name is not a unit of measure.</exception>
    public override UnitOfMeasure ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.PropertyName)
        {
            throw new JsonException(NotAStringMessage("A unit of measure dictionary key must be a JSON property name", ref reader));
        }

        return ReadText(ref reader);
    }

    /// <inheritdoc/>
    public override void WriteAsPropertyName(Utf8JsonWriter writer, UnitOfMeasure value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WritePropertyName(value.ToString());
    }

    private static UnitOfMeasure ReadText(ref Utf8JsonReader reader)
    {
        Span<char> buffer = stackalloc char[StackBufferLength];
        int length = JsonConverterHelpers.CopyChars(ref reader, buffer, out string? copied);
        ReadOnlySpan<char> text = copied is null ? buffer[..length] : copied.AsSpan();
        if (!UnitOfMeasure.TryParse(text, CultureInfo.InvariantCulture, out UnitOfMeasure unit))
        {
            throw new JsonException(UnitOfMeasure.NotAUnitMessage(text));
        }

        return unit;
    }

    private static string NotAStringMessage(string rule, ref Utf8JsonReader reader)
        => $"{rule} such as \"H87\" or \"REEL(5000 H87)\", but the value is {JsonConverterHelpers.DescribeToken(ref reader)}.";
}
