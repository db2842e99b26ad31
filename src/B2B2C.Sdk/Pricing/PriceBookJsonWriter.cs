using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace B2B2C.Sdk.Pricing;

/// <summary>
/// Writes the JSON form of a <see cref="PriceBook"/> (see <see cref="PriceBookJson"/>): camelCase names, decimals as
/// strings with their exact scale, enums as camelCase strings, instants in ISO 8601 with their offset, and no property
/// whose value is <see langword="null"/> or the model's default.
/// </summary>
/// <remarks>
/// The writer checks only what JSON cannot represent (a missing identifier, an undefined enum value, a
/// <see langword="null"/> list); everything else is written as it is, for the compiler to judge. Stateless and
/// thread-safe.
/// </remarks>
internal static partial class PriceBookJsonWriter
{
    /// <summary>
    /// Indented output in which text is escaped only where JSON requires it (quotes, back slashes, control
    /// characters), so names such as <c>华东</c> or <c>Müller &amp; Co</c> stay readable. The document is data, never
    /// embedded in HTML, so the HTML-sensitive characters need no escaping.
    /// </summary>
    internal static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        IndentSize = 2,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes the start of the book, up to and including the opening bracket of <c>priceLists</c>.</summary>
    internal static void WriteStart(Utf8JsonWriter writer, PriceBook book)
    {
        ArgumentNullException.ThrowIfNull(book);
        writer.WriteStartObject();
        writer.WriteString("version"u8, book.Version ?? throw Invalid("version", "The book has no version label (null)."));
        if (!book.AccessSequence.IsDefault && !book.AccessSequence.SequenceEqual(PriceBook.DefaultAccessSequence))
        {
            writer.WriteStartArray("accessSequence"u8);
            for (int i = 0; i < book.AccessSequence.Length; i++)
            {
                writer.WriteStringValue(SourceKind(book.AccessSequence[i], $"accessSequence[{i}]"));
            }

            writer.WriteEndArray();
        }

        if (!book.Hierarchy.IsDefaultOrEmpty)
        {
            writer.WriteStartArray("hierarchy"u8);
            for (int i = 0; i < book.Hierarchy.Length; i++)
            {
                WriteNode(writer, book.Hierarchy[i], $"hierarchy[{i}]");
            }

            writer.WriteEndArray();
        }

        WriteAdjustments(writer, book);
        WritePromotions(writer, book.Promotions);
        writer.WriteStartArray("priceLists"u8);
    }

