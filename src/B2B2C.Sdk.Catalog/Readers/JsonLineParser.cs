using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;

namespace B2B2C.Sdk.Catalog.Readers;

/// <summary>
/// Turns one JSON Lines line into fields: properties become fields, nested objects flatten with <c>.</c>, an object
/// of <c>value</c>, <c>unit</c> and <c>lang</c> is one field, arrays give one field per element, numbers keep their
/// exact text. Property names are cached, so only the values allocate strings.
/// </summary>
internal sealed class JsonLineParser
{
    private const int MaxCachedNames = 10_000;

    private static readonly JsonReaderOptions s_options = new() { CommentHandling = JsonCommentHandling.Disallow, MaxDepth = 64 };

    private readonly Dictionary<string, (string Name, string? Language)> _names = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Name, string? Language)>.AlternateLookup<ReadOnlySpan<char>> _nameLookup;
    private readonly string _sourceName;
    private readonly string _keyField;
    private readonly int _maxFieldLength;
    private char[] _nameBuffer = new char[256];
    private string _key = string.Empty;
    private RecordBuilder _builder = null!;
    private SourceLocation _location;

    internal JsonLineParser(string sourceName, string keyField, int maxFieldLength)
    {
        _sourceName = sourceName;
        _keyField = keyField;
        _maxFieldLength = maxFieldLength;
        _nameLookup = _names.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Parses a non-blank line into a product.</summary>
    /// <param name="line">The line's bytes without the line break.</param>
    /// <param name="builder">The reused record builder.</param>
    /// <param name="record">The record ordinal.</param>
    /// <param name="lineNumber">The line number.</param>
    /// <param name="byteOffset">The offset of the line's first byte in the stream.</param>
    internal SourceProduct Parse(ReadOnlySpan<byte> line, RecordBuilder builder, long record, long lineNumber, long byteOffset)
    {
        _builder = builder;
        _key = string.Empty;
        _location = new SourceLocation(_sourceName, record, lineNumber);
        byte[]? repaired = null;
        try
        {
            if (!Utf8.IsValid(line))
            {
                repaired = Repair(line, out int firstInvalid, out int length);
                builder.AddIssue(new CatalogIssue(
                    CatalogReadCodes.InvalidEncoding,
                    CatalogIssueSeverity.Error,
                    Invariant($"Line {lineNumber} contains bytes that are not valid UTF-8 at byte offset {byteOffset + firstInvalid}; they were read as U+FFFD."),
                    _location));
                line = repaired.AsSpan(0, length);
            }

            ParseJson(line, lineNumber);
        }
        finally
        {
            if (repaired is not null)
            {
                ArrayPool<byte>.Shared.Return(repaired);
            }
        }

        if (_key.Length == 0 && !builder.HasIssue(CatalogReadCodes.NotAnObject))
        {
            builder.AddIssue(new CatalogIssue(
                CatalogReadCodes.MissingKey,
                CatalogIssueSeverity.Error,
                Invariant($"Line {lineNumber} has no value for the key property '{_keyField}'."),
                _location) { SourceField = _keyField });
        }

        return builder.Build(_key, _location);
    }

    private static byte[] Repair(ReadOnlySpan<byte> line, out int firstInvalid, out int length)
    {
        byte[] output = ArrayPool<byte>.Shared.Rent(line.Length * 3);
        firstInvalid = -1;
        length = 0;
        int position = 0;
        while (position < line.Length)
        {
            OperationStatus status = Rune.DecodeFromUtf8(line[position..], out _, out int consumed);
            consumed = Math.Max(1, consumed);
            if (status == OperationStatus.Done)
            {
                line.Slice(position, consumed).CopyTo(output.AsSpan(length));
                length += consumed;
            }
            else
            {
                if (firstInvalid < 0)
                {
                    firstInvalid = position;
                }

                output[length++] = 0xEF;
                output[length++] = 0xBF;
                output[length++] = 0xBD;
            }

            position += consumed;
        }

        return output;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static string TokenName(JsonTokenType token) => token switch
    {
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => "a value",
    };

    private void ParseJson(ReadOnlySpan<byte> line, long lineNumber)
    {
        var reader = new Utf8JsonReader(line, s_options);
        try
        {
            reader.Read();
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                JsonTokenType token = reader.TokenType;
                reader.Skip();
                while (reader.Read())
                {
                    // Reading on reports trailing content as invalid JSON.
                }

                _builder.AddIssue(new CatalogIssue(
                    CatalogReadCodes.NotAnObject,
                    CatalogIssueSeverity.Error,
                    Invariant($"Line {lineNumber} holds {TokenName(token)}, not a JSON object."),
                    _location));
                return;
            }

            ReadObject(ref reader, string.Empty, null);
            while (reader.Read())
            {
                // Reading on reports trailing content as invalid JSON.
            }
        }
        catch (JsonException error)
        {
            long column = (error.BytePositionInLine ?? reader.BytesConsumed) + 1;
            _builder.AddIssue(new CatalogIssue(
                CatalogReadCodes.InvalidJson,
                CatalogIssueSeverity.Error,
                Invariant($"Line {lineNumber} is not valid JSON at byte {column} of the line; the fields before that point were kept."),
                _location));
        }
    }

    private void ReadObject(ref Utf8JsonReader reader, string prefix, string? language)
    {
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            (string name, string? nameLanguage) = PropertyName(ref reader, prefix);
            reader.Read();
            ReadValue(ref reader, name, nameLanguage ?? language);
        }
    }

    private void ReadValue(ref Utf8JsonReader reader, string name, string? language)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                if (IsValueObject(reader))
                {
                    ReadValueObject(ref reader, name, language);
                }
                else
                {
                    ReadObject(ref reader, name + ".", language);
                }

                break;

            case JsonTokenType.StartArray:
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    ReadValue(ref reader, name, language);
                }

                break;

            default:
                Add(name, ScalarText(ref reader, name), null, language);
                break;
        }
    }

    private static bool IsValueObject(Utf8JsonReader reader)
    {
        bool hasValue = false;
        try
        {
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                bool isValue = reader.ValueTextEquals("value"u8);
                if (!isValue && !reader.ValueTextEquals("unit"u8) && !reader.ValueTextEquals("lang"u8))
                {
                    return false;
                }

                reader.Read();
                JsonTokenType token = reader.TokenType;
                if (token is JsonTokenType.StartObject or JsonTokenType.StartArray
                    || (!isValue && token is not (JsonTokenType.String or JsonTokenType.Null)))
                {
                    return false;
                }

                hasValue |= isValue;
            }
        }
        catch (JsonException)
        {
            return false;
        }

        return hasValue;
    }

    private void ReadValueObject(ref Utf8JsonReader reader, string name, string? language)
    {
        string value = string.Empty;
        string? unit = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("value"u8))
            {
                reader.Read();
                value = ScalarText(ref reader, name);
            }
            else if (reader.ValueTextEquals("unit"u8))
            {
                reader.Read();
                unit = reader.TokenType == JsonTokenType.Null ? null : reader.GetString();
            }
            else
            {
                reader.Read();
                language = reader.TokenType == JsonTokenType.Null ? language : reader.GetString();
            }
        }

        Add(name, value, string.IsNullOrEmpty(unit) ? null : unit, string.IsNullOrEmpty(language) ? null : language);
    }

    private string ScalarText(ref Utf8JsonReader reader, string name)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                if (reader.ValueSpan.Length == 0)
                {
                    return string.Empty;
                }

                string text = reader.GetString()!;
                if (text.Length > _maxFieldLength)
                {
                    _builder.AddIssue(new CatalogIssue(
                        CatalogReadCodes.FieldTooLong,
                        CatalogIssueSeverity.Error,
                        Invariant($"Line {_location.Line}, field '{name}': the value is longer than {_maxFieldLength} characters and was dropped."),
                        _location) { SourceField = name });
                    return string.Empty;
                }

                return text;

            case JsonTokenType.Number:
                return Encoding.UTF8.GetString(reader.ValueSpan);

            case JsonTokenType.True:
                return "true";

            case JsonTokenType.False:
                return "false";

            default:
                return string.Empty;
        }
    }

    private void Add(string name, string value, string? unit, string? language)
    {
        _builder.Add(new SourceField(name, value, unit, language));
        if (_key.Length == 0 && value.Length > 0 && string.Equals(name, _keyField, StringComparison.Ordinal))
        {
            _key = value.Trim();
        }
    }

    private (string Name, string? Language) PropertyName(ref Utf8JsonReader reader, string prefix)
    {
        int needed = prefix.Length + reader.ValueSpan.Length;
        if (_nameBuffer.Length < needed)
        {
            _nameBuffer = new char[Math.Max(needed, _nameBuffer.Length * 2)];
        }

        prefix.CopyTo(_nameBuffer);
        int written = reader.CopyString(_nameBuffer.AsSpan(prefix.Length));
        ReadOnlySpan<char> path = _nameBuffer.AsSpan(0, prefix.Length + written);
        if (_nameLookup.TryGetValue(path, out (string Name, string? Language) cached))
        {
            return cached;
        }

        string full = path.ToString();
        (string name, string? language) = FieldNames.SplitLanguage(full);
        if (_names.Count < MaxCachedNames)
        {
            _names[full] = (name, language);
        }

        return (name, language);
    }
}
