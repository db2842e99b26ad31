using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using B2B2C.Sdk.Pricing;

namespace B2B2C.Sdk.Benchmarks.Data;

/// <summary>
/// A seeded, deterministic price book for the pricing benchmarks, with sample requests that rotate among kinds of
/// asker. The same size and seed always give the same book and the same requests.
/// </summary>
/// <remarks>
/// <para>
/// Currencies: CNY, USD, EUR (2 decimals), JPY (0) and KWD (3); every price has its currency's minor-unit scale.
/// Segments: general, distributor-silver, distributor-gold. Hierarchy: HQ, regions R01.., provinces P001..,
/// stores S00001.., each spread evenly under the level above.
/// </para>
/// <para>
/// Articles: one SKU in 20 is a cable priced per metre; one in 7 of the rest is a small part priced per 1,000 pieces;
/// one in 11 has a graduated ladder. Ladders have 2, 3 or 4 tiers (3 on average) and are drawn, per currency and unit,
/// from a pool of 4,096 shared instances: the generator allocates one <see cref="PriceEntry"/> per row and nothing
/// else per row, and reuses the SKU and unit instances.
/// </para>
/// </remarks>
internal sealed class PricingDataSet
{
    /// <summary>The segment of general customers (no list of its own: they pay list prices).</summary>
    internal static readonly SegmentId General = new("general");

    /// <summary>The segment of silver distributors.</summary>
    internal static readonly SegmentId Silver = new("distributor-silver");

    /// <summary>The segment of gold distributors.</summary>
    internal static readonly SegmentId Gold = new("distributor-gold");

    /// <summary>The channel the requests ask in.</summary>
    internal static readonly ChannelId Webshop = new("webshop");

    /// <summary>The channel of the promotional filler lists, which no request asks in.</summary>
    internal static readonly ChannelId Marketplace = new("marketplace");

    /// <summary>The moment every request is priced at.</summary>
    internal static readonly DateTimeOffset At = new(2025, 6, 15, 10, 0, 0, TimeSpan.Zero);

    private const int LadderPoolSize = 4_096;

    private static readonly Currency[] s_currencies =
        [Currency.FromCode("CNY"), Currency.FromCode("USD"), Currency.FromCode("EUR"), Currency.FromCode("JPY"), Currency.FromCode("KWD")];

    private static readonly UnitOfMeasure s_piece = UnitOfMeasure.Piece;

    private static readonly UnitOfMeasure s_metre = UnitOfMeasure.Metre;

    private readonly PricingDataSetSize _size;
    private readonly ulong _seed;
    private readonly Sku[] _skus;
    private readonly ImmutableArray<PriceTier>[][] _ladders;

    private PricingDataSet(PricingDataSetSize size, int seed)
    {
        _size = size;
        _seed = (ulong)(uint)seed * 0x9E37_79B9_7F4A_7C15UL;
        _skus = new Sku[size.SkuCount];
        for (int i = 0; i < _skus.Length; i++)
        {
            _skus[i] = new Sku(string.Create(CultureInfo.InvariantCulture, $"SKU-{i:D6}"));
        }

        // Per currency (5) and unit kind (3: piece, per 1,000 pieces, metre): a pool of ladders.
        _ladders = new ImmutableArray<PriceTier>[s_currencies.Length * 3][];
        for (int c = 0; c < s_currencies.Length; c++)
        {
            for (int kind = 0; kind < 3; kind++)
            {
                ImmutableArray<PriceTier>[] pool = new ImmutableArray<PriceTier>[LadderPoolSize];
                for (int j = 0; j < pool.Length; j++)
                {
                    pool[j] = CreateLadder(s_currencies[c], kind, j);
                }

                _ladders[(c * 3) + kind] = pool;
            }
        }
    }

    /// <summary>Gets the generated price book.</summary>
    internal PriceBook Book { get; private set; } = null!;

    /// <summary>Gets the sample requests, in rotation order (the profiles interleave).</summary>
    internal ImmutableArray<PricingRequest> Requests { get; private set; } = [];

    /// <summary>Gets the size the book was generated for.</summary>
    internal PricingDataSetSize Size => _size;

    /// <summary>Gets the number of price rows in the book.</summary>
    internal long EntryCount { get; private set; }

