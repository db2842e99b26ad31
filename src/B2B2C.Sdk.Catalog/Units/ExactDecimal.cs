using System;
using System.Numerics;

namespace B2B2C.Sdk.Catalog.Units;

/// <summary>
/// Exact decimal arithmetic for unit conversion: decimals taken apart into mantissa and scale, shifted by powers of
/// ten without loss, and exact rationals turned back into the nearest <see cref="decimal"/>.
/// </summary>
internal static class ExactDecimal
{
    /// <summary>The largest mantissa a <see cref="decimal"/> holds: 2^96 - 1.</summary>
    internal static readonly UInt128 MaxMantissa = (UInt128.One << 96) - UInt128.One;

    /// <summary>The largest number of decimal places a <see cref="decimal"/> holds.</summary>
    internal const int MaxScale = 28;

    private static readonly UInt128[] s_powersOfTen = BuildPowersOfTen();

    /// <summary>Says how a shift by a power of ten went.</summary>
    internal enum ShiftOutcome
    {
        /// <summary>The result is exact.</summary>
        Exact = 0,

        /// <summary>The exact result has more than 28 decimal places and must be rounded.</summary>
        NeedsRounding = 1,

        /// <summary>The result is larger than <see cref="decimal.MaxValue"/>.</summary>
        Overflow = 2,
    }

    /// <summary>Returns 10^<paramref name="exponent"/> for exponents 0 to 38.</summary>
    internal static UInt128 PowerOfTen(int exponent) => s_powersOfTen[exponent];

