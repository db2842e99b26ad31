using System;

namespace B2B2C.Sdk.Pricing;

/// <summary>A price entry prepared for the hot path: ladder as arrays, windows as UTC ticks, channel as a string.</summary>
internal sealed class CompiledEntry
{
    internal CompiledEntry(CompiledList list, int index, PriceEntry source)
    {
        List = list;
        Index = index;
        Source = source;
        Unit = source.Unit;
        Basis = source.PriceBasis;
        BasisQuantity = new Quantity(source.PriceBasis, source.Unit);
        TierKind = source.TierKind;
        Minimums = new decimal[source.Tiers.Length];
        Prices = new decimal[source.Tiers.Length];
        for (int i = 0; i < source.Tiers.Length; i++)
        {
            Minimums[i] = source.Tiers[i].MinQuantity;
            Prices[i] = source.Tiers[i].Price;
        }

        MinQuantity = source.MinQuantity;
        MaxQuantity = source.MaxQuantity;
        OrderMultiple = source.OrderMultiple;
        FromTicks = source.ValidFrom?.UtcTicks ?? long.MinValue;
        ToTicks = source.ValidTo?.UtcTicks ?? long.MaxValue;
        Channel = source.Channel?.Value;
    }

    internal CompiledList List { get; }

    internal int Index { get; }

    internal PriceEntry Source { get; }

    internal UnitOfMeasure Unit { get; }

    internal decimal Basis { get; }

    internal Quantity BasisQuantity { get; }

    internal TierKind TierKind { get; }

    internal decimal[] Minimums { get; }

    internal decimal[] Prices { get; }

    internal decimal? MinQuantity { get; }

    internal decimal? MaxQuantity { get; }

    internal decimal? OrderMultiple { get; }

    internal long FromTicks { get; }

    internal long ToTicks { get; }

    internal string? Channel { get; }

    internal string Path => $"{List.Path}.entries[{Index}]({Source.Sku.Value})";

    /// <summary>Checks whether the entry applies, converting the quantity into the entry's unit.</summary>
    internal PriceRejection Check(string? channel, long atTicks, Quantity quantity, out decimal value)
    {
        value = 0m;
        if (atTicks < FromTicks)
        {
            return PriceRejection.NotYetValid;
        }

        if (atTicks >= ToTicks)
        {
            return PriceRejection.Expired;
        }

        if (Channel is not null && !string.Equals(Channel, channel, StringComparison.Ordinal))
        {
            return PriceRejection.OtherChannel;
        }

        if (quantity.Unit == Unit)
        {
            value = quantity.Value;
        }
        else if (quantity.TryConvertTo(Unit, out Quantity converted))
        {
            value = converted.Value;
        }
        else
        {
            return PriceRejection.UnitNotConvertible;
        }

        if (value < Minimums[0] || (MinQuantity is decimal min && value < min))
        {
            return PriceRejection.BelowMinimumQuantity;
        }

        if (MaxQuantity is decimal max && value > max)
        {
            return PriceRejection.AboveMaximumQuantity;
        }

        if (OrderMultiple is decimal multiple && value % multiple != 0m)
        {
            return PriceRejection.NotOrderMultiple;
        }

        return PriceRejection.None;
    }

    /// <summary>Prices <paramref name="value"/> units (already checked) and returns the line amount, exact.</summary>
    internal decimal LineAmount(decimal value, out int tier)
    {
        tier = TierFor(value);
        if (TierKind == TierKind.Volume || tier == 0)
        {
            decimal amount = Prices[tier] * value;
            return Basis == 1m ? amount : amount / Basis;
        }

        // Graduated: for counted units the unit numbered n is priced at the last tier whose minimum is at most n
        // (from 1 at 10.00, from 100 at 8.00: 150 pieces are 99 x 10.00 + 51 x 8.00); for measured units each
        // band runs up to the next minimum (150 m are 100 m x 10.00 + 50 m x 8.00).
        decimal counted = Unit.IsDiscrete ? 1m : 0m;
        decimal total = Prices[0] * (Minimums[1] - counted);
        for (int i = 1; i < tier; i++)
        {
            total += Prices[i] * (Minimums[i + 1] - Minimums[i]);
        }

        total += Prices[tier] * (value - Minimums[tier] + counted);
        return total / Basis;
    }

    internal int TierFor(decimal value)
    {
        int tier = 0;
        decimal[] minimums = Minimums;
        while (tier + 1 < minimums.Length && minimums[tier + 1] <= value)
        {
            tier++;
        }

        return tier;
    }
}