    /// <summary>Generates a price book and sample requests.</summary>
    /// <param name="size">The shape of the book.</param>
    /// <param name="seed">The seed; the same seed gives the same book.</param>
    /// <param name="requestCount">The number of sample requests (a power of two keeps rotation cheap).</param>
    /// <returns>The data set.</returns>
    internal static PricingDataSet Generate(PricingDataSetSize size, int seed, int requestCount = 512)
    {
        ArgumentNullException.ThrowIfNull(size);
        ArgumentOutOfRangeException.ThrowIfLessThan(size.PriceListCount, PricingDataSetSize.CoreListCount);
        var data = new PricingDataSet(size, seed);
        data.Book = new PriceBook
        {
            Version = string.Create(CultureInfo.InvariantCulture, $"bench-{size.Name}-{size.PriceListCount}-{seed}"),
            Hierarchy = data.CreateHierarchy(),
            PriceLists = data.CreateLists(),
        };
        long rows = 0;
        foreach (PriceList list in data.Book.PriceLists)
        {
            rows += list.Entries.Length;
        }

        data.EntryCount = rows;
        data.Requests = data.CreateRequests(requestCount);
        return data;
    }

    /// <summary>
    /// Creates a new version of province P001's list with <paramref name="rows"/> rows and revised prices: the
    /// change an ERP would push for one agreement.
    /// </summary>
    /// <param name="rows">The number of rows (capped at the number of SKUs).</param>
    /// <param name="revision">A number that varies the prices between versions.</param>
    /// <returns>The changed list, with the identifier of the list it replaces.</returns>
    internal PriceList CreateListChange(int rows, int revision)
        => CreateList("NODE-P001-CNY", PriceSourceKind.HierarchyNode, 0, Math.Min(rows, _size.SkuCount), salt: 0xC4A9_0000UL + (ulong)revision) with
        {
            Node = new HierarchyNodeId("P001"),
        };

    private static string Id(string prefix, int number, int digits)
        => prefix + number.ToString(digits == 2 ? "D2" : digits == 3 ? "D3" : "D5", CultureInfo.InvariantCulture);

    private static ulong Mix(ulong x)
    {
        x += 0x9E37_79B9_7F4A_7C15UL;
        x = (x ^ (x >> 30)) * 0xBF58_476D_1CE4_E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D0_49BB_1331_11EBUL;
        return x ^ (x >> 31);
    }

    private static double Unit01(ulong hash) => (hash >> 11) * (1.0 / (1UL << 53));

    private static decimal Minor(long minorUnits, int scale)
        => new((int)(minorUnits & 0xFFFF_FFFF), (int)(minorUnits >> 32), 0, false, (byte)scale);

    private ulong Hash(ulong a, ulong b) => Mix(_seed ^ Mix(a ^ Mix(b)));

    private ImmutableArray<PriceTier> CreateLadder(Currency currency, int unitKind, int index)
    {
        int scale = currency.MinorUnit ?? 2;
        ulong h = Hash(((ulong)unitKind << 40) | ((ulong)currency.NumericCode << 20), (ulong)index);

        // Log-uniform magnitude in major units; JPY and KWD are rescaled to keep prices plausible.
        (double low, double high) = unitKind switch
        {
            0 => (0.2, 5_000.0),
            1 => (1.0, 400.0),
            _ => (0.5, 120.0),
        };
        double factor = currency.Code switch { "JPY" => 21.0, "KWD" => 0.044, "CNY" => 1.0, _ => 0.14 };
        double major = Math.Exp(Math.Log(low) + (Unit01(h) * (Math.Log(high) - Math.Log(low)))) * factor;
        long baseMinor = Math.Max(1L, (long)Math.Round(major * Math.Pow(10, scale)));
        decimal[] minimums = unitKind switch
        {
            0 => [1m, 10m, 100m, 1_000m],
            1 => [1m, 5_000m, 25_000m, 100_000m],
            _ => [1m, 50m, 500m, 1_000m],
        };
        int tiers = 2 + (index % 3);
        ImmutableArray<PriceTier>.Builder ladder = ImmutableArray.CreateBuilder<PriceTier>(tiers);
        long previous = long.MaxValue;
        for (int t = 0; t < tiers; t++)
        {
            long minor = Math.Min(previous, Math.Max(1L, baseMinor * (100 - (6 * t)) / 100));
            previous = minor;
            ladder.Add(new PriceTier(minimums[t], Minor(minor, scale)));
        }

        return ladder.MoveToImmutable();
    }