    /// <summary>Takes a decimal apart without allocating.</summary>
    internal static UInt128 Decompose(decimal value, out int scale, out bool negative)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        scale = (bits[3] >> 16) & 0xFF;
        negative = bits[3] < 0;
        return ((UInt128)(uint)bits[2] << 64) | ((UInt128)(uint)bits[1] << 32) | (uint)bits[0];
    }

    /// <summary>Builds a decimal; zero is always positive zero, whatever <paramref name="negative"/> says.</summary>
    internal static decimal Compose(UInt128 mantissa, int scale, bool negative)
    {
        if (mantissa == UInt128.Zero)
        {
            return 0m;
        }

        return new decimal(
            unchecked((int)(uint)mantissa),
            unchecked((int)(uint)(mantissa >> 32)),
            unchecked((int)(uint)(mantissa >> 64)),
            negative,
            (byte)scale);
    }

    /// <summary>Removes trailing zeros after the decimal point.</summary>
    internal static void StripTrailingZeros(ref UInt128 mantissa, ref int scale)
    {
        while (scale > 0 && mantissa != UInt128.Zero && mantissa % 10 == UInt128.Zero)
        {
            mantissa /= 10;
            scale--;
        }
    }

    /// <summary>Returns <paramref name="value"/> without trailing fractional zeros (and never negative zero).</summary>
    internal static decimal Normalize(decimal value)
    {
        UInt128 mantissa = Decompose(value, out int scale, out bool negative);
        StripTrailingZeros(ref mantissa, ref scale);
        return Compose(mantissa, scale, negative);
    }

    /// <summary>Computes <paramref name="value"/> × 10^<paramref name="shift"/> exactly, when the result fits.</summary>
    internal static ShiftOutcome TryShift(decimal value, int shift, out decimal result)
    {
        UInt128 mantissa = Decompose(value, out int scale, out bool negative);
        result = 0m;
        if (mantissa == UInt128.Zero)
        {
            return ShiftOutcome.Exact;
        }

        long newScale = (long)scale - shift;
        if (newScale < 0)
        {
            if (newScale < -MaxScale - 1)
            {
                return ShiftOutcome.Overflow;
            }

            UInt128 factor = PowerOfTen((int)-newScale);
            if (mantissa > MaxMantissa / factor)
            {
                return ShiftOutcome.Overflow;
            }

            result = Compose(mantissa * factor, 0, negative);
            return ShiftOutcome.Exact;
        }

        int target = newScale > int.MaxValue ? int.MaxValue : (int)newScale;
        while (target > MaxScale && mantissa % 10 == UInt128.Zero)
        {
            mantissa /= 10;
            target--;
        }

        if (target > MaxScale)
        {
            return ShiftOutcome.NeedsRounding;
        }

        StripTrailingZeros(ref mantissa, ref target);
        result = Compose(mantissa, target, negative);
        return ShiftOutcome.Exact;
    }

    /// <summary>Returns the mantissa of a decimal as a signed big integer, with its scale.</summary>
    internal static BigInteger ToBigInteger(decimal value, out int scale)
    {
        UInt128 mantissa = Decompose(value, out scale, out bool negative);
        var result = (BigInteger)mantissa;
        return negative ? -result : result;
    }

    /// <summary>
    /// Turns the exact rational <paramref name="numerator"/> / <paramref name="denominator"/> into a decimal: exactly
    /// when the quotient is a decimal, otherwise rounded half to even to the nearest decimal with at most 28 decimal
    /// places (28 or 29 significant digits).
    /// </summary>
    /// <returns><see langword="false"/> when the quotient is beyond the decimal range.</returns>
    internal static bool TryFromRatio(BigInteger numerator, BigInteger denominator, out decimal value, out bool exact)
    {
        if (denominator.Sign < 0)
        {
            numerator = -numerator;
            denominator = -denominator;
        }

        value = 0m;
        exact = true;
        if (numerator.IsZero)
        {
            return true;
        }

        bool negative = numerator.Sign < 0;
        numerator = BigInteger.Abs(numerator);
        BigInteger divisor = BigInteger.GreatestCommonDivisor(numerator, denominator);
        if (!divisor.IsOne)
        {
            numerator /= divisor;
            denominator /= divisor;
        }

        int twos = 0;
        int fives = 0;
        BigInteger rest = denominator;
        while (rest.IsEven)
        {
            rest >>= 1;
            twos++;
        }

        while ((rest % 5).IsZero)
        {
            rest /= 5;
            fives++;
        }

        if (rest.IsOne)
        {
            int places = Math.Max(twos, fives);
            if (places <= MaxScale)
            {
                BigInteger mantissa = numerator * (BigInteger.Pow(10, places) / denominator);
                if (mantissa <= (BigInteger)MaxMantissa)
                {
                    value = Compose((UInt128)mantissa, places, negative);
                    return true;
                }
            }
        }

        exact = false;
        return TryRound(numerator, denominator, negative, out value);
    }

    private static bool TryRound(BigInteger numerator, BigInteger denominator, bool negative, out decimal value)
    {
        int exponent = FloorLog10(numerator, denominator);
        int places = Math.Min(MaxScale, MaxScale - exponent);
        for (int attempt = 0; attempt < 2; attempt++, places--)
        {
            BigInteger quotient = places >= 0
                ? RoundHalfToEven(numerator * BigInteger.Pow(10, places), denominator)
                : RoundHalfToEven(numerator, denominator * BigInteger.Pow(10, -places));
            BigInteger mantissa = places >= 0 ? quotient : quotient * BigInteger.Pow(10, -places);
            if (mantissa <= (BigInteger)MaxMantissa)
            {
                var small = (UInt128)mantissa;
                int scale = Math.Max(places, 0);
                StripTrailingZeros(ref small, ref scale);
                value = Compose(small, scale, negative);
                return true;
            }
        }

        value = 0m;
        return false;
    }

    /// <summary>Returns floor(log10(<paramref name="numerator"/> / <paramref name="denominator"/>)) for positive values.</summary>
    private static int FloorLog10(BigInteger numerator, BigInteger denominator)
    {
        int estimate = DigitCount(numerator) - DigitCount(denominator);
        bool atLeast = estimate >= 0
            ? numerator >= denominator * BigInteger.Pow(10, estimate)
            : numerator * BigInteger.Pow(10, -estimate) >= denominator;
        return atLeast ? estimate : estimate - 1;
    }

    private static int DigitCount(BigInteger value)
    {
        int count = 1;
        BigInteger power = 10;
        while (power <= value)
        {
            power *= 10;
            count++;
        }

        return count;
    }

    private static BigInteger RoundHalfToEven(BigInteger dividend, BigInteger divisor)
    {
        BigInteger quotient = BigInteger.DivRem(dividend, divisor, out BigInteger remainder);
        int comparison = (remainder * 2).CompareTo(divisor);
        if (comparison > 0 || (comparison == 0 && !quotient.IsEven))
        {
            quotient += 1;
        }

        return quotient;
    }

    private static UInt128[] BuildPowersOfTen()
    {
        var result = new UInt128[39];
        UInt128 value = UInt128.One;
        for (int i = 0; i < result.Length; i++)
        {
            result[i] = value;
            value = unchecked(value * 10);
        }

        return result;
    }
}
