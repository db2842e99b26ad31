using System;
using System.Globalization;
using B2B2C.Sdk.Catalog.Units;

namespace B2B2C.Sdk.Catalog;

/// <summary>
/// The canonical text of numbers in catalog output, and the exact reading of numbers from supplier files.
/// </summary>
/// <remarks>
/// <para>
/// Canonical text (<see cref="Format(decimal)"/>) is invariant: an optional <c>-</c>, the digits, and a <c>.</c>
/// only when a fraction follows. There is no exponent, no thousands separator, no <c>+</c>, no trailing zero after
/// the point and no trailing point (<c>63.0</c> is written <c>63</c>, <c>0.50</c> is written <c>0.5</c>), and zero is
/// always <c>0</c>, never <c>-0</c>. Every digit the <see cref="decimal"/> holds is written and nothing is rounded,
/// so the text has at most 28 significant digits, or 29 for integers above 10^28 such as
/// <see cref="decimal.MaxValue"/>. One value has exactly one canonical text, whatever scale the decimal carries,
/// which makes outputs and their content hashes stable.
/// </para>
/// <para>
/// When a target attribute asks for a fixed number of decimals, <see cref="Format(decimal, int)"/> rounds half away
/// from zero (<see cref="MidpointRounding.AwayFromZero"/>, the commercial rounding suppliers and marketplaces
/// expect: 0.125 with 2 decimals is <c>0.13</c>) and pads with zeros (63 with 2 decimals is <c>63.00</c>).
/// </para>
/// </remarks>
public static class CatalogNumber
{
    /// <summary>The longest text <see cref="Format(decimal)"/> writes: 31 characters.</summary>
    public const int MaxFormattedLength = 31;

    private const int MaxExponent = 100_000;

    private static readonly UInt128 s_accumulateLimit = (UInt128.MaxValue - 9) / 10;

    private static readonly string[] s_fixedFormats = BuildFixedFormats();

    /// <summary>Writes a number as canonical text.</summary>
    /// <param name="value">The number.</param>
    /// <returns>The canonical text, for example <c>63</c>, <c>0.5</c> or <c>-4.7</c>.</returns>
    public static string Format(decimal value)
    {
        Span<char> buffer = stackalloc char[MaxFormattedLength];
        TryFormat(value, buffer, out int written);
        return new string(buffer[..written]);
    }

    /// <summary>Writes a number with a fixed number of decimals, rounding half away from zero.</summary>
    /// <param name="value">The number.</param>
    /// <param name="decimals">The number of decimals, 0 to 28.</param>
    /// <returns>The text, for example <c>63.00</c> for 63 with 2 decimals; never <c>-0</c> or <c>-0.00</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is negative or above 28.</exception>
    public static string Format(decimal value, int decimals)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(decimals);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(decimals, 28);
        decimal rounded = Math.Round(value, decimals, MidpointRounding.AwayFromZero);
        if (rounded == 0m)
        {
            rounded = 0m;
        }

