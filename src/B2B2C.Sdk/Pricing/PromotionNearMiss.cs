using System.Collections.Immutable;

namespace B2B2C.Sdk.Pricing;

/// <summary>A promotion that targets something in the cart but did not apply, with what was missing.</summary>
/// <remarks>Immutable. <see cref="Message"/> says it for people: "spend 12.30 EUR more", "add 1 more of RC0603-10K".</remarks>
public sealed record PromotionNearMiss
{
    /// <summary>Gets the promotion.</summary>
    public required PromotionId Promotion { get; init; }

    /// <summary>Gets why it did not apply.</summary>
    public required PromotionNearMissReason Reason { get; init; }

    /// <summary>Gets what was missing, in a sentence for people.</summary>
    public required string Message { get; init; }

    /// <summary>Gets how much more the targeted lines must total (<see cref="PromotionNearMissReason.SpendMore"/>), or <see langword="null"/>.</summary>
    public Money? Shortfall { get; init; }

    /// <summary>Gets how many more units are needed (<see cref="PromotionNearMissReason.AddQuantity"/>), or <see langword="null"/>.</summary>
    public decimal? MissingQuantity { get; init; }

    /// <summary>Gets the article the missing units are of, when one is named, or <see langword="null"/>.</summary>
    public Sku? MissingSku { get; init; }

    /// <summary>Gets the applied promotions this one conflicts with (<see cref="PromotionNearMissReason.NotCombinable"/>).</summary>
    public ImmutableArray<PromotionId> BlockedBy { get; init; } = [];
}
