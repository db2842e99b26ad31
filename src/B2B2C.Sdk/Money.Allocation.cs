using System;

namespace B2B2C.Sdk;

/// <content>Allocation and splitting that never create or lose a minor unit.</content>
public readonly partial struct Money
{
    /// <summary>
    /// Allocates this amount by ratios, in the currency's minor unit, so that the parts add up exactly to the total.
    /// </summary>
    /// <param name="ratios">One non-negative weight per part (line amounts, quantities, percentages); at least one positive.</param>
    /// <returns>One amount per ratio, in the same order; they sum exactly to this amount.</returns>
    /// <remarks>
    /// Each part receives its exact share rounded down to the minor unit; the units left over go one each to the
    /// parts with the largest remainders, ties going to the larger ratio and then to the earlier part. The result
    /// does not depend on the order of the ratios: permuting them permutes the parts and nothing else.
    /// Allocating 100.00 EUR by 1:1:1 gives 33.34, 33.33, 33.33. A negative amount is allocated as its mirror image.
    /// </remarks>
    /// <exception cref="ArgumentException">No ratio is given, a ratio is negative, or all are zero.</exception>
    /// <exception cref="InvalidOperationException">
    /// The amount is not a whole number of minor units (round it first), or the currency has no minor unit.
    /// </exception>
    public Money[] Allocate(ReadOnlySpan<decimal> ratios) => Allocate(ratios, null);

    /// <summary>
    /// Allocates this amount by ratios in units of 10^-<paramref name="decimals"/> (finer than the minor unit for
    /// sub-cent unit prices, coarser for whole-unit amounts), so that the parts add up exactly to the total.
    /// </summary>
    /// <param name="ratios">One non-negative weight per part; at least one positive.</param>
    /// <param name="decimals">
    /// The number of decimal places of the unit to allocate in, 0 to 28; <see langword="null"/> for the currency's minor unit.
    /// </param>
    /// <returns>One amount per ratio, in the same order; they sum exactly to this amount.</returns>
    /// <remarks>See <see cref="Allocate(ReadOnlySpan{decimal})"/> for the rule.</remarks>
    /// <exception cref="ArgumentException">No ratio is given, a ratio is negative, or all are zero.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside 0 to 28.</exception>
    /// <exception cref="InvalidOperationException">The amount is not a whole number of units.</exception>
    public Money[] Allocate(ReadOnlySpan<decimal> ratios, int? decimals)
    {
        var parts = new Money[ratios.Length];
        Allocate(ratios, parts, decimals);
        return parts;
    }

    /// <summary>
    /// Allocates this amount by ratios into a caller-supplied span, allocating no memory for realistic inputs.
    /// </summary>
    /// <param name="ratios">One non-negative weight per part; at least one positive.</param>
    /// <param name="destination">Receives one amount per ratio; its length must equal the number of ratios.</param>
    /// <param name="decimals">The decimal places of the unit; <see langword="null"/> for the currency's minor unit.</param>
    /// <remarks>See <see cref="Allocate(ReadOnlySpan{decimal})"/> for the rule.</remarks>
    /// <exception cref="ArgumentException">
    /// No ratio is given, a ratio is negative, all are zero, or <paramref name="destination"/> has the wrong length.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside 0 to 28.</exception>
    /// <exception cref="InvalidOperationException">The amount is not a whole number of units.</exception>
    public void Allocate(ReadOnlySpan<decimal> ratios, Span<Money> destination, int? decimals = null)
        => MoneyAllocator.Allocate(this, ratios, MoneyAllocator.ResolveDecimals(Currency, decimals, "Allocating"), destination);

    /// <summary>
    /// Splits this amount into <paramref name="parts"/> equal parts in the currency's minor unit; the parts differ
    /// by at most one minor unit, the earlier parts receiving the extra units, and sum exactly to the total.
    /// </summary>
    /// <param name="parts">The number of parts, at least one.</param>
    /// <returns>The parts: 100.00 EUR into 3 gives 33.34, 33.33, 33.33.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="parts"/> is less than one.</exception>
    /// <exception cref="InvalidOperationException">The amount is not a whole number of minor units.</exception>
    public Money[] Split(int parts) => Split(parts, null);

    /// <summary>Splits this amount into equal parts in units of 10^-<paramref name="decimals"/>; see <see cref="Split(int)"/>.</summary>
    /// <param name="parts">The number of parts, at least one.</param>
    /// <param name="decimals">The decimal places of the unit, 0 to 28; <see langword="null"/> for the currency's minor unit.</param>
    /// <returns>The parts, summing exactly to this amount.</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="parts"/> is less than one, or <paramref name="decimals"/> is outside 0 to 28.
    /// </exception>
    /// <exception cref="InvalidOperationException">The amount is not a whole number of units.</exception>
    public Money[] Split(int parts, int? decimals)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(parts, 1);
        var result = new Money[parts];
        Split(result, decimals);
        return result;
    }

    /// <summary>Splits this amount into as many equal parts as <paramref name="destination"/> holds; see <see cref="Split(int)"/>.</summary>
    /// <param name="destination">Receives the parts; at least one place.</param>
    /// <param name="decimals">The decimal places of the unit; <see langword="null"/> for the currency's minor unit.</param>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="destination"/> is empty, or <paramref name="decimals"/> is outside 0 to 28.
    /// </exception>
    /// <exception cref="InvalidOperationException">The amount is not a whole number of units.</exception>
    public void Split(Span<Money> destination, int? decimals = null)
        => MoneyAllocator.Split(this, MoneyAllocator.ResolveDecimals(Currency, decimals, "Splitting"), destination);
}
