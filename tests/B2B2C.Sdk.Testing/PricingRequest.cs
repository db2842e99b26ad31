using System;
using B2B2C.Sdk.Pricing;

namespace B2B2C.Sdk.Testing;

/// <summary>One generated pricing call: who asks, for which article, how much, and when.</summary>
/// <param name="Context">Who asks.</param>
/// <param name="Sku">The article.</param>
/// <param name="Quantity">The quantity, in the unit asked.</param>
/// <param name="At">The moment whose prices apply.</param>
/// <remarks>Immutable apart from the context's internal cache.</remarks>
public sealed record PricingRequest(PricingContext Context, Sku Sku, Quantity Quantity, DateTimeOffset At)
{
    /// <summary>Describes the request for a counterexample.</summary>
    /// <returns>A one-line description.</returns>
    public override string ToString()
        => $"{Sku.Value} x {Quantity} at {At:O} for customer={Context.Customer?.Value} segment={Context.Segment?.Value} "
            + $"nodes=[{string.Join(",", Context.Nodes)}] channel={Context.Channel?.Value} currency={Context.Currency.Code}";
}
