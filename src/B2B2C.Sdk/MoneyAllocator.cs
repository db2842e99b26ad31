using System;
using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace B2B2C.Sdk;

/// <summary>
/// Exact, order-independent allocation of an amount by ratios (the largest-remainder method on whole units).
/// </summary>
/// <remarks>
/// <para>
/// The total is turned into an integer number of units (10^-decimals) and every ratio into an integer at one common
/// scale, so every step is exact integer arithmetic: part <c>i</c> receives <c>floor(units * ratio[i] / sum)</c>
/// units, and the few units left over (fewer than the number of parts) go one each to the parts with the largest
/// remainders. Ties are broken by the larger ratio and then by the lower position, which only ever separates parts
/// with equal ratios; so permuting the ratios permutes the results and nothing else, and parts with equal ratios
/// differ by at most one unit, the earlier one receiving it.
/// </para>
/// <para>
/// Inputs that fit 128-bit products (every realistic amount and ratio) run on <see cref="UInt128"/> with stack
/// scratch space (not zeroed: every slot is written before it is read) and allocate nothing; 64-bit products take a
/// faster path still; larger ones fall back to <see cref="BigInteger"/> with the same algorithm.
/// </para>
/// </remarks>
[SkipLocalsInit]
internal static class MoneyAllocator
{
    private const int StackLimit = 32;

    private const int SelectionLimit = 16;

    private static readonly UInt128[] s_powersOfTen = BuildPowersOfTen();

    private static readonly UInt128 s_decimalMantissaLimit = (UInt128)1 << 96;

    /// <summary>Allocates <paramref name="total"/> by <paramref name="ratios"/> into <paramref name="destination"/>.</summary>
    internal static void Allocate(Money total, ReadOnlySpan<decimal> ratios, int decimals, Span<Money> destination)
    {
        int count = ratios.Length;
        if (count == 0)
        {
            throw new ArgumentException("At least one ratio is needed to allocate an amount.", nameof(ratios));
        }

        if (destination.Length != count)
        {
            throw new ArgumentException(
                $"The destination has {destination.Length} places but there are {count} ratios.", nameof(destination));
        }

        UInt128 units = ToUnits(total, decimals, out bool negative);
        UInt128[]? rentedWide = null;
        byte[]? rentedScales = null;
        Span<UInt128> wide = count <= StackLimit
            ? stackalloc UInt128[count * 3]
            : (rentedWide = ArrayPool<UInt128>.Shared.Rent(count * 3));
        Span<byte> scales = count <= StackLimit
            ? stackalloc byte[count]
            : (rentedScales = ArrayPool<byte>.Shared.Rent(count));
        try
        {
            Span<UInt128> scaled = wide[..count];
            if (!TryScaleRatios(ratios, scales[..count], units, scaled, out UInt128 sum, out int productBits))
            {
                AllocateBig(units, ratios, negative, decimals, total.Currency, destination);
            }
            else if (productBits <= 64 && BitLength(sum) <= 64)
            {
                // The common case: every product fits 64 bits, so each step is one machine multiply or divide.
                Span<ulong> narrow = MemoryMarshal.Cast<UInt128, ulong>(wide[count..]);
                Span<ulong> ratios64 = narrow[..count];
                for (int i = 0; i < count; i++)
                {
                    ratios64[i] = (ulong)scaled[i];
                }

                Span<ulong> shares = narrow.Slice(count, count);
                Distribute((ulong)units, ratios64, (ulong)sum, shares, narrow.Slice(2 * count, count));
                Write(shares, negative, decimals, total.Currency, destination);
            }
            else
            {
                Span<UInt128> shares = wide.Slice(count, count);
                Distribute(units, scaled, sum, shares, wide.Slice(2 * count, count));
                Write<UInt128>(shares, negative, decimals, total.Currency, destination);
            }
        }
        finally
        {
            if (rentedWide is not null)
            {
                ArrayPool<UInt128>.Shared.Return(rentedWide);
                ArrayPool<byte>.Shared.Return(rentedScales!);
            }
        }
    }

    /// <summary>Splits <paramref name="total"/> into equal parts that differ by at most one unit, the earlier parts receiving the extra units.</summary>
    internal static void Split(Money total, int decimals, Span<Money> destination)
    {
        int count = destination.Length;
        if (count <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(destination), count, "An amount is split into at least one part.");
        }

