namespace B2B2C.Sdk;

/// <summary>Exact powers of ten as <see cref="decimal"/> and <see cref="ulong"/>, looked up instead of computed.</summary>
internal static class DecimalPowers
{
    private static readonly decimal[] s_negative = BuildNegative();

    private static readonly ulong[] s_positiveUInt64 = BuildPositiveUInt64();

    /// <summary>Returns 10^-<paramref name="exponent"/> (1, 0.1, 0.01, ...) for exponents 0 to 28.</summary>
    internal static decimal NegativePowerOfTen(int exponent) => s_negative[exponent];

    /// <summary>Returns 10^<paramref name="exponent"/> for exponents 0 to 19.</summary>
    internal static ulong PowerOfTenUInt64(int exponent) => s_positiveUInt64[exponent];

    private static decimal[] BuildNegative()
    {
        var result = new decimal[29];
        for (int i = 0; i < result.Length; i++)
        {
            result[i] = new decimal(1, 0, 0, false, (byte)i);
        }

        return result;
    }

    private static ulong[] BuildPositiveUInt64()
    {
        var result = new ulong[20];
        ulong value = 1;
        for (int i = 0; i < result.Length; i++)
        {
            result[i] = value;
            value = unchecked(value * 10);
        }

        return result;
    }
}
