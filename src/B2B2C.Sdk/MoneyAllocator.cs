using System;
using System.Buffers;
using System.Numerics;
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
/// scratch space and allocate nothing; larger ones fall back to <see cref="BigInteger"/> with the same algorithm.
/// </para>
/// </remarks>
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

        int commonScale = 0;
        bool anyPositive = false;
        for (int i = 0; i < count; i++)
        {
            decimal ratio = ratios[i];
            if (ratio < 0m)
            {
                throw new ArgumentException(
                    $"Ratio {i} is {ratio}; ratios must be zero or positive.", nameof(ratios));
            }

            anyPositive |= ratio != 0m;
            commonScale = Math.Max(commonScale, ratio.Scale);
        }

        if (!anyPositive)
        {
            throw new ArgumentException("All ratios are zero; at least one must be positive.", nameof(ratios));
        }

        if (count <= StackLimit)
        {
            Span<UInt128> scaled = stackalloc UInt128[count];
            Span<UInt128> shares = stackalloc UInt128[count];
            Span<UInt128> remainders = stackalloc UInt128[count];
            if (TryScaleRatios(ratios, commonScale, units, scaled, out UInt128 sum))
            {
                Distribute(units, scaled, sum, shares, remainders);
                Write(shares, negative, decimals, total.Currency, destination);
                return;
            }
        }
        else
        {
            UInt128[] rented = ArrayPool<UInt128>.Shared.Rent(count * 3);
            try
            {
                Span<UInt128> scaled = rented.AsSpan(0, count);
                if (TryScaleRatios(ratios, commonScale, units, scaled, out UInt128 sum))
                {
                    Span<UInt128> shares = rented.AsSpan(count, count);
                    Distribute(units, scaled, sum, shares, rented.AsSpan(2 * count, count));
                    Write(shares, negative, decimals, total.Currency, destination);
                    return;
                }
            }
            finally
            {
                ArrayPool<UInt128>.Shared.Return(rented);
            }
        }

        AllocateBig(units, ratios, commonScale, negative, decimals, total.Currency, destination);
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
        ReadOnlySpan<decimal> ratios, int commonScale, UInt128 units, Span<UInt128> scaled, out UInt128 sum)
    {
        sum = 0;
        UInt128 largest = 0;
        for (int i = 0; i < ratios.Length; i++)
        {
            UInt128 mantissa = Mantissa(ratios[i], out int scale, out _);
            UInt128 power = s_powersOfTen[commonScale - scale];
            if (BitLength(mantissa) + BitLength(power) > 128)
            {
                return false;
            }

            UInt128 value = mantissa * power;
            UInt128 next = sum + value;
            if (next < sum)
            {
                return false;
            }

            sum = next;
            scaled[i] = value;
            largest = value > largest ? value : largest;
        }

        // Every product units * ratio must fit 128 bits.
        return BitLength(units) + BitLength(largest) <= 128;
    }

    private static void AllocateBig(
        UInt128 units, ReadOnlySpan<decimal> ratios, int commonScale, bool negative, int decimals, Currency currency, Span<Money> destination)
    {
        int count = ratios.Length;
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

    private static void Write(ReadOnlySpan<UInt128> shares, bool negative, int decimals, Currency currency, Span<Money> destination)
    {
        for (int i = 0; i < shares.Length; i++)
        {
            destination[i] = ToMoney(shares[i], negative, decimals, currency);
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
