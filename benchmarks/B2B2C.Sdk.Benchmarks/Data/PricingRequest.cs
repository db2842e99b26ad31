using B2B2C.Sdk.Pricing;

namespace B2B2C.Sdk.Benchmarks.Data;

/// <summary>One pre-built line to price: who asks, the article and the quantity.</summary>
/// <param name="Context">The asker; shared by the requests of the same customer, so its binding is cached.</param>
/// <param name="Sku">The article.</param>
/// <param name="Quantity">The quantity, in the article's unit.</param>
/// <param name="Profile">The kind of asker, for reports.</param>
internal readonly record struct PricingRequest(PricingContext Context, Sku Sku, Quantity Quantity, PricingProfile Profile);

/// <summary>The kinds of asker the sample requests rotate among.</summary>
internal enum PricingProfile
{
    /// <summary>A general customer of a store under province P001, in CNY: province, region, HQ, then list price.</summary>
    General = 0,

    /// <summary>A gold distributor of a store under P001, in CNY: node lists, then the gold segment list.</summary>
    GoldDistributor = 1,

    /// <summary>A silver distributor of a store under P001, in CNY.</summary>
    SilverDistributor = 2,

    /// <summary>A gold distributor with a contract, in CNY: half the lines are contract articles.</summary>
    ContractCustomer = 3,

    /// <summary>A general customer buying in USD, EUR, JPY or KWD: list prices of that currency.</summary>
    ForeignCurrency = 4,

    /// <summary>An anonymous visitor in CNY: list prices only.</summary>
    Anonymous = 5,
}
