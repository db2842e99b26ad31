using System;
using System.Collections.Immutable;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace B2B2C.Sdk.Catalog.Output;

/// <summary>The JSON shapes of the catalog outputs: marketplace products, error records and locations.</summary>
/// <remarks>
/// Compact, deterministic output: the same product always gives the same bytes. Text is escaped as JSON requires and
/// nothing more (<see cref="JavaScriptEncoder.UnsafeRelaxedJsonEscaping"/>), so Chinese text stays readable UTF-8 and a
/// quote is written as <c>\"</c>. Stateless and thread-safe.
/// </remarks>
internal static class ProductJson
{
    /// <summary>The writer options of every compact catalog output.</summary>
    public static readonly JsonWriterOptions CompactOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    /// <summary>The writer options of the run summary, indented for people.</summary>
    public static readonly JsonWriterOptions IndentedOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = true,
        NewLine = "\n",
    };

    /// <summary>Writes one marketplace product object.</summary>
    public static void WriteProduct(Utf8JsonWriter writer, MappedProduct product, bool includeProvenance)
    {
        writer.WriteStartObject();
        writer.WriteString("key"u8, product.Key);
        WriteStringOrNull(writer, "productType"u8, product.ProductTypeId);

        writer.WriteStartObject("attributes"u8);
        ImmutableArray<MappedValue> values = product.Values;
        for (int i = 0; i < values.Length; i++)
        {
            if (!IsFirstOfAttribute(values, i))
            {
                continue;
            }

            writer.WritePropertyName(values[i].Attribute);
            WriteAttribute(writer, product, values, i);
        }

        writer.WriteEndObject();

        writer.WriteStartObject("extended"u8);
        ImmutableArray<SourceField> carried = product.CarriedOver;
        for (int i = 0; i < carried.Length; i++)
        {
            if (!IsFirstOfField(carried, i))
            {
                continue;
            }

            writer.WritePropertyName(carried[i].Name);
            int count = CountOfField(carried, i);
            if (count == 1)
            {
                WriteExtendedField(writer, carried[i]);
            }
            else
            {
                writer.WriteStartArray();
                for (int j = i; j < carried.Length; j++)
                {
                    if (string.Equals(carried[j].Name, carried[i].Name, StringComparison.Ordinal))
                    {
                        WriteExtendedField(writer, carried[j]);
                    }
                }

                writer.WriteEndArray();
            }
        }

        writer.WriteEndObject();

        if (includeProvenance)
        {
            writer.WriteStartObject("provenance"u8);
            for (int i = 0; i < values.Length; i++)
            {
                if (!IsFirstOfAttribute(values, i))
                {
                    continue;
                }

                writer.WriteStartObject(values[i].Attribute);
                WriteStringOrNull(writer, "rule"u8, values[i].Rule);
                WriteStringOrNull(writer, "source"u8, values[i].SourceField);
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    /// <summary>Writes one error-report record: the product's key, location, product type and every issue.</summary>
    public static void WriteErrorRecord(Utf8JsonWriter writer, MappedProduct product)
    {
        writer.WriteStartObject();
        writer.WriteString("key"u8, product.Key);
        writer.WritePropertyName("location"u8);
        WriteLocation(writer, product.Location);
        WriteStringOrNull(writer, "productType"u8, product.ProductTypeId);
        writer.WriteStartArray("issues"u8);
        foreach (CatalogIssue issue in product.Issues)
        {
            writer.WriteStartObject();
            writer.WriteString("code"u8, issue.Code);
            writer.WriteString("severity"u8, issue.IsError ? "error"u8 : "warning"u8);
            writer.WriteString("message"u8, issue.Message);
            if (issue.TargetField is not null)
            {
                writer.WriteString("targetField"u8, issue.TargetField);
            }

            if (issue.SourceField is not null)
            {
                writer.WriteString("sourceField"u8, issue.SourceField);
            }

            writer.WritePropertyName("location"u8);
            WriteLocation(writer, issue.Location);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>Writes a location: <c>{"source":..,"record":..,"line":..,"element":..}</c>, the element only when known.</summary>
    public static void WriteLocation(Utf8JsonWriter writer, SourceLocation location)
    {
        writer.WriteStartObject();
        writer.WriteString("source"u8, location.Source);
        writer.WriteNumber("record"u8, location.Record);
        writer.WriteNumber("line"u8, location.Line);
        if (location.Element is not null)
        {
            writer.WriteString("element"u8, location.Element);
        }

        writer.WriteEndObject();
    }

    /// <summary>Returns whether a text is a JSON number (the canonical decimal form is one).</summary>
    public static bool IsJsonNumber(ReadOnlySpan<char> text)
    {
        int i = 0;
        if (i < text.Length && text[i] == '-')
        {
            i++;
        }

        if (i >= text.Length)
        {
            return false;
        }

        if (text[i] == '0')
        {
            i++;
        }
        else if (char.IsAsciiDigit(text[i]))
        {
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
            }
        }
        else
        {
            return false;
        }

        if (i < text.Length && text[i] == '.')
        {
            i++;
            int start = i;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
            }

            if (i == start)
            {
                return false;
            }
        }

        if (i < text.Length && (text[i] == 'e' || text[i] == 'E'))
        {
            i++;
            if (i < text.Length && (text[i] == '+' || text[i] == '-'))
            {
                i++;
            }

            int start = i;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
            }

            if (i == start)
            {
                return false;
            }
        }

        return i == text.Length;
    }

    private static void WriteAttribute(Utf8JsonWriter writer, MappedProduct product, ImmutableArray<MappedValue> values, int first)
    {
        MappedValue value = values[first];
        int count = CountOfAttribute(values, first);
        if (value.Type == TargetAttributeType.MultiEnum)
        {
            writer.WriteStartArray();
            for (int j = first; j < values.Length; j++)
            {
                if (string.Equals(values[j].Attribute, value.Attribute, StringComparison.Ordinal))
                {
                    writer.WriteStringValue(values[j].Value);
                }
            }

            writer.WriteEndArray();
            return;
        }

        if (value.Type == TargetAttributeType.Text && IsLocalized(values, first))
        {
            writer.WriteStartObject();
            for (int j = first; j < values.Length; j++)
            {
                if (string.Equals(values[j].Attribute, value.Attribute, StringComparison.Ordinal))
                {
                    writer.WriteString(values[j].Language ?? "und", values[j].Value);
                }
            }

            writer.WriteEndObject();
            return;
        }

        if (count == 1)
        {
            WriteSingle(writer, product, value);
            return;
        }

        writer.WriteStartArray();
        for (int j = first; j < values.Length; j++)
        {
            if (string.Equals(values[j].Attribute, value.Attribute, StringComparison.Ordinal))
            {
                WriteSingle(writer, product, values[j]);
            }
        }

        writer.WriteEndArray();
    }

    private static void WriteSingle(Utf8JsonWriter writer, MappedProduct product, MappedValue value)
    {
        switch (value.Type)
        {
            case TargetAttributeType.Number:
                if (value.Unit is null)
                {
                    WriteNumber(writer, product, value, value.Value);
                }
                else
                {
                    writer.WriteStartObject();
                    writer.WritePropertyName("value"u8);
                    WriteNumber(writer, product, value, value.Value);
                    writer.WriteString("unit"u8, value.Unit);
                    writer.WriteEndObject();
                }

                break;

            case TargetAttributeType.Boolean:
                if (string.Equals(value.Value, "true", StringComparison.Ordinal))
                {
                    writer.WriteBooleanValue(true);
                }
                else if (string.Equals(value.Value, "false", StringComparison.Ordinal))
                {
                    writer.WriteBooleanValue(false);
                }
                else
                {
                    throw NotCanonical(product, value, "a boolean (true or false)");
                }

                break;

            case TargetAttributeType.Range:
                int separator = value.Value.IndexOf("..", StringComparison.Ordinal);
                if (separator < 0)
                {
                    throw NotCanonical(product, value, "a range (min..max)");
                }

                writer.WriteStartObject();
                writer.WritePropertyName("min"u8);
                WriteNumber(writer, product, value, value.Value.AsSpan(0, separator));
                writer.WritePropertyName("max"u8);
                WriteNumber(writer, product, value, value.Value.AsSpan(separator + 2));
                if (value.Unit is not null)
                {
                    writer.WriteString("unit"u8, value.Unit);
                }

                writer.WriteEndObject();
                break;

            default:
                // Text, Enum and MultiEnum elements are strings.
                writer.WriteStringValue(value.Value);
                break;
        }
    }

    private static void WriteNumber(Utf8JsonWriter writer, MappedProduct product, MappedValue value, ReadOnlySpan<char> number)
    {
        if (!IsJsonNumber(number))
        {
            throw NotCanonical(product, value, "a number");
        }

        // The canonical text is written verbatim: it never passes through binary floating point.
        writer.WriteRawValue(number, skipInputValidation: true);
    }

    private static FormatException NotCanonical(MappedProduct product, MappedValue value, string expected)
        => new($"The value '{value.Value}' of attribute '{value.Attribute}' of product '{product.Source}' is not {expected} in canonical form.");

    private static void WriteExtendedField(Utf8JsonWriter writer, SourceField field)
    {
        if (field.Unit is null && field.Language is null)
        {
            writer.WriteStringValue(field.Value);
            return;
        }

        writer.WriteStartObject();
        writer.WriteString("value"u8, field.Value);
        if (field.Unit is not null)
        {
            writer.WriteString("unit"u8, field.Unit);
        }

        if (field.Language is not null)
        {
            writer.WriteString("lang"u8, field.Language);
        }

        writer.WriteEndObject();
    }

    private static void WriteStringOrNull(Utf8JsonWriter writer, ReadOnlySpan<byte> name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }

    private static bool IsLocalized(ImmutableArray<MappedValue> values, int first)
    {
        for (int j = first; j < values.Length; j++)
        {
            if (values[j].Language is not null && string.Equals(values[j].Attribute, values[first].Attribute, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsFirstOfAttribute(ImmutableArray<MappedValue> values, int index)
    {
        for (int j = 0; j < index; j++)
        {
            if (string.Equals(values[j].Attribute, values[index].Attribute, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static int CountOfAttribute(ImmutableArray<MappedValue> values, int first)
    {
        int count = 0;
        for (int j = first; j < values.Length; j++)
        {
            if (string.Equals(values[j].Attribute, values[first].Attribute, StringComparison.Ordinal))
            {
                count++;
            }
        }

        return count;
    }

    private static bool IsFirstOfField(ImmutableArray<SourceField> fields, int index)
    {
        for (int j = 0; j < index; j++)
        {
            if (string.Equals(fields[j].Name, fields[index].Name, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static int CountOfField(ImmutableArray<SourceField> fields, int first)
    {
        int count = 0;
        for (int j = first; j < fields.Length; j++)
        {
            if (string.Equals(fields[j].Name, fields[first].Name, StringComparison.Ordinal))
            {
                count++;
            }
        }

        return count;
    }
}
