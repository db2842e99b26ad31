using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace B2B2C.Sdk;

/// <content>Culture-aware formatting and parsing.</content>
public readonly partial struct Money : ISpanFormattable, ISpanParsable<Money>
{
    /// <summary>Formats the amount with its ISO code in the current culture, for example <c>EUR 1,234.50</c>.</summary>
    /// <returns>The formatted money; see <see cref="ToString(string?, IFormatProvider?)"/> for the rules.</returns>
    public override string ToString() => ToString(null, null);

    /// <summary>Formats the amount in the given format and culture.</summary>
    /// <param name="format">
    /// <list type="bullet">
    /// <item><description><c>G</c> or empty: ISO code and amount with group separators, at least the minor unit's
    /// decimals and all the decimals the amount has (never rounded): <c>EUR 1,234.50</c>, <c>EUR 0.00342</c>.</description></item>
    /// <item><description><c>C</c> or <c>C</c>n: the culture's currency pattern with the currency's symbol, rounded
    /// (midpoints away from zero, as .NET formats numbers) to the minor unit or to n decimals: <c>€1,234.50</c>,
    /// <c>1.234,50 €</c>.</description></item>
    /// <item><description><c>N</c> or <c>N</c>n: the amount alone, as for <c>G</c> or with n decimals.</description></item>
    /// <item><description><c>R</c>: round-trip form, invariant culture, exact scale: <c>EUR 1234.5000</c>.</description></item>
    /// </list>
    /// </param>
    /// <param name="formatProvider">The culture; the current culture when <see langword="null"/>.</param>
    /// <returns>The formatted money.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not one of the formats above.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider)
        => MoneyText.Format(this, format.AsSpan(), formatProvider);

    /// <summary>Formats the amount into a span; see <see cref="ToString(string?, IFormatProvider?)"/>.</summary>
    /// <param name="destination">The span to write to.</param>
    /// <param name="charsWritten">The number of characters written.</param>
    /// <param name="format">The format.</param>
    /// <param name="provider">The culture; the current culture when <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when <paramref name="destination"/> was large enough.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not a supported format.</exception>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        string text = MoneyText.Format(this, format, provider);
        if (text.AsSpan().TryCopyTo(destination))
        {
            charsWritten = text.Length;
            return true;
        }

        charsWritten = 0;
        return false;
    }

    /// <summary>
    /// Parses money written with an ISO code or an unambiguous symbol before or after the amount, in the given
    /// culture: <c>EUR 12.34</c>, <c>12.34 EUR</c>, <c>€12.34</c>, <c>1.234,50 €</c> (de-DE), <c>-USD 5</c>.
    /// </summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">The culture of the number; the current culture when <see langword="null"/>.</param>
    /// <returns>The money, with the amount's scale as written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException">The text is not money; the message says what is wrong.</exception>
    public static Money Parse(string s, IFormatProvider? provider = null)
    {
        ArgumentNullException.ThrowIfNull(s);
        return Parse(s.AsSpan(), provider);
    }

    /// <summary>Parses money; see <see cref="Parse(string, IFormatProvider?)"/>.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">The culture of the number; the current culture when <see langword="null"/>.</param>
    /// <returns>The money.</returns>
    /// <exception cref="FormatException">The text is not money; the message says what is wrong.</exception>
    public static Money Parse(ReadOnlySpan<char> s, IFormatProvider? provider = null)
        => MoneyText.TryParse(s, provider, expected: null, out Money result, out string? error)
            ? result
            : throw new FormatException(error);

    /// <summary>
    /// Parses an amount in a known currency: a bare number (<c>12.34</c>) or one marked with the currency's code or
    /// symbol (which then must be that currency). Use it where a symbol such as <c>$</c> alone would be ambiguous.
    /// </summary>
    /// <param name="s">The text.</param>
    /// <param name="currency">The currency the amount is in.</param>
    /// <param name="provider">The culture of the number; the current culture when <see langword="null"/>.</param>
    /// <returns>The money.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException">The text is not an amount, or names another currency.</exception>
    public static Money Parse(string s, Currency currency, IFormatProvider? provider = null)
    {
        ArgumentNullException.ThrowIfNull(s);
        return MoneyText.TryParse(s.AsSpan(), provider, currency, out Money result, out string? error)
            ? result
            : throw new FormatException(error);
    }

    /// <summary>Tries to parse money; see <see cref="Parse(string, IFormatProvider?)"/>.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">The culture of the number; the current culture when <see langword="null"/>.</param>
    /// <param name="result">The money when parsed; otherwise <c>default</c>.</param>
    /// <returns><see langword="true"/> when the text is money.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Money result)
        => MoneyText.TryParse(s.AsSpan(), provider, expected: null, out result, out _);

    /// <summary>Tries to parse money; see <see cref="Parse(string, IFormatProvider?)"/>.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">The culture of the number; the current culture when <see langword="null"/>.</param>
    /// <param name="result">The money when parsed; otherwise <c>default</c>.</param>
    /// <returns><see langword="true"/> when the text is money.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out Money result)
        => MoneyText.TryParse(s, provider, expected: null, out result, out _);

    /// <summary>Formats the amount as a culture-invariant round-trip string, for logs and keys: <c>EUR 12.3400</c>.</summary>
    /// <returns>The <c>R</c> format in the invariant culture.</returns>
    public string ToInvariantString() => ToString("R", CultureInfo.InvariantCulture);
}
