using System;
using System.Collections.Frozen;
using System.Globalization;
using System.Linq;

namespace B2B2C.Sdk;

/// <summary>Formatting and parsing of <see cref="Money"/>, kept apart so the value type stays small.</summary>
internal static class MoneyText
{
    private static readonly FrozenDictionary<string, Currency[]> s_bySymbol = Currency.All
        .Where(c => !string.Equals(c.Symbol, c.Code, StringComparison.Ordinal))
        .GroupBy(c => c.Symbol, StringComparer.Ordinal)
        .ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);

    private static readonly string[] s_symbolsLongestFirst = [.. s_bySymbol.Keys.OrderByDescending(k => k.Length).ThenBy(k => k, StringComparer.Ordinal)];

    internal static string Format(Money money, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        NumberFormatInfo numbers = NumberFormatInfo.GetInstance(provider);
        Currency currency = money.Currency;
        decimal amount = money.Amount;
        int minorUnit = currency.MinorUnit ?? 0;
        char kind = format.IsEmpty ? 'G' : char.ToUpperInvariant(format[0]);
        ReadOnlySpan<char> precisionText = format.IsEmpty ? [] : format[1..];
        int? precision = null;
        if (!precisionText.IsEmpty)
        {
            if (kind is 'G' or 'R' || !int.TryParse(precisionText, NumberStyles.None, CultureInfo.InvariantCulture, out int digits) || digits > 28)
            {
                throw BadFormat(format);
            }

            precision = digits;
        }

        switch (kind)
        {
            case 'G':
                return string.Concat(currency.Code, " ", amount.ToString(NumberFormat(precision ?? Math.Max(minorUnit, amount.Scale)), numbers));
            case 'N':
                return amount.ToString(NumberFormat(precision ?? Math.Max(minorUnit, amount.Scale)), numbers);
            case 'C':
                var currencyNumbers = (NumberFormatInfo)numbers.Clone();
                currencyNumbers.CurrencySymbol = currency.Symbol;
                currencyNumbers.CurrencyDecimalDigits = precision ?? minorUnit;
                return amount.ToString("C", currencyNumbers);
            case 'R':
                return string.Concat(currency.Code, " ", amount.ToString(CultureInfo.InvariantCulture));
            default:
                throw BadFormat(format);
        }
    }

    internal static bool TryParse(ReadOnlySpan<char> text, IFormatProvider? provider, Currency? expected, out Money result, out string? error)
    {
        result = default;
        NumberFormatInfo numbers = NumberFormatInfo.GetInstance(provider);
        ReadOnlySpan<char> s = text.Trim();
        if (s.IsEmpty)
        {
            error = "An empty text is not an amount of money; expected an amount with a currency code, such as 'EUR 12.34'.";
            return false;
        }

        ReadOnlySpan<char> sign = [];
        if (s.StartsWith(numbers.NegativeSign, StringComparison.Ordinal) && s.Length > numbers.NegativeSign.Length && !IsNumberStart(s[numbers.NegativeSign.Length]))
        {
            sign = s[..numbers.NegativeSign.Length];
            s = s[numbers.NegativeSign.Length..].TrimStart();
        }

        Currency[]? marked = null;
        ReadOnlySpan<char> number = s;
        if (s.Length >= 3 && IsCode(s[..3]) && (s.Length == 3 || !char.IsLetter(s[3])))
        {
            if (!Currency.TryFromCode(s[..3], out Currency c))
            {
                error = $"'{text}' is not an amount of money: {Currency.UnknownCodeMessage(s[..3])}";
                return false;
            }

            marked = [c];
            number = s[3..];
        }
        else if (s.Length >= 3 && IsCode(s[^3..]) && (s.Length == 3 || !char.IsLetter(s[^4])))
        {
            if (!Currency.TryFromCode(s[^3..], out Currency c))
            {
                error = $"'{text}' is not an amount of money: {Currency.UnknownCodeMessage(s[^3..])}";
                return false;
            }

            marked = [c];
            number = s[..^3];
        }
        else
        {
            foreach (string symbol in s_symbolsLongestFirst)
            {
                if (s.StartsWith(symbol, StringComparison.Ordinal))
                {
                    marked = s_bySymbol[symbol];
                    number = s[symbol.Length..];
                    break;
                }

                if (s.EndsWith(symbol, StringComparison.Ordinal))
                {
                    marked = s_bySymbol[symbol];
                    number = s[..^symbol.Length];
                    break;
                }
            }
        }

        Currency currency;
        if (marked is null)
        {
            if (expected is not Currency known)
            {
                error = $"'{text}' names no currency; write an ISO 4217 code such as 'EUR 12.34', or parse with a known currency.";
                return false;
            }

            currency = known;
        }
        else if (expected is Currency known)
        {
            if (Array.IndexOf(marked, known) < 0)
            {
                error = $"'{text}' is not an amount in {known.Code}.";
                return false;
            }

            currency = known;
        }
        else if (marked.Length > 1)
        {
            error = $"The symbol in '{text}' is used by {string.Join(", ", marked.Select(c => c.Code))}; write the ISO 4217 code instead.";
            return false;
        }
        else
        {
            currency = marked[0];
        }

        number = number.Trim();
        string digits = sign.IsEmpty ? number.ToString() : string.Concat(sign, number);
        if (number.IsEmpty || !decimal.TryParse(digits, NumberStyles.Number, numbers, out decimal amount))
        {
            error = $"'{text}' is not an amount of money: '{number}' is not a number in the culture '{CultureName(provider)}'.";
            return false;
        }

        result = new Money(amount, currency);
        error = null;
        return true;
    }

    private static string NumberFormat(int decimals) => decimals == 2 ? "N2" : string.Create(CultureInfo.InvariantCulture, $"N{decimals}");

    private static bool IsCode(ReadOnlySpan<char> s) => s.Length == 3 && char.IsAsciiLetterUpper(s[0]) && char.IsAsciiLetterUpper(s[1]) && char.IsAsciiLetterUpper(s[2]);

    private static bool IsNumberStart(char c) => char.IsAsciiDigit(c);

    private static string CultureName(IFormatProvider? provider) => provider switch
    {
        CultureInfo culture => culture.Name.Length == 0 ? "invariant" : culture.Name,
        null => CultureInfo.CurrentCulture.Name.Length == 0 ? "invariant" : CultureInfo.CurrentCulture.Name,
        _ => "given",
    };

    private static FormatException BadFormat(ReadOnlySpan<char> format)
        => new($"'{format}' is not a money format; use G, C, Cn, N, Nn or R.");
}
