using System;
using System.Globalization;

namespace B2B2C.Sdk.Samples.Console;

/// <summary>
/// Reads the values typed on the command line, culture-invariant, and says what is wrong (naming the value) with a
/// <see cref="FormatException"/> that the commands turn into exit code 2.
/// </summary>
internal static class CommandInput
{
    private const NumberStyles DecimalStyles = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint;

    /// <summary>Reads a decimal number written with a point: <c>100</c>, <c>12.50</c>, <c>-3</c>.</summary>
    /// <param name="text">The text typed.</param>
    /// <param name="what">What the number is, for the message: <c>amount</c>, <c>ratio</c>.</param>
    /// <returns>The number.</returns>
    /// <exception cref="FormatException">The text is not such a number.</exception>
    public static decimal Decimal(string text, string what)
    {
        if (decimal.TryParse(text, DecimalStyles, CultureInfo.InvariantCulture, out decimal value))
        {
            return value;
        }

        throw new FormatException($"The {what} '{text}' is not a number; write it with a decimal point and no separators, for example 1234.50.");
    }

    /// <summary>Reads an ISO 4217 currency code, in any letter case: <c>EUR</c>, <c>usd</c>.</summary>
    /// <param name="text">The text typed.</param>
    /// <returns>The currency.</returns>
    /// <exception cref="FormatException">The text is not the code of an active currency.</exception>
    public static Currency Currency(string text)
    {
        if (B2B2C.Sdk.Currency.TryFromCode(text.ToUpperInvariant().AsSpan(), out Currency currency))
        {
            return currency;
        }

        throw new FormatException($"'{text}' is not the code of an active ISO 4217 currency, such as EUR, USD or JPY.");
    }

    /// <summary>Reads a date (<c>2025-07-01</c>, midnight UTC) or a moment with its offset (<c>2025-07-01T12:00:00+02:00</c>).</summary>
    /// <param name="text">The text typed.</param>
    /// <returns>The moment.</returns>
    /// <exception cref="FormatException">The text is neither.</exception>
    public static DateTimeOffset Moment(string text)
    {
        if (DateTimeOffset.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out DateTimeOffset date))
        {
            return date;
        }

        if (DateTimeOffset.TryParseExact(text, "O", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateTimeOffset moment)
            || DateTimeOffset.TryParseExact(text, "yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture, DateTimeStyles.None, out moment))
        {
            return moment;
        }

        throw new FormatException($"The date '{text}' is not a date such as 2025-07-01 or a moment such as 2025-07-01T12:00:00+02:00.");
    }
}
