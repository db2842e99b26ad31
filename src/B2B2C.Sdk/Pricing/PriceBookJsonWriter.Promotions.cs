using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text.Json;

namespace B2B2C.Sdk.Pricing;

/// <content>Writing promotions; a promotion's amounts share one <c>currency</c> property.</content>
internal static partial class PriceBookJsonWriter
{
    private static void WritePromotions(Utf8JsonWriter writer, ImmutableArray<Promotion> promotions)
    {
        if (promotions.IsDefaultOrEmpty)
        {
            return;
        }

        writer.WriteStartArray("promotions"u8);
        for (int i = 0; i < promotions.Length; i++)
        {
            WritePromotion(writer, promotions[i], $"promotions[{i}]");
        }

        writer.WriteEndArray();
    }

    private static void WritePromotion(Utf8JsonWriter writer, Promotion promotion, string path)
    {
        if (promotion is null)
        {
            throw Invalid(path, "The promotion is null.");
        }

        PromotionEffect effect = promotion.Effect ?? throw Invalid(path + ".effect", "The promotion has no effect (null).");
        Currency[] currencies = [.. PromotionEvaluator.Currencies(promotion).Distinct()];
        if (currencies.Length > 1)
        {
            throw Invalid(path, $"The promotion's amounts are in {string.Join(" and ", currencies.Select(c => c.Code))}; JSON gives a promotion one currency.");
        }

        writer.WriteStartObject();
        writer.WriteString("id"u8, Required(promotion.Id.Value, path + ".id"));
        if (promotion.Name is not null)
        {
            writer.WriteString("name"u8, promotion.Name);
        }

        if (currencies.Length == 1)
        {
            writer.WriteString("currency"u8, currencies[0].Code);
        }

        writer.WriteStartObject("effect"u8);
        writer.WriteString("kind"u8, EffectKind(effect.Kind, path + ".effect.kind"));
        WriteOptionalDecimal(writer, "percent"u8, effect.Percent);
        WriteOptionalDecimal(writer, "amount"u8, effect.Amount?.Amount);
        if (effect.BuyQuantity is int buy)
        {
            writer.WriteNumber("buyQuantity"u8, buy);
        }

        if (effect.GetQuantity is int get)
        {
            writer.WriteNumber("getQuantity"u8, get);
        }

        if (!effect.Items.IsDefaultOrEmpty)
        {
            writer.WriteStartArray("items"u8);
            for (int i = 0; i < effect.Items.Length; i++)
            {
                PromotionBundleItem item = effect.Items[i] ?? throw Invalid($"{path}.effect.items[{i}]", "The bundle item is null.");
                writer.WriteStartObject();
                writer.WriteString("sku"u8, Required(item.Sku.Value, $"{path}.effect.items[{i}].sku"));
                WriteDecimal(writer, "quantity"u8, item.Quantity);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        if (!effect.Tiers.IsDefaultOrEmpty)
        {
            writer.WriteStartArray("tiers"u8);
            for (int i = 0; i < effect.Tiers.Length; i++)
            {
                PromotionSpendTier tier = effect.Tiers[i] ?? throw Invalid($"{path}.effect.tiers[{i}]", "The spend tier is null.");
                writer.WriteStartObject();
                WriteDecimal(writer, "threshold"u8, tier.Threshold.Amount);
                WriteOptionalDecimal(writer, "percent"u8, tier.Percent);
                WriteOptionalDecimal(writer, "amount"u8, tier.Amount?.Amount);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
        WriteTarget(writer, promotion.Target ?? new PromotionTarget(), path + ".target");
        WriteInstant(writer, "validFrom"u8, promotion.ValidFrom);
        WriteInstant(writer, "validTo"u8, promotion.ValidTo);
        if (promotion.StackingGroup is not null)
        {
            writer.WriteString("stackingGroup"u8, promotion.StackingGroup);
        }

        if (promotion.Exclusive)
        {
            writer.WriteBoolean("exclusive"u8, true);
        }

        if (promotion.MaxUses is int maxUses)
        {
            writer.WriteNumber("maxUses"u8, maxUses);
        }

        if (promotion.MaxUsesPerCustomer is int perCustomer)
        {
            writer.WriteNumber("maxUsesPerCustomer"u8, perCustomer);
        }

        WriteOptionalDecimal(writer, "budget"u8, promotion.Budget?.Amount);
        writer.WriteEndObject();
    }

    private static void WriteTarget(Utf8JsonWriter writer, PromotionTarget target, string path)
    {
        var parts = new List<(string Name, IEnumerable<string?> Values)>
        {
            ("segments", Values(target.Segments).Select(s => s.Value)),
            ("nodes", Values(target.Nodes).Select(n => n.Value)),
            ("channels", Values(target.Channels).Select(c => c.Value)),
            ("customers", Values(target.Customers).Select(c => c.Value)),
            ("skus", Values(target.Skus).Select(s => s.Value)),
            ("categories", Values(target.Categories)),
            ("families", Values(target.Families)),
        };
        if (parts.All(p => !p.Values.Any()))
        {
            return;
        }

        writer.WriteStartObject("target"u8);
        foreach ((string name, IEnumerable<string?> values) in parts)
        {
            string?[] array = [.. values];
            if (array.Length == 0)
            {
                continue;
            }

            writer.WriteStartArray(name);
            for (int i = 0; i < array.Length; i++)
            {
                writer.WriteStringValue(array[i] ?? throw Invalid($"{path}.{name}[{i}]", "The value is missing (null or a default identifier)."));
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    private static ImmutableArray<T> Values<T>(ImmutableArray<T> values) => values.IsDefault ? [] : values;

    private static string EffectKind(PromotionEffectKind kind, string path)
        => kind switch
        {
            PromotionEffectKind.FixedUnitPrice => "fixedUnitPrice",
            PromotionEffectKind.BuyXGetY => "buyXGetY",
            PromotionEffectKind.BundlePrice => "bundlePrice",
            PromotionEffectKind.AmountOffPerUnit => "amountOffPerUnit",
            PromotionEffectKind.AmountOffPerLine => "amountOffPerLine",
            PromotionEffectKind.PercentOff => "percentOff",
            PromotionEffectKind.SpendThreshold => "spendThreshold",
            PromotionEffectKind.AmountOffPerOrder => "amountOffPerOrder",
            _ => throw Invalid(path, $"{(int)kind} is not a promotion effect kind."),
        };
}
