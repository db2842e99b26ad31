using System;
using System.Collections.Immutable;
using System.Text.Json;

namespace B2B2C.Sdk.Pricing;

/// <content>Reading promotions: <c>{"id":"BLACKFRIDAY","effect":{"kind":"percentOff","percent":"10"},"target":{...}}</c>.</content>
internal ref partial struct PriceBookJsonReader
{
    private static readonly string[] s_promotionProperties =
        ["id", "name", "effect", "target", "validFrom", "validTo", "stackingGroup", "exclusive", "maxUses", "maxUsesPerCustomer", "budget", "currency"];

    private static readonly string[] s_effectProperties = ["kind", "percent", "amount", "buyQuantity", "getQuantity", "items", "tiers"];

    private static readonly string[] s_bundleItemProperties = ["sku", "quantity"];

    private static readonly string[] s_spendTierProperties = ["threshold", "percent", "amount"];

    private static readonly string[] s_targetProperties = ["segments", "nodes", "channels", "customers", "skus", "categories", "families"];

    private static readonly (string Name, PromotionEffectKind Value)[] s_effectKindNames =
    [
        ("fixedUnitPrice", PromotionEffectKind.FixedUnitPrice),
        ("buyXGetY", PromotionEffectKind.BuyXGetY),
        ("bundlePrice", PromotionEffectKind.BundlePrice),
        ("amountOffPerUnit", PromotionEffectKind.AmountOffPerUnit),
        ("amountOffPerLine", PromotionEffectKind.AmountOffPerLine),
        ("percentOff", PromotionEffectKind.PercentOff),
        ("spendThreshold", PromotionEffectKind.SpendThreshold),
        ("amountOffPerOrder", PromotionEffectKind.AmountOffPerOrder),
    ];

    private ImmutableArray<Promotion> ReadPromotions()
    {
        ExpectArray("an array of promotion objects");
        ImmutableArray<Promotion>.Builder promotions = ImmutableArray.CreateBuilder<Promotion>();
        while (NextItem(promotions.Count))
        {
            promotions.Add(ReadPromotion());
            Pop();
        }

        return promotions.DrainToImmutable();
    }

    private Promotion ReadPromotion()
    {
        long start = ExpectObject("a promotion object such as {\"id\":\"BLACKFRIDAY\",\"effect\":{\"kind\":\"percentOff\",\"percent\":\"10\"}}");
        PromotionId id = default;
        string? name = null;
        RawEffect effect = default;
        PromotionTarget target = new();
        DateTimeOffset? validFrom = null;
        DateTimeOffset? validTo = null;
        string? group = null;
        bool exclusive = false;
        int? maxUses = null;
        int? maxUsesPerCustomer = null;
        decimal? budget = null;
        Currency? currency = null;
        int seen = 0;
        while (NextProperty(s_promotionProperties, "a promotion", ref seen, out int property))
        {
            if (_reader.TokenType != JsonTokenType.Null || property is 0 or 2)
            {
                switch (property)
                {
                    case 0:
                        id = ReadIdentifier<PromotionId>("promotion identifier");
                        break;
                    case 1:
                        name = ReadString("the promotion's name");
                        break;
                    case 2:
                        effect = ReadEffect();
                        break;
                    case 3:
                        target = ReadTarget();
                        break;
                    case 4:
                        validFrom = ReadInstant();
                        break;
                    case 5:
                        validTo = ReadInstant();
                        break;
                    case 6:
                        group = ReadString("the stacking group");
                        break;
                    case 7:
                        exclusive = ReadBoolean("whether the promotion is exclusive");
                        break;
                    case 8:
                        maxUses = ReadInt32("usage limit");
                        break;
                    case 9:
                        maxUsesPerCustomer = ReadInt32("usage limit per customer");
                        break;
                    case 10:
                        budget = ReadDecimal("5000.00");
                        break;
                    default:
                        currency = ReadCurrency();
                        break;
                }
            }

            Pop();
        }

        Require(seen, 0b101, s_promotionProperties, "a promotion", start);
        if (currency is null && (budget is not null || effect.HasAmounts))
        {
            throw Fail(MissingProperty, "a promotion with amounts (amount, tiers, budget) has no \"currency\", which they are in.", start);
        }

        Currency money = currency ?? default;
        return new Promotion
        {
            Id = id,
            Name = name,
            Effect = effect.ToEffect(money),
            Target = target,
            ValidFrom = validFrom,
            ValidTo = validTo,
            StackingGroup = group,
            Exclusive = exclusive,
            MaxUses = maxUses,
            MaxUsesPerCustomer = maxUsesPerCustomer,
            Budget = budget is decimal b ? new Money(b, money) : null,
        };
    }

    private RawEffect ReadEffect()
    {
        long start = ExpectObject("an effect object such as {\"kind\":\"percentOff\",\"percent\":\"10\"}");
        var effect = new RawEffect { Items = [], Tiers = [] };
        int seen = 0;
        while (NextProperty(s_effectProperties, "an effect", ref seen, out int property))
        {
            if (_reader.TokenType != JsonTokenType.Null || property == 0)
            {
                switch (property)
                {
                    case 0:
                        effect.Kind = ReadEnum(s_effectKindNames, "promotion effect kind");
                        break;
                    case 1:
                        effect.Percent = ReadDecimal("10");
                        break;
                    case 2:
                        effect.Amount = ReadDecimal("0.50");
                        break;
                    case 3:
                        effect.Buy = ReadInt32("number of units to buy");
                        break;
                    case 4:
                        effect.Get = ReadInt32("number of units given");
                        break;
                    case 5:
                        effect.Items = ReadBundleItems();
                        break;
                    default:
                        effect.Tiers = ReadSpendTiers();
                        break;
                }
            }

            Pop();
        }

        Require(seen, 0b1, s_effectProperties, "an effect", start);
        return effect;
    }

    private ImmutableArray<PromotionBundleItem> ReadBundleItems()
    {
        ExpectArray("an array of bundle items such as [{\"sku\":\"NE555DR\",\"quantity\":\"10\"}]");
        ImmutableArray<PromotionBundleItem>.Builder items = ImmutableArray.CreateBuilder<PromotionBundleItem>();
        while (NextItem(items.Count))
        {
            long start = ExpectObject("a bundle item such as {\"sku\":\"NE555DR\",\"quantity\":\"10\"}");
            Sku sku = default;
            decimal quantity = 0m;
            int seen = 0;
            while (NextProperty(s_bundleItemProperties, "a bundle item", ref seen, out int property))
            {
                if (property == 0)
                {
                    sku = ReadIdentifier<Sku>("SKU");
                }
                else
                {
                    quantity = ReadDecimal("10");
                }

                Pop();
            }

            Require(seen, 0b11, s_bundleItemProperties, "a bundle item", start);
            items.Add(new PromotionBundleItem(sku, quantity));
            Pop();
        }

        return items.DrainToImmutable();
    }

    private ImmutableArray<(decimal Threshold, decimal? Percent, decimal? Amount)> ReadSpendTiers()
    {
        ExpectArray("an array of spend tiers such as [{\"threshold\":\"500.00\",\"percent\":\"5\"}]");
        ImmutableArray<(decimal, decimal?, decimal?)>.Builder tiers = ImmutableArray.CreateBuilder<(decimal, decimal?, decimal?)>();
        while (NextItem(tiers.Count))
        {
            long start = ExpectObject("a spend tier such as {\"threshold\":\"500.00\",\"percent\":\"5\"}");
            decimal threshold = 0m;
            decimal? percent = null;
            decimal? amount = null;
            int seen = 0;
            while (NextProperty(s_spendTierProperties, "a spend tier", ref seen, out int property))
            {
                if (_reader.TokenType != JsonTokenType.Null || property == 0)
                {
                    switch (property)
                    {
                        case 0:
                            threshold = ReadDecimal("500.00");
                            break;
                        case 1:
                            percent = ReadDecimal("5");
                            break;
                        default:
                            amount = ReadDecimal("25.00");
                            break;
                    }
                }

                Pop();
            }

            Require(seen, 0b1, s_spendTierProperties, "a spend tier", start);
            tiers.Add((threshold, percent, amount));
            Pop();
        }

        return tiers.DrainToImmutable();
    }

    private PromotionTarget ReadTarget()
    {
        ExpectObject("a target object such as {\"segments\":[\"distributor-gold\"],\"skus\":[\"NE555DR\"]}");
        var target = new PromotionTarget();
        int seen = 0;
        while (NextProperty(s_targetProperties, "a target", ref seen, out int property))
        {
            if (_reader.TokenType != JsonTokenType.Null)
            {
                target = property switch
                {
                    0 => target with { Segments = ReadIdentifiers<SegmentId>("segment identifier") },
                    1 => target with { Nodes = ReadIdentifiers<HierarchyNodeId>("hierarchy node identifier") },
                    2 => target with { Channels = ReadIdentifiers<ChannelId>("channel identifier") },
                    3 => target with { Customers = ReadIdentifiers<CustomerId>("customer identifier") },
                    4 => target with { Skus = ReadIdentifiers<Sku>("SKU") },
                    5 => target with { Categories = ReadStrings("category") },
                    _ => target with { Families = ReadStrings("family") },
                };
            }

            Pop();
        }

        return target;
    }

    private ImmutableArray<TIdentifier> ReadIdentifiers<TIdentifier>(string what)
        where TIdentifier : struct, IIdentifier<TIdentifier>
    {
        ExpectArray($"an array of {what}s");
        ImmutableArray<TIdentifier>.Builder values = ImmutableArray.CreateBuilder<TIdentifier>();
        while (NextItem(values.Count))
        {
            values.Add(ReadIdentifier<TIdentifier>(what));
            Pop();
        }

        return values.DrainToImmutable();
    }

    /// <summary>An effect as read, with its amounts still plain decimals: the promotion's currency may come after it.</summary>
    private struct RawEffect
    {
        internal PromotionEffectKind Kind;
        internal decimal? Percent;
        internal decimal? Amount;
        internal int? Buy;
        internal int? Get;
        internal ImmutableArray<PromotionBundleItem> Items;
        internal ImmutableArray<(decimal Threshold, decimal? Percent, decimal? Amount)> Tiers;

        internal readonly bool HasAmounts => Amount is not null || !Tiers.IsDefaultOrEmpty;

        internal readonly PromotionEffect ToEffect(Currency currency)
        {
            ImmutableArray<PromotionSpendTier>.Builder tiers = ImmutableArray.CreateBuilder<PromotionSpendTier>();
            foreach ((decimal threshold, decimal? percent, decimal? amount) in Tiers.IsDefault ? [] : Tiers)
            {
                tiers.Add(new PromotionSpendTier(new Money(threshold, currency), percent, amount is decimal a ? new Money(a, currency) : null));
            }

            return new PromotionEffect
            {
                Kind = Kind,
                Percent = Percent,
                Amount = Amount is decimal value ? new Money(value, currency) : null,
                BuyQuantity = Buy,
                GetQuantity = Get,
                Items = Items.IsDefault ? [] : Items,
                Tiers = tiers.DrainToImmutable(),
            };
        }
    }
}
