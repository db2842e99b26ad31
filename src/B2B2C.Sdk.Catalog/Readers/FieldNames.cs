using System;

namespace B2B2C.Sdk.Catalog.Readers;

/// <summary>Parses the <c>name@lang</c> and <c>name [UNIT]</c> conventions of CSV headers and JSON property names.</summary>
internal static class FieldNames
{
    /// <summary>Splits <c>name@lang</c> when the part after the last <c>@</c> looks like a BCP 47 tag; otherwise the whole text is the name.</summary>
    internal static (string Name, string? Language) SplitLanguage(string text)
    {
        int at = text.LastIndexOf('@');
        if (at <= 0 || at == text.Length - 1)
        {
            return (text, null);
        }

        ReadOnlySpan<char> tag = text.AsSpan(at + 1).Trim();
        if (!IsLanguageTag(tag))
        {
            return (text, null);
        }

        return (text[..at].TrimEnd(), tag.ToString());
    }

    /// <summary>Splits <c>name [UNIT]</c>; an empty bracket gives no unit.</summary>
    internal static (string Name, string? Unit) SplitUnit(string text)
    {
        if (!text.EndsWith(']'))
        {
            return (text, null);
        }

        int open = text.LastIndexOf('[');
        if (open <= 0)
        {
            return (text, null);
        }

        string unit = text[(open + 1)..^1].Trim();
        return (text[..open].TrimEnd(), unit.Length == 0 ? null : unit);
    }

    private static bool IsLanguageTag(ReadOnlySpan<char> tag)
    {
        if (tag.Length is 0 or > 35 || !char.IsAsciiLetter(tag[0]))
        {
            return false;
        }

        foreach (char c in tag)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '-')
            {
                return false;
            }
        }

        return true;
    }
}
