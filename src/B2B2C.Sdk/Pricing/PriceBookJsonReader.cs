using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace B2B2C.Sdk.Pricing;

/// <summary>
/// Reads the JSON form of a <see cref="PriceBook"/> (see <see cref="PriceBookJson"/>) with a
/// <see cref="Utf8JsonReader"/>, keeping the JSON path of the current value so that every rejection names where it is.
/// </summary>
/// <remarks>
/// The reader maps JSON to the model faithfully and checks only what JSON can get wrong: syntax, property names, token
/// types and the text of values. Whether the book makes sense (ascending tiers, known nodes, one scope per list) is
/// the compiler's job. One instance reads one document on one thread.
/// </remarks>
internal ref partial struct PriceBookJsonReader
{
    /// <summary>A malformed document: bad syntax, or the document ends early.</summary>
    internal const string Malformed = "PB900";

    /// <summary>A property the format does not define, usually a typo.</summary>
    internal const string UnknownProperty = "PB901";

    /// <summary>A value of the wrong JSON type: a number where a string is expected, an array where an object is.</summary>
    internal const string WrongType = "PB902";

    /// <summary>A value of the right type whose text is not valid: an unknown enum name, currency or unit, a bad decimal, date or identifier.</summary>
    internal const string InvalidValue = "PB903";

    /// <summary>A required property is missing.</summary>
    internal const string MissingProperty = "PB904";

    /// <summary>A property appears twice in one object.</summary>
    internal const string DuplicateProperty = "PB905";

    /// <summary>The styles a decimal in a JSON string may use, as for money amounts: a sign, a point and an exponent.</summary>
    private const NumberStyles DecimalStyles = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;

    private const int MaxShownLength = 40;

    private static readonly string[] s_bookProperties =
        ["$schema", "version", "accessSequence", "hierarchy", "priceLists", "products", "adjustments", "floor", "corridors", "priceEndings", "taxRates", "taxRounding", "promotions"];

    private static readonly string[] s_nodeProperties = ["id", "parent", "name"];

    private static readonly string[] s_listProperties =
        ["id", "kind", "currency", "segment", "node", "customer", "channel", "validFrom", "validTo", "priority", "inheritance", "name", "entries", "allowBelowFloor"];

    private static readonly string[] s_entryProperties =
        ["sku", "unit", "priceBasis", "tierKind", "tiers", "minQuantity", "maxQuantity", "orderMultiple", "validFrom", "validTo", "channel"];

    private static readonly string[] s_tierProperties = ["minQuantity", "price"];

    private static readonly (string Name, PriceSourceKind Value)[] s_sourceKindNames =
    [
        ("contract", PriceSourceKind.Contract),
        ("hierarchyNode", PriceSourceKind.HierarchyNode),
        ("segment", PriceSourceKind.Segment),
        ("list", PriceSourceKind.List),
    ];

    private static readonly (string Name, NodeInheritance Value)[] s_inheritanceNames =
    [
        ("inherit", NodeInheritance.Inherit),
        ("replace", NodeInheritance.Replace),
        ("lowest", NodeInheritance.Lowest),
    ];

    private static readonly (string Name, TierKind Value)[] s_tierKindNames =
    [
        ("volume", TierKind.Volume),
        ("graduated", TierKind.Graduated),
    ];

    private readonly ReadOnlySpan<byte> _utf8;
    private readonly List<PathSegment> _path;
    private Utf8JsonReader _reader;

    private PriceBookJsonReader(ReadOnlySpan<byte> utf8)
    {
        _utf8 = utf8;
        _path = new List<PathSegment>(8);
        _reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow, AllowTrailingCommas = false });
    }

    /// <summary>Reads a whole document.</summary>
    /// <param name="utf8">The document in UTF-8, with or without a byte order mark.</param>
    /// <returns>The price book.</returns>
    /// <exception cref="PriceBookException">The document is not a valid price book document.</exception>
    internal static PriceBook Read(ReadOnlySpan<byte> utf8)
    {
        if (utf8.StartsWith("\uFEFF"u8))
        {
            utf8 = utf8[3..];
        }

        var reader = new PriceBookJsonReader(utf8);
        return reader.ReadDocument();
    }

    private PriceBook ReadDocument()
    {
        Next();
        PriceBook book = ReadBook();
        try
        {
            if (_reader.Read())
            {
                throw Fail(Malformed, "The document continues after the price book object; a document holds exactly one price book.");
            }
        }
        catch (JsonException error)
        {
            throw Fail(error);
        }

        return book;
    }

    private PriceBook ReadBook()
    {
        long start = ExpectObject("a price book object such as {\"version\":\"2026-11\",\"priceLists\":[...]}");
        string? version = null;
        ImmutableArray<PriceSourceKind>? accessSequence = null;
        ImmutableArray<HierarchyNode> hierarchy = [];
        ImmutableArray<PriceList> lists = [];
        var parts = new BookParts();
        ImmutableArray<Promotion> promotions = [];
        int seen = 0;
        while (NextProperty(s_bookProperties, "the price book", ref seen, out int property))
        {
            if (_reader.TokenType != JsonTokenType.Null || property == 1)
            {
                switch (property)
                {
                    case 0:
                        _ = ReadString("the URI of the JSON schema");
                        break;
                    case 1:
                        version = ReadString("the version label, such as \"2026-11\"");
                        break;
                    case 2:
                        accessSequence = ReadAccessSequence();
                        break;
                    case 3:
                        hierarchy = ReadHierarchy();
                        break;
                    case 4:
                        lists = ReadPriceLists();
                        break;
                    default:
                        if (property == 12)
                        {
                            promotions = ReadPromotions();
                        }
                        else
                        {
                            ReadBookPart(property, parts);
                        }

                        break;
                }
            }

            Pop();
        }

        Require(seen, 0b10, s_bookProperties, "the price book", start);
        return parts.ApplyTo(new PriceBook
        {
            Version = version!,
            AccessSequence = accessSequence ?? PriceBook.DefaultAccessSequence,
            Hierarchy = hierarchy,
            PriceLists = lists,
            Promotions = promotions,
        });
    }

    private ImmutableArray<PriceSourceKind> ReadAccessSequence()
    {
        ExpectArray("an array of price source kinds such as [\"contract\",\"hierarchyNode\",\"segment\",\"list\"]");
        ImmutableArray<PriceSourceKind>.Builder kinds = ImmutableArray.CreateBuilder<PriceSourceKind>();
        while (NextItem(kinds.Count))
        {
            kinds.Add(ReadSourceKind());
            Pop();
        }

        return kinds.DrainToImmutable();
    }

    private ImmutableArray<HierarchyNode> ReadHierarchy()
    {
        ExpectArray("an array of hierarchy nodes such as [{\"id\":\"HQ\"},{\"id\":\"R-EAST\",\"parent\":\"HQ\"}]");
        ImmutableArray<HierarchyNode>.Builder nodes = ImmutableArray.CreateBuilder<HierarchyNode>();
        while (NextItem(nodes.Count))
        {
            nodes.Add(ReadNode());
            Pop();
        }

        return nodes.DrainToImmutable();
    }

    private HierarchyNode ReadNode()
    {
        long start = ExpectObject("a hierarchy node object such as {\"id\":\"R-EAST\",\"parent\":\"HQ\"}");
        HierarchyNodeId id = default;
        HierarchyNodeId? parent = null;
        string? name = null;
        int seen = 0;
        while (NextProperty(s_nodeProperties, "a hierarchy node", ref seen, out int property))
        {
            if (_reader.TokenType != JsonTokenType.Null || property == 0)
            {
                switch (property)
                {
                    case 0:
                        id = ReadIdentifier<HierarchyNodeId>("hierarchy node identifier");
                        break;
                    case 1:
                        parent = ReadIdentifier<HierarchyNodeId>("hierarchy node identifier");
                        break;
                    default:
                        name = ReadString("the node's name");
                        break;
                }
            }

            Pop();
        }

        Require(seen, 0b1, s_nodeProperties, "a hierarchy node", start);
        return new HierarchyNode(id, parent, name);
    }

    private ImmutableArray<PriceList> ReadPriceLists()
    {
        ExpectArray("an array of price list objects");
        ImmutableArray<PriceList>.Builder lists = ImmutableArray.CreateBuilder<PriceList>();
        while (NextItem(lists.Count))
        {
            lists.Add(ReadPriceList());
            Pop();
        }

        return lists.DrainToImmutable();
    }

    private PriceList ReadPriceList()
    {
        long start = ExpectObject("a price list object such as {\"id\":\"LIST-EUR\",\"kind\":\"list\",\"currency\":\"EUR\",\"entries\":[...]}");
        PriceListId id = default;
        PriceSourceKind kind = default;
        Currency currency = default;
        SegmentId? segment = null;
        HierarchyNodeId? node = null;
        CustomerId? customer = null;
        ChannelId? channel = null;
        DateTimeOffset? validFrom = null;
        DateTimeOffset? validTo = null;
        int priority = 0;
        NodeInheritance inheritance = default;
        string? name = null;
        ImmutableArray<PriceEntry> entries = [];
        bool allowBelowFloor = false;
        int seen = 0;
        while (NextProperty(s_listProperties, "a price list", ref seen, out int property))
        {
            if (_reader.TokenType != JsonTokenType.Null || property <= 2)
            {
                switch (property)
                {
                    case 0:
                        id = ReadIdentifier<PriceListId>("price list identifier");
                        break;
                    case 1:
                        kind = ReadSourceKind();
                        break;
                    case 2:
                        currency = ReadCurrency();
                        break;
                    case 3:
                        segment = ReadIdentifier<SegmentId>("segment identifier");
                        break;
                    case 4:
                        node = ReadIdentifier<HierarchyNodeId>("hierarchy node identifier");
                        break;
                    case 5:
                        customer = ReadIdentifier<CustomerId>("customer identifier");
                        break;
                    case 6:
                        channel = ReadIdentifier<ChannelId>("channel identifier");
                        break;
                    case 7:
                        validFrom = ReadInstant();
                        break;
                    case 8:
                        validTo = ReadInstant();
                        break;
                    case 9:
                        priority = ReadInt32("priority");
                        break;
                    case 10:
                        inheritance = ReadEnum(s_inheritanceNames, "node inheritance mode");
                        break;
                    case 11:
                        name = ReadString("the list's name");
                        break;
                    case 12:
                        entries = ReadEntries();
                        break;
                    default:
                        allowBelowFloor = ReadBoolean("whether prices may be below the floor");
                        break;
                }
            }

            Pop();
        }

        Require(seen, 0b111, s_listProperties, "a price list", start);
        return new PriceList
        {
            Id = id,
            Kind = kind,
            Currency = currency,
            Segment = segment,
            Node = node,
            Customer = customer,
            Channel = channel,
            ValidFrom = validFrom,
            ValidTo = validTo,
            Priority = priority,
            Inheritance = inheritance,
            Name = name,
            Entries = entries,
            AllowBelowFloor = allowBelowFloor,
        };
    }

    private ImmutableArray<PriceEntry> ReadEntries()
    {
        ExpectArray("an array of price entry objects");
        ImmutableArray<PriceEntry>.Builder entries = ImmutableArray.CreateBuilder<PriceEntry>();
        while (NextItem(entries.Count))
        {
            entries.Add(ReadEntry());
            Pop();
        }

        return entries.DrainToImmutable();
    }

    private PriceEntry ReadEntry()
    {
        long start = ExpectObject("a price entry object such as {\"sku\":\"RC0603-10K\",\"tiers\":[{\"minQuantity\":\"1\",\"price\":\"4.20\"}]}");
        Sku sku = default;
        UnitOfMeasure unit = UnitOfMeasure.Piece;
        decimal priceBasis = 1m;
        TierKind tierKind = default;
        ImmutableArray<PriceTier> tiers = [];
        decimal? minQuantity = null;
        decimal? maxQuantity = null;
        decimal? orderMultiple = null;
        DateTimeOffset? validFrom = null;
        DateTimeOffset? validTo = null;
        ChannelId? channel = null;
        int seen = 0;
        while (NextProperty(s_entryProperties, "a price entry", ref seen, out int property))
        {
            if (_reader.TokenType != JsonTokenType.Null || property is 0 or 4)
            {
                switch (property)
                {
                    case 0:
                        sku = ReadIdentifier<Sku>("SKU");
                        break;
                    case 1:
                        unit = ReadUnit();
                        break;
                    case 2:
                        priceBasis = ReadDecimal("1000");
                        break;
                    case 3:
                        tierKind = ReadEnum(s_tierKindNames, "tier kind");
                        break;
                    case 4:
                        tiers = ReadTiers();
                        break;
                    case 5:
                        minQuantity = ReadDecimal("100");
                        break;
                    case 6:
                        maxQuantity = ReadDecimal("100000");
                        break;
                    case 7:
                        orderMultiple = ReadDecimal("5000");
                        break;
                    case 8:
                        validFrom = ReadInstant();
                        break;
                    case 9:
                        validTo = ReadInstant();
                        break;
                    default:
                        channel = ReadIdentifier<ChannelId>("channel identifier");
                        break;
                }
            }

            Pop();
        }

        Require(seen, 0b10001, s_entryProperties, "a price entry", start);
        return new PriceEntry
        {
            Sku = sku,
            Unit = unit,
            PriceBasis = priceBasis,
            TierKind = tierKind,
            Tiers = tiers,
            MinQuantity = minQuantity,
            MaxQuantity = maxQuantity,
            OrderMultiple = orderMultiple,
            ValidFrom = validFrom,
            ValidTo = validTo,
            Channel = channel,
        };
    }

    private ImmutableArray<PriceTier> ReadTiers()
    {
        ExpectArray("an array of tiers such as [{\"minQuantity\":\"1\",\"price\":\"4.20\"}]");
        ImmutableArray<PriceTier>.Builder tiers = ImmutableArray.CreateBuilder<PriceTier>();
        while (NextItem(tiers.Count))
        {
            tiers.Add(ReadTier());
            Pop();
        }

        return tiers.DrainToImmutable();
    }

    private PriceTier ReadTier()
    {
        long start = ExpectObject("a tier object such as {\"minQuantity\":\"1\",\"price\":\"4.20\"}");
        decimal minQuantity = 0m;
        decimal price = 0m;
        int seen = 0;
        while (NextProperty(s_tierProperties, "a tier", ref seen, out int property))
        {
            if (property == 0)
            {
                minQuantity = ReadDecimal("1000");
            }
            else
            {
                price = ReadDecimal("4.20");
            }

            Pop();
        }

        Require(seen, 0b11, s_tierProperties, "a tier", start);
        return new PriceTier(minQuantity, price);
    }

    // ----- Values -----------------------------------------------------------------------------------------------

    private readonly string ReadString(string what)
    {
        if (_reader.TokenType != JsonTokenType.String)
        {
            throw WrongTypeFor($"{what} as a JSON string");
        }

        return _reader.GetString()!;
    }

    private readonly TIdentifier ReadIdentifier<TIdentifier>(string what)
        where TIdentifier : struct, IIdentifier<TIdentifier>
    {
        string text = ReadString("a " + what);
        if (!TIdentifier.TryParse(text, provider: null, out TIdentifier identifier))
        {
            throw Fail(InvalidValue, IdentifierRules.Explain(typeof(TIdentifier).Name, text.AsSpan()));
        }

        return identifier;
    }

    private readonly Currency ReadCurrency()
    {
        string text = ReadString("an ISO 4217 currency code such as \"EUR\"");
        if (text.Length != 3 || !IsUpperAscii(text) || !Currency.TryFromCode(text.AsSpan(), out Currency currency))
        {
            throw Fail(InvalidValue, $"{Show(text)} is not an active ISO 4217 currency code; expected three upper-case letters such as \"EUR\" or \"CNY\".");
        }

        return currency;
    }

    private readonly UnitOfMeasure ReadUnit()
    {
        string text = ReadString("a unit of measure such as \"H87\" or \"REEL(5000 H87)\"");
        if (!UnitOfMeasure.TryParse(text, CultureInfo.InvariantCulture, out UnitOfMeasure unit))
        {
            throw Fail(InvalidValue, UnitOfMeasure.NotAUnitMessage(text.AsSpan()));
        }

        return unit;
    }

    private readonly decimal ReadDecimal(string example)
    {
        switch (_reader.TokenType)
        {
            case JsonTokenType.Number:
                if (_reader.TryGetDecimal(out decimal number))
                {
                    return number;
                }

                throw Fail(InvalidValue, $"The number {RawText()} does not fit an exact decimal (at most 28-29 significant digits, magnitude below 7.9e28).");
            case JsonTokenType.String:
                string text = _reader.GetString()!;
                if (decimal.TryParse(text, DecimalStyles, CultureInfo.InvariantCulture, out decimal parsed))
                {
                    return parsed;
                }

                throw Fail(InvalidValue, $"{Show(text)} is not a decimal number; expected a string such as \"{example}\" (invariant culture: a point for decimals, no group separators or spaces).");
            default:
                throw WrongTypeFor($"a decimal as a JSON string such as \"{example}\" or a JSON number");
        }
    }

    private readonly int ReadInt32(string what)
    {
        switch (_reader.TokenType)
        {
            case JsonTokenType.Number:
                if (_reader.TryGetInt32(out int number))
                {
                    return number;
                }

                throw Fail(InvalidValue, $"The {what} {RawText()} is not a whole number from {int.MinValue} to {int.MaxValue}.");
            case JsonTokenType.String:
                string text = _reader.GetString()!;
                if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int parsed))
                {
                    return parsed;
                }

                throw Fail(InvalidValue, $"The {what} {Show(text)} is not a whole number from {int.MinValue} to {int.MaxValue}.");
            default:
                throw WrongTypeFor($"the {what} as a whole JSON number such as 10");
        }
    }

    private readonly DateTimeOffset ReadInstant()
    {
        string text = ReadString("an ISO 8601 date and time with an offset, such as \"2026-01-01T00:00:00Z\"");
        if (!HasDateTimeShape(text) || !_reader.TryGetDateTimeOffset(out DateTimeOffset instant))
        {
            throw Fail(InvalidValue, $"{Show(text)} is not an ISO 8601 date and time with an offset; expected a value such as \"2026-01-01T00:00:00Z\" or \"2026-01-01T08:00:00+08:00\".");
        }

        return instant;
    }

    private readonly PriceSourceKind ReadSourceKind() => ReadEnum(s_sourceKindNames, "price source kind");

    private readonly TEnum ReadEnum<TEnum>((string Name, TEnum Value)[] names, string what)
        where TEnum : struct, Enum
    {
        if (_reader.TokenType != JsonTokenType.String)
        {
            throw WrongTypeFor($"a {what} as a JSON string, one of {Names(names)}");
        }

        foreach ((string name, TEnum value) in names)
        {
            if (_reader.ValueTextEquals(name))
            {
                return value;
            }
        }

        throw Fail(InvalidValue, $"{Show(_reader.GetString()!)} is not a {what}; expected one of {Names(names)}.");
    }

    // ----- Structure --------------------------------------------------------------------------------------------

    /// <summary>Moves to the next token, turning a syntax error or an early end into a <see cref="PriceBookException"/>.</summary>
    private void Next()
    {
        try
        {
            if (!_reader.Read())
            {
                throw Fail(Malformed, "The document ends early; the price book object is not closed.", _utf8.Length);
            }
        }
        catch (JsonException error)
        {
            throw Fail(error);
        }
    }

    private readonly long ExpectObject(string what)
    {
        if (_reader.TokenType != JsonTokenType.StartObject)
        {
            throw WrongTypeFor(what);
        }

        return _reader.TokenStartIndex;
    }

    private readonly void ExpectArray(string what)
    {
        if (_reader.TokenType != JsonTokenType.StartArray)
        {
            throw WrongTypeFor(what);
        }
    }

    /// <summary>Moves to the next array item and pushes its index, or returns <see langword="false"/> at the end of the array.</summary>
    private bool NextItem(int index)
    {
        Next();
        if (_reader.TokenType == JsonTokenType.EndArray)
        {
            return false;
        }

        _path.Add(new PathSegment(null, index));
        return true;
    }

    /// <summary>
    /// Moves to the next property of an object, checks that it is known and not repeated, pushes its name and moves
    /// to its value; returns <see langword="false"/> at the end of the object.
    /// </summary>
    private bool NextProperty(string[] names, string objectName, ref int seen, out int property)
    {
        Next();
        if (_reader.TokenType == JsonTokenType.EndObject)
        {
            property = -1;
            return false;
        }

        property = -1;
        for (int i = 0; i < names.Length; i++)
        {
            if (_reader.ValueTextEquals(names[i]))
            {
                property = i;
                break;
            }
        }

        if (property < 0)
        {
            string unknown = _reader.GetString()!;
            _path.Add(new PathSegment(unknown, 0));
            string? suggestion = Suggest(unknown, names);
            throw Fail(
                UnknownProperty,
                $"{objectName} has no property \"{unknown}\"{(suggestion is null ? "." : $"; did you mean \"{suggestion}\"?")} Its properties are {string.Join(", ", Array.ConvertAll(names, n => $"\"{n}\""))} (names are case-sensitive).");
        }

        _path.Add(new PathSegment(names[property], 0));
        if ((seen & (1 << property)) != 0)
        {
            throw Fail(DuplicateProperty, $"\"{names[property]}\" appears twice in {objectName}; give each property once.");
        }

        seen |= 1 << property;
        Next();
        return true;
    }

    private readonly void Require(int seen, int required, string[] names, string objectName, long objectStart)
    {
        int missing = required & ~seen;
        if (missing != 0)
        {
            string name = names[BitOperations.TrailingZeroCount(missing)];
            throw Fail(MissingProperty, $"{objectName} has no \"{name}\", which is required.", objectStart);
        }
    }

    private readonly void Pop() => _path.RemoveAt(_path.Count - 1);

    // ----- Errors -----------------------------------------------------------------------------------------------

    private readonly PriceBookException WrongTypeFor(string expected)
        => Fail(WrongType, $"Expected {expected}, but found {DescribeToken()}.");

    private readonly PriceBookException Fail(string code, string problem) => Fail(code, problem, _reader.TokenStartIndex);

    private readonly PriceBookException Fail(string code, string problem, long offset)
    {
        ReadOnlySpan<byte> before = _utf8[..(int)Math.Min(offset, _utf8.Length)];
        long line = before.Count((byte)'\n') + 1;
        long position = before.Length - (before.LastIndexOf((byte)'\n') + 1) + 1;
        return new PriceBookException(code, JsonPath(), problem, line, position, innerException: null);
    }

    private readonly PriceBookException Fail(JsonException error)
    {
        string message = error.Message;
        int location = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (location > 0)
        {
            message = message[..location];
        }

        return new PriceBookException(
            Malformed,
            JsonPath(),
            "The document is not well-formed JSON: " + message,
            (error.LineNumber ?? 0) + 1,
            (error.BytePositionInLine ?? 0) + 1,
            error);
    }

    private readonly string JsonPath()
    {
        var path = new StringBuilder("$");
        foreach (PathSegment segment in _path)
        {
            if (segment.Name is null)
            {
                path.Append('[').Append(segment.Index.ToString(CultureInfo.InvariantCulture)).Append(']');
            }
            else if (IsPlainName(segment.Name))
            {
                path.Append('.').Append(segment.Name);
            }
            else
            {
                path.Append("['").Append(segment.Name.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal)).Append("']");
            }
        }

        return path.ToString();
    }

    private readonly string DescribeToken()
        => _reader.TokenType switch
        {
            JsonTokenType.String => "the string " + Show(_reader.GetString()!),
            JsonTokenType.Number => "the number " + RawText(),
            JsonTokenType.True => "true",
            JsonTokenType.False => "false",
            JsonTokenType.Null => "null",
            JsonTokenType.StartObject => "an object",
            JsonTokenType.StartArray => "an array",
            _ => _reader.TokenType.ToString(),
        };

    private readonly string RawText()
    {
        string text = Encoding.UTF8.GetString(_reader.ValueSpan);
        return text.Length > MaxShownLength ? string.Concat(text.AsSpan(0, MaxShownLength), "...") : text;
    }

    /// <summary>Quotes a value for a message as JSON would, shortening long values.</summary>
    private static string Show(string text)
    {
        string shown = text.Length > MaxShownLength ? string.Concat(text.AsSpan(0, MaxShownLength), "...") : text;
        return "\"" + JsonEncodedText.Encode(shown, JavaScriptEncoder.UnsafeRelaxedJsonEscaping).ToString() + "\"";
    }

    private static string Names<TEnum>((string Name, TEnum Value)[] names)
        => string.Join(", ", Array.ConvertAll(names, n => $"\"{n.Name}\""));

    private static bool IsPlainName(string name)
    {
        if (name.Length == 0 || !(char.IsAsciiLetter(name[0]) || name[0] is '_' or '$'))
        {
            return false;
        }

        foreach (char c in name)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not '_' and not '$')
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsUpperAscii(string text)
    {
        foreach (char c in text)
        {
            if (!char.IsAsciiLetterUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Checks the shape the format allows for instants, <c>yyyy-MM-ddTHH:mm[:ss[.fffffff]](Z|±HH:mm)</c>: a date, a time
    /// and an explicit offset, so that no instant depends on the reader's time zone.
    /// </summary>
    private static bool HasDateTimeShape(string text)
    {
        if (text.Length < 17 || text[10] != 'T')
        {
            return false;
        }

        if (text[^1] == 'Z')
        {
            return true;
        }

        return text.Length >= 22 && text[^6] is '+' or '-' && text[^3] == ':';
    }

    /// <summary>Suggests the known name closest to a misspelt one: the same name in another case, or one at most two edits away.</summary>
    private static string? Suggest(string unknown, string[] names)
    {
        string? best = null;
        int bestDistance = 3;
        foreach (string name in names)
        {
            if (string.Equals(name, unknown, StringComparison.OrdinalIgnoreCase))
            {
                return name;
            }

            int distance = EditDistance(unknown, name);
            if (distance < bestDistance)
            {
                best = name;
                bestDistance = distance;
            }
        }

        return best;
    }

    private static int EditDistance(string left, string right)
    {
        if (Math.Abs(left.Length - right.Length) > 2)
        {
            return int.MaxValue;
        }

        int[] previous = new int[right.Length + 1];
        int[] current = new int[right.Length + 1];
        for (int j = 0; j <= right.Length; j++)
        {
            previous[j] = j;
        }

        for (int i = 1; i <= left.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= right.Length; j++)
            {
                int substitution = previous[j - 1] + (char.ToLowerInvariant(left[i - 1]) == char.ToLowerInvariant(right[j - 1]) ? 0 : 1);
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), substitution);
            }

            (previous, current) = (current, previous);
        }

        return previous[right.Length];
    }

    /// <summary>One step of the JSON path: a property name, or an array index when the name is <see langword="null"/>.</summary>
    private readonly record struct PathSegment(string? Name, int Index);
}