    private ImmutableArray<HierarchyNode> CreateHierarchy()
    {
        PricingDataSetSize s = _size;
        ImmutableArray<HierarchyNode>.Builder nodes = ImmutableArray.CreateBuilder<HierarchyNode>(1 + s.Regions + s.Provinces + s.Stores);
        var hq = new HierarchyNodeId("HQ");
        nodes.Add(new HierarchyNode(hq, null, "Headquarters"));
        var regions = new HierarchyNodeId[s.Regions];
        for (int r = 0; r < s.Regions; r++)
        {
            regions[r] = new HierarchyNodeId(Id("R", r + 1, 2));
            nodes.Add(new HierarchyNode(regions[r], hq));
        }

        var provinces = new HierarchyNodeId[s.Provinces];
        for (int p = 0; p < s.Provinces; p++)
        {
            provinces[p] = new HierarchyNodeId(Id("P", p + 1, 3));
            nodes.Add(new HierarchyNode(provinces[p], regions[p * s.Regions / s.Provinces]));
        }

        for (int st = 0; st < s.Stores; st++)
        {
            nodes.Add(new HierarchyNode(new HierarchyNodeId(Id("S", st + 1, 5)), provinces[st * s.Provinces / s.Stores]));
        }

        return nodes.MoveToImmutable();
    }

    private ImmutableArray<PriceList> CreateLists()
    {
        PricingDataSetSize s = _size;
        ImmutableArray<PriceList>.Builder lists = ImmutableArray.CreateBuilder<PriceList>(s.PriceListCount + s.ContractCount);
        int skus = s.SkuCount;

        // Core: what the sample requests bind to.
        for (int c = 0; c < s_currencies.Length; c++)
        {
            lists.Add(CreateList("LIST-" + s_currencies[c].Code, PriceSourceKind.List, c, skus, salt: 0x100UL + (ulong)c) with
            {
                Name = "List prices " + s_currencies[c].Code,
            });
        }

        lists.Add(CreateList("SEG-GOLD-CNY", PriceSourceKind.Segment, 0, PricingDataSetSize.CoreShare(skus, 50), salt: 0x200) with { Segment = Gold });
        lists.Add(CreateList("SEG-SILVER-CNY", PriceSourceKind.Segment, 0, PricingDataSetSize.CoreShare(skus, 30), salt: 0x201) with { Segment = Silver });
        lists.Add(CreateList("NODE-HQ-CNY", PriceSourceKind.HierarchyNode, 0, PricingDataSetSize.CoreShare(skus, 50), salt: 0x300) with { Node = new HierarchyNodeId("HQ") });
        lists.Add(CreateList("NODE-R01-CNY", PriceSourceKind.HierarchyNode, 0, PricingDataSetSize.CoreShare(skus, 20), salt: 0x301) with { Node = new HierarchyNodeId("R01") });
        lists.Add(CreateList("NODE-P001-CNY", PriceSourceKind.HierarchyNode, 0, PricingDataSetSize.CoreShare(skus, 10), salt: 0x302) with { Node = new HierarchyNodeId("P001") });

        // Filler: scopes no sample request binds to, each with an equal share of the remaining rows.
        int filler = s.PriceListCount - PricingDataSetSize.CoreListCount;
        long fillerRows = s.FillerEntries;
        int storesPerProvince = s.Stores / s.Provinces;
        int nextRegion = 1;
        int nextProvince = 1;
        int nextSegment = 0;
        int nextStore = storesPerProvince;
        int promotions = 0;
        for (int f = 0; f < filler; f++)
        {
            int rows = (int)Math.Min(skus, (fillerRows / filler) + (f < fillerRows % filler ? 1 : 0));
            ulong salt = 0x1_0000UL + (ulong)f;
            PriceList list;
            if (nextRegion < s.Regions)
            {
                string node = Id("R", ++nextRegion, 2);
                list = CreateList($"NODE-{node}-CNY", PriceSourceKind.HierarchyNode, 0, rows, salt) with { Node = new HierarchyNodeId(node) };
            }
            else if (nextProvince < s.Provinces)
            {
                string node = Id("P", ++nextProvince, 3);
                list = CreateList($"NODE-{node}-CNY", PriceSourceKind.HierarchyNode, 0, rows, salt) with { Node = new HierarchyNodeId(node) };
            }
            else if (nextSegment < 8)
            {
                int currency = 1 + (nextSegment / 2);
                SegmentId segment = nextSegment % 2 == 0 ? Gold : Silver;
                nextSegment++;
                list = CreateList($"SEG-{(segment == Gold ? "GOLD" : "SILVER")}-{s_currencies[currency].Code}", PriceSourceKind.Segment, currency, rows, salt) with { Segment = segment };
            }
            else if (promotions < 50 || nextStore >= s.Stores)
            {
                list = CreatePromotion(promotions++, rows, salt);
            }
            else
            {
                string node = Id("S", ++nextStore, 5);
                list = CreateList($"NODE-{node}-CNY", PriceSourceKind.HierarchyNode, 0, rows, salt) with { Node = new HierarchyNodeId(node) };
            }

            lists.Add(list);
        }

        // Contracts: one list per contract customer, valid for three years.
        for (int k = 0; k < s.ContractCount; k++)
        {
            lists.Add(CreateContract(k));
        }

        return lists.MoveToImmutable();
    }

