using System;

namespace B2B2C.Sdk.Pricing;

/// <summary>
/// A promotion as data: what it does (<see cref="Effect"/>), whom and what it targets, when it is valid, how it
/// combines with other promotions, and its usage limits and budget. A cart quote picks the best admissible
/// combination of the book's promotions for the asker.
/// </summary>
/// <remarks>
/// <para>
/// An <see cref="Exclusive"/> promotion combines with no other. Of the promotions sharing a non-empty
/// <see cref="StackingGroup"/>, at most one applies; promotions without a group stack freely.
/// </para>
/// <para>
/// Usage and budget consumption are runtime state: the caller passes a <see cref="PromotionUsage"/> to the quote.
/// Amounts (<see cref="Budget"/>, the effect's amounts and tiers) are in one currency; a promotion with amounts
/// applies only to carts in that currency. Immutable.
/// </para>
/// </remarks>
public sealed record Promotion
{
    /// <summary>Gets the promotion's identifier, unique in the book.</summary>
    public required PromotionId Id { get; init; }

    /// <summary>Gets a name for people, or <see langword="null"/>.</summary>
    public string? Name { get; init; }

    /// <summary>Gets what the promotion does.</summary>
    public required PromotionEffect Effect { get; init; }

    /// <summary>Gets whom and what the promotion targets.</summary>
    public PromotionTarget Target { get; init; } = new();

    /// <summary>Gets the first instant the promotion applies, or <see langword="null"/> for always before <see cref="ValidTo"/>.</summary>
    public DateTimeOffset? ValidFrom { get; init; }

    /// <summary>Gets the instant the promotion stops applying (exclusive), or <see langword="null"/> for no end.</summary>
    public DateTimeOffset? ValidTo { get; init; }

    /// <summary>Gets the stacking group: at most one promotion of a non-empty group applies; <see langword="null"/> to stack freely.</summary>
    public string? StackingGroup { get; init; }

    /// <summary>Gets a value indicating whether the promotion combines with no other.</summary>
    public bool Exclusive { get; init; }

    /// <summary>Gets how many quotes the promotion may be used in, in total, or <see langword="null"/> for no limit.</summary>
    public int? MaxUses { get; init; }

    /// <summary>Gets how many quotes one customer may use the promotion in, or <see langword="null"/> for no limit; anonymous askers cannot use a promotion with this limit.</summary>
    public int? MaxUsesPerCustomer { get; init; }

    /// <summary>Gets the total discount the promotion may give, or <see langword="null"/> for no budget; a quote gets at most what is left.</summary>
    public Money? Budget { get; init; }
}
