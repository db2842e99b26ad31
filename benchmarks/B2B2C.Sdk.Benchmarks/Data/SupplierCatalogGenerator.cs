using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Xml;

namespace B2B2C.Sdk.Benchmarks.Data;

/// <summary>
/// A seeded, deterministic supplier catalog of electronic components and tools, of any size, written as CSV, JSON
/// Lines or BMEcat 2005 with the field conventions of the catalog readers. Products are generated one at a time while
/// they are written, so a catalog of millions of products needs no more memory than one of ten.
/// </summary>
/// <remarks>
/// <para>
/// Families: chip resistors, MLCC and aluminium electrolytic capacitors, connectors, and crimp and hand tools, with
/// about 30 attributes per product (base data plus 12 to 15 technical features), ETIM-like class codes
/// (<c>EC0...</c>) and feature codes (<c>EF0...</c>), real-looking manufacturers and part numbers, GTIN-13 with valid
/// check digits, English titles and descriptions, Chinese (zh-CN) titles on about a third of the products, order
/// units and net list prices in EUR with volume tiers.
/// </para>
/// <para>
/// CSV and JSON name features readably (<c>resistance [B49]</c>, <c>features.resistance</c>); BMEcat uses the feature
/// codes as <c>FNAME</c>, as ETIM data does. The same seed and count give the same products in every format.
/// </para>
/// <para>
/// A share of products (<see cref="DefectRate"/>) carries one realistic defect for validation to find: a missing
/// manufacturer, a unit that is not a unit code, an overlong title, or a number with a decimal comma (<c>4,7</c>).
/// </para>
/// </remarks>
internal sealed class SupplierCatalogGenerator
{
    /// <summary>The seed of the committed sample catalogs.</summary>
    internal const int DefaultSeed = 20_261_122;

    private const string Currency = "EUR";

    private static readonly Spec s_resistance = new("resistance", "EF000101", ["OHM", "B49", "B75"], "kOhms");
    private static readonly Spec s_tolerance = new("tolerance", "EF000102", ["P1"]);
    private static readonly Spec s_power = new("rated_power", "EF000103", ["WTT"]);
    private static readonly Spec s_package = new("package", "EF000104", [null]);
    private static readonly Spec s_tcr = new("temperature_coefficient", "EF000105", ["ppm/K"]);
    private static readonly Spec s_maxVoltage = new("max_voltage", "EF000106", ["VLT"]);
    private static readonly Spec s_technology = new("technology", "EF000107", [null]);
    private static readonly Spec s_tempMin = new("operating_temperature_min", "EF000108", ["CEL"]);
    private static readonly Spec s_tempMax = new("operating_temperature_max", "EF000109", ["CEL"]);
    private static readonly Spec s_length = new("length", "EF000110", ["MMT"]);
    private static readonly Spec s_width = new("width", "EF000111", ["MMT"]);
    private static readonly Spec s_height = new("height", "EF000112", ["MMT"]);
    private static readonly Spec s_aec = new("aec_q200", "EF000113", [null]);
    private static readonly Spec s_reel = new("reel_quantity", "EF000114", ["C62"]);
    private static readonly Spec s_capacitance = new("capacitance", "EF000201", ["4T", "C41", "4O"], "microfarad");
    private static readonly Spec s_ratedVoltage = new("rated_voltage", "EF000202", ["VLT"]);
    private static readonly Spec s_dielectric = new("dielectric", "EF000203", [null]);
    private static readonly Spec s_lifetime = new("lifetime", "EF000204", ["HUR"]);
    private static readonly Spec s_esr = new("esr", "EF000205", ["OHM"]);
    private static readonly Spec s_pitch = new("pitch", "EF000301", ["MMT"]);
    private static readonly Spec s_positions = new("positions", "EF000302", [null]);
    private static readonly Spec s_rows = new("rows", "EF000303", [null]);
    private static readonly Spec s_current = new("rated_current", "EF000304", ["AMP"], "Amps");
    private static readonly Spec s_mounting = new("mounting", "EF000305", [null]);
    private static readonly Spec s_gender = new("gender", "EF000306", [null]);
    private static readonly Spec s_plating = new("contact_plating", "EF000307", [null]);
    private static readonly Spec s_housing = new("housing_material", "EF000308", [null]);
    private static readonly Spec s_colour = new("colour", "EF000309", [null]);
    private static readonly Spec s_flammability = new("flammability", "EF000310", [null]);
    private static readonly Spec s_toolType = new("tool_type", "EF000401", [null]);
    private static readonly Spec s_weight = new("weight", "EF000402", ["GRM"], "gramm");
    private static readonly Spec s_crossMin = new("wire_cross_section_min", "EF000403", ["MMK"]);
    private static readonly Spec s_crossMax = new("wire_cross_section_max", "EF000404", ["MMK"]);
    private static readonly Spec s_awg = new("awg_range", "EF000405", [null]);
    private static readonly Spec s_ratchet = new("ratchet", "EF000406", [null]);
    private static readonly Spec s_handle = new("handle_material", "EF000407", [null]);
    private static readonly Spec s_insulated = new("insulated_1000v", "EF000408", [null]);
    private static readonly Spec s_standard = new("standard", "EF000409", [null]);