        UInt128 units = ToUnits(total, decimals, out bool negative);
        UInt128 share = units / (uint)count;
        int extra = (int)(units - (share * (uint)count));
        Money small = ToMoney(share, negative, decimals, total.Currency);
        Money large = extra == 0 ? small : ToMoney(share + 1, negative, decimals, total.Currency);
        destination[..extra].Fill(large);
        destination[extra..].Fill(small);
    }

    /// <summary>Returns the allocation scale: explicit decimals, or the currency's minor unit.</summary>
    internal static int ResolveDecimals(Currency currency, int? decimals, string operation)
    {
        if (decimals is int explicitDecimals)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(explicitDecimals, nameof(decimals));
            ArgumentOutOfRangeException.ThrowIfGreaterThan(explicitDecimals, 28, nameof(decimals));
            return explicitDecimals;
        }

        return currency.MinorUnitOrThrow(operation);
    }

    private static UInt128 ToUnits(Money total, int decimals, out bool negative)
    {
        decimal amount = total.Amount;
        UInt128 mantissa = Mantissa(amount, out int scale, out negative);
        if (scale <= decimals)
        {
            UInt128 power = s_powersOfTen[decimals - scale];
            UInt128 units = mantissa * power;
            if (mantissa != 0 && (units / power != mantissa || units >= s_decimalMantissaLimit))
            {
                throw new OverflowException(
                    $"{total.Amount} {total.Currency.Code} has too many digits to allocate at {decimals} decimal places.");
            }

            return units;
        }

        UInt128 divisor = s_powersOfTen[scale - decimals];
        UInt128 whole = UInt128.DivRem(mantissa, divisor).Quotient;
        if (whole * divisor != mantissa)
        {
            throw new InvalidOperationException(
                $"{total.Amount} {total.Currency.Code} is not a whole number of units of {DecimalPowers.NegativePowerOfTen(decimals)}; "
                + "round it first or allocate at more decimal places.");
        }

        return whole;
    }

    private static UInt128 Mantissa(decimal value, out int scale, out bool negative)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        scale = (bits[3] >> 16) & 0xFF;
        negative = bits[3] < 0 && value != 0m;
        return ((UInt128)(uint)bits[2] << 64) | ((ulong)(uint)bits[1] << 32) | (uint)bits[0];
    }

    private static bool TryScaleRatios(
        ReadOnlySpan<decimal> ratios, Span<byte> scales, UInt128 units, Span<UInt128> scaled, out UInt128 sum, out int productBits)
    {
        // First pass: validate, read every mantissa once and find the common scale.
        int commonScale = 0;
        bool anyPositive = false;
        for (int i = 0; i < ratios.Length; i++)
        {
            UInt128 mantissa = Mantissa(ratios[i], out int scale, out bool negative);
            if (negative)
            {
                throw new ArgumentException($"Ratio {i} is {ratios[i]}; ratios must be zero or positive.", nameof(ratios));
            }

            anyPositive |= mantissa != 0;
            scaled[i] = mantissa;
            scales[i] = (byte)scale;
            commonScale = Math.Max(commonScale, scale);
        }

        if (!anyPositive)
        {
            throw new ArgumentException("All ratios are zero; at least one must be positive.", nameof(ratios));
        }

        // Second pass: bring every ratio to the common scale, checking that nothing overflows 128 bits.
        sum = 0;
        UInt128 largest = 0;
        for (int i = 0; i < scaled.Length; i++)
        {
            UInt128 value = scaled[i];
            int shift = commonScale - scales[i];
            if (shift != 0)
            {
                UInt128 power = s_powersOfTen[shift];
                if (BitLength(value) + BitLength(power) > 128)
                {
                    productBits = int.MaxValue;
                    return false;
                }

                value *= power;
                scaled[i] = value;
            }

            UInt128 next = sum + value;
            if (next < sum)
            {
                productBits = int.MaxValue;
                return false;
            }

            sum = next;
            largest = value > largest ? value : largest;
        }

        // Every product units * ratio must fit 128 bits.
        productBits = BitLength(units) + BitLength(largest);
        return productBits <= 128;
    }

    private static void AllocateBig(
        UInt128 units, ReadOnlySpan<decimal> ratios, bool negative, int decimals, Currency currency, Span<Money> destination)
    {
        int count = ratios.Length;
        int commonScale = 0;
        for (int i = 0; i < count; i++)
        {
            commonScale = Math.Max(commonScale, ratios[i].Scale);
        }

        var scaled = new BigInteger[count];
        BigInteger sum = BigInteger.Zero;
        for (int i = 0; i < count; i++)
        {
            UInt128 mantissa = Mantissa(ratios[i], out int scale, out _);
            scaled[i] = (BigInteger)mantissa * (BigInteger)s_powersOfTen[commonScale - scale];
            sum += scaled[i];
        }

        var shares = new BigInteger[count];
        Distribute((BigInteger)units, scaled, sum, shares, new BigInteger[count]);
        for (int i = 0; i < count; i++)
        {
            destination[i] = ToMoney((UInt128)shares[i], negative, decimals, currency);
        }
    }

    private static void Distribute<T>(T units, ReadOnlySpan<T> ratios, T sum, Span<T> shares, Span<T> remainders)
        where T : IBinaryInteger<T>
    {
        T allocated = T.Zero;
        for (int i = 0; i < ratios.Length; i++)
        {
            (T share, T remainder) = T.DivRem(units * ratios[i], sum);
            shares[i] = share;
            remainders[i] = remainder;
            allocated += share;
        }

        // Fewer units are left over than there are parts with a positive remainder.
        int leftover = int.CreateChecked(units - allocated);
        if (leftover == 0)
        {
            return;
        }

        if (ratios.Length <= SelectionLimit)
        {
            for (int round = 0; round < leftover; round++)
            {
                int best = -1;
                for (int i = 0; i < ratios.Length; i++)
                {
                    if (T.IsZero(remainders[i]))
                    {
                        continue;
                    }

                    if (best < 0 || remainders[i] > remainders[best] || (remainders[i] == remainders[best] && ratios[i] > ratios[best]))
                    {
                        best = i;
                    }
                }

                shares[best]++;
                remainders[best] = T.Zero;
            }

            return;
        }

        Candidate<T>[] candidates = ArrayPool<Candidate<T>>.Shared.Rent(ratios.Length);
        try
        {
            int length = 0;
            for (int i = 0; i < ratios.Length; i++)
            {
                if (!T.IsZero(remainders[i]))
                {
                    candidates[length++] = new Candidate<T>(remainders[i], ratios[i], i);
                }
            }

            Span<Candidate<T>> ordered = candidates.AsSpan(0, length);
            ordered.Sort();
            for (int round = 0; round < leftover; round++)
            {
                shares[ordered[round].Index]++;
            }
        }
        finally
        {
            ArrayPool<Candidate<T>>.Shared.Return(candidates, clearArray: !typeof(T).IsValueType);
        }
    }

    private static void Write<T>(ReadOnlySpan<T> shares, bool negative, int decimals, Currency currency, Span<Money> destination)
        where T : IBinaryInteger<T>
    {
        for (int i = 0; i < shares.Length; i++)
        {
            destination[i] = ToMoney(UInt128.CreateTruncating(shares[i]), negative, decimals, currency);
        }
    }

    private static Money ToMoney(UInt128 units, bool negative, int decimals, Currency currency)
    {
        ulong low = (ulong)units;
        var amount = new decimal((int)(uint)low, (int)(uint)(low >> 32), (int)(uint)(units >> 64), negative && units != 0, (byte)decimals);
        return new Money(amount, currency);
    }

    private static int BitLength(UInt128 value) => 128 - (int)UInt128.LeadingZeroCount(value);

    private static UInt128[] BuildPowersOfTen()
    {
        var powers = new UInt128[29];
        powers[0] = 1;
        for (int i = 1; i < powers.Length; i++)
        {
            powers[i] = powers[i - 1] * 10;
        }

        return powers;
    }

    /// <summary>A part competing for a leftover unit; sorts largest remainder, then largest ratio, then lowest index first.</summary>
    [StructLayout(LayoutKind.Auto)]
    private readonly struct Candidate<T>(T remainder, T ratio, int index) : IComparable<Candidate<T>>
        where T : IBinaryInteger<T>
    {
        public T Remainder { get; } = remainder;

        public T Ratio { get; } = ratio;

        public int Index { get; } = index;

        public int CompareTo(Candidate<T> other)
        {
            int byRemainder = other.Remainder.CompareTo(Remainder);
            if (byRemainder != 0)
            {
                return byRemainder;
            }

            int byRatio = other.Ratio.CompareTo(Ratio);
            return byRatio != 0 ? byRatio : Index.CompareTo(other.Index);
        }
    }
}
