using System.Collections.Immutable;
using System.Threading;

namespace B2B2C.Sdk.Pricing;

/// <summary>
/// Who asks for a price, and how: the customer, its segment and hierarchy nodes, the channel and the currency.
/// Create one per customer session and reuse it: the engine caches, inside the context, which price lists apply
/// to it under the current snapshot, so pricing a line allocates nothing.
/// </summary>
/// <remarks>
/// <para>
/// A customer that belongs to several hierarchy nodes (a store that is also served by a key-account region) is
/// priced by each membership; the deepest node with an applicable price wins, then the lower line amount, then the
/// lower node identifier (ordinal).
/// </para>
/// <para>The described values are immutable; the internal cache is replaced atomically, so a context may be shared by threads.</para>
/// </remarks>
public sealed class PricingContext
{
    private ContextBinding? _binding;

    /// <summary>Gets the customer asking, or <see langword="null"/> for an anonymous visitor.</summary>
    public CustomerId? Customer { get; init; }

    /// <summary>Gets the customer's segment (general customer, silver or gold distributor, ...), or <see langword="null"/>.</summary>
    public SegmentId? Segment { get; init; }

    /// <summary>Gets the hierarchy nodes the customer belongs to (usually one store or branch).</summary>
    public ImmutableArray<HierarchyNodeId> Nodes { get; init; } = [];

    /// <summary>Gets the sales channel (the B2B shop, a marketplace), or <see langword="null"/> for channel-independent prices only.</summary>
    public ChannelId? Channel { get; init; }

    /// <summary>Gets the currency prices are wanted in; only lists in this currency apply.</summary>
    public required Currency Currency { get; init; }

    /// <summary>
    /// Gets how much of the stock the asker may see in an offer: a general customer (the default) sees a status and a
    /// ship date; a distributor sees the stock per warehouse, the receipts and its allocation quota. Prices do not
    /// depend on it.
    /// </summary>
    public AvailabilityAudience Audience { get; init; }

    /// <summary>
    /// Gets the country tax is computed for, as an ISO 3166-1 alpha-2 code in upper case (<c>DE</c>, <c>CN</c>), or
    /// <see langword="null"/> to compute no tax.
    /// </summary>
    public string? Country { get; init; }

    /// <summary>Gets whether the asker is shown net or gross amounts; <see cref="PriceDisplay.Net"/> by default.</summary>
    public PriceDisplay PriceDisplay { get; init; }

    internal ContextBinding Bind(PricingSnapshot snapshot)
    {
        ContextBinding? binding = Volatile.Read(ref _binding);
        if (binding is null || !ReferenceEquals(binding.Snapshot, snapshot))
        {
            binding = ContextBinding.Create(snapshot, this);
            Volatile.Write(ref _binding, binding);
        }

        return binding;
    }
}