    private static readonly Spec[] s_specs =
    [
        s_resistance, s_tolerance, s_power, s_package, s_tcr, s_maxVoltage, s_technology, s_tempMin, s_tempMax,
        s_length, s_width, s_height, s_aec, s_reel, s_capacitance, s_ratedVoltage, s_dielectric, s_lifetime, s_esr,
        s_pitch, s_positions, s_rows, s_current, s_mounting, s_gender, s_plating, s_housing, s_colour, s_flammability,
        s_toolType, s_weight, s_crossMin, s_crossMax, s_awg, s_ratchet, s_handle, s_insulated, s_standard,
    ];

    private static readonly string[] s_defects = ["missing-manufacturer", "unknown-unit", "overlong-title", "decimal-comma"];

    private static readonly string[] s_baseColumns =
    [
        "sku", "manufacturer", "mpn", "gtin", "title@en", "title@zh-CN", "description@en", "etim_class", "family",
        "order_unit", "moq", "order_step", "price [EUR]", "price_100 [EUR]", "price_1000 [EUR]", "delivery_days",
        "country_of_origin", "image", "datasheet",
    ];

    private static readonly string[] s_e24 =
        ["1.0", "1.1", "1.2", "1.3", "1.5", "1.6", "1.8", "2.0", "2.2", "2.4", "2.7", "3.0", "3.3", "3.6", "3.9", "4.3", "4.7", "5.1", "5.6", "6.2", "6.8", "7.5", "8.2", "9.1"];

    private static readonly (string Code, string Length, string Width, string Height)[] s_chipPackages =
        [("0402", "1.0", "0.5", "0.35"), ("0603", "1.6", "0.8", "0.45"), ("0805", "2.0", "1.25", "0.5"), ("1206", "3.2", "1.6", "0.55")];

    /// <summary>Initializes a generator.</summary>
    /// <param name="seed">The seed; the same seed always gives the same catalog.</param>
    /// <param name="defectRate">The share of products with a defect, from 0 to 1.</param>
    /// <param name="mutateEvery">When above 0, every <paramref name="mutateEvery"/>-th product (the last of each group)
    /// gets a revised description, so a second catalog with the same seed differs from the first in exactly those
    /// products (100 gives a 1% change); 0 changes nothing.</param>
    internal SupplierCatalogGenerator(int seed = DefaultSeed, double defectRate = 0.02, int mutateEvery = 0)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(defectRate, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(defectRate, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(mutateEvery);
        Seed = seed;
        DefectRate = defectRate;
        MutateEvery = mutateEvery;
    }

    /// <summary>Gets the seed.</summary>
    internal int Seed { get; }

    /// <summary>Gets the share of products with a defect.</summary>
    internal double DefectRate { get; }

    /// <summary>Gets how often a product gets a revised description (every n-th product), or 0 for never.</summary>
    internal int MutateEvery { get; }

    /// <summary>Gets the CSV header: the base columns, then one column per feature and unit.</summary>
    internal static IReadOnlyList<string> CsvColumns { get; } = [.. s_baseColumns, .. s_specs.SelectMany(s => s.AllUnits.Select(u => s.Column(u)))];

    /// <summary>Generates the products lazily, in order.</summary>
    /// <param name="count">How many products.</param>
    /// <returns>The products.</returns>
    internal IEnumerable<GeneratedProduct> Products(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
#pragma warning disable CA5394 // Deterministic test data, not security.
        var random = new Random(Seed);
        int defects = 0;
        for (int i = 0; i < count; i++)
        {
            GeneratedProduct product = Next(random, i, defects);
            if (product.Defect is not null)
            {
                defects++;
            }

            // The change draws no random numbers, so every other product stays the same as without it.
            yield return MutateEvery > 0 && i % MutateEvery == MutateEvery - 1 ? Revised(product) : product;
        }
#pragma warning restore CA5394
    }

    /// <summary>Writes a catalog in a format.</summary>
    /// <param name="format"><c>csv</c>, <c>jsonl</c> or <c>bmecat</c>.</param>
    /// <param name="count">How many products.</param>
    /// <param name="output">The stream written to (left open).</param>
    internal void Write(string format, int count, Stream output)
    {
        switch (format.ToUpperInvariant())
        {
            case "CSV":
                WriteCsv(count, output);
                break;
            case "JSONL":
                WriteJsonLines(count, output);
                break;
            case "BMECAT":
                WriteBmecat(count, output);
                break;
            default:
                throw new ArgumentException($"Unknown catalog format '{format}'; use csv, jsonl or bmecat.", nameof(format));
        }
    }

    /// <summary>Writes the catalog as CSV (RFC 4180, comma, UTF-8 without byte order mark, LF line ends).</summary>
    internal void WriteCsv(int count, Stream output)
    {
        using var writer = new StreamWriter(output, new UTF8Encoding(false), 64 * 1024, leaveOpen: true) { NewLine = "\n" };
        IReadOnlyList<string> columns = CsvColumns;
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < columns.Count; i++)
        {
            index.Add(columns[i], i);
        }

        writer.WriteLine(string.Join(',', columns.Select(Csv)));
        string[] cells = new string[columns.Count];
        foreach (GeneratedProduct product in Products(count))
        {
            Array.Fill(cells, string.Empty);
            cells[0] = product.Sku;
            cells[1] = product.Manufacturer ?? string.Empty;
            cells[2] = product.ManufacturerPid;
            cells[3] = product.Gtin;
            cells[4] = product.Title;
            cells[5] = product.TitleZh ?? string.Empty;
            cells[6] = product.Description;
            cells[7] = product.ClassCode;
            cells[8] = product.Family;
            cells[9] = product.OrderUnit;
            cells[10] = Text(product.MinimumQuantity);
            cells[11] = Text(product.QuantityStep);
            foreach ((int lowerBound, string amount) in product.Prices)
            {
                cells[lowerBound switch { 1 => 12, 100 => 13, _ => 14 }] = amount;
            }

            cells[15] = Text(product.DeliveryDays);
            cells[16] = product.CountryOfOrigin;
            cells[17] = product.Image;
            cells[18] = product.Datasheet;
            foreach (GeneratedFeature feature in product.Features)
            {
                string column = Spec.ColumnOf(feature.Name, feature.Unit);
                if (!index.TryGetValue(column, out int at))
                {
                    throw new InvalidOperationException($"The CSV header has no column '{column}'.");
                }

                cells[at] = feature.Value;
            }

            writer.WriteLine(string.Join(',', cells.Select(Csv)));
        }
    }

