using System;
using System.Runtime.CompilerServices;
using System.Text.Json.Serialization;
using B2B2C.Sdk.Serialization;

namespace B2B2C.Sdk;

/// <summary>
/// An exact amount of money: a <see cref="decimal"/> amount in one ISO 4217 <see cref="Sdk.Currency"/>.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Money"/> stands in for NodaMoney's type of the same name (which the package feed does not serve) and
/// keeps its vocabulary: <see cref="Amount"/>, <see cref="Currency"/>, arithmetic operators, <c>Allocate</c>,
/// <c>Split</c>, culture-aware formatting. It deliberately differs in one point: the amount is kept exactly as
/// given and is never rounded implicitly, because B2B unit prices are often finer than the currency's minor unit
/// (0.00342 EUR per piece, 17.10 EUR per reel of 5,000). Rounding is always an explicit call that names its
/// <see cref="MidpointRounding"/> mode (<see cref="RoundToMinorUnit(MidpointRounding)"/>,
/// <see cref="Round(int, MidpointRounding)"/>).
/// </para>
/// <para>
/// Arithmetic and comparison work only within one currency; combining two currencies throws
/// <see cref="CurrencyMismatchException"/> naming both. Conversion goes through an explicit
/// <see cref="IExchangeRateSource"/> and records the rate used (<see cref="CurrencyConverter"/>).
/// </para>
/// <para>
/// Equality compares the currency and the numeric value (<c>1.5 EUR</c> equals <c>1.50 EUR</c>); the amount's
/// scale is kept for formatting. <c>default(Money)</c> is zero in <c>XXX</c> ("no currency"). The value is
/// immutable and thread-safe.
/// </para>
/// </remarks>
[JsonConverter(typeof(MoneyJsonConverter))]
public readonly partial struct Money : IEquatable<Money>, IComparable<Money>, IComparable
{
    /// <summary>Initializes a new instance of the <see cref="Money"/> struct.</summary>
    /// <param name="amount">The exact amount; it is not rounded.</param>
    /// <param name="currency">The currency.</param>
    public Money(decimal amount, Currency currency)
    {
        Amount = amount;
        Currency = currency;
    }

    /// <summary>Initializes a new instance of the <see cref="Money"/> struct.</summary>
    /// <param name="amount">The exact amount; it is not rounded.</param>
    /// <param name="currencyCode">The ISO 4217 alphabetic code, for example <c>EUR</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="currencyCode"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="currencyCode"/> is not an active ISO 4217 code.</exception>
    public Money(decimal amount, string currencyCode)
        : this(amount, Currency.FromCode(currencyCode))
    {
    }

    /// <summary>Gets the exact amount, with the scale it was created with.</summary>
    public decimal Amount { get; }

    /// <summary>Gets the currency.</summary>
    public Currency Currency { get; }

    /// <summary>Gets a value indicating whether the amount is zero.</summary>
    public bool IsZero => Amount == 0m;

    /// <summary>Gets a value indicating whether the amount is below zero.</summary>
    public bool IsNegative => Amount < 0m;

    /// <summary>Gets a value indicating whether the amount is above zero.</summary>
    public bool IsPositive => Amount > 0m;

    /// <summary>Creates an amount of money.</summary>
    /// <param name="amount">The exact amount; it is not rounded.</param>
    /// <param name="currency">The currency.</param>
    /// <returns>The money.</returns>
    public static Money Of(decimal amount, Currency currency) => new(amount, currency);

    /// <summary>Creates an amount of money.</summary>
    /// <param name="amount">The exact amount; it is not rounded.</param>
    /// <param name="currencyCode">The ISO 4217 alphabetic code.</param>
    /// <returns>The money.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="currencyCode"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="currencyCode"/> is not an active ISO 4217 code.</exception>
    public static Money Of(decimal amount, string currencyCode) => new(amount, currencyCode);

    /// <summary>Returns zero in the given currency.</summary>
    /// <param name="currency">The currency.</param>
    /// <returns>Zero.</returns>
    public static Money Zero(Currency currency) => new(0m, currency);

    /// <summary>Returns the smaller of two amounts of the same currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The smaller amount (the first when equal).</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public static Money Min(Money left, Money right) => left.CompareTo(right) <= 0 ? left : right;

    /// <summary>Returns the larger of two amounts of the same currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The larger amount (the first when equal).</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public static Money Max(Money left, Money right) => left.CompareTo(right) >= 0 ? left : right;

    /// <summary>Deconstructs the money into amount and currency.</summary>
    /// <param name="amount">The amount.</param>
    /// <param name="currency">The currency.</param>
    public void Deconstruct(out decimal amount, out Currency currency)
    {
        amount = Amount;
        currency = Currency;
    }

    /// <summary>Adds two amounts of the same currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The exact sum.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    /// <exception cref="OverflowException">The sum is outside the range of <see cref="decimal"/>.</exception>
    public static Money operator +(Money left, Money right)
    {
        EnsureSameCurrency(left, right, "add");
        return new Money(left.Amount + right.Amount, left.Currency);
    }

    /// <summary>Subtracts an amount from another of the same currency.</summary>
    /// <param name="left">The amount to subtract from.</param>
    /// <param name="right">The amount to subtract.</param>
    /// <returns>The exact difference.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    /// <exception cref="OverflowException">The difference is outside the range of <see cref="decimal"/>.</exception>
    public static Money operator -(Money left, Money right)
    {
        EnsureSameCurrency(left, right, "subtract");
        return new Money(left.Amount - right.Amount, left.Currency);
    }

    /// <summary>Negates an amount.</summary>
    /// <param name="value">The amount.</param>
    /// <returns>The amount with the opposite sign.</returns>
    public static Money operator -(Money value) => new(-value.Amount, value.Currency);

    /// <summary>Returns the amount unchanged.</summary>
    /// <param name="value">The amount.</param>
    /// <returns><paramref name="value"/>.</returns>
    public static Money operator +(Money value) => value;

    /// <summary>Multiplies an amount by a quantity or rate, exactly (no rounding).</summary>
    /// <param name="money">The amount.</param>
    /// <param name="factor">The quantity or rate.</param>
    /// <returns>The exact product.</returns>
    /// <exception cref="OverflowException">The product is outside the range of <see cref="decimal"/>.</exception>
    public static Money operator *(Money money, decimal factor) => new(money.Amount * factor, money.Currency);

    /// <summary>Multiplies an amount by a quantity or rate, exactly (no rounding).</summary>
    /// <param name="factor">The quantity or rate.</param>
    /// <param name="money">The amount.</param>
    /// <returns>The exact product.</returns>
    /// <exception cref="OverflowException">The product is outside the range of <see cref="decimal"/>.</exception>
    public static Money operator *(decimal factor, Money money) => new(money.Amount * factor, money.Currency);

    /// <summary>Divides an amount by a number; the quotient keeps up to 28 significant digits and is not rounded to the minor unit.</summary>
    /// <param name="money">The amount.</param>
    /// <param name="divisor">The divisor.</param>
    /// <returns>The quotient. To share an amount without losing a minor unit, use <c>Split</c> or <c>Allocate</c>.</returns>
    /// <exception cref="DivideByZeroException"><paramref name="divisor"/> is zero.</exception>
    public static Money operator /(Money money, decimal divisor) => new(money.Amount / divisor, money.Currency);

    /// <summary>Divides an amount by another of the same currency, giving their ratio.</summary>
    /// <param name="left">The dividend.</param>
    /// <param name="right">The divisor.</param>
    /// <returns>The ratio.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    /// <exception cref="DivideByZeroException"><paramref name="right"/> is zero.</exception>
    public static decimal operator /(Money left, Money right)
    {
        EnsureSameCurrency(left, right, "divide");
        return left.Amount / right.Amount;
    }

    /// <summary>Determines whether two amounts are equal: same currency and same numeric value.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><see langword="true"/> when equal; amounts of different currencies are never equal.</returns>
    public static bool operator ==(Money left, Money right) => left.Equals(right);

    /// <summary>Determines whether two amounts differ in currency or value.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(Money left, Money right) => !left.Equals(right);

    /// <summary>Compares two amounts of the same currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is smaller.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public static bool operator <(Money left, Money right) => left.CompareTo(right) < 0;

    /// <summary>Compares two amounts of the same currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is larger.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public static bool operator >(Money left, Money right) => left.CompareTo(right) > 0;

    /// <summary>Compares two amounts of the same currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is smaller or equal.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public static bool operator <=(Money left, Money right) => left.CompareTo(right) <= 0;

    /// <summary>Compares two amounts of the same currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is larger or equal.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public static bool operator >=(Money left, Money right) => left.CompareTo(right) >= 0;

    /// <summary>Adds two amounts of the same currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The exact sum.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public static Money Add(Money left, Money right) => left + right;

    /// <summary>Subtracts an amount from another of the same currency.</summary>
    /// <param name="left">The amount to subtract from.</param>
    /// <param name="right">The amount to subtract.</param>
    /// <returns>The exact difference.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public static Money Subtract(Money left, Money right) => left - right;

    /// <summary>Multiplies an amount by a quantity or rate, exactly.</summary>
    /// <param name="money">The amount.</param>
    /// <param name="factor">The quantity or rate.</param>
    /// <returns>The exact product.</returns>
    public static Money Multiply(Money money, decimal factor) => money * factor;

    /// <summary>Divides an amount by a number; see the division operator.</summary>
    /// <param name="money">The amount.</param>
    /// <param name="divisor">The divisor.</param>
    /// <returns>The quotient.</returns>
    /// <exception cref="DivideByZeroException"><paramref name="divisor"/> is zero.</exception>
    public static Money Divide(Money money, decimal divisor) => money / divisor;

    /// <summary>Negates an amount.</summary>
    /// <param name="value">The amount.</param>
    /// <returns>The amount with the opposite sign.</returns>
    public static Money Negate(Money value) => -value;

    /// <summary>Returns the same amount, positive or zero.</summary>
    /// <returns>The absolute amount in the same currency.</returns>
    public Money Abs() => new(Math.Abs(Amount), Currency);

    /// <summary>Rounds the amount to the currency's minor unit (cents for EUR, whole yen for JPY, mils for KWD).</summary>
    /// <param name="mode">How midpoints are rounded; banker's rounding (<see cref="MidpointRounding.ToEven"/>) by default.</param>
    /// <returns>The rounded money.</returns>
    /// <exception cref="InvalidOperationException">ISO 4217 defines no minor unit for the currency (for example XAU).</exception>
    public Money RoundToMinorUnit(MidpointRounding mode = MidpointRounding.ToEven)
        => new(decimal.Round(Amount, Currency.MinorUnitOrThrow("Rounding to the minor unit"), mode), Currency);

    /// <summary>
    /// Rounds the amount to a number of decimal places, finer or coarser than the minor unit: four places for a
    /// sub-cent unit price, zero for a price shown in whole units.
    /// </summary>
    /// <param name="decimals">The number of decimal places, 0 to 28.</param>
    /// <param name="mode">How midpoints are rounded; banker's rounding by default.</param>
    /// <returns>The rounded money.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside 0 to 28.</exception>
    public Money Round(int decimals, MidpointRounding mode = MidpointRounding.ToEven)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(decimals);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(decimals, 28);
        return new Money(decimal.Round(Amount, decimals, mode), Currency);
    }

    /// <summary>Determines whether the amount is a whole number of the currency's minor units.</summary>
    /// <returns><see langword="true"/> when rounding to the minor unit would not change the amount.</returns>
    /// <exception cref="InvalidOperationException">ISO 4217 defines no minor unit for the currency.</exception>
    public bool IsRoundedToMinorUnit()
        => decimal.Round(Amount, Currency.MinorUnitOrThrow("Checking the minor unit"), MidpointRounding.ToZero) == Amount;

    /// <inheritdoc/>
    public bool Equals(Money other) => Currency == other.Currency && Amount == other.Amount;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Money other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Currency, Amount);

    /// <summary>Compares with another amount of the same currency.</summary>
    /// <param name="other">The other amount.</param>
    /// <returns>Less than zero, zero or greater than zero as this amount is smaller, equal or larger.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public int CompareTo(Money other)
    {
        EnsureSameCurrency(this, other, "compare");
        return Amount.CompareTo(other.Amount);
    }

    /// <inheritdoc/>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        Money other => CompareTo(other),
        _ => throw new ArgumentException("The object is not Money.", nameof(obj)),
    };

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void EnsureSameCurrency(Money left, Money right, string operation)
    {
        if (left.Currency != right.Currency)
        {
            ThrowMismatch(operation, left.Currency, right.Currency);
        }
    }

    private static void ThrowMismatch(string operation, Currency left, Currency right)
        => throw new CurrencyMismatchException(operation, left, right);
}
