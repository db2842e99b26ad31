using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;

namespace B2B2C.Sdk.Tests.Generation;

/// <summary>
/// Generates <c>CurrencyTable.g.cs</c> and <c>Currency.g.cs</c> from the ISO 4217 "list one" XML, the amendments
/// published after that list and a hand-curated symbol map.
/// </summary>
/// <remarks>
/// <para>
/// The generator is a pure function: it reads no file, no clock and no culture, so the same inputs always give the
/// same text, byte for byte. <c>Iso4217TableTests</c> feeds it the files in <c>eng/iso4217/</c> and compares the output
/// with the checked-in sources.
/// </para>
/// <para>
/// Rules: one entry per distinct alphabetic code (the XML repeats a code for every country using it); entries without
/// a numeric code ("No universal currency") are skipped; a minor unit of <c>N.A.</c> becomes
/// <c>CurrencyData.NotApplicable</c>; <c>IsFund="true"</c> on the name marks a fund; names are trimmed. Amendments
/// are applied in file order and must change something: adding a code the list already has, or removing one it
/// lacks, is an error (the amendment is then part of the list and belongs out of <c>amendments.json</c>). Entry 0 is
/// <c>XXX</c>, because <c>default(Currency)</c> is table position 0; the others follow in ordinal code order.
/// </para>
/// </remarks>
public static class Iso4217TableGenerator
{
    /// <summary>The code placed at table position 0, the value of <c>default(Currency)</c>.</summary>
    public const string DefaultCode = "XXX";

    private const string NotApplicable = "N.A.";

    private const string ListOnePath = "eng/iso4217/list-one.xml";

    private const string AmendmentsPath = "eng/iso4217/amendments.json";

    private const string SymbolsPath = "eng/iso4217/symbols.json";

    /// <summary>
    /// Hand-written static members of <c>Currency</c> that a three-letter code can match up to case (<c>All</c> and the
    /// Albanian lek, <c>ALL</c>). C# tells them apart, so the generated property stays and CA1708 is suppressed for
    /// the type, with the reason, in the generated file only.
    /// </summary>
    private static readonly string[] s_caseOnlyClashes = ["All"];

    /// <summary>Generates both sources.</summary>
    /// <param name="listOneXml">The ISO 4217 list one XML (current currency and funds).</param>
    /// <param name="amendmentsJson">The amendments published after the list, as in <c>eng/iso4217/amendments.json</c>.</param>
    /// <param name="symbols">Symbol by alphabetic code; currencies without an entry use their code.</param>
    /// <returns>The generated sources.</returns>
    /// <exception cref="InvalidOperationException">The data is inconsistent (see the message).</exception>
    public static Iso4217GeneratedSources Generate(string listOneXml, string amendmentsJson, IReadOnlyDictionary<string, string> symbols)
    {
        ArgumentNullException.ThrowIfNull(listOneXml);
        ArgumentNullException.ThrowIfNull(amendmentsJson);
        ArgumentNullException.ThrowIfNull(symbols);

        var entries = new Dictionary<string, Entry>(StringComparer.Ordinal);
        string published = ReadListOne(listOneXml, entries);
        List<int> applied = ApplyAmendments(amendmentsJson, entries);
        List<Entry> ordered = Order(entries.Values);
        Validate(ordered, symbols);

        string header = Header(published, applied);
        return new Iso4217GeneratedSources(WriteTable(header, ordered, symbols), WriteProperties(header, ordered), ordered.Count);
    }

