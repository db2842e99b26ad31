using System;
using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace B2B2C.Sdk.Serialization;

/// <summary>
/// What the SDK's JSON converters share: converter instances, so composite converters do not look them up per call;
/// case-insensitive property names; exact decimals read from a string or a number and written as a string; and
/// descriptions of unexpected tokens for error messages.
/// </summary>
/// <remarks>The members are stateless and thread-safe.</remarks>
internal static class JsonConverterHelpers
{
    internal static readonly CurrencyJsonConverter CurrencyConverter = new();

    internal static readonly UnitOfMeasureJsonConverter UnitConverter = new();

    /// <summary>The styles a decimal in a JSON string may use: a sign, a point and an exponent, nothing else.</summary>
    private const NumberStyles DecimalStyles = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;

    /// <summary>Enough bytes for any decimal in the invariant form: a sign, 29 digits, a point and a leading zero.</summary>
    private const int MaxDecimalBytes = 32;

    /// <summary>Determines whether the current property name is <paramref name="name"/>, ignoring ASCII case.</summary>
    /// <param name="reader">The reader, on a property name.</param>
    /// <param name="name">The expected name in UTF-8, ASCII only.</param>
    /// <returns><see langword="true"/> when the names match; a name with non-ASCII characters never matches.</returns>
    internal static bool IsProperty(ref Utf8JsonReader reader, ReadOnlySpan<byte> name)
        => reader.HasValueSequence || reader.ValueIsEscaped
            ? Ascii.EqualsIgnoreCase(reader.GetString().AsSpan(), name)
            : Ascii.EqualsIgnoreCase(reader.ValueSpan, name);

    /// <summary>Moves from a property name to its value.</summary>
    /// <param name="reader">The reader, on a property name.</param>
    /// <param name="typeName">The type being read, for the message, for example <c>Money</c>.</param>
    /// <exception cref="JsonException">The JSON ends before the value.</exception>
    internal static void MoveToValue(ref Utf8JsonReader reader, string typeName)
    {
        if (!reader.Read())
        {
            throw new JsonException($"The JSON ends inside a {typeName} object.");
        }
    }

    /// <summary>
    /// Reads an exact decimal from a JSON string (invariant culture: sign, point and exponent, no group separators or
    /// white space) or a JSON number. Both are parsed from their text straight into <see cref="decimal"/>, never
    /// through <see cref="double"/>, and keep their scale.
    /// </summary>
    /// <param name="reader">The reader, on the value.</param>
    /// <param name="name">What the value is, for messages, for example <c>amount</c>.</param>
    /// <param name="example">An example of a valid value, for messages, for example <c>12.34</c>.</param>
    /// <returns>The decimal.</returns>
    /// <exception cref="JsonException">The token is neither a string nor a number, the string is not a number, or the
    /// number is outside the range of <see cref="decimal"/>.</exception>
    internal static decimal ReadDecimal(ref Utf8JsonReader reader, string name, string example)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Number:
                if (reader.TryGetDecimal(out decimal number))
                {
                    return number;
                }

                throw new JsonException($"The {name} {RawText(ref reader)} is outside the range of an exact decimal {name}.");
            case JsonTokenType.String:
                if (!reader.HasValueSequence && !reader.ValueIsEscaped)
                {
                    if (decimal.TryParse(reader.ValueSpan, DecimalStyles, CultureInfo.InvariantCulture, out decimal direct))
                    {
                        return direct;
                    }
                }
                else if (decimal.TryParse(reader.GetString(), DecimalStyles, CultureInfo.InvariantCulture, out decimal unescaped))
                {
                    return unescaped;
                }

                throw new JsonException(
                    $"The {name} \"{reader.GetString()}\" is not a number; write it like \"{example}\" (invariant culture, no group separators).");
            default:
                throw new JsonException(
                    $"The {name} must be a string such as \"{example}\" or a number, but the token is {reader.TokenType}.");
        }
    }

    /// <summary>Writes a decimal property as a JSON string in the invariant culture, with the decimal's exact scale.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="propertyName">The property name in UTF-8.</param>
    /// <param name="value">The value; <c>12.340m</c> is written as <c>"12.340"</c>.</param>
    internal static void WriteDecimal(Utf8JsonWriter writer, ReadOnlySpan<byte> propertyName, decimal value)
    {
        Span<byte> buffer = stackalloc byte[MaxDecimalBytes];
        value.TryFormat(buffer, out int written, default, CultureInfo.InvariantCulture);
        writer.WriteString(propertyName, buffer[..written]);
    }

    /// <summary>Copies the current string or property name, unescaped, into <paramref name="buffer"/> when it fits, or
    /// into a new string when it does not.</summary>
    /// <param name="reader">The reader, on a string or a property name.</param>
    /// <param name="buffer">Scratch space, usually on the stack.</param>
    /// <param name="text">The text when it did not fit; otherwise <see langword="null"/>.</param>
    /// <returns>The number of characters copied into <paramref name="buffer"/>, or -1 when the text is in
    /// <paramref name="text"/>.</returns>
    internal static int CopyChars(ref Utf8JsonReader reader, scoped Span<char> buffer, out string? text)
    {
        // Unescaped text never has more UTF-16 characters than its escaped UTF-8 form has bytes.
        if (!reader.HasValueSequence && reader.ValueSpan.Length <= buffer.Length)
        {
            text = null;
            return reader.CopyString(buffer);
        }

        text = reader.GetString();
        return -1;
    }

    /// <summary>Describes the current token for an error message: <c>the number 978</c> or <c>a JSON StartObject</c>.</summary>
    /// <param name="reader">The reader.</param>
    /// <returns>The description.</returns>
    internal static string DescribeToken(ref Utf8JsonReader reader)
        => reader.TokenType == JsonTokenType.Number && !reader.HasValueSequence && reader.ValueSpan.Length <= MaxDecimalBytes
            ? "the number " + Encoding.UTF8.GetString(reader.ValueSpan)
            : "a JSON " + reader.TokenType.ToString();

    private static string RawText(ref Utf8JsonReader reader)
        => reader.HasValueSequence
            ? Encoding.UTF8.GetString(reader.ValueSequence.ToArray())
            : Encoding.UTF8.GetString(reader.ValueSpan);
}
