using System;
using System.Collections.Immutable;

namespace B2B2C.Sdk.Pricing;

/// <summary>
/// How much of each promotion is used up so far: uses in total, uses per customer, and budget spent. The caller keeps
/// this runtime state (after an order is placed) and passes a snapshot of it to a cart quote.
/// </summary>
/// <remarks>Immutable: the <c>With</c> methods return a new instance. <see cref="None"/> is the state of no use at all.</remarks>
public sealed class PromotionUsage
{
    private readonly ImmutableDictionary<PromotionId, int> _uses;
    private readonly ImmutableDictionary<(PromotionId, CustomerId), int> _customerUses;
    private readonly ImmutableDictionary<PromotionId, Money> _spent;

    private PromotionUsage(
        ImmutableDictionary<PromotionId, int> uses,
        ImmutableDictionary<(PromotionId, CustomerId), int> customerUses,
        ImmutableDictionary<PromotionId, Money> spent)
    {
        _uses = uses;
        _customerUses = customerUses;
        _spent = spent;
    }

    /// <summary>Gets the state in which no promotion has been used.</summary>
    public static PromotionUsage None { get; } = new([], [], []);

    /// <summary>Returns the number of times a promotion has been used, by anyone.</summary>
    /// <param name="promotion">The promotion.</param>
    /// <returns>The uses so far; zero when unknown.</returns>
    /// <remarks>Pure.</remarks>
    public int UsesOf(PromotionId promotion) => _uses.GetValueOrDefault(promotion);

    /// <summary>Returns the number of times a customer has used a promotion.</summary>
    /// <param name="promotion">The promotion.</param>
    /// <param name="customer">The customer.</param>
    /// <returns>The uses so far; zero when unknown.</returns>
    /// <remarks>Pure.</remarks>
    public int UsesOf(PromotionId promotion, CustomerId customer) => _customerUses.GetValueOrDefault((promotion, customer));

    /// <summary>Returns the budget a promotion has spent so far.</summary>
    /// <param name="promotion">The promotion.</param>
    /// <returns>The amount spent, or <see langword="null"/> when nothing is recorded.</returns>
    /// <remarks>Pure.</remarks>
    public Money? SpentOf(PromotionId promotion) => _spent.TryGetValue(promotion, out Money spent) ? spent : null;

    /// <summary>Returns a copy in which a promotion has been used a number of times in total.</summary>
    /// <param name="promotion">The promotion.</param>
    /// <param name="uses">The uses so far, zero or more.</param>
    /// <returns>The new state.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="uses"/> is negative.</exception>
    /// <remarks>Pure.</remarks>
    public PromotionUsage WithUses(PromotionId promotion, int uses)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(uses);
        return new(_uses.SetItem(promotion, uses), _customerUses, _spent);
    }

    /// <summary>Returns a copy in which a customer has used a promotion a number of times.</summary>
    /// <param name="promotion">The promotion.</param>
    /// <param name="customer">The customer.</param>
    /// <param name="uses">The customer's uses so far, zero or more.</param>
    /// <returns>The new state.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="uses"/> is negative.</exception>
    /// <remarks>Pure.</remarks>
    public PromotionUsage WithUses(PromotionId promotion, CustomerId customer, int uses)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(uses);
        return new(_uses, _customerUses.SetItem((promotion, customer), uses), _spent);
    }

    /// <summary>Returns a copy in which a promotion has spent an amount of its budget.</summary>
    /// <param name="promotion">The promotion.</param>
    /// <param name="spent">The discount given so far, in the budget's currency.</param>
    /// <returns>The new state.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="spent"/> is negative.</exception>
    /// <remarks>Pure.</remarks>
    public PromotionUsage WithSpent(PromotionId promotion, Money spent)
    {
        if (spent.IsNegative)
        {
            throw new ArgumentOutOfRangeException(nameof(spent), spent, "The amount spent is negative.");
        }

        return new(_uses, _customerUses, _spent.SetItem(promotion, spent));
    }
}