    /// <summary>Reads a symbol map: a JSON object from alphabetic code to symbol.</summary>
    /// <param name="symbolsJson">The JSON text, as in <c>eng/iso4217/symbols.json</c>.</param>
    /// <returns>The symbols by code.</returns>
    public static IReadOnlyDictionary<string, string> ReadSymbols(string symbolsJson)
    {
        ArgumentNullException.ThrowIfNull(symbolsJson);
        var symbols = new SortedDictionary<string, string>(StringComparer.Ordinal);
        using JsonDocument document = JsonDocument.Parse(symbolsJson);
        foreach (JsonProperty property in document.RootElement.EnumerateObject())
        {
            string symbol = property.Value.GetString() ?? string.Empty;
            if (symbol.Length == 0)
            {
                throw new InvalidOperationException($"The symbol of {property.Name} is empty; leave the code out instead.");
            }

            if (!symbols.TryAdd(property.Name, symbol))
            {
                throw new InvalidOperationException($"The symbol map lists {property.Name} twice.");
            }
        }

        return symbols;
    }

    private static string ReadListOne(string listOneXml, Dictionary<string, Entry> entries)
    {
        XDocument document = XDocument.Parse(listOneXml);
        XElement root = document.Root ?? throw new InvalidOperationException("The list one XML has no root element.");
        string published = (string?)root.Attribute("Pblshd")
            ?? throw new InvalidOperationException("The list one XML has no publication date (Pblshd).");

        foreach (XElement row in root.Elements("CcyTbl").Elements("CcyNtry"))
        {
            string? code = Trimmed(row.Element("Ccy"));
            string? number = Trimmed(row.Element("CcyNbr"));
            if (code is null || number is null)
            {
                continue;
            }

            XElement nameElement = row.Element("CcyNm")
                ?? throw new InvalidOperationException($"The list one entry for {code} has no name.");
            var entry = new Entry(
                code,
                ParseNumber(code, number),
                ParseMinorUnit(code, Trimmed(row.Element("CcyMnrUnts"))),
                nameElement.Value.Trim(),
                string.Equals((string?)nameElement.Attribute("IsFund"), "true", StringComparison.OrdinalIgnoreCase));

            if (!entries.TryGetValue(code, out Entry? existing))
            {
                entries.Add(code, entry);
            }
            else if (existing != entry)
            {
                throw new InvalidOperationException($"List one describes {code} in two different ways: {existing} and {entry}.");
            }
        }

        return published;
    }

    private static List<int> ApplyAmendments(string amendmentsJson, Dictionary<string, Entry> entries)
    {
        var applied = new List<int>();
        using JsonDocument document = JsonDocument.Parse(amendmentsJson);
        foreach (JsonElement amendment in document.RootElement.GetProperty("amendments").EnumerateArray())
        {
            int amendmentNumber = amendment.GetProperty("number").GetInt32();
            foreach (JsonElement code in amendment.GetProperty("remove").EnumerateArray())
            {
                string removed = code.GetString() ?? string.Empty;
                if (!entries.Remove(removed))
                {
                    throw new InvalidOperationException(
                        $"Amendment {amendmentNumber} removes {removed}, which the list does not hold: the list already includes the amendment, so drop it from amendments.json.");
                }
            }

            foreach (JsonElement added in amendment.GetProperty("add").EnumerateArray())
            {
                string code = added.GetProperty("code").GetString() ?? string.Empty;
                JsonElement minorUnit = added.GetProperty("minorUnit");
                var entry = new Entry(
                    code,
                    added.GetProperty("numericCode").GetInt32(),
                    minorUnit.ValueKind == JsonValueKind.Number ? minorUnit.GetInt32() : ParseMinorUnit(code, minorUnit.GetString()),
                    (added.GetProperty("name").GetString() ?? string.Empty).Trim(),
                    added.GetProperty("isFund").GetBoolean());
                if (!entries.TryAdd(code, entry))
                {
                    throw new InvalidOperationException(
                        $"Amendment {amendmentNumber} adds {code}, which the list already holds: the list already includes the amendment, so drop it from amendments.json.");
                }
            }

            applied.Add(amendmentNumber);
        }

        return applied;
    }