    private PriceList CreatePromotion(int number, int rows, ulong salt)
    {
        var from = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero).AddDays(number % 300);
        return CreateList(Id("PROMO-MKT-", number + 1, 5), PriceSourceKind.List, 0, rows, salt) with
        {
            Channel = Marketplace,
            Priority = number + 1,
            ValidFrom = from,
            ValidTo = from.AddDays(60),
        };
    }

    private PriceList CreateContract(int contract)
        => CreateList(Id("CON-", contract + 1, 5), PriceSourceKind.Contract, 0, _size.EntriesPerContract, salt: ContractSalt(contract)) with
        {
            Customer = CustomerIdOf(ContractCustomer(contract)),
            ValidFrom = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero),
            ValidTo = new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.Zero),
        };

    private static ulong ContractSalt(int contract) => 0x100_0000UL + (ulong)contract;

    /// <summary>Creates a list of <paramref name="rows"/> rows over SKUs spread evenly (with jitter) across the catalogue.</summary>
    private PriceList CreateList(string id, PriceSourceKind kind, int currency, int rows, ulong salt)
    {
        ImmutableArray<PriceEntry>.Builder entries = ImmutableArray.CreateBuilder<PriceEntry>(rows);
        for (int k = 0; k < rows; k++)
        {
            entries.Add(CreateEntry(SampleSku(k, rows, salt), currency, salt));
        }

        return new PriceList
        {
            Id = new PriceListId(id),
            Kind = kind,
            Currency = s_currencies[currency],
            Entries = entries.MoveToImmutable(),
        };
    }

    /// <summary>The <paramref name="k"/>-th of <paramref name="rows"/> SKUs of a list: one per stride, distinct and ordered.</summary>
    private int SampleSku(int k, int rows, ulong salt)
    {
        int skus = _size.SkuCount;
        if (rows >= skus)
        {
            return k;
        }

        long start = (long)k * skus / rows;
        long end = (long)(k + 1) * skus / rows;
        return (int)(start + (long)(Unit01(Hash(salt, (ulong)k)) * (end - start)));
    }

    private PriceEntry CreateEntry(int sku, int currency, ulong salt)
    {
        int unitKind = sku % 20 == 0 ? 2 : sku % 7 == 0 ? 1 : 0;
        ImmutableArray<PriceTier> ladder = _ladders[(currency * 3) + unitKind][Hash(salt ^ 0x5A5A_0000_0000UL, (ulong)sku) & (LadderPoolSize - 1)];
        return new PriceEntry
        {
            Sku = _skus[sku],
            Unit = unitKind == 2 ? s_metre : s_piece,
            PriceBasis = unitKind == 1 ? 1_000m : 1m,
            TierKind = sku % 11 == 3 ? TierKind.Graduated : TierKind.Volume,
            Tiers = ladder,
        };
    }

    private int ContractStep => Math.Max(1, _size.CustomerCount / Math.Max(1, _size.ContractCount));

    private int ContractCustomer(int contract) => contract * ContractStep;

    private static CustomerId CustomerIdOf(int customer) => new(string.Create(CultureInfo.InvariantCulture, $"C{customer + 1:D6}"));

    private ImmutableArray<PricingRequest> CreateRequests(int count)
    {
        PricingDataSetSize s = _size;
        int storesPerProvince = s.Stores / s.Provinces;
        const int contextsPerProfile = 16;
        var contexts = new List<(PricingContext Context, int Contract)>[6];
        for (int p = 0; p < contexts.Length; p++)
        {
            contexts[p] = [];
        }

        // Customers of stores under province P001, by segment; contract customers are every ContractStep-th customer.
        for (int c = 0; c < s.CustomerCount && (contexts[0].Count < contextsPerProfile || contexts[1].Count < contextsPerProfile || contexts[2].Count < contextsPerProfile || contexts[3].Count < contextsPerProfile); c++)
        {
            int store = c % s.Stores;
            if (store >= storesPerProvince)
            {
                continue;
            }

            bool contract = c % ContractStep == 0 && c / ContractStep < s.ContractCount;
            SegmentId segment = SegmentOf(c);
            PricingProfile profile = contract ? PricingProfile.ContractCustomer
                : segment == Gold ? PricingProfile.GoldDistributor
                : segment == Silver ? PricingProfile.SilverDistributor
                : PricingProfile.General;
            if (contexts[(int)profile].Count < contextsPerProfile)
            {
                contexts[(int)profile].Add((Context(c, segment, store, s_currencies[0]), contract ? c / ContractStep : -1));
            }
        }

        for (int i = 0; i < contextsPerProfile; i++)
        {
            int c = (i * 7919) % s.CustomerCount;
            contexts[(int)PricingProfile.ForeignCurrency].Add((Context(c, General, c % s.Stores, s_currencies[1 + (i % 4)]), -1));
            contexts[(int)PricingProfile.Anonymous].Add((new PricingContext { Currency = s_currencies[0], Channel = Webshop }, -1));
        }

        ImmutableArray<PricingRequest>.Builder requests = ImmutableArray.CreateBuilder<PricingRequest>(count);
        decimal[] pieces = [1m, 3m, 10m, 25m, 100m, 250m, 1_000m, 2_500m];
        decimal[] thousands = [1_000m, 4_000m, 5_000m, 10_000m, 25_000m, 50_000m, 100_000m, 250_000m];
        decimal[] metres = [1m, 2.5m, 10m, 50m, 75.5m, 100m, 500m, 1_200m];
        for (int r = 0; r < count; r++)
        {
            var profile = (PricingProfile)(r % contexts.Length);
            List<(PricingContext Context, int Contract)> pool = contexts[(int)profile].Count > 0 ? contexts[(int)profile] : contexts[(int)PricingProfile.Anonymous];
            ulong h = Hash(0xEE00_0000UL, (ulong)r);
            (PricingContext context, int contractIndex) = pool[(int)(h % (ulong)pool.Count)];
            int sku = contractIndex >= 0 && (h & 0x100) == 0
                ? SampleSku((int)((h >> 16) % (ulong)s.EntriesPerContract), s.EntriesPerContract, ContractSalt(contractIndex))
                : (int)((h >> 24) % (ulong)s.SkuCount);
            int step = (int)((h >> 40) & 7);
            Quantity quantity = sku % 20 == 0 ? new Quantity(metres[step], s_metre)
                : sku % 7 == 0 ? new Quantity(thousands[step], s_piece)
                : new Quantity(pieces[step], s_piece);
            requests.Add(new PricingRequest(context, _skus[sku], quantity, profile));
        }

        return requests.MoveToImmutable();
    }

    private static SegmentId SegmentOf(int customer) => (customer % 10) switch
    {
        0 => Gold,
        1 or 2 or 3 => Silver,
        _ => General,
    };

    private static PricingContext Context(int customer, SegmentId segment, int store, Currency currency) => new()
    {
        Customer = CustomerIdOf(customer),
        Segment = segment,
        Nodes = [new HierarchyNodeId(Id("S", store + 1, 5))],
        Channel = Webshop,
        Currency = currency,
    };
}