    /// <summary>Writes the end of the book, after the last price list.</summary>
    internal static void WriteEnd(Utf8JsonWriter writer)
    {
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>Writes one price list as an element of <c>priceLists</c>.</summary>
    internal static void WriteList(Utf8JsonWriter writer, PriceList list, int index)
    {
        string path = $"priceLists[{index}]";
        if (list is null)
        {
            throw Invalid(path, "The price list is null.");
        }

        writer.WriteStartObject();
        writer.WriteString("id"u8, Required(list.Id.Value, path + ".id"));
        if (list.Name is not null)
        {
            writer.WriteString("name"u8, list.Name);
        }

        writer.WriteString("kind"u8, SourceKind(list.Kind, path + ".kind"));
        writer.WriteString("currency"u8, list.Currency.Code);
        WriteIdentifier(writer, "segment"u8, list.Segment, path + ".segment");
        WriteIdentifier(writer, "node"u8, list.Node, path + ".node");
        WriteIdentifier(writer, "customer"u8, list.Customer, path + ".customer");
        WriteIdentifier(writer, "channel"u8, list.Channel, path + ".channel");
        WriteInstant(writer, "validFrom"u8, list.ValidFrom);
        WriteInstant(writer, "validTo"u8, list.ValidTo);
        if (list.Priority != 0)
        {
            writer.WriteNumber("priority"u8, list.Priority);
        }

        if (list.Inheritance != NodeInheritance.Inherit)
        {
            writer.WriteString("inheritance"u8, list.Inheritance switch
            {
                NodeInheritance.Replace => "replace",
                NodeInheritance.Lowest => "lowest",
                _ => throw Invalid(path + ".inheritance", $"{(int)list.Inheritance} is not a node inheritance mode."),
            });
        }

        if (list.AllowBelowFloor)
        {
            writer.WriteBoolean("allowBelowFloor"u8, true);
        }

        if (!list.Entries.IsDefaultOrEmpty)
        {
            writer.WriteStartArray("entries"u8);
            for (int i = 0; i < list.Entries.Length; i++)
            {
                WriteEntry(writer, list.Entries[i], $"{path}.entries[{i}]");
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    private static void WriteNode(Utf8JsonWriter writer, HierarchyNode node, string path)
    {
        if (node is null)
        {
            throw Invalid(path, "The hierarchy node is null.");
        }

        writer.WriteStartObject();
        writer.WriteString("id"u8, Required(node.Id.Value, path + ".id"));
        WriteIdentifier(writer, "parent"u8, node.Parent, path + ".parent");
        if (node.Name is not null)
        {
            writer.WriteString("name"u8, node.Name);
        }

        writer.WriteEndObject();
    }

    private static void WriteEntry(Utf8JsonWriter writer, PriceEntry entry, string path)
    {
        if (entry is null)
        {
            throw Invalid(path, "The price entry is null.");
        }

        writer.WriteStartObject();
        writer.WriteString("sku"u8, Required(entry.Sku.Value, path + ".sku"));
        if (entry.Unit != UnitOfMeasure.Piece)
        {
            writer.WriteString("unit"u8, entry.Unit.ToString());
        }

        if (entry.PriceBasis != 1m || entry.PriceBasis.Scale != 0)
        {
            WriteDecimal(writer, "priceBasis"u8, entry.PriceBasis);
        }

        if (entry.TierKind != TierKind.Volume)
        {
            writer.WriteString("tierKind"u8, entry.TierKind == TierKind.Graduated
                ? "graduated"
                : throw Invalid(path + ".tierKind", $"{(int)entry.TierKind} is not a tier kind."));
        }

        WriteOptionalDecimal(writer, "minQuantity"u8, entry.MinQuantity);
        WriteOptionalDecimal(writer, "maxQuantity"u8, entry.MaxQuantity);
        WriteOptionalDecimal(writer, "orderMultiple"u8, entry.OrderMultiple);
        WriteInstant(writer, "validFrom"u8, entry.ValidFrom);
        WriteInstant(writer, "validTo"u8, entry.ValidTo);
        WriteIdentifier(writer, "channel"u8, entry.Channel, path + ".channel");
        writer.WriteStartArray("tiers"u8);
        foreach (PriceTier tier in entry.Tiers.IsDefault ? ImmutableArray<PriceTier>.Empty : entry.Tiers)
        {
            writer.WriteStartObject();
            WriteDecimal(writer, "minQuantity"u8, tier.MinQuantity);
            WriteDecimal(writer, "price"u8, tier.Price);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static string SourceKind(PriceSourceKind kind, string path)
        => kind switch
        {
            PriceSourceKind.Contract => "contract",
            PriceSourceKind.HierarchyNode => "hierarchyNode",
            PriceSourceKind.Segment => "segment",
            PriceSourceKind.List => "list",
            _ => throw Invalid(path, $"{(int)kind} is not a price source kind."),
        };

    private static string Required(string? identifier, string path)
        => identifier ?? throw Invalid(path, "The identifier is missing (a default value holds none).");

    /// <summary>Writes an optional identifier: nothing for <see langword="null"/>, and a failure for a default one, which holds no value.</summary>
    private static void WriteIdentifier<TIdentifier>(Utf8JsonWriter writer, ReadOnlySpan<byte> name, TIdentifier? identifier, string path)
        where TIdentifier : struct, IIdentifier<TIdentifier>
    {
        if (identifier is TIdentifier present)
        {
            writer.WriteString(name, Required(present.Value, path));
        }
    }

    private static void WriteOptionalDecimal(Utf8JsonWriter writer, ReadOnlySpan<byte> name, decimal? value)
    {
        if (value is decimal present)
        {
            WriteDecimal(writer, name, present);
        }
    }

    /// <summary>Writes a decimal as a JSON string in the invariant culture with its exact scale: 4.20m is <c>"4.20"</c>.</summary>
    private static void WriteDecimal(Utf8JsonWriter writer, ReadOnlySpan<byte> name, decimal value)
    {
        Span<byte> text = stackalloc byte[32];
        value.TryFormat(text, out int written, default, CultureInfo.InvariantCulture);
        writer.WriteString(name, text[..written]);
    }

    /// <summary>Writes an instant in ISO 8601 with its offset; a zero offset is written as <c>Z</c>.</summary>
    private static void WriteInstant(Utf8JsonWriter writer, ReadOnlySpan<byte> name, DateTimeOffset? value)
    {
        if (value is DateTimeOffset instant)
        {
            if (instant.Offset == TimeSpan.Zero)
            {
                writer.WriteString(name, instant.UtcDateTime);
            }
            else
            {
                writer.WriteString(name, instant);
            }
        }
    }

    private static ArgumentException Invalid(string path, string problem)
        => new($"The price book cannot be written as JSON: {problem} (at {path})");
}