    private static List<Entry> Order(IEnumerable<Entry> entries)
    {
        var ordered = entries.Where(e => e.Code != DefaultCode).OrderBy(e => e.Code, StringComparer.Ordinal).ToList();
        Entry first = entries.FirstOrDefault(e => e.Code == DefaultCode)
            ?? throw new InvalidOperationException($"The data has no {DefaultCode}, the value of default(Currency).");
        ordered.Insert(0, first);
        return ordered;
    }

    private static void Validate(List<Entry> ordered, IReadOnlyDictionary<string, string> symbols)
    {
        var numbers = new Dictionary<int, string>();
        foreach (Entry entry in ordered)
        {
            if (entry.Code.Length != 3 || entry.Code.Any(c => c is < 'A' or > 'Z'))
            {
                throw new InvalidOperationException($"'{entry.Code}' is not three upper-case letters.");
            }

            if (entry.NumericCode is < 1 or > 999)
            {
                throw new InvalidOperationException($"{entry.Code} has numeric code {entry.NumericCode}, outside 1-999.");
            }

            if (!numbers.TryAdd(entry.NumericCode, entry.Code))
            {
                throw new InvalidOperationException(
                    $"{entry.Code} and {numbers[entry.NumericCode]} share numeric code {entry.NumericCode}; an amendment is probably missing.");
            }

            if (entry.MinorUnit is < 0 or > 28)
            {
                throw new InvalidOperationException($"{entry.Code} has minor unit {entry.MinorUnit}, outside 0-28.");
            }

            if (entry.Name.Length == 0)
            {
                throw new InvalidOperationException($"{entry.Code} has no name.");
            }
        }

        foreach (string code in symbols.Keys)
        {
            if (!ordered.Any(e => e.Code == code))
            {
                throw new InvalidOperationException($"The symbol map lists {code}, which is not an active currency.");
            }
        }

        if (ordered.Count > ushort.MaxValue)
        {
            throw new InvalidOperationException("The table is too large for a two-byte index.");
        }
    }

    private static string Header(string published, List<int> applied)
    {
        string amendments = applied.Count == 0
            ? "no amendments"
            : (applied.Count == 1 ? "amendment " : "amendments ") + string.Join(", ", applied.Select(n => n.ToString(CultureInfo.InvariantCulture)));
        var text = new StringBuilder();
        text.Append("// <auto-generated>\n");
        text.Append("// Generated by Iso4217TableGenerator (tests/B2B2C.Sdk.Tests/Generation) from\n");
        text.Append(CultureInfo.InvariantCulture, $"//   {ListOnePath} (ISO 4217 list one, published {published}),\n");
        text.Append(CultureInfo.InvariantCulture, $"//   {AmendmentsPath} ({amendments}) and\n");
        text.Append(CultureInfo.InvariantCulture, $"//   {SymbolsPath}.\n");
        text.Append("// Do not edit by hand: update the files in eng/iso4217 and run\n");
        text.Append("//   B2B2C_REGENERATE=1 dotnet test tests/B2B2C.Sdk.Tests -c Release --filter Iso4217\n");
        text.Append("// </auto-generated>\n");
        return text.ToString();
    }

    private static string WriteTable(string header, List<Entry> ordered, IReadOnlyDictionary<string, string> symbols)
    {
        var text = new StringBuilder(header);
        text.Append("namespace B2B2C.Sdk;\n");
        text.Append('\n');
        text.Append("internal static class CurrencyTable\n");
        text.Append("{\n");
        text.Append("    internal static readonly CurrencyData[] Entries =\n");
        text.Append("    [\n");
        foreach (Entry entry in ordered)
        {
            string minorUnit = entry.MinorUnit is int digits
                ? digits.ToString(CultureInfo.InvariantCulture)
                : "CurrencyData.NotApplicable";
            string symbol = symbols.TryGetValue(entry.Code, out string? value) ? Literal(value) : "null";
            text.Append(
                CultureInfo.InvariantCulture,
                $"        new(\"{entry.Code}\", {entry.NumericCode}, {minorUnit}, {Literal(entry.Name)}, {(entry.IsFund ? "true" : "false")}, {symbol}),\n");
        }

        text.Append("    ];\n");
        text.Append("}\n");
        return text.ToString();
    }

