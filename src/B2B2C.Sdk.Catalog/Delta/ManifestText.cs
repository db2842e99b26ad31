using System;
using System.Buffers;
using System.Text;

namespace B2B2C.Sdk.Catalog.Delta;

/// <summary>The escaping of the tab-separated catalog files: backslash, tab, line feed and carriage return.</summary>
/// <remarks>
/// <c>\</c> is written <c>\\</c>, a tab <c>\t</c>, a line feed <c>\n</c> and a carriage return <c>\r</c>; every other
/// character is written as itself. Stateless and thread-safe.
/// </remarks>
internal static class ManifestText
{
    private static readonly SearchValues<char> s_special = SearchValues.Create("\\\t\n\r");

    /// <summary>Appends a value escaped.</summary>
    public static void AppendEscaped(StringBuilder text, string? value)
    {
        if (value is null)
        {
            return;
        }

        if (value.AsSpan().IndexOfAny(s_special) < 0)
        {
            text.Append(value);
            return;
        }

        foreach (char c in value)
        {
            switch (c)
            {
                case '\\':
                    text.Append("\\\\");
                    break;
                case '\t':
                    text.Append("\\t");
                    break;
                case '\n':
                    text.Append("\\n");
                    break;
                case '\r':
                    text.Append("\\r");
                    break;
                default:
                    text.Append(c);
                    break;
            }
        }
    }

    /// <summary>Returns a value escaped.</summary>
    public static string Escape(string value)
    {
        if (value.AsSpan().IndexOfAny(s_special) < 0)
        {
            return value;
        }

        var text = new StringBuilder(value.Length + 8);
        AppendEscaped(text, value);
        return text.ToString();
    }

    /// <summary>Unescapes a field, or returns <see langword="null"/> with the problem when an escape is unknown.</summary>
    public static string? Unescape(ReadOnlySpan<char> field, out string? problem)
    {
        problem = null;
        int backslash = field.IndexOf('\\');
        if (backslash < 0)
        {
            return field.ToString();
        }

        var text = new StringBuilder(field.Length);
        text.Append(field[..backslash]);
        for (int i = backslash; i < field.Length; i++)
        {
            char c = field[i];
            if (c != '\\')
            {
                text.Append(c);
                continue;
            }

            if (i + 1 >= field.Length)
            {
                problem = "a backslash ends the field; write \\\\ for a backslash";
                return null;
            }

            char next = field[++i];
            switch (next)
            {
                case '\\':
                    text.Append('\\');
                    break;
                case 't':
                    text.Append('\t');
                    break;
                case 'n':
                    text.Append('\n');
                    break;
                case 'r':
                    text.Append('\r');
                    break;
                default:
                    problem = $"unknown escape \\{next}; only \\\\, \\t, \\n and \\r are allowed";
                    return null;
            }
        }

        return text.ToString();
    }
}
