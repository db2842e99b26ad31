using System.Collections.Generic;
using System.Text;

namespace B2B2C.Sdk.Catalog.Mapping;

/// <summary>Parses templates such as <c>{MANUFACTURER_NAME} {MANUFACTURER_PID?} chip resistor</c>; <c>{{</c> and <c>}}</c> escape braces.</summary>
internal static class TemplateParser
{
    internal static bool TryParse(string template, out TemplatePart[] parts, out string error)
    {
        var list = new List<TemplatePart>();
        var literal = new StringBuilder();
        int i = 0;
        while (i < template.Length)
        {
            char c = template[i];
            if (c == '{' && i + 1 < template.Length && template[i + 1] == '{')
            {
                literal.Append('{');
                i += 2;
                continue;
            }

            if (c == '}' && i + 1 < template.Length && template[i + 1] == '}')
            {
                literal.Append('}');
                i += 2;
                continue;
            }

            if (c == '}')
            {
                parts = [];
                error = $"an unmatched '}}' at character {i + 1}";
                return false;
            }

            if (c != '{')
            {
                literal.Append(c);
                i++;
                continue;
            }

            int end = template.IndexOf('}', i + 1);
            if (end < 0)
            {
                parts = [];
                error = $"the placeholder at character {i + 1} is not closed";
                return false;
            }

            string name = template[(i + 1)..end].Trim();
            bool optional = name.EndsWith('?');
            if (optional)
            {
                name = name[..^1].TrimEnd();
            }

            if (name.Length == 0 || name.Contains('{', System.StringComparison.Ordinal))
            {
                parts = [];
                error = $"the placeholder at character {i + 1} has no field name";
                return false;
            }

            if (literal.Length > 0)
            {
                list.Add(new TemplatePart(literal.ToString(), false, false));
                literal.Clear();
            }

            list.Add(new TemplatePart(name, true, optional));
            i = end + 1;
        }

        if (literal.Length > 0)
        {
            list.Add(new TemplatePart(literal.ToString(), false, false));
        }

        parts = [.. list];
        error = string.Empty;
        return true;
    }
}
