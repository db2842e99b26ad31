using System;
using System.Globalization;
using System.Text.Json.Serialization;
using B2B2C.Sdk.Serialization;

namespace B2B2C.Sdk;

/// <summary>
/// A price for a stated quantity, the way distributors quote: 17.10 EUR per reel of 5,000, 3.42 EUR per 1,000
/// pieces, 0.85 EUR per metre. Keeping the price basis avoids sub-cent unit prices losing digits.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Extend(Quantity)"/> prices any quantity of the same dimension by converting both the quantity and the
/// basis into the dimension's base unit (pieces, metres, kilograms), so a price per reel prices 12,000 pieces pro
/// rata. The result is exact whenever decimal arithmetic can express it (always, for bases that are powers of ten
/// or pack sizes dividing the quantity); otherwise it carries 28 significant digits. It is never rounded to the
/// minor unit implicitly: round the extended line amount explicitly.
/// </para>
/// <para><c>default(UnitPrice)</c> has no basis and cannot extend anything. The value is immutable and thread-safe.</para>
/// </remarks>
[JsonConverter(typeof(UnitPriceJsonConverter))]
public readonly struct UnitPrice : IEquatable<UnitPrice>
{
    /// <summary>Initializes a new instance of the <see cref="UnitPrice"/> struct.</summary>
    /// <param name="price">The price of the basis quantity.</param>
    /// <param name="per">The basis quantity, positive: 1 reel, 1,000 pieces, 1 metre.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="per"/> is zero or negative.</exception>
    public UnitPrice(Money price, Quantity per)
    {
        if (per.Value <= 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(per), per, $"A price basis must be a positive quantity, but it is {per}.");
        }

        Price = price;
        Per = per;
    }

    /// <summary>Initializes a new instance of the <see cref="UnitPrice"/> struct for one unit.</summary>
    /// <param name="price">The price of one <paramref name="unit"/>.</param>
    /// <param name="unit">The unit priced.</param>
    public UnitPrice(Money price, UnitOfMeasure unit)
        : this(price, new Quantity(1m, unit))
    {
    }

    /// <summary>Gets the price of the basis quantity.</summary>
    public Money Price { get; }

    /// <summary>Gets the basis quantity the price is for.</summary>
    public Quantity Per { get; }

    /// <summary>Gets the currency of the price.</summary>
    public Currency Currency => Price.Currency;

    /// <summary>Determines whether two unit prices are the same price for the same basis.</summary>
    /// <param name="left">The first price.</param>
    /// <param name="right">The second price.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(UnitPrice left, UnitPrice right) => left.Equals(right);

    /// <summary>Determines whether two unit prices differ in price or basis.</summary>
    /// <param name="left">The first price.</param>
    /// <param name="right">The second price.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(UnitPrice left, UnitPrice right) => !left.Equals(right);

    /// <summary>Prices a quantity at this unit price: the line amount, not rounded.</summary>
    /// <param name="quantity">The quantity ordered, in any unit of the basis's dimension.</param>
    /// <returns>The exact line amount (see the remarks on precision).</returns>
    /// <exception cref="ArgumentException">The quantity measures another dimension than the basis.</exception>
    /// <exception cref="InvalidOperationException">The unit price is <c>default</c> and has no basis.</exception>
    public Money Extend(Quantity quantity)
    {
        decimal basis = BaseAmount(Per);
        if (basis == 0m)
        {
            throw new InvalidOperationException("This UnitPrice is default and has no basis; create it with a price and a positive quantity.");
        }

        if (quantity.Unit.Dimension != Per.Unit.Dimension)
        {
            throw new ArgumentException(
                $"The price {this} is for a {Per.Unit.Dimension} but the quantity {quantity} measures {quantity.Unit.Dimension}.",
                nameof(quantity));
        }

        return new Money(Price.Amount * BaseAmount(quantity) / basis, Price.Currency);
    }

    /// <summary>Prices a quantity and rounds the line amount to the currency's minor unit.</summary>
    /// <param name="quantity">The quantity ordered, in any unit of the basis's dimension.</param>
    /// <param name="mode">How midpoints are rounded; banker's rounding by default.</param>
    /// <returns>The rounded line amount.</returns>
    /// <exception cref="ArgumentException">The quantity measures another dimension than the basis.</exception>
    public Money ExtendAndRound(Quantity quantity, MidpointRounding mode = MidpointRounding.ToEven)
        => Extend(quantity).RoundToMinorUnit(mode);

    /// <summary>States the same price for another basis: per piece from per reel, per 1,000 from per piece.</summary>
    /// <param name="per">The new basis, positive and of the same dimension.</param>
    /// <returns>The equivalent unit price, not rounded.</returns>
    /// <exception cref="ArgumentException">The new basis measures another dimension.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="per"/> is zero or negative.</exception>
    public UnitPrice Restate(Quantity per) => new(Extend(per), per);

    /// <inheritdoc/>
    public bool Equals(UnitPrice other) => Price == other.Price && Per == other.Per;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is UnitPrice other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Price, Per);

    /// <summary>Formats the price invariantly, for example <c>EUR 17.10 per 1 REEL(5000 H87)</c>.</summary>
    /// <returns>The price and its basis.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Price.ToInvariantString()} per {Per}");

    private static decimal BaseAmount(Quantity quantity)
    {
        decimal factor = quantity.Unit.FactorToBase;
        return factor == 1m ? quantity.Value : quantity.Value * factor;
    }
}
