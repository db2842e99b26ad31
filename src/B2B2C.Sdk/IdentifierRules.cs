using System;
using System.Globalization;
using System.Text;

namespace B2B2C.Sdk;

/// <summary>The validation shared by every strongly typed identifier; see <see cref="IIdentifier{TSelf}"/>.</summary>
internal static class IdentifierRules
{
    /// <summary>The largest number of UTF-16 characters an identifier may have.</summary>
    internal const int MaxLength = 128;

    private const int MaxShownLength = 64;

    /// <summary>Returns <paramref name="value"/> when it is a valid identifier; otherwise throws.</summary>
    internal static string Validate(string? value, string typeName, string parameterName)
    {
        if (value is null)
        {
            throw new ArgumentNullException(parameterName, $"A {typeName} cannot be null.");
        }

        string? problem = FindProblem(value.AsSpan());
        if (problem is not null)
        {
            throw new ArgumentException(Message(typeName, value.AsSpan(), problem), parameterName);
        }

        return value;
    }

    internal static bool IsValid(ReadOnlySpan<char> value) => FindProblem(value) is null;

    /// <summary>Explains why <paramref name="value"/> is not a valid identifier of the named type.</summary>
    internal static string Explain(string typeName, ReadOnlySpan<char> value)
        => Message(typeName, value, FindProblem(value) ?? "it is valid");

    private static string Message(string typeName, ReadOnlySpan<char> value, string problem)
        => $"{Show(value)} is not a valid {typeName}: {problem}.";

    private static string? FindProblem(ReadOnlySpan<char> value)
    {
        if (value.IsEmpty)
        {
            return "it is empty";
        }

        if (value.Length > MaxLength)
        {
            return string.Create(
                CultureInfo.InvariantCulture,
                $"it has {value.Length} characters and the limit is {MaxLength}");
        }

        if (char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1]))
        {
            return "it starts or ends with white space";
        }

        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if (char.IsControl(c))
            {
                return string.Create(CultureInfo.InvariantCulture, $"it contains the control character U+{(int)c:X4}");
            }

            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return string.Create(CultureInfo.InvariantCulture, $"it contains the unpaired surrogate U+{(int)c:X4}");
            }
        }

        return null;
    }

    /// <summary>Quotes a value for a message, escaping control characters and shortening long values.</summary>
    private static string Show(ReadOnlySpan<char> value)
    {
        var builder = new StringBuilder(Math.Min(value.Length, MaxShownLength) + 32);
        builder.Append('\'');
        ReadOnlySpan<char> shown = value.Length > MaxShownLength ? value[..MaxShownLength] : value;
        foreach (char c in shown)
        {
            if (char.IsControl(c) || char.IsSurrogate(c))
            {
                builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
            else
            {
                builder.Append(c);
            }
        }

        builder.Append('\'');
        if (shown.Length < value.Length)
        {
            builder.Append(CultureInfo.InvariantCulture, $" (first {MaxShownLength} of {value.Length} characters)");
        }

        return builder.ToString();
    }
}