    /// <summary>Writes the catalog as JSON Lines (one object per product, UTF-8, LF line ends).</summary>
    internal void WriteJsonLines(int count, Stream output)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        var options = new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        foreach (GeneratedProduct product in Products(count))
        {
            buffer.ResetWrittenCount();
            using (var json = new Utf8JsonWriter(buffer, options))
            {
                json.WriteStartObject();
                json.WriteString("sku", product.Sku);
                if (product.Manufacturer is null)
                {
                    json.WriteNull("manufacturer");
                }
                else
                {
                    json.WriteString("manufacturer", product.Manufacturer);
                }

                json.WriteString("mpn", product.ManufacturerPid);
                json.WriteString("gtin", product.Gtin);
                json.WriteString("title@en", product.Title);
                if (product.TitleZh is not null)
                {
                    json.WriteString("title@zh-CN", product.TitleZh);
                }

                json.WriteString("description@en", product.Description);
                json.WriteString("etim_class", product.ClassCode);
                json.WriteString("family", product.Family);
                json.WriteString("order_unit", product.OrderUnit);
                json.WriteNumber("moq", product.MinimumQuantity);
                json.WriteNumber("order_step", product.QuantityStep);
                foreach ((int lowerBound, string amount) in product.Prices)
                {
                    json.WritePropertyName(lowerBound == 1 ? "price" : "price_" + Text(lowerBound));
                    json.WriteStartObject();
                    json.WritePropertyName("value");
                    json.WriteRawValue(amount, skipInputValidation: true);
                    json.WriteString("unit", Currency);
                    json.WriteEndObject();
                }

                json.WriteNumber("delivery_days", product.DeliveryDays);
                json.WriteString("country_of_origin", product.CountryOfOrigin);
                json.WriteStartArray("images");
                json.WriteStringValue(product.Image);
                json.WriteEndArray();
                json.WriteString("datasheet", product.Datasheet);
                json.WriteStartObject("features");
                foreach (GeneratedFeature feature in product.Features)
                {
                    json.WritePropertyName(feature.Name);
                    if (feature.Unit is null)
                    {
                        WriteScalar(json, feature.Value);
                    }
                    else
                    {
                        json.WriteStartObject();
                        json.WritePropertyName("value");
                        WriteScalar(json, feature.Value);
                        json.WriteString("unit", feature.Unit);
                        json.WriteEndObject();
                    }
                }

                json.WriteEndObject();
                json.WriteEndObject();
            }

            output.Write(buffer.WrittenSpan);
            output.WriteByte((byte)'\n');
        }
    }

    /// <summary>Writes the catalog as a BMEcat 2005 document in the BMEcat namespace (UTF-8, indented).</summary>
    internal void WriteBmecat(int count, Stream output)
    {
        const string Ns = "http://www.bmecat.org/bmecat/2005";
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, IndentChars = "  ", NewLineChars = "\n", CloseOutput = false };
        using XmlWriter xml = XmlWriter.Create(output, settings);
        xml.WriteStartDocument();
        xml.WriteStartElement("BMECAT", Ns);
        xml.WriteAttributeString("version", "2005");
        xml.WriteStartElement("HEADER", Ns);
        xml.WriteElementString("GENERATOR_INFO", Ns, "Sample supplier catalog, seed " + Text(Seed));
        xml.WriteStartElement("CATALOG", Ns);
        xml.WriteStartElement("LANGUAGE", Ns);
        xml.WriteAttributeString("default", "true");
        xml.WriteString("eng");
        xml.WriteEndElement();
        xml.WriteElementString("LANGUAGE", Ns, "zho");
        xml.WriteElementString("CATALOG_ID", Ns, "ELECTRONIC-COMPONENTS");
        xml.WriteElementString("CATALOG_VERSION", Ns, "1.0");
        xml.WriteElementString("CATALOG_NAME", Ns, "Electronic components and tools");
        xml.WriteElementString("CURRENCY", Ns, Currency);
        xml.WriteEndElement();
        xml.WriteStartElement("SUPPLIER", Ns);
        xml.WriteElementString("SUPPLIER_NAME", Ns, "Sample Components Distribution");
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteStartElement("T_NEW_CATALOG", Ns);
        foreach (GeneratedProduct product in Products(count))
        {
            xml.WriteStartElement("PRODUCT", Ns);
            xml.WriteAttributeString("mode", "new");
            xml.WriteElementString("SUPPLIER_PID", Ns, product.Sku);
            xml.WriteStartElement("PRODUCT_DETAILS", Ns);
            Lang(xml, "DESCRIPTION_SHORT", "eng", product.Title);
            if (product.TitleZh is not null)
            {
                Lang(xml, "DESCRIPTION_SHORT", "zho", product.TitleZh);
            }

            Lang(xml, "DESCRIPTION_LONG", "eng", product.Description);
            xml.WriteStartElement("INTERNATIONAL_PID", Ns);
            xml.WriteAttributeString("type", "gtin");
            xml.WriteString(product.Gtin);
            xml.WriteEndElement();
            xml.WriteElementString("MANUFACTURER_PID", Ns, product.ManufacturerPid);
            if (product.Manufacturer is not null)
            {
                xml.WriteElementString("MANUFACTURER_NAME", Ns, product.Manufacturer);
            }

            xml.WriteElementString("DELIVERY_TIME", Ns, Text(product.DeliveryDays));
            xml.WriteEndElement();
            xml.WriteStartElement("PRODUCT_FEATURES", Ns);
            xml.WriteElementString("REFERENCE_FEATURE_SYSTEM_NAME", Ns, "ETIM-8.0");
            xml.WriteElementString("REFERENCE_FEATURE_GROUP_ID", Ns, product.ClassCode);
            foreach (GeneratedFeature feature in product.Features)
            {
                xml.WriteStartElement("FEATURE", Ns);
                xml.WriteElementString("FNAME", Ns, feature.Code);
                xml.WriteElementString("FVALUE", Ns, feature.Value);
                if (feature.Unit is not null)
                {
                    xml.WriteElementString("FUNIT", Ns, feature.Unit);
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteStartElement("PRODUCT_ORDER_DETAILS", Ns);
            xml.WriteElementString("ORDER_UNIT", Ns, product.OrderUnit);
            xml.WriteElementString("CONTENT_UNIT", Ns, product.OrderUnit);
            xml.WriteElementString("NO_CU_PER_OU", Ns, "1");
            xml.WriteElementString("PRICE_QUANTITY", Ns, "1");
            xml.WriteElementString("QUANTITY_MIN", Ns, Text(product.MinimumQuantity));
            xml.WriteElementString("QUANTITY_INTERVAL", Ns, Text(product.QuantityStep));
            xml.WriteEndElement();
            xml.WriteStartElement("PRODUCT_PRICE_DETAILS", Ns);
            xml.WriteStartElement("DATETIME", Ns);
            xml.WriteAttributeString("type", "valid_start_date");
            xml.WriteElementString("DATE", Ns, "2026-01-01");
            xml.WriteEndElement();
            xml.WriteElementString("DAILY_PRICE", Ns, "false");
            foreach ((int lowerBound, string amount) in product.Prices)
            {
                xml.WriteStartElement("PRODUCT_PRICE", Ns);
                xml.WriteAttributeString("price_type", "net_list");
                xml.WriteElementString("PRICE_AMOUNT", Ns, amount);
                xml.WriteElementString("PRICE_CURRENCY", Ns, Currency);
                xml.WriteElementString("TAX", Ns, "0.19");
                xml.WriteElementString("LOWER_BOUND", Ns, Text(lowerBound));
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteStartElement("MIME_INFO", Ns);
            Mime(xml, "image/jpeg", product.Image, "normal");
            Mime(xml, "application/pdf", product.Datasheet, "data_sheet");
            xml.WriteEndElement();
            xml.WriteStartElement("PRODUCT_LOGISTIC_DETAILS", Ns);
            xml.WriteElementString("COUNTRY_OF_ORIGIN", Ns, product.CountryOfOrigin);
            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();

        static void Lang(XmlWriter xml, string name, string language, string value)
        {
            xml.WriteStartElement(name, Ns);
            xml.WriteAttributeString("lang", language);
            xml.WriteString(value);
            xml.WriteEndElement();
        }

        static void Mime(XmlWriter xml, string type, string source, string purpose)
        {
            xml.WriteStartElement("MIME", Ns);
            xml.WriteElementString("MIME_TYPE", Ns, type);
            xml.WriteElementString("MIME_SOURCE", Ns, source);
            xml.WriteElementString("MIME_PURPOSE", Ns, purpose);
            xml.WriteEndElement();
        }
    }

    /// <summary>Returns the GTIN-13 check digit of 12 digits.</summary>
    internal static int GtinCheckDigit(ReadOnlySpan<char> twelveDigits)
    {
        int sum = 0;
        for (int i = 0; i < 12; i++)
        {
            int digit = twelveDigits[i] - '0';
            sum += i % 2 == 0 ? digit : digit * 3;
        }

        return (10 - (sum % 10)) % 10;
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Text(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Csv(string value)
        => value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;

    private static void WriteScalar(Utf8JsonWriter json, string value)
    {
        if (value is "true" or "false")
        {
            json.WriteBooleanValue(value == "true");
        }
        else if (IsJsonNumber(value))
        {
            json.WriteRawValue(value, skipInputValidation: true);
        }
        else
        {
            json.WriteStringValue(value);
        }
    }

    private static bool IsJsonNumber(string value)
    {
        int i = value.StartsWith('-') ? 1 : 0;
        if (i >= value.Length || !char.IsAsciiDigit(value[i]) || (value[i] == '0' && i + 1 < value.Length && value[i + 1] != '.'))
        {
            return false;
        }

        int dots = 0;
        for (; i < value.Length; i++)
        {
            if (value[i] == '.')
            {
                dots++;
                if (i == value.Length - 1)
                {
                    return false;
                }
            }
            else if (!char.IsAsciiDigit(value[i]))
            {
                return false;
            }
        }

        return dots <= 1;
    }

#pragma warning disable CA5394 // Deterministic test data, not security.
    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private static string Digits(Random random, int count)
    {
        var text = new StringBuilder(count);
        for (int i = 0; i < count; i++)
        {
            text.Append((char)('0' + random.Next(10)));
        }

        return text.ToString();
    }

    private GeneratedProduct Next(Random random, int index, int defectsSoFar)
    {
        int family = random.Next(100) switch { < 35 => 0, < 65 => 1, < 88 => 2, _ => 3 };

        // The kinds of defect take turns, so that even a small catalog has each of them.
        string? defect = random.NextDouble() < DefectRate
            ? s_defects[defectsSoFar % s_defects.Length]
            : null;
        var features = new List<GeneratedFeature>(16);
        var draft = family switch
        {
            0 => Resistor(random, features, defect),
            1 => Capacitor(random, features, defect),
            2 => Connector(random, features, defect),
            _ => Tool(random, features, defect),
        };

        string gtin12 = "40" + Digits(random, 10);
        string gtin = gtin12 + Text(GtinCheckDigit(gtin12));
        string sku = draft.Prefix + "-" + Text(100_000 + index);
        string title = defect == "overlong-title"
            ? string.Join(" - ", Enumerable.Repeat(draft.Title, 12))
            : draft.Title;
        bool volume = family != 3;
        decimal unitPrice = draft.Price;
        var prices = new List<(int, string)> { (1, Text(unitPrice)) };
        if (volume)
        {
            prices.Add((100, Text(decimal.Round(unitPrice * 0.8m, 4, MidpointRounding.ToEven))));
            prices.Add((1000, Text(decimal.Round(unitPrice * 0.6m, 4, MidpointRounding.ToEven))));
        }

        string slug = sku.ToLowerInvariant();
        return new GeneratedProduct
        {
            Sku = sku,
            Family = draft.Family,
            ClassCode = draft.ClassCode,
            Manufacturer = defect == "missing-manufacturer" ? null : draft.Manufacturer,
            ManufacturerPid = draft.Mpn,
            Gtin = gtin,
            Title = title,
            TitleZh = random.Next(3) == 0 ? draft.TitleZh : null,
            Description = draft.Description,
            OrderUnit = "C62",
            MinimumQuantity = draft.Moq,
            QuantityStep = draft.Moq,
            Prices = prices,
            DeliveryDays = Pick(random, [1, 2, 3, 5, 10, 15]),
            CountryOfOrigin = Pick(random, draft.Countries),
            Image = "https://media.example.com/img/" + slug + ".jpg",
            Datasheet = "https://media.example.com/pdf/" + draft.Mpn.ToLowerInvariant().Replace(' ', '-') + ".pdf",
            Features = features,
            Defect = defect,
        };
    }

    private static Draft Resistor(Random random, List<GeneratedFeature> features, string? defect)
    {
        var package = Pick(random, s_chipPackages);
        string mantissa = Pick(random, s_e24);
        (string unit, string symbol, int scale) = Pick(random, [("OHM", "Ohm", 0), ("B49", "kOhm", 1), ("B75", "MOhm", 2)]);
        int decade = scale == 2 ? 1 : Pick(random, [1, 10, 100]);
        string value = Text(decimal.Parse(mantissa, CultureInfo.InvariantCulture) * decade);
        string tolerance = Pick(random, ["0.1", "0.5", "1", "5"]);
        string power = package.Code switch { "0402" => "0.063", "0603" => "0.1", "0805" => "0.125", _ => "0.25" };
        bool thin = tolerance is "0.1" or "0.5";
        string manufacturer = Pick(random, ["Yageo", "Vishay", "Panasonic", "KOA Speer", "Bourns"]);
        string valueCode = value.Replace('.', 'R') + (scale == 1 ? "K" : scale == 2 ? "M" : string.Empty);
        Add(features, s_resistance, defect == "decimal-comma" ? Comma(value) : value, defect == "unknown-unit" ? s_resistance.DefectUnit! : unit);
        Add(features, s_tolerance, tolerance, "P1");
        Add(features, s_power, power, "WTT");
        Add(features, s_package, package.Code, null);
        Add(features, s_tcr, thin ? Pick(random, ["25", "50"]) : Pick(random, ["100", "200"]), "ppm/K");
        Add(features, s_maxVoltage, package.Code switch { "0402" => "50", "0603" => "75", "0805" => "150", _ => "200" }, "VLT");
        Add(features, s_technology, thin ? "thin film" : "thick film", null);
        Add(features, s_tempMin, "-55", "CEL");
        Add(features, s_tempMax, thin ? "125" : "155", "CEL");
        Add(features, s_length, package.Length, "MMT");
        Add(features, s_width, package.Width, "MMT");
        Add(features, s_height, package.Height, "MMT");
        Add(features, s_aec, random.Next(2) == 0 ? "true" : "false", null);
        Add(features, s_reel, package.Code == "0402" ? "10000" : "5000", "C62");
        string title = $"Chip resistor {value} {symbol} {tolerance}% {power} W {package.Code}";
        return new Draft(
            "RES",
            "chip-resistor",
            "EC000101",
            manufacturer,
            $"{manufacturer[..2].ToUpperInvariant()}{package.Code}-{valueCode}-{tolerance.Replace(".", string.Empty, StringComparison.Ordinal)}",
            title,
            $"贴片电阻 {value} {symbol} {package.Code}",
            $"{(thin ? "Thin" : "Thick")} film chip resistor, {value} {symbol} ±{tolerance}%, rated power {power} W, case {package.Code}, for general purpose and automotive circuits.",
            decimal.Round(0.002m + (random.Next(1, 40) * 0.0007m) + (thin ? 0.05m : 0m), 4, MidpointRounding.ToEven),
            package.Code == "0402" ? 10000 : 5000,
            ["TW", "CN", "JP", "MY"]);
    }

    private static Draft Capacitor(Random random, List<GeneratedFeature> features, string? defect)
    {
        bool electrolytic = random.Next(4) == 0;
        string manufacturer = electrolytic
            ? Pick(random, ["Nichicon", "Panasonic", "Rubycon"])
            : Pick(random, ["Murata", "TDK", "Samsung Electro-Mechanics", "KEMET"]);
        string mantissa = Pick(random, ["1.0", "1.5", "2.2", "3.3", "4.7", "6.8"]);
        (string unit, string symbol, int decade) = electrolytic
            ? Pick(random, [("4O", "µF", 10), ("4O", "µF", 100)])
            : Pick(random, [("4T", "pF", 10), ("4T", "pF", 100), ("C41", "nF", 1), ("C41", "nF", 10), ("C41", "nF", 100), ("4O", "µF", 1)]);
        string value = Text(decimal.Parse(mantissa, CultureInfo.InvariantCulture) * decade);
        string voltage = electrolytic ? Pick(random, ["10", "16", "25", "35", "50"]) : Pick(random, ["6.3", "10", "16", "25", "50", "100"]);
        (string code, string length, string width, string height) package = electrolytic
            ? Pick(random, [("radial 5x11", "5.0", "5.0", "11.0"), ("radial 6.3x11", "6.3", "6.3", "11.0"), ("radial 8x12", "8.0", "8.0", "12.0")])
            : Pick(random, s_chipPackages);
        string dielectric = electrolytic ? "aluminium electrolytic" : unit == "4T" ? "C0G" : Pick(random, ["X7R", "X5R"]);
        Add(features, s_capacitance, defect == "decimal-comma" ? Comma(value) : value, defect == "unknown-unit" ? s_capacitance.DefectUnit! : unit);
        Add(features, s_ratedVoltage, voltage, "VLT");
        Add(features, s_dielectric, dielectric, null);
        Add(features, s_tolerance, electrolytic ? "20" : dielectric == "C0G" ? "5" : "10", "P1");
        Add(features, s_package, package.code, null);
        Add(features, s_tempMin, electrolytic ? "-40" : "-55", "CEL");
        Add(features, s_tempMax, dielectric switch { "X5R" => "85", "C0G" or "X7R" => "125", _ => "105" }, "CEL");
        Add(features, s_length, package.length, "MMT");
        Add(features, s_width, package.width, "MMT");
        Add(features, s_height, package.height, "MMT");
        if (electrolytic)
        {
            Add(features, s_lifetime, Pick(random, ["2000", "5000", "10000"]), "HUR");
            Add(features, s_esr, Pick(random, ["0.08", "0.15", "0.3", "1.2"]), "OHM");
        }

        Add(features, s_aec, random.Next(3) == 0 ? "true" : "false", null);
        Add(features, s_reel, electrolytic ? "1000" : package.code == "0402" ? "10000" : "4000", "C62");
        string kind = electrolytic ? "Aluminium electrolytic capacitor" : "MLCC";
        string title = $"{kind} {value} {symbol} {voltage} V {dielectric} {package.code}";
        return new Draft(
            "CAP",
            electrolytic ? "electrolytic-capacitor" : "mlcc",
            electrolytic ? "EC000202" : "EC000201",
            manufacturer,
            $"{manufacturer[..3].ToUpperInvariant()}{(electrolytic ? "E" : "C")}{Digits(random, 4)}{dielectric[..1]}{value.Replace(".", string.Empty, StringComparison.Ordinal)}",
            title,
            (electrolytic ? "铝电解电容 " : "多层陶瓷电容 ") + $"{value} {symbol} {voltage} V",
            $"{kind}, {value} {symbol}, rated voltage {voltage} V, {dielectric}, case {package.code}; for decoupling, filtering and energy storage.",
            decimal.Round((electrolytic ? 0.05m : 0.003m) + (random.Next(1, 60) * 0.0011m), 4, MidpointRounding.ToEven),
            electrolytic ? 1000 : package.code == "0402" ? 10000 : 4000,
            ["JP", "KR", "CN", "MY"]);
    }

    private static Draft Connector(Random random, List<GeneratedFeature> features, string? defect)
    {
        string manufacturer = Pick(random, ["TE Connectivity", "Molex", "Amphenol", "Würth Elektronik", "Phoenix Contact"]);
        string pitch = Pick(random, ["1.27", "2.0", "2.54", "3.5", "5.08"]);
        int rows = pitch is "3.5" or "5.08" ? 1 : Pick(random, [1, 2]);
        int positions = rows * Pick(random, [2, 3, 4, 5, 6, 8, 10, 12, 20]);
        string current = pitch switch { "1.27" => "1", "2.0" => "2", "2.54" => "3", _ => Pick(random, ["8", "12"]) };
        string mounting = Pick(random, ["THT", "SMD"]);
        string gender = Pick(random, ["male", "female"]);
        string plating = Pick(random, ["gold", "tin"]);
        Add(features, s_pitch, defect == "decimal-comma" ? Comma(pitch) : pitch, "MMT");
        Add(features, s_positions, Text(positions), null);
        Add(features, s_rows, Text(rows), null);
        Add(features, s_current, current, defect == "unknown-unit" ? s_current.DefectUnit! : "AMP");
        Add(features, s_ratedVoltage, pitch is "3.5" or "5.08" ? "300" : "125", "VLT");
        Add(features, s_mounting, mounting, null);
        Add(features, s_gender, gender, null);
        Add(features, s_plating, plating, null);
        Add(features, s_housing, Pick(random, ["PA66", "PBT", "LCP"]), null);
        Add(features, s_colour, Pick(random, ["black", "white", "green"]), null);
        Add(features, s_tempMin, "-40", "CEL");
        Add(features, s_tempMax, Pick(random, ["105", "125"]), "CEL");
        Add(features, s_flammability, "UL 94 V-0", null);
        string kind = pitch is "3.5" or "5.08" ? "Terminal block" : gender == "male" ? "Pin header" : "Socket header";
        string title = $"{kind} {positions} positions {pitch} mm pitch {mounting} {plating}-plated";
        return new Draft(
            "CON",
            "connector",
            kind == "Terminal block" ? "EC000302" : "EC000301",
            manufacturer,
            Digits(random, 3) + "-" + Digits(random, 4) + "-" + Text(positions),
            title,
            $"连接器 {positions}针 {pitch} mm",
            $"{kind} with {positions} positions in {rows} row(s), {pitch} mm pitch, rated {current} A, {mounting} mounting, {plating}-plated contacts.",
            decimal.Round(0.12m + (positions * 0.021m) + (plating == "gold" ? 0.15m : 0m), 4, MidpointRounding.ToEven),
            Pick(random, [10, 50, 100]),
            ["DE", "CN", "US", "MX"]);
    }

    private static Draft Tool(Random random, List<GeneratedFeature> features, string? defect)
    {
        string manufacturer = Pick(random, ["Knipex", "Wera", "Weidmüller", "Wiha", "Phoenix Contact"]);
        string type = Pick(random, ["crimping pliers", "wire stripper", "side cutter"]);
        int length = Pick(random, [145, 160, 180, 200, 220, 250]);
        int weight = 80 + (length - 140) * 2 + random.Next(0, 60);
        (string min, string max, string awg) = Pick(random, [("0.08", "1.5", "28-16"), ("0.14", "2.5", "26-14"), ("0.5", "6", "20-10")]);
        bool insulated = random.Next(3) == 0;
        Add(features, s_toolType, type, null);
        Add(features, s_length, Text(length), "MMT");
        Add(features, s_weight, Text(weight), defect == "unknown-unit" ? s_weight.DefectUnit! : "GRM");
        Add(features, s_crossMin, defect == "decimal-comma" ? Comma(min) : min, "MMK");
        Add(features, s_crossMax, max, "MMK");
        Add(features, s_awg, awg, null);
        Add(features, s_ratchet, type == "crimping pliers" ? "true" : "false", null);
        Add(features, s_handle, Pick(random, ["TPE", "PVC", "two-component"]), null);
        Add(features, s_insulated, insulated ? "true" : "false", null);
        Add(features, s_standard, insulated ? "IEC 60900" : "DIN ISO 5743", null);
        Add(features, s_colour, Pick(random, ["red/blue", "black/yellow", "grey"]), null);
        Add(features, s_tempMin, "-20", "CEL");
        string title = $"{char.ToUpperInvariant(type[0])}{type[1..]} {length} mm, {min}-{max} mm²";
        return new Draft(
            "TLS",
            "hand-tool",
            type == "crimping pliers" ? "EC000401" : "EC000402",
            manufacturer,
            Digits(random, 2) + " " + Digits(random, 2) + " " + Text(length),
            title,
            (type == "crimping pliers" ? "压线钳 " : type == "wire stripper" ? "剥线钳 " : "斜口钳 ") + $"{length} mm",
            $"{char.ToUpperInvariant(type[0])}{type[1..]}, {length} mm long, {weight} g, for wire cross-sections from {min} to {max} mm² (AWG {awg}).",
            decimal.Round(12m + (length * 0.11m) + random.Next(0, 2000) / 100m, 2, MidpointRounding.ToEven),
            1,
            ["DE", "CN", "TW"]);
    }
#pragma warning restore CA5394

    private static GeneratedProduct Revised(GeneratedProduct product) => new()
    {
        Sku = product.Sku,
        Family = product.Family,
        ClassCode = product.ClassCode,
        Manufacturer = product.Manufacturer,
        ManufacturerPid = product.ManufacturerPid,
        Gtin = product.Gtin,
        Title = product.Title,
        TitleZh = product.TitleZh,
        Description = product.Description + " Revised data sheet.",
        OrderUnit = product.OrderUnit,
        MinimumQuantity = product.MinimumQuantity,
        QuantityStep = product.QuantityStep,
        Prices = product.Prices,
        DeliveryDays = product.DeliveryDays,
        CountryOfOrigin = product.CountryOfOrigin,
        Image = product.Image,
        Datasheet = product.Datasheet,
        Features = product.Features,
        Defect = product.Defect,
    };

    private static string Comma(string number)
        => number.Contains('.', StringComparison.Ordinal) ? number.Replace('.', ',') : number + ",0";

    private static void Add(List<GeneratedFeature> features, Spec spec, string value, string? unit)
        => features.Add(new GeneratedFeature(spec.Name, spec.Code, value, unit));

    /// <summary>A product family's draft, before the common parts are added.</summary>
    private sealed record Draft(
        string Prefix,
        string Family,
        string ClassCode,
        string Manufacturer,
        string Mpn,
        string Title,
        string TitleZh,
        string Description,
        decimal Price,
        int Moq,
        string[] Countries);

    /// <summary>A feature's name, code and the units its values come in (the defect unit last).</summary>
    private sealed record Spec(string Name, string Code, string?[] Units, string? DefectUnit = null)
    {
        public IEnumerable<string?> AllUnits => DefectUnit is null ? Units : [.. Units, DefectUnit];

        public static string ColumnOf(string name, string? unit) => unit is null ? name : name + " [" + unit + "]";

        public string Column(string? unit) => ColumnOf(Name, unit);
    }
}
