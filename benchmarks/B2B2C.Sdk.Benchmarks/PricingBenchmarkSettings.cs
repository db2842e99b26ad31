using System;
using System.Collections.Generic;

namespace B2B2C.Sdk.Benchmarks;

/// <summary>
/// Which pricing data sets the pricing benchmarks run on. By default the "distributor-L" book; the environment
/// variable <c>B2B2C_PRICING_DATASET</c> (S, M or L) picks another size, which the Dry test and
/// <c>./build.sh bench-dry</c> use to run every benchmark on the small book in seconds.
/// </summary>
internal static class PricingBenchmarkSettings
{
    /// <summary>The environment variable that selects the data-set size.</summary>
    internal const string DataSetVariable = "B2B2C_PRICING_DATASET";

    /// <summary>The seed every pricing benchmark generates its book from.</summary>
    internal const int Seed = 20_250_615;

    /// <summary>Gets the size name to run on: S, M or L (the default).</summary>
    internal static string SizeName
    {
        get
        {
            string? value = Environment.GetEnvironmentVariable(DataSetVariable);
            return string.IsNullOrWhiteSpace(value) ? "L" : value.Trim().ToUpperInvariant();
        }
    }

    /// <summary>Gets the catalogue list counts to compare: the core 10 and the size's own count.</summary>
    internal static IEnumerable<int> ListCounts
    {
        get
        {
            int own = Data.PricingDataSetSize.FromName(SizeName).PriceListCount;
            return own == Data.PricingDataSetSize.CoreListCount ? [own] : [Data.PricingDataSetSize.CoreListCount, own];
        }
    }
}
