using System;
using System.Collections.Immutable;
using System.Text.Json;

namespace B2B2C.Sdk.Pricing;

/// <content>Writes what the book says about articles and after base prices: products, adjustment rules, floor, corridors, price endings and tax.</content>
internal static partial class PriceBookJsonWriter
{
    /// <summary>Writes the products and everything applied after base prices, before <c>priceLists</c>; empty parts and defaults are not written.</summary>
    private static void WriteAdjustments(Utf8JsonWriter writer, PriceBook book)
    {
        if (!book.Products.IsDefaultOrEmpty)
        {
            writer.WriteStartArray("products"u8);
            for (int i = 0; i < book.Products.Length; i++)
            {
                WriteProduct(writer, book.Products[i], $"products[{i}]");
            }

            writer.WriteEndArray();
        }

        if (!book.Adjustments.IsDefaultOrEmpty)
        {
            writer.WriteStartArray("adjustments"u8);
            for (int i = 0; i < book.Adjustments.Length; i++)
            {
                WriteRule(writer, book.Adjustments[i], $"adjustments[{i}]");
            }

            writer.WriteEndArray();
        }

        if (book.Floor is FloorPolicy floor)
        {
            writer.WriteStartObject("floor"u8);
            WriteDecimal(writer, "minimumMarginPercent"u8, floor.MinimumMarginPercent);
            writer.WriteEndObject();
        }

        if (!book.Corridors.IsDefaultOrEmpty)
        {
            writer.WriteStartArray("corridors"u8);
            for (int i = 0; i < book.Corridors.Length; i++)
            {
                string path = $"corridors[{i}]";
                ChannelCorridor corridor = book.Corridors[i] ?? throw Invalid(path, "The corridor is null.");
                writer.WriteStartObject();
                writer.WriteString("channel"u8, Required(corridor.Channel.Value, path + ".channel"));
                writer.WriteString("referenceSegment"u8, Required(corridor.ReferenceSegment.Value, path + ".referenceSegment"));
                WriteDecimal(writer, "minimumMarkupPercent"u8, corridor.MinimumMarkupPercent);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        if (!book.PriceEndings.IsDefaultOrEmpty)
        {
            writer.WriteStartArray("priceEndings"u8);
            for (int i = 0; i < book.PriceEndings.Length; i++)
            {
                string path = $"priceEndings[{i}]";
                PriceEnding ending = book.PriceEndings[i] ?? throw Invalid(path, "The price ending is null.");
                writer.WriteStartObject();
                writer.WriteString("channel"u8, Required(ending.Channel.Value, path + ".channel"));
                WriteDecimal(writer, "ending"u8, ending.Ending);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        if (!book.TaxRates.IsDefaultOrEmpty)
        {
            writer.WriteStartArray("taxRates"u8);
            for (int i = 0; i < book.TaxRates.Length; i++)
            {
                string path = $"taxRates[{i}]";
                TaxRate rate = book.TaxRates[i] ?? throw Invalid(path, "The tax rate is null.");
                writer.WriteStartObject();
                writer.WriteString("country"u8, rate.Country ?? throw Invalid(path + ".country", "The country is missing (null)."));
                if (rate.Category is not null)
                {
                    writer.WriteString("category"u8, rate.Category);
                }

                WriteDecimal(writer, "rate"u8, rate.Rate);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        if (book.TaxRounding != TaxRounding.PerLine)
        {
            writer.WriteString("taxRounding"u8, book.TaxRounding == TaxRounding.PerUnit
                ? "perUnit"
                : throw Invalid("taxRounding", $"{(int)book.TaxRounding} is not a tax rounding mode."));
        }
    }

    private static void WriteProduct(Utf8JsonWriter writer, PricedProduct product, string path)
    {
        if (product is null)
        {
            throw Invalid(path, "The product is null.");
        }

        writer.WriteStartObject();
        writer.WriteString("sku"u8, Required(product.Sku.Value, path + ".sku"));
        if (product.Family is not null)
        {
            writer.WriteString("family"u8, product.Family);
        }

        WriteStrings(writer, "categories"u8, product.Categories, path + ".categories");
        if (product.TaxCategory is not null)
        {
            writer.WriteString("taxCategory"u8, product.TaxCategory);
        }

        if (product.Cost is Money cost)
        {
            WriteMoney(writer, "cost"u8, cost);
        }

        writer.WriteEndObject();
    }

    private static void WriteRule(Utf8JsonWriter writer, AdjustmentRule rule, string path)
    {
        if (rule is null)
        {
            throw Invalid(path, "The adjustment rule is null.");
        }

        writer.WriteStartObject();
        writer.WriteString("id"u8, rule.Id ?? throw Invalid(path + ".id", "The identifier is missing (null)."));
        writer.WriteString("kind"u8, rule.Kind switch
        {
            AdjustmentRuleKind.SegmentDiscount => "segmentDiscount",
            AdjustmentRuleKind.QuantityDiscount => "quantityDiscount",
            AdjustmentRuleKind.Surcharge => "surcharge",
            _ => throw Invalid(path + ".kind", $"{(int)rule.Kind} is not an adjustment rule kind."),
        });
        if (rule.Name is not null)
        {
            writer.WriteString("name"u8, rule.Name);
        }

        WriteIdentifier(writer, "segment"u8, rule.Segment, path + ".segment");
        WriteOptionalDecimal(writer, "percent"u8, rule.Percent);
        if (rule.Amount is Money amount)
        {
            WriteMoney(writer, "amount"u8, amount);
        }

        if (rule.Unit != UnitOfMeasure.Piece)
        {
            writer.WriteString("unit"u8, rule.Unit.ToString());
        }

        if (!rule.Tiers.IsDefaultOrEmpty)
        {
            writer.WriteStartArray("tiers"u8);
            for (int t = 0; t < rule.Tiers.Length; t++)
            {
                QuantityDiscountTier tier = rule.Tiers[t] ?? throw Invalid($"{path}.tiers[{t}]", "The tier is null.");
                writer.WriteStartObject();
                WriteDecimal(writer, "minQuantity"u8, tier.MinQuantity);
                WriteDecimal(writer, "percent"u8, tier.Percent);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        WriteOptionalDecimal(writer, "minQuantity"u8, rule.MinQuantity);
        WriteOptionalDecimal(writer, "maxQuantity"u8, rule.MaxQuantity);
        if (!rule.Skus.IsDefaultOrEmpty)
        {
            writer.WriteStartArray("skus"u8);
            for (int s = 0; s < rule.Skus.Length; s++)
            {
                writer.WriteStringValue(Required(rule.Skus[s].Value, $"{path}.skus[{s}]"));
            }

            writer.WriteEndArray();
        }

        WriteStrings(writer, "families"u8, rule.Families, path + ".families");
        WriteStrings(writer, "categories"u8, rule.Categories, path + ".categories");
        WriteIdentifier(writer, "channel"u8, rule.Channel, path + ".channel");
        WriteInstant(writer, "validFrom"u8, rule.ValidFrom);
        WriteInstant(writer, "validTo"u8, rule.ValidTo);
        writer.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter writer, ReadOnlySpan<byte> name, ImmutableArray<string> values, string path)
    {
        if (values.IsDefaultOrEmpty)
        {
            return;
        }

        writer.WriteStartArray(name);
        for (int i = 0; i < values.Length; i++)
        {
            writer.WriteStringValue(values[i] ?? throw Invalid($"{path}[{i}]", "The name is null."));
        }

        writer.WriteEndArray();
    }

    private static void WriteMoney(Utf8JsonWriter writer, ReadOnlySpan<byte> name, Money money)
    {
        writer.WriteStartObject(name);
        WriteDecimal(writer, "amount"u8, money.Amount);
        writer.WriteString("currency"u8, money.Currency.Code);
        writer.WriteEndObject();
    }
}
