using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using System.Xml;

namespace B2B2C.Sdk.Catalog.Readers;

/// <summary>
/// Reads a BMEcat 2005 document product by product with an asynchronous <see cref="XmlReader"/>, matching elements by
/// local name (with or without the BMEcat namespace). A product is handed out only when the next one starts or the
/// document ends, so an error that stops reading after a product still lands on that product.
/// </summary>
internal sealed class BmecatParser : IDisposable
{
    private const string ProductElement = "PRODUCT";

    private static readonly FrozenSet<string> s_sections =
        FrozenSet.ToFrozenSet(["T_NEW_CATALOG", "T_UPDATE_PRODUCTS", "T_UPDATE_PRICES"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> s_languageDependent = FrozenSet.ToFrozenSet(
        ["DESCRIPTION_SHORT", "DESCRIPTION_LONG", "MANUFACTURER_TYPE_DESCR", "KEYWORD", "REMARKS", "SEGMENT", "PRODUCT_STATUS", "REFERENCE_FEATURE_GROUP_NAME", "MIME_DESCR", "MIME_ALT"],
        StringComparer.Ordinal);

    private static readonly FrozenSet<string> s_skippedProductParts = FrozenSet.ToFrozenSet(
        ["USER_DEFINED_EXTENSIONS", "PRODUCT_REFERENCE", "PRODUCT_CONFIG_DETAILS", "PRODUCT_CONTENT", "SUPPLIER_IDREF", "PRODUCT_TO_CATALOGGROUP_MAP", "IPP_DEFINITION", "PRODUCT_CHARACTERISTICS"],
        StringComparer.Ordinal);

    private readonly XmlReader _xml;
    private readonly IXmlLineInfo? _lineInfo;
    private readonly string _sourceName;
    private readonly int _maxFieldLength;
    private readonly long _maxRecordLength;
    private readonly RecordBuilder _builder = new();
    private readonly Queue<SourceProduct> _ready = new();
    private readonly List<(string Value, string? Language)> _featureValues = [];
    private readonly StringBuilder _text = new();
    private readonly char[] _chunk = new char[4096];
    private string? _defaultLanguage;
    private string? _currency;
    private SourceProduct? _pending;
    private string? _section;
    private int _sectionIndex;
    private long _record;
    private bool _done;
    private bool _rootSeen;
    private bool _inProduct;
    private string _key = string.Empty;
    private SourceLocation _product;
    private long _productChars;

    internal BmecatParser(Stream stream, string sourceName, BmecatCatalogReaderOptions options)
    {
        _sourceName = sourceName;
        _maxFieldLength = options.MaxFieldLength;
        _maxRecordLength = options.MaxRecordLength;
        _xml = XmlReader.Create(stream, new XmlReaderSettings
        {
            Async = true,
            DtdProcessing = DtdProcessing.Prohibit,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            IgnoreWhitespace = true,
            CloseInput = false,
        });
        _lineInfo = _xml as IXmlLineInfo;
    }

    private long Line => _lineInfo?.LineNumber ?? 0;

    private long Position => _lineInfo?.LinePosition ?? 0;

    /// <summary>Reads the next product, or returns <see langword="null"/> at the end.</summary>
    internal async ValueTask<SourceProduct?> NextAsync(CancellationToken cancellationToken)
    {
        while (_ready.Count == 0 && !_done)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                await AdvanceAsync().ConfigureAwait(false);
            }
            catch (XmlException error)
            {
                Stop(error.LineNumber, error.LinePosition);
            }
            catch (DecoderFallbackException)
            {
                Stop(Line, Position);
            }
        }

        return _ready.Count > 0 ? _ready.Dequeue() : null;
    }