    private static string WriteProperties(string header, List<Entry> ordered)
    {
        var text = new StringBuilder(header);
        List<string> clashes = ordered
            .Select(e => e.Code)
            .Where(code => s_caseOnlyClashes.Contains(code, StringComparer.OrdinalIgnoreCase))
            .ToList();
        if (clashes.Count > 0)
        {
            string members = string.Join(", ", clashes.Select(code => $"{code} and {s_caseOnlyClashes.First(m => string.Equals(m, code, StringComparison.OrdinalIgnoreCase))}"));
            text.Append("using System.Diagnostics.CodeAnalysis;\n");
            text.Append('\n');
            text.Append(CultureInfo.InvariantCulture, $"// The ISO 4217 codes are the property names, so {members} differ only by case (CA1708).\n");
            text.Append(
                CultureInfo.InvariantCulture,
                $"[assembly: SuppressMessage(\"Naming\", \"CA1708:Identifiers should differ by more than case\", Scope = \"type\", Target = \"~T:B2B2C.Sdk.Currency\", Justification = \"ISO 4217 codes are the property names; {members} are told apart by case, and FromCode serves case-insensitive languages.\")]\n");
            text.Append('\n');
        }

        text.Append("namespace B2B2C.Sdk;\n");
        text.Append('\n');
        text.Append("public readonly partial struct Currency\n");
        text.Append("{\n");
        for (int index = 0; index < ordered.Count; index++)
        {
            Entry entry = ordered[index];
            if (index > 0)
            {
                text.Append('\n');
            }

            text.Append(CultureInfo.InvariantCulture, $"    /// <summary>{Summary(entry)}</summary>\n");
            text.Append(CultureInfo.InvariantCulture, $"    public static Currency {entry.Code} => new({index});\n");
        }

        text.Append("}\n");
        return text.ToString();
    }

    private static string Summary(Entry entry)
    {
        string name = entry.Name.StartsWith("The ", StringComparison.Ordinal) ? "the " + entry.Name[4..] : "the " + entry.Name;
        string minorUnit = entry.MinorUnit is int digits
            ? "minor unit " + digits.ToString(CultureInfo.InvariantCulture)
            : "no minor unit";
        string fund = entry.IsFund ? ", an ISO 4217 fund code" : string.Empty;
        return GeneratedSourceFile.XmlText($"Gets {name} ({entry.Code}, {entry.NumericCode.ToString("000", CultureInfo.InvariantCulture)}, {minorUnit}){fund}.");
    }

    private static string? Trimmed(XElement? element)
    {
        string? value = element?.Value.Trim();
        return string.IsNullOrEmpty(value) ? null : value;
    }

    private static int ParseNumber(string code, string number)
        => int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out int value)
            ? value
            : throw new InvalidOperationException($"{code} has numeric code '{number}', which is not a number.");

    private static int? ParseMinorUnit(string code, string? minorUnit)
    {
        if (minorUnit == NotApplicable)
        {
            return null;
        }

        return int.TryParse(minorUnit, NumberStyles.None, CultureInfo.InvariantCulture, out int value)
            ? value
            : throw new InvalidOperationException($"{code} has minor unit '{minorUnit}', neither a number nor {NotApplicable}.");
    }

    private static string Literal(string value)
    {
        var text = new StringBuilder(value.Length + 2);
        text.Append('"');
        foreach (char c in value)
        {
            switch (c)
            {
                case '"':
                    text.Append("\\\"");
                    break;
                case '\\':
                    text.Append("\\\\");
                    break;
                case < ' ':
                    text.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}");
                    break;
                default:
                    text.Append(c);
                    break;
            }
        }

        text.Append('"');
        return text.ToString();
    }

    private sealed record Entry(string Code, int NumericCode, int? MinorUnit, string Name, bool IsFund);
}
