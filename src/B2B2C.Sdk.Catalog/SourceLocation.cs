using System;
using System.Globalization;
using System.Text;

namespace B2B2C.Sdk.Catalog;

/// <summary>Says where a supplier product, or a problem with it, was found: the source, the record, the line and the element.</summary>
/// <remarks>
/// Lines and records count from 1; 0 means "not known" (a product built in code has neither). <see cref="Element"/>
/// is an XPath-like path for XML sources (<c>/BMECAT/T_NEW_CATALOG/PRODUCT[17]/PRODUCT_FEATURES/FEATURE[3]</c>) and
/// <see langword="null"/> for line-oriented sources. <c>default(SourceLocation)</c> is an unknown location. The value
/// is immutable.
/// </remarks>
/// <param name="Source">The source's name, usually the file name as the caller gave it; empty when unknown.</param>
/// <param name="Record">The 1-based ordinal of the product within the source (data rows for CSV), or 0.</param>
/// <param name="Line">The 1-based line where the record starts (the physical line for CSV with quoted line breaks), or 0.</param>
/// <param name="Element">The XML element path, or <see langword="null"/>.</param>
public readonly record struct SourceLocation(string Source, long Record, long Line, string? Element = null)
{
    private readonly string? _source = Source;

    /// <summary>Gets the source's name, never <see langword="null"/> (empty when unknown, also for <c>default</c>).</summary>
    public string Source
    {
        get => _source ?? string.Empty;
        init => _source = value;
    }

    /// <summary>Returns a copy of this location that points at a child element of <see cref="Element"/>.</summary>
    /// <param name="relativePath">The child path, for example <c>PRODUCT_FEATURES/FEATURE[3]</c>.</param>
    /// <param name="line">The child's line, or 0 to keep this location's line.</param>
    /// <returns>The child location.</returns>
    public SourceLocation Child(string relativePath, long line = 0)
    {
        ArgumentNullException.ThrowIfNull(relativePath);
        string element = string.IsNullOrEmpty(Element) ? relativePath : Element + "/" + relativePath;
        return this with { Element = element, Line = line > 0 ? line : Line };
    }

    /// <summary>Formats the location for people, for example <c>parts.csv, record 17, line 18</c>.</summary>
    /// <returns>The location as invariant text; <c>unknown location</c> when nothing is known.</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        Append(text, Source);
        if (Record > 0)
        {
            Append(text, "record " + Record.ToString(CultureInfo.InvariantCulture));
        }

        if (Line > 0)
        {
            Append(text, "line " + Line.ToString(CultureInfo.InvariantCulture));
        }

        if (!string.IsNullOrEmpty(Element))
        {
            Append(text, Element);
        }

        return text.Length == 0 ? "unknown location" : text.ToString();

        static void Append(StringBuilder text, string part)
        {
            if (part.Length == 0)
            {
                return;
            }

            if (text.Length > 0)
            {
                text.Append(", ");
            }

            text.Append(part);
        }
    }
}
