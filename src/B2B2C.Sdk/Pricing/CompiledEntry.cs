using System;
using System.Collections.Immutable;

namespace B2B2C.Sdk.Pricing;

/// <summary>A price entry prepared for the hot path: windows as UTC ticks, channel as a string.</summary>
/// <remarks>
/// Kept small, because a book holds millions: the ladder is the source's own immutable tier array (not a copy), and
/// the quantity rules, which few entries have, are read from the source entry only when it has one.
/// </remarks>
internal sealed class CompiledEntry
{
    private string? _path;

    internal CompiledEntry(CompiledList list, int index, PriceEntry source)
    {
        List = list;
        Index = index;
        Source = source;
        BasisQuantity = new Quantity(source.PriceBasis, source.Unit);
        TierKind = source.TierKind;
        Tiers = source.Tiers;
        HasQuantityRules = source.MinQuantity is not null || source.MaxQuantity is not null || source.OrderMultiple is not null;
        FromTicks = source.ValidFrom?.UtcTicks ?? long.MinValue;
        ToTicks = source.ValidTo?.UtcTicks ?? long.MaxValue;
        Channel = source.Channel?.Value;
    }

    internal CompiledList List { get; }

    internal int Index { get; }

    internal PriceEntry Source { get; }

    internal UnitOfMeasure Unit => BasisQuantity.Unit;

    internal decimal Basis => BasisQuantity.Value;

    internal Quantity BasisQuantity { get; }

    internal TierKind TierKind { get; }

    /// <summary>Gets the quantity ladder, at least one tier, ordered by minimum quantity.</summary>
    internal ImmutableArray<PriceTier> Tiers { get; }

    /// <summary>Gets a value indicating whether the entry has a minimum, maximum or order multiple.</summary>
    internal bool HasQuantityRules { get; }

    internal decimal? MinQuantity => Source.MinQuantity;

    internal decimal? MaxQuantity => Source.MaxQuantity;

    internal decimal? OrderMultiple => Source.OrderMultiple;

    internal long FromTicks { get; }

    internal long ToTicks { get; }

    internal string? Channel { get; }

    /// <summary>Gets the entry's path in the book (<c>priceLists[3](GOLD).entries[12](RC0603-10K)</c>), built on first use and kept.</summary>
    /// <remarks>Two threads may both build it; they build the same text, and either copy may be kept.</remarks>
    internal string Path => _path ??= $"{List.Path}.entries[{Index}]({Source.Sku.Value})";

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

        if (value < Tiers[0].MinQuantity)
        {
            return PriceRejection.BelowMinimumQuantity;
        }

        return HasQuantityRules ? CheckQuantityRules(Source, value) : PriceRejection.None;
    }

    private static PriceRejection CheckQuantityRules(PriceEntry source, decimal value)
    {
        if (source.MinQuantity is decimal min && value < min)
        {
            return PriceRejection.BelowMinimumQuantity;
        }

        if (source.MaxQuantity is decimal max && value > max)
        {
            return PriceRejection.AboveMaximumQuantity;
        }

        if (source.OrderMultiple is decimal multiple && value % multiple != 0m)
        {
            return PriceRejection.NotOrderMultiple;
        }

        return PriceRejection.None;
    }

    /// <summary>Prices <paramref name="value"/> units (already checked) and returns the line amount, exact.</summary>
    internal decimal LineAmount(decimal value, out int tier)
    {
        ReadOnlySpan<PriceTier> tiers = Tiers.AsSpan();
        tier = TierFor(value);
        if (TierKind == TierKind.Volume || tier == 0)
        {
            decimal amount = tiers[tier].Price * value;
            decimal basis = Basis;
            return basis == 1m ? amount : amount / basis;
        }

        // Graduated: for counted units the unit numbered n is priced at the last tier whose minimum is at most n
        // (from 1 at 10.00, from 100 at 8.00: 150 pieces are 99 x 10.00 + 51 x 8.00); for measured units each
        // band runs up to the next minimum (150 m are 100 m x 10.00 + 50 m x 8.00).
        decimal counted = Unit.IsDiscrete ? 1m : 0m;
        decimal total = tiers[0].Price * (tiers[1].MinQuantity - counted);
        for (int i = 1; i < tier; i++)
        {
            total += tiers[i].Price * (tiers[i + 1].MinQuantity - tiers[i].MinQuantity);
        }

        total += tiers[tier].Price * (value - tiers[tier].MinQuantity + counted);
        return total / Basis;
    }

    internal int TierFor(decimal value)
    {
        int tier = 0;
        ReadOnlySpan<PriceTier> tiers = Tiers.AsSpan();
        while (tier + 1 < tiers.Length && tiers[tier + 1].MinQuantity <= value)
        {
            tier++;
        }

        return tier;
    }
}
