using System;

namespace B2B2C.Sdk.Benchmarks.Data;

/// <summary>
/// The shape of a generated price book: catalogue size, hierarchy, customers, lists and rows.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="PriceListCount"/> counts the catalogue lists (list prices, segment, hierarchy-node and channel lists);
/// the <see cref="ContractCount"/> contract agreements come on top, one contract-kind list per contract customer.
/// </para>
/// <para>
/// Ten "core" lists are the ones the sample requests bind to (five list-price lists, one per currency; gold and silver
/// segment lists; HQ, region R01 and province P001 lists, all CNY). Every further catalogue list scopes a region,
/// province, store, currency or channel the sample requests do not use, so <see cref="WithPriceLists(int)"/> changes
/// the size of the book while the work per request stays the same.
/// </para>
/// </remarks>
internal sealed record PricingDataSetSize
{
    /// <summary>The number of catalogue lists every data set has, and the requests bind to.</summary>
    internal const int CoreListCount = 10;

    /// <summary>Gets a small book (about 2,000 SKUs, 10 lists) for quick runs and the Dry test.</summary>
    internal static PricingDataSetSize Small { get; } = new()
    {
        Name = "S",
        SkuCount = 2_000,
        Regions = 2,
        Provinces = 4,
        Stores = 20,
        CustomerCount = 1_000,
        PriceListCount = 10,
        ContractCount = 20,
        EntriesPerContract = 20,
        TotalEntries = 13_600,
    };

    /// <summary>Gets a medium book: 20,000 SKUs, 200 lists, 500 contracts, 500,000 rows.</summary>
    internal static PricingDataSetSize Medium { get; } = new()
    {
        Name = "M",
        SkuCount = 20_000,
        Regions = 5,
        Provinces = 20,
        Stores = 500,
        CustomerCount = 10_000,
        PriceListCount = 200,
        ContractCount = 500,
        EntriesPerContract = 40,
        TotalEntries = 500_000,
    };

    /// <summary>
    /// Gets the "distributor-L" book of the product specification: 200,000 SKUs; 1 HQ, 10 regions, 50 provinces,
    /// 5,000 stores; 100,000 customers; 2,000 price lists; 5,000 contract agreements; 5 million price rows.
    /// </summary>
    internal static PricingDataSetSize Large { get; } = new()
    {
        Name = "L",
        SkuCount = 200_000,
        Regions = 10,
        Provinces = 50,
        Stores = 5_000,
        CustomerCount = 100_000,
        PriceListCount = 2_000,
        ContractCount = 5_000,
        EntriesPerContract = 40,
        TotalEntries = 5_000_000,
    };

    /// <summary>Gets the short name: S, M or L.</summary>
    internal required string Name { get; init; }

    /// <summary>Gets the number of articles.</summary>
    internal required int SkuCount { get; init; }

    /// <summary>Gets the number of regions under the single HQ.</summary>
    internal required int Regions { get; init; }

    /// <summary>Gets the number of provinces, spread evenly over the regions.</summary>
    internal required int Provinces { get; init; }

    /// <summary>Gets the number of stores, spread evenly over the provinces.</summary>
    internal required int Stores { get; init; }

    /// <summary>Gets the number of customers requests are drawn from.</summary>
    internal required int CustomerCount { get; init; }

    /// <summary>Gets the number of catalogue lists (contract lists excluded); at least <see cref="CoreListCount"/>.</summary>
    internal required int PriceListCount { get; init; }

    /// <summary>Gets the number of contract agreements, each a contract list of one customer.</summary>
    internal required int ContractCount { get; init; }

    /// <summary>Gets the number of SKUs in each contract.</summary>
    internal required int EntriesPerContract { get; init; }

    /// <summary>Gets the target number of price rows in the whole book (reached when there are enough catalogue lists).</summary>
    internal required int TotalEntries { get; init; }

    /// <summary>Returns the size with the given name: S, M or L (case-insensitive; "distributor-L" is accepted).</summary>
    /// <param name="name">The name.</param>
    /// <returns>The size.</returns>
    internal static PricingDataSetSize FromName(string name) => name.ToUpperInvariant() switch
    {
        "S" or "DISTRIBUTOR-S" => Small,
        "M" or "DISTRIBUTOR-M" => Medium,
        "L" or "DISTRIBUTOR-L" => Large,
        _ => throw new ArgumentException($"'{name}' is not a pricing data-set size; use S, M or L.", nameof(name)),
    };

    /// <summary>
    /// Returns the same book with another number of catalogue lists: the core lists and contracts stay, the filler
    /// lists (scopes no sample request binds to) are added or removed, and the row budget per filler list is kept.
    /// </summary>
    /// <param name="count">The number of catalogue lists, at least <see cref="CoreListCount"/>.</param>
    /// <returns>The changed size.</returns>
    internal PricingDataSetSize WithPriceLists(int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, CoreListCount);
        long perList = PriceListCount > CoreListCount ? FillerEntries / (PriceListCount - CoreListCount) : 0;
        return this with
        {
            PriceListCount = count,
            TotalEntries = checked((int)(CoreEntries + ContractEntries + (perList * (count - CoreListCount)))),
        };
    }

    /// <summary>Gets the rows of the core lists: five full list-price lists, and 50 + 30 + 50 + 20 + 10 % of the SKUs.</summary>
    internal long CoreEntries => (5L * SkuCount) + CoreShare(SkuCount, 50) + CoreShare(SkuCount, 30) + CoreShare(SkuCount, 50) + CoreShare(SkuCount, 20) + CoreShare(SkuCount, 10);

    /// <summary>Gets the rows of the contract lists.</summary>
    internal long ContractEntries => (long)ContractCount * EntriesPerContract;

    /// <summary>Gets the rows left for the filler lists.</summary>
    internal long FillerEntries => Math.Max(0L, TotalEntries - CoreEntries - ContractEntries);

    /// <summary>The number of SKUs a core list with the given percentage covers.</summary>
    internal static int CoreShare(int skus, int percent) => (int)((long)skus * percent / 100);
}
