using System.Collections.Immutable;
using System.Text.Json;

namespace B2B2C.Sdk.Pricing;

/// <content>Reads what the book says about articles and after base prices: products, adjustment rules, floor, corridors, price endings and tax.</content>
internal ref partial struct PriceBookJsonReader
{
    private static readonly string[] s_productProperties = ["sku", "family", "categories", "taxCategory", "cost"];

    private static readonly string[] s_moneyProperties = ["amount", "currency"];

    private static readonly string[] s_ruleProperties =
        ["id", "kind", "name", "segment", "percent", "amount", "unit", "tiers", "minQuantity", "maxQuantity", "skus", "families", "categories", "channel", "validFrom", "validTo"];

    private static readonly string[] s_discountTierProperties = ["minQuantity", "percent"];

    private static readonly string[] s_floorProperties = ["minimumMarginPercent"];

    private static readonly string[] s_corridorProperties = ["channel", "referenceSegment", "minimumMarkupPercent"];

    private static readonly string[] s_endingProperties = ["channel", "ending"];

    private static readonly string[] s_taxRateProperties = ["country", "category", "rate"];

    private static readonly (string Name, AdjustmentRuleKind Value)[] s_ruleKindNames =
    [
        ("segmentDiscount", AdjustmentRuleKind.SegmentDiscount),
        ("quantityDiscount", AdjustmentRuleKind.QuantityDiscount),
        ("surcharge", AdjustmentRuleKind.Surcharge),
    ];

    private static readonly (string Name, TaxRounding Value)[] s_taxRoundingNames =
    [
        ("perLine", TaxRounding.PerLine),
        ("perUnit", TaxRounding.PerUnit),
    ];

    private void ReadBookPart(int property, BookParts parts)
    {
        switch (property)
        {
            case 5:
                parts.Products = ReadProducts();
                break;
            case 6:
                parts.Adjustments = ReadRules();
                break;
            case 7:
                parts.Floor = ReadFloor();
                break;
            case 8:
                parts.Corridors = ReadCorridors();
                break;
            case 9:
                parts.PriceEndings = ReadEndings();
                break;
            case 10:
                parts.TaxRates = ReadTaxRates();
                break;
            default:
                parts.TaxRounding = ReadEnum(s_taxRoundingNames, "tax rounding mode");
                break;
        }
    }

    private ImmutableArray<PricedProduct> ReadProducts()
    {
        ExpectArray("an array of product objects such as [{\"sku\":\"RC0603-10K\",\"family\":\"RC0603\"}]");
        ImmutableArray<PricedProduct>.Builder items = ImmutableArray.CreateBuilder<PricedProduct>();
        while (NextItem(items.Count))
        {
            items.Add(ReadProduct());
            Pop();
        }

        return items.DrainToImmutable();
    }

    private PricedProduct ReadProduct()
    {
        long start = ExpectObject("a product object such as {\"sku\":\"RC0603-10K\",\"family\":\"RC0603\"}");
        Sku sku = default;
        string? family = null;
        ImmutableArray<string> categories = [];
        string? taxCategory = null;
        Money? cost = null;
        int seen = 0;
        while (NextProperty(s_productProperties, "a product", ref seen, out int property))
        {
            if (_reader.TokenType != JsonTokenType.Null || property == 0)
            {
                switch (property)
                {
                    case 0:
                        sku = ReadIdentifier<Sku>("SKU");
                        break;
                    case 1:
                        family = ReadString("the product family");
                        break;
                    case 2:
                        categories = ReadStrings("category");
                        break;
                    case 3:
                        taxCategory = ReadString("the tax category");
                        break;
                    default:
                        cost = ReadMoney("0.0021");
                        break;
                }
            }

            Pop();
        }

        Require(seen, 0b1, s_productProperties, "a product", start);
        return new PricedProduct { Sku = sku, Family = family, Categories = categories, TaxCategory = taxCategory, Cost = cost };
    }

    private ImmutableArray<AdjustmentRule> ReadRules()
    {
        ExpectArray("an array of adjustment rule objects");
        ImmutableArray<AdjustmentRule>.Builder items = ImmutableArray.CreateBuilder<AdjustmentRule>();
        while (NextItem(items.Count))
        {
            items.Add(ReadRule());
            Pop();
        }

        return items.DrainToImmutable();
    }

    private AdjustmentRule ReadRule()
    {
        long start = ExpectObject("an adjustment rule object such as {\"id\":\"GOLD-5\",\"kind\":\"segmentDiscount\",\"segment\":\"distributor-gold\",\"percent\":\"5\"}");
        var rule = new AdjustmentRule { Id = string.Empty, Kind = default };
        int seen = 0;
        while (NextProperty(s_ruleProperties, "an adjustment rule", ref seen, out int property))
        {
            if (_reader.TokenType != JsonTokenType.Null || property <= 1)
            {
                rule = property switch
                {
                    0 => rule with { Id = ReadString("the rule's identifier") },
                    1 => rule with { Kind = ReadEnum(s_ruleKindNames, "adjustment rule kind") },
                    2 => rule with { Name = ReadString("the rule's name") },
                    3 => rule with { Segment = ReadIdentifier<SegmentId>("segment identifier") },
                    4 => rule with { Percent = ReadDecimal("5") },
                    5 => rule with { Amount = ReadMoney("2.50") },
                    6 => rule with { Unit = ReadUnit() },
                    7 => rule with { Tiers = ReadDiscountTiers() },
                    8 => rule with { MinQuantity = ReadDecimal("1") },
                    9 => rule with { MaxQuantity = ReadDecimal("4999") },
                    10 => rule with { Skus = ReadSkus() },
                    11 => rule with { Families = ReadStrings("family") },
                    12 => rule with { Categories = ReadStrings("category") },
                    13 => rule with { Channel = ReadIdentifier<ChannelId>("channel identifier") },
                    14 => rule with { ValidFrom = ReadInstant() },
                    _ => rule with { ValidTo = ReadInstant() },
                };
            }

            Pop();
        }

        Require(seen, 0b11, s_ruleProperties, "an adjustment rule", start);
        return rule;
    }

    private ImmutableArray<QuantityDiscountTier> ReadDiscountTiers()
    {
        ExpectArray("an array of discount tiers such as [{\"minQuantity\":\"1000\",\"percent\":\"3\"}]");
        ImmutableArray<QuantityDiscountTier>.Builder items = ImmutableArray.CreateBuilder<QuantityDiscountTier>();
        while (NextItem(items.Count))
        {
            long start = ExpectObject("a discount tier object such as {\"minQuantity\":\"1000\",\"percent\":\"3\"}");
            decimal minQuantity = 0m;
            decimal percent = 0m;
            int seen = 0;
            while (NextProperty(s_discountTierProperties, "a discount tier", ref seen, out int property))
            {
                if (property == 0)
                {
                    minQuantity = ReadDecimal("1000");
                }
                else
                {
                    percent = ReadDecimal("3");
                }

                Pop();
            }

            Require(seen, 0b11, s_discountTierProperties, "a discount tier", start);
            items.Add(new QuantityDiscountTier(minQuantity, percent));
            Pop();
        }

        return items.DrainToImmutable();
    }

    private FloorPolicy ReadFloor()
    {
        long start = ExpectObject("a floor object such as {\"minimumMarginPercent\":\"8\"}");
        decimal margin = 0m;
        int seen = 0;
        while (NextProperty(s_floorProperties, "the floor", ref seen, out _))
        {
            margin = ReadDecimal("8");
            Pop();
        }

        Require(seen, 0b1, s_floorProperties, "the floor", start);
        return new FloorPolicy(margin);
    }

    private ImmutableArray<ChannelCorridor> ReadCorridors()
    {
        ExpectArray("an array of corridor objects");
        ImmutableArray<ChannelCorridor>.Builder items = ImmutableArray.CreateBuilder<ChannelCorridor>();
        while (NextItem(items.Count))
        {
            long start = ExpectObject("a corridor object such as {\"channel\":\"marketplace-jd\",\"referenceSegment\":\"distributor-gold\",\"minimumMarkupPercent\":\"10\"}");
            ChannelId channel = default;
            SegmentId segment = default;
            decimal markup = 0m;
            int seen = 0;
            while (NextProperty(s_corridorProperties, "a corridor", ref seen, out int property))
            {
                switch (property)
                {
                    case 0:
                        channel = ReadIdentifier<ChannelId>("channel identifier");
                        break;
                    case 1:
                        segment = ReadIdentifier<SegmentId>("segment identifier");
                        break;
                    default:
                        markup = ReadDecimal("10");
                        break;
                }

                Pop();
            }

            Require(seen, 0b111, s_corridorProperties, "a corridor", start);
            items.Add(new ChannelCorridor(channel, segment, markup));
            Pop();
        }

        return items.DrainToImmutable();
    }

    private ImmutableArray<PriceEnding> ReadEndings()
    {
        ExpectArray("an array of price ending objects");
        ImmutableArray<PriceEnding>.Builder items = ImmutableArray.CreateBuilder<PriceEnding>();
        while (NextItem(items.Count))
        {
            long start = ExpectObject("a price ending object such as {\"channel\":\"marketplace-jd\",\"ending\":\"0.99\"}");
            ChannelId channel = default;
            decimal ending = 0m;
            int seen = 0;
            while (NextProperty(s_endingProperties, "a price ending", ref seen, out int property))
            {
                if (property == 0)
                {
                    channel = ReadIdentifier<ChannelId>("channel identifier");
                }
                else
                {
                    ending = ReadDecimal("0.99");
                }

                Pop();
            }

            Require(seen, 0b11, s_endingProperties, "a price ending", start);
            items.Add(new PriceEnding(channel, ending));
            Pop();
        }

        return items.DrainToImmutable();
    }

    private ImmutableArray<TaxRate> ReadTaxRates()
    {
        ExpectArray("an array of tax rate objects");
        ImmutableArray<TaxRate>.Builder items = ImmutableArray.CreateBuilder<TaxRate>();
        while (NextItem(items.Count))
        {
            long start = ExpectObject("a tax rate object such as {\"country\":\"DE\",\"rate\":\"0.19\"}");
            string country = string.Empty;
            string? category = null;
            decimal rate = 0m;
            int seen = 0;
            while (NextProperty(s_taxRateProperties, "a tax rate", ref seen, out int property))
            {
                if (_reader.TokenType != JsonTokenType.Null || property != 1)
                {
                    switch (property)
                    {
                        case 0:
                            country = ReadString("an ISO 3166-1 alpha-2 country code such as \"DE\"");
                            break;
                        case 1:
                            category = ReadString("the tax category");
                            break;
                        default:
                            rate = ReadDecimal("0.19");
                            break;
                    }
                }

                Pop();
            }

            Require(seen, 0b101, s_taxRateProperties, "a tax rate", start);
            items.Add(new TaxRate(country, category, rate));
            Pop();
        }

        return items.DrainToImmutable();
    }

    private Money ReadMoney(string example)
    {
        long start = ExpectObject($"an amount object such as {{\"amount\":\"{example}\",\"currency\":\"EUR\"}}");
        decimal amount = 0m;
        Currency currency = default;
        int seen = 0;
        while (NextProperty(s_moneyProperties, "an amount", ref seen, out int property))
        {
            if (property == 0)
            {
                amount = ReadDecimal(example);
            }
            else
            {
                currency = ReadCurrency();
            }

            Pop();
        }

        Require(seen, 0b11, s_moneyProperties, "an amount", start);
        return new Money(amount, currency);
    }

    private ImmutableArray<string> ReadStrings(string what)
    {
        ExpectArray($"an array of {what} names as JSON strings");
        ImmutableArray<string>.Builder items = ImmutableArray.CreateBuilder<string>();
        while (NextItem(items.Count))
        {
            items.Add(ReadString($"a {what} name"));
            Pop();
        }

        return items.DrainToImmutable();
    }

    private ImmutableArray<Sku> ReadSkus()
    {
        ExpectArray("an array of SKUs as JSON strings");
        ImmutableArray<Sku>.Builder items = ImmutableArray.CreateBuilder<Sku>();
        while (NextItem(items.Count))
        {
            items.Add(ReadIdentifier<Sku>("SKU"));
            Pop();
        }

        return items.DrainToImmutable();
    }

    private readonly bool ReadBoolean(string what)
        => _reader.TokenType switch
        {
            JsonTokenType.True => true,
            JsonTokenType.False => false,
            _ => throw WrongTypeFor($"{what} as JSON true or false"),
        };

    /// <summary>The parts of a book read after its core properties, applied to the book once it is read.</summary>
    private sealed class BookParts
    {
        internal ImmutableArray<PricedProduct> Products { get; set; } = [];

        internal ImmutableArray<AdjustmentRule> Adjustments { get; set; } = [];

        internal FloorPolicy? Floor { get; set; }

        internal ImmutableArray<ChannelCorridor> Corridors { get; set; } = [];

        internal ImmutableArray<PriceEnding> PriceEndings { get; set; } = [];

        internal ImmutableArray<TaxRate> TaxRates { get; set; } = [];

        internal TaxRounding TaxRounding { get; set; }

        internal PriceBook ApplyTo(PriceBook book) => book with
        {
            Products = Products,
            Adjustments = Adjustments,
            Floor = Floor,
            Corridors = Corridors,
            PriceEndings = PriceEndings,
            TaxRates = TaxRates,
            TaxRounding = TaxRounding,
        };
    }
}