    /// <summary>Disposes the XML reader (never the caller's stream).</summary>
    public void Dispose() => _xml.Dispose();

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private async ValueTask AdvanceAsync()
    {
        while (await _xml.ReadAsync().ConfigureAwait(false))
        {
            if (_xml.NodeType == XmlNodeType.EndElement && _xml.Depth == 1)
            {
                _section = null;
                continue;
            }

            if (_xml.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            if (!_rootSeen)
            {
                _rootSeen = true;
                if (!string.Equals(_xml.LocalName, "BMECAT", StringComparison.Ordinal))
                {
                    _done = true;
                    Enqueue(Synthetic(new CatalogIssue(
                        CatalogReadCodes.NotBmecat,
                        CatalogIssueSeverity.Error,
                        Invariant($"The root element on line {Line} is '{_xml.LocalName}', not 'BMECAT'; reading stopped."),
                        new SourceLocation(_sourceName, 0, Line, "/" + _xml.LocalName))));
                    return;
                }

                continue;
            }

            if (_xml.Depth == 1)
            {
                if (string.Equals(_xml.LocalName, "HEADER", StringComparison.Ordinal))
                {
                    await ReadHeaderAsync().ConfigureAwait(false);
                }
                else if (s_sections.Contains(_xml.LocalName) && !_xml.IsEmptyElement)
                {
                    _section = _xml.LocalName;
                    _sectionIndex = 0;
                }
                else
                {
                    await SkipElementAsync().ConfigureAwait(false);
                }

                continue;
            }

            if (_xml.Depth == 2 && _section is not null && string.Equals(_xml.LocalName, ProductElement, StringComparison.Ordinal))
            {
                SourceProduct product = await ReadProductAsync().ConfigureAwait(false);
                if (_pending is not null)
                {
                    Enqueue(_pending);
                }

                _pending = product;
                if (_ready.Count > 0)
                {
                    return;
                }

                continue;
            }

            await SkipElementAsync().ConfigureAwait(false);
        }

        _done = true;
        if (_pending is not null)
        {
            Enqueue(_pending);
            _pending = null;
        }
        else if (!_rootSeen)
        {
            Enqueue(Synthetic(new CatalogIssue(
                CatalogReadCodes.NotBmecat,
                CatalogIssueSeverity.Error,
                "The document has no root element; it is not a BMEcat document.",
                new SourceLocation(_sourceName, 0, Math.Max(1, Line)))));
        }
    }

    private void Stop(long line, long position)
    {
        _done = true;
        if (line <= 0)
        {
            // Some errors (such as a document that ends before its root element) carry no position.
            line = Math.Max(1, Line);
            position = Math.Max(1, Position);
        }

        string message = Invariant($"The XML is not well-formed at line {line}, position {position}; reading stopped.");
        if (_inProduct)
        {
            _inProduct = false;
            if (_pending is not null)
            {
                Enqueue(_pending);
                _pending = null;
            }

            _builder.AddIssue(new CatalogIssue(CatalogReadCodes.MalformedXml, CatalogIssueSeverity.Error, message, _product with { Line = line }));
            Enqueue(FinishProduct());
            return;
        }

        if (_pending is not null)
        {
            SourceProduct last = _pending;
            _pending = null;
            var issue = new CatalogIssue(CatalogReadCodes.MalformedXml, CatalogIssueSeverity.Error, message, last.Location with { Line = line });
            Enqueue(new SourceProduct(last.Key, last.Location, last.Fields, last.ReadIssues.Add(issue)));
            return;
        }

        Enqueue(Synthetic(new CatalogIssue(
            CatalogReadCodes.MalformedXml,
            CatalogIssueSeverity.Error,
            message,
            new SourceLocation(_sourceName, 0, line))));
    }

    private void Enqueue(SourceProduct product) => _ready.Enqueue(product);

    private SourceProduct Synthetic(CatalogIssue issue)
    {
        _builder.Clear();
        _builder.AddIssue(issue);
        return _builder.Build(string.Empty, issue.Location);
    }

    private async ValueTask ReadHeaderAsync()
    {
        if (_xml.IsEmptyElement)
        {
            return;
        }

        int depth = _xml.Depth;
        string? firstLanguage = null;
        string? defaultLanguage = null;
        while (await _xml.ReadAsync().ConfigureAwait(false))
        {
            if (_xml.NodeType == XmlNodeType.EndElement && _xml.Depth == depth)
            {
                break;
            }

            if (_xml.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            if (_xml.Depth == depth + 2 && string.Equals(_xml.LocalName, "LANGUAGE", StringComparison.Ordinal))
            {
                bool isDefault = string.Equals(_xml.GetAttribute("default")?.Trim(), "true", StringComparison.OrdinalIgnoreCase);
                string? language = LanguageTags.Normalize((await ReadTextAsync().ConfigureAwait(false)).Text);
                firstLanguage ??= language;
                if (isDefault)
                {
                    defaultLanguage ??= language;
                }
            }
            else if (_xml.Depth == depth + 2 && string.Equals(_xml.LocalName, "CURRENCY", StringComparison.Ordinal))
            {
                string currency = (await ReadTextAsync().ConfigureAwait(false)).Text;
                _currency = currency.Length == 0 ? null : currency;
            }
        }

        _defaultLanguage = defaultLanguage ?? firstLanguage;
    }

    private async ValueTask<SourceProduct> ReadProductAsync()
    {
        _record++;
        _sectionIndex++;
        _inProduct = true;
        _key = string.Empty;
        _productChars = 0;
        _builder.Clear();
        _product = new SourceLocation(_sourceName, _record, Line, Invariant($"/BMECAT/{_section}/{ProductElement}[{_sectionIndex}]"));
        string? mode = _xml.GetAttribute("mode");
        if (mode is not null)
        {
            AddField("PRODUCT.mode", mode.Trim(), null, null);
        }

        int featureBlocks = 0;
        if (!_xml.IsEmptyElement)
        {
            int depth = _xml.Depth;
            while (await NextChildAsync(depth).ConfigureAwait(false))
            {
                string name = _xml.LocalName;
                switch (name)
                {
                    case "SUPPLIER_PID":
                    {
                        string key = await ReadFieldAsync(name, name, null, null).ConfigureAwait(false);
                        if (_key.Length == 0)
                        {
                            _key = key;
                        }

                        break;
                    }

                    case "PRODUCT_DETAILS":
                        await ReadLeavesAsync(name, detailRules: true).ConfigureAwait(false);
                        break;

                    case "PRODUCT_ORDER_DETAILS":
                        await ReadLeavesAsync(name, detailRules: false).ConfigureAwait(false);
                        break;

                    case "PRODUCT_LOGISTIC_DETAILS":
                        await ReadLogisticsAsync(name).ConfigureAwait(false);
                        break;

                    case "PRODUCT_FEATURES":
                        featureBlocks++;
                        await ReadFeaturesAsync(featureBlocks == 1 ? name : Invariant($"{name}[{featureBlocks}]")).ConfigureAwait(false);
                        break;

                    case "PRODUCT_PRICE_DETAILS":
                        await ReadPricesAsync().ConfigureAwait(false);
                        break;

                    case "MIME_INFO":
                        await ReadMimeAsync().ConfigureAwait(false);
                        break;

                    default:
                        if (!s_skippedProductParts.Contains(name))
                        {
                            _builder.AddIssue(new CatalogIssue(
                                CatalogReadCodes.UnknownElement,
                                CatalogIssueSeverity.Warning,
                                Invariant($"Product {_product.Record} has an unknown element '{name}' on line {Line}; it was skipped."),
                                _product.Child(name, Line)) { SourceField = name });
                        }

                        await SkipElementAsync().ConfigureAwait(false);
                        break;
                }
            }
        }

        _inProduct = false;
        return FinishProduct();
    }

    private SourceProduct FinishProduct()
    {
        if (_key.Length == 0)
        {
            _builder.AddIssue(new CatalogIssue(
                CatalogReadCodes.MissingKey,
                CatalogIssueSeverity.Error,
                Invariant($"Product {_product.Record} on line {_product.Line} has no SUPPLIER_PID."),
                _product) { SourceField = "SUPPLIER_PID" });
        }

        return _builder.Build(_key, _product);
    }

    private async ValueTask ReadLeavesAsync(string parent, bool detailRules)
    {
        if (_xml.IsEmptyElement)
        {
            return;
        }

        int depth = _xml.Depth;
        while (await NextChildAsync(depth).ConfigureAwait(false))
        {
            string name = _xml.LocalName;
            string? language = LanguageTags.Normalize(_xml.GetAttribute("lang"));
            if (language is null && s_languageDependent.Contains(name))
            {
                language = _defaultLanguage;
            }

            string? type = detailRules ? _xml.GetAttribute("type")?.Trim() : null;
            (string value, bool hasChildren) = await ReadTextAsync(parent + "/" + name, name).ConfigureAwait(false);
            if (hasChildren && value.Length == 0)
            {
                continue;
            }

            AddField(name, value, null, language);
            if (!string.IsNullOrEmpty(type))
            {
                AddField(name + "." + type, value, null, language);
            }
        }
    }

    private async ValueTask ReadLogisticsAsync(string path)
    {
        if (_xml.IsEmptyElement)
        {
            return;
        }

        int depth = _xml.Depth;
        while (await NextChildAsync(depth).ConfigureAwait(false))
        {
            string name = _xml.LocalName;
            if (name is "PRODUCT_DIMENSIONS" or "CUSTOMS_TARIFF_NUMBER")
            {
                await ReadLogisticsAsync(path + "/" + name).ConfigureAwait(false);
                continue;
            }

            string? language = LanguageTags.Normalize(_xml.GetAttribute("lang"));
            (string value, bool hasChildren) = await ReadTextAsync(path + "/" + name, name).ConfigureAwait(false);
            if (!hasChildren || value.Length > 0)
            {
                AddField(name, value, null, language);
            }
        }
    }

    private async ValueTask ReadFeaturesAsync(string path)
    {
        if (_xml.IsEmptyElement)
        {
            return;
        }

        int depth = _xml.Depth;
        string? system = null;
        int features = 0;
        while (await NextChildAsync(depth).ConfigureAwait(false))
        {
            string name = _xml.LocalName;
            if (string.Equals(name, "FEATURE", StringComparison.Ordinal))
            {
                features++;
                await ReadFeatureAsync(Invariant($"{path}/FEATURE[{features}]")).ConfigureAwait(false);
                continue;
            }

            string? language = LanguageTags.Normalize(_xml.GetAttribute("lang"));
            if (language is null && s_languageDependent.Contains(name))
            {
                language = _defaultLanguage;
            }

            (string value, bool hasChildren) = await ReadTextAsync(path + "/" + name, name).ConfigureAwait(false);
            if (hasChildren && value.Length == 0)
            {
                continue;
            }

            AddField(name, value, null, language);
            if (string.Equals(name, "REFERENCE_FEATURE_SYSTEM_NAME", StringComparison.Ordinal))
            {
                system = value.Length == 0 ? null : value;
            }
            else if (system is not null && string.Equals(name, "REFERENCE_FEATURE_GROUP_ID", StringComparison.Ordinal))
            {
                AddField(name + "." + system, value, null, null);
            }
        }
    }

    private async ValueTask ReadFeatureAsync(string path)
    {
        if (_xml.IsEmptyElement)
        {
            return;
        }

        int depth = _xml.Depth;
        string? featureName = null;
        string? unit = null;
        _featureValues.Clear();
        while (await NextChildAsync(depth).ConfigureAwait(false))
        {
            switch (_xml.LocalName)
            {
                case "FNAME":
                {
                    string text = (await ReadTextAsync(path + "/FNAME", "FNAME").ConfigureAwait(false)).Text;
                    if (featureName is null && text.Length > 0)
                    {
                        featureName = text;
                    }

                    break;
                }

                case "FVALUE":
                {
                    string? language = LanguageTags.Normalize(_xml.GetAttribute("lang"));
                    string text = (await ReadTextAsync(path + "/FVALUE", featureName ?? "FVALUE").ConfigureAwait(false)).Text;
                    _featureValues.Add((text, language));
                    break;
                }

                case "FUNIT":
                {
                    string text = (await ReadTextAsync(path + "/FUNIT", "FUNIT").ConfigureAwait(false)).Text;
                    unit = text.Length == 0 ? null : text;
                    break;
                }

                default:
                    await SkipElementAsync().ConfigureAwait(false);
                    break;
            }
        }

        if (featureName is null)
        {
            return;
        }

        if (_featureValues.Count == 0)
        {
            AddField(featureName, string.Empty, unit, null);
            return;
        }

        foreach ((string value, string? language) in _featureValues)
        {
            AddField(featureName, value, unit, language);
        }
    }

    private async ValueTask ReadPricesAsync()
    {
        if (_xml.IsEmptyElement)
        {
            return;
        }

        int depth = _xml.Depth;
        int prices = 0;
        while (await NextChildAsync(depth).ConfigureAwait(false))
        {
            if (!string.Equals(_xml.LocalName, "PRODUCT_PRICE", StringComparison.Ordinal))
            {
                await SkipElementAsync().ConfigureAwait(false);
                continue;
            }

            prices++;
            string path = Invariant($"PRODUCT_PRICE_DETAILS/PRODUCT_PRICE[{prices}]");
            string? priceType = _xml.GetAttribute("price_type")?.Trim();
            string amount = string.Empty;
            string? currency = null;
            string? lowerBound = null;
            if (!_xml.IsEmptyElement)
            {
                int priceDepth = _xml.Depth;
                while (await _xml.ReadAsync().ConfigureAwait(false))
                {
                    if (_xml.NodeType == XmlNodeType.EndElement && _xml.Depth == priceDepth)
                    {
                        break;
                    }

                    if (_xml.NodeType != XmlNodeType.Element || _xml.Depth != priceDepth + 1)
                    {
                        continue;
                    }

                    switch (_xml.LocalName)
                    {
                        case "PRICE_AMOUNT":
                            amount = (await ReadTextAsync(path + "/PRICE_AMOUNT", "PRICE_AMOUNT").ConfigureAwait(false)).Text;
                            break;
                        case "PRICE_CURRENCY":
                            currency = (await ReadTextAsync(path + "/PRICE_CURRENCY", "PRICE_CURRENCY").ConfigureAwait(false)).Text;
                            break;
                        case "LOWER_BOUND":
                            lowerBound = (await ReadTextAsync(path + "/LOWER_BOUND", "LOWER_BOUND").ConfigureAwait(false)).Text;
                            break;
                        default:
                            await SkipElementAsync().ConfigureAwait(false);
                            break;
                    }
                }
            }

            string name = string.IsNullOrEmpty(priceType) ? "PRICE_AMOUNT" : "PRICE_AMOUNT." + priceType;
            if (!string.IsNullOrEmpty(lowerBound) && !IsOne(lowerBound))
            {
                name = name + "." + lowerBound;
            }

            AddField(name, amount, string.IsNullOrEmpty(currency) ? _currency : currency, null);
        }

        static bool IsOne(string text)
            => decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out decimal value) && value == 1m;
    }

    private async ValueTask ReadMimeAsync()
    {
        if (_xml.IsEmptyElement)
        {
            return;
        }

        int depth = _xml.Depth;
        int mimes = 0;
        while (await NextChildAsync(depth).ConfigureAwait(false))
        {
            if (!string.Equals(_xml.LocalName, "MIME", StringComparison.Ordinal) || _xml.IsEmptyElement)
            {
                await SkipElementAsync().ConfigureAwait(false);
                continue;
            }

            mimes++;
            string path = Invariant($"MIME_INFO/MIME[{mimes}]");
            string? source = null;
            string? purpose = null;
            string? language = null;
            int mimeDepth = _xml.Depth;
            while (await _xml.ReadAsync().ConfigureAwait(false))
            {
                if (_xml.NodeType == XmlNodeType.EndElement && _xml.Depth == mimeDepth)
                {
                    break;
                }

                if (_xml.NodeType != XmlNodeType.Element || _xml.Depth != mimeDepth + 1)
                {
                    continue;
                }

                switch (_xml.LocalName)
                {
                    case "MIME_SOURCE":
                        language = LanguageTags.Normalize(_xml.GetAttribute("lang"));
                        source ??= (await ReadTextAsync(path + "/MIME_SOURCE", "MIME_SOURCE").ConfigureAwait(false)).Text;
                        break;
                    case "MIME_PURPOSE":
                        purpose = (await ReadTextAsync(path + "/MIME_PURPOSE", "MIME_PURPOSE").ConfigureAwait(false)).Text;
                        break;
                    default:
                        await SkipElementAsync().ConfigureAwait(false);
                        break;
                }
            }

            if (source is not null)
            {
                AddField("MIME_SOURCE", source, null, language);
                if (!string.IsNullOrEmpty(purpose))
                {
                    AddField("MIME_SOURCE." + purpose, source, null, language);
                }
            }
        }
    }

    private void AddField(string name, string value, string? unit, string? language)
    {
        _productChars += value.Length;
        if (_productChars > _maxRecordLength)
        {
            if (!_builder.HasIssue(CatalogReadCodes.RecordTooLarge))
            {
                _builder.AddIssue(new CatalogIssue(
                    CatalogReadCodes.RecordTooLarge,
                    CatalogIssueSeverity.Error,
                    Invariant($"Product {_product.Record} on line {_product.Line} has more than {_maxRecordLength} characters of values; the fields from '{name}' on line {Line} were skipped."),
                    _product with { Line = Line }));
            }

            return;
        }

        _builder.Add(new SourceField(name, value, unit, language));
    }

    private async ValueTask<string> ReadFieldAsync(string path, string name, string? unit, string? language)
    {
        string value = (await ReadTextAsync(path, name).ConfigureAwait(false)).Text;
        AddField(name, value, unit, language);
        return value;
    }

    private ValueTask<(string Text, bool HasChildren)> ReadTextAsync() => ReadTextAsync(null, null);

    /// <summary>Reads the text of the current element (child elements are skipped), trimmed; positioned on the element's last node afterwards.</summary>
    private async ValueTask<(string Text, bool HasChildren)> ReadTextAsync(string? path, string? field)
    {
        if (_xml.IsEmptyElement)
        {
            return (string.Empty, false);
        }

        long line = Line;
        int depth = _xml.Depth;
        bool hasChildren = false;
        bool tooLong = false;
        _text.Clear();
        while (await _xml.ReadAsync().ConfigureAwait(false))
        {
            XmlNodeType type = _xml.NodeType;
            if (type == XmlNodeType.EndElement && _xml.Depth == depth)
            {
                break;
            }

            if (type == XmlNodeType.Element)
            {
                hasChildren = true;
                continue;
            }

            if (_xml.Depth != depth + 1 || type is not (XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace))
            {
                continue;
            }

            if (_xml.CanReadValueChunk)
            {
                int read;
                while ((read = await _xml.ReadValueChunkAsync(_chunk, 0, _chunk.Length).ConfigureAwait(false)) > 0)
                {
                    tooLong = Append(_chunk.AsSpan(0, read), tooLong);
                }
            }
            else
            {
                tooLong = Append(_xml.Value, tooLong);
            }
        }

        if (tooLong)
        {
            if (_inProduct)
            {
                _builder.AddIssue(new CatalogIssue(
                    CatalogReadCodes.FieldTooLong,
                    CatalogIssueSeverity.Error,
                    Invariant($"Product {_product.Record}, element {path} on line {line}: the value is longer than {_maxFieldLength} characters and was dropped."),
                    path is null ? _product with { Line = line } : _product.Child(path, line)) { SourceField = field });
            }

            return (string.Empty, hasChildren);
        }

        return (_text.Length == 0 ? string.Empty : _text.ToString().Trim(), hasChildren);
    }

    private bool Append(ReadOnlySpan<char> text, bool tooLong)
    {
        if (tooLong || _text.Length + text.Length > _maxFieldLength)
        {
            return true;
        }

        _text.Append(text);
        return false;
    }

    /// <summary>Reads past the current element; positioned on its last node afterwards.</summary>
    private async ValueTask SkipElementAsync()
    {
        if (_xml.IsEmptyElement)
        {
            return;
        }

        int depth = _xml.Depth;
        while (await _xml.ReadAsync().ConfigureAwait(false))
        {
            if (_xml.NodeType == XmlNodeType.EndElement && _xml.Depth == depth)
            {
                return;
            }
        }
    }

    /// <summary>
    /// Moves to the next child element of the element at <paramref name="depth"/>, skipping text, comments and
    /// deeper nodes; returns <see langword="false"/> at that element's end tag (or the end of the input).
    /// </summary>
    private async ValueTask<bool> NextChildAsync(int depth)
    {
        while (await _xml.ReadAsync().ConfigureAwait(false))
        {
            if (_xml.NodeType == XmlNodeType.EndElement && _xml.Depth == depth)
            {
                return false;
            }

            if (_xml.NodeType == XmlNodeType.Element && _xml.Depth == depth + 1)
            {
                return true;
            }
        }

        return false;
    }
}