        return rounded.ToString(s_fixedFormats[decimals], CultureInfo.InvariantCulture);
    }

    /// <summary>Writes a number as canonical text into a buffer, without allocating.</summary>
    /// <param name="value">The number.</param>
    /// <param name="destination">The buffer; <see cref="MaxFormattedLength"/> characters always suffice.</param>
    /// <param name="charsWritten">The number of characters written; 0 when the buffer is too small.</param>
    /// <returns><see langword="false"/> when the buffer is too small.</returns>
    public static bool TryFormat(decimal value, Span<char> destination, out int charsWritten)
        => ExactDecimal.Normalize(value).TryFormat(destination, out charsWritten, default, CultureInfo.InvariantCulture);

    /// <summary>Reads a plain invariant number exactly, for example <c>4.7</c>, <c>-40</c>, <c>1.5E-9</c> or <c>4.7e3</c>.</summary>
    /// <param name="text">
    /// The text: an optional <c>+</c> or <c>-</c>, ASCII digits with at most one <c>.</c> (digits on at least one side
    /// of it), and an optional exponent (<c>e</c> or <c>E</c>, an optional sign, digits). White space around the
    /// number is ignored.
    /// </param>
    /// <param name="value">The number, without trailing zeros after the point; zero when reading fails.</param>
    /// <returns>
    /// <see langword="false"/> for empty or white-space text, anything that is not such a number (<c>NaN</c>,
    /// <c>Infinity</c>, hexadecimal, thousands separators, a <c>,</c> decimal separator), and numbers a
    /// <see cref="decimal"/> cannot hold exactly: more than 28 decimal places or more significant digits than it
    /// holds once trailing zeros are dropped, or beyond <see cref="decimal.MaxValue"/>. A number is never rounded:
    /// <c>0.36719999999999997</c> reads as exactly that.
    /// </returns>
    public static bool TryParse(ReadOnlySpan<char> text, out decimal value)
    {
        value = 0m;
        text = text.Trim();
        if (text.IsEmpty)
        {
            return false;
        }

        int i = 0;
        bool negative = false;
        if (text[0] is '+' or '-')
        {
            negative = text[0] == '-';
            i++;
        }

        UInt128 mantissa = UInt128.Zero;
        long exponent = 0;
        bool anyDigit = false;
        bool fraction = false;
        for (; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '.' && !fraction)
            {
                fraction = true;
                continue;
            }

            if (!char.IsAsciiDigit(c))
            {
                break;
            }

            anyDigit = true;
            int digit = c - '0';
            if (mantissa <= s_accumulateLimit)
            {
                mantissa = (mantissa * 10) + (uint)digit;
                exponent -= fraction ? 1 : 0;
            }
            else if (digit != 0)
            {
                // More than 38 significant digits: no decimal holds this exactly.
                return false;
            }
            else if (!fraction)
            {
                exponent++;
            }
        }

        if (!anyDigit)
        {
            return false;
        }

        if (i < text.Length && text[i] is 'e' or 'E')
        {
            if (!TryReadExponent(text[(i + 1)..], out long written))
            {
                return false;
            }

            exponent += written;
            i = text.Length;
        }

        if (i != text.Length)
        {
            return false;
        }

        if (mantissa == UInt128.Zero)
        {
            return true;
        }

        while (mantissa % 10 == UInt128.Zero)
        {
            mantissa /= 10;
            exponent++;
        }

        if (exponent >= 0)
        {
            if (exponent > ExactDecimal.MaxScale + 1)
            {
                return false;
            }

            UInt128 power = ExactDecimal.PowerOfTen((int)exponent);
            if (mantissa > ExactDecimal.MaxMantissa / power)
            {
                return false;
            }

            value = ExactDecimal.Compose(mantissa * power, 0, negative);
            return true;
        }

        if (-exponent > ExactDecimal.MaxScale || mantissa > ExactDecimal.MaxMantissa)
        {
            return false;
        }

        value = ExactDecimal.Compose(mantissa, (int)-exponent, negative);
        return true;
    }

    private static bool TryReadExponent(ReadOnlySpan<char> text, out long exponent)
    {
        exponent = 0;
        int i = 0;
        bool negative = false;
        if (i < text.Length && text[i] is '+' or '-')
        {
            negative = text[i] == '-';
            i++;
        }

        if (i == text.Length)
        {
            return false;
        }

        for (; i < text.Length; i++)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                return false;
            }

            exponent = Math.Min((exponent * 10) + (text[i] - '0'), MaxExponent);
        }

        exponent = negative ? -exponent : exponent;
        return true;
    }

    private static string[] BuildFixedFormats()
    {
        var formats = new string[29];
        for (int i = 0; i < formats.Length; i++)
        {
            formats[i] = "F" + i.ToString(CultureInfo.InvariantCulture);
        }

        return formats;
    }
}
