using System;
using System.Collections.Immutable;
using System.Collections.Generic;
using System.Threading;

namespace B2B2C.Sdk.Pricing;

/// <summary>
/// Prices lines for an asker from the snapshot in force: lock-free reads, an atomic swap on update, and a proof for
/// any price on request.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Price(PricingContext, Sku, Quantity, DateTimeOffset)"/> is the fast path: it reads the current snapshot
/// once, resolves the price through the context's cached binding and returns a value, allocating nothing.
/// <see cref="PriceWithProof(PricingContext, Sku, Quantity, DateTimeOffset)"/> runs the same resolution but records
/// every candidate and why it lost.
/// </para>
/// <para>
/// <see cref="Publish(PricingSnapshot)"/>, <see cref="Publish(PriceBook)"/> and <see cref="ApplyPriceList(PriceList)"/>
/// swap the snapshot atomically; readers never wait, and a call in flight finishes on the snapshot it started with.
/// A book or change that does not compile leaves the snapshot in force unchanged. Thread-safe; register as a singleton.
/// </para>
/// </remarks>
public sealed partial class PricingEngine
{
    private readonly TimeProvider _timeProvider;
    private PricingSnapshot _snapshot;

    /// <summary>Initializes a new instance of the <see cref="PricingEngine"/> class.</summary>
    /// <param name="snapshot">The snapshot to price from until another is published.</param>
    /// <param name="options">The engine's settings; defaults when <see langword="null"/>.</param>
    /// <param name="timeProvider">The clock for calls that give no time; the system clock by default.</param>
    /// <exception cref="ArgumentNullException"><paramref name="snapshot"/> is <see langword="null"/>.</exception>
    public PricingEngine(PricingSnapshot snapshot, PricingOptions? options = null, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        _snapshot = snapshot;
        Rounding = (options ?? new PricingOptions()).Rounding;
        _timeProvider = timeProvider ?? TimeProvider.System;
    }

    /// <summary>Gets the snapshot in force.</summary>
    public PricingSnapshot Snapshot => Volatile.Read(ref _snapshot);

    /// <summary>Gets the midpoint rule used to round line amounts.</summary>
    public MidpointRounding Rounding { get; }

    /// <summary>Puts a compiled snapshot in force.</summary>
    /// <param name="snapshot">The snapshot.</param>
    /// <exception cref="ArgumentNullException"><paramref name="snapshot"/> is <see langword="null"/>.</exception>
    public void Publish(PricingSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        Volatile.Write(ref _snapshot, snapshot);
    }

    /// <summary>Compiles a price book and, if it compiles, puts it in force.</summary>
    /// <param name="book">The price book.</param>
    /// <returns>The compilation: the snapshot now in force, or the errors (and the old snapshot stays).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="book"/> is <see langword="null"/>.</exception>
    public PricingCompilation Publish(PriceBook book)
    {
        PricingCompilation compilation = PricingSnapshot.Compile(book);
        if (compilation.Snapshot is PricingSnapshot snapshot)
        {
            Publish(snapshot);
        }

        return compilation;
    }

    /// <summary>
    /// Adds or replaces one price list in the snapshot in force, recompiling only that list, and puts the result in
    /// force. Concurrent changes are applied one after the other; none is lost.
    /// </summary>
    /// <param name="list">The new or changed list.</param>
    /// <returns>The compilation: the snapshot now in force, or the errors (and the old snapshot stays).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="list"/> is <see langword="null"/>.</exception>
    public PricingCompilation ApplyPriceList(PriceList list)
    {
        ArgumentNullException.ThrowIfNull(list);
        while (true)
        {
            PricingSnapshot current = Snapshot;
            PricingCompilation compilation = current.WithPriceList(list);
            if (compilation.Snapshot is not PricingSnapshot next
                || ReferenceEquals(Interlocked.CompareExchange(ref _snapshot, next, current), current))
            {
                return compilation;
            }
        }
    }

    /// <summary>Prices a line now (by the engine's clock); see <see cref="Price(PricingContext, Sku, Quantity, DateTimeOffset)"/>.</summary>
    /// <param name="context">Who asks.</param>
    /// <param name="sku">The article.</param>
    /// <param name="quantity">The quantity, in any unit the article is priced in or convertible to.</param>
    /// <returns>The price, or why there is none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="context"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="sku"/> is <c>default</c>.</exception>
    public PriceResult Price(PricingContext context, Sku sku, Quantity quantity)
        => Price(context, sku, quantity, _timeProvider.GetUtcNow());

    /// <summary>
    /// Prices a line for an asker at a moment: the first applicable price in access-sequence order, its tier, and the
    /// line amount exact and rounded. Allocates nothing.
    /// </summary>
    /// <param name="context">Who asks; reuse it across calls.</param>
    /// <param name="sku">The article.</param>
    /// <param name="quantity">The quantity, in any unit the article is priced in or convertible to.</param>
    /// <param name="at">The moment whose prices apply.</param>
    /// <returns>The price, or why there is none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="context"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="sku"/> is <c>default</c>.</exception>
    public PriceResult Price(PricingContext context, Sku sku, Quantity quantity, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(context);
        string skuValue = sku.Value ?? throw new ArgumentException("The SKU is default; give the article to price.", nameof(sku));
        PricingSnapshot snapshot = Snapshot;
        ContextBinding binding = context.Bind(snapshot);
        Outcome outcome = PriceResolver.Resolve(binding, skuValue, quantity, at.UtcTicks, null, out bool quantityRejected);
        return CartPricing.ToResult(outcome, context.Currency, snapshot.Sequence, Rounding, quantityRejected);
    }

    /// <summary>Prices a line and explains it: every candidate, why each loser lost, the tier, the rounding and the next price break.</summary>
    /// <param name="context">Who asks.</param>
    /// <param name="sku">The article.</param>
    /// <param name="quantity">The quantity.</param>
    /// <param name="at">The moment whose prices apply.</param>
    /// <returns>The proof, which carries the same result as <see cref="Price(PricingContext, Sku, Quantity, DateTimeOffset)"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="context"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="sku"/> is <c>default</c>.</exception>
    public PriceProof PriceWithProof(PricingContext context, Sku sku, Quantity quantity, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Prove(Snapshot, context, sku, quantity, at);
    }

    /// <summary>Replays a proof against the snapshot in force: recomputes the price and compares the hashes.</summary>
    /// <param name="proof">The proof to replay.</param>
    /// <returns>Whether the price is reproduced, and if not, why.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="proof"/> is <see langword="null"/>.</exception>
    public PriceReplay Replay(PriceProof proof) => Replay(proof, Snapshot);

    /// <summary>Replays a proof against a given snapshot (kept, for example, from when the order was priced).</summary>
    /// <param name="proof">The proof to replay.</param>
    /// <param name="snapshot">The snapshot to replay against.</param>
    /// <returns>Whether the price is reproduced, and if not, why.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="proof"/> or <paramref name="snapshot"/> is <see langword="null"/>.</exception>
    public PriceReplay Replay(PriceProof proof, PricingSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(proof);
        ArgumentNullException.ThrowIfNull(snapshot);
        if (!string.Equals(proof.SnapshotHash, snapshot.ContentHash, StringComparison.Ordinal))
        {
            return new PriceReplay(false, $"The proof was computed from snapshot {proof.SnapshotHash} ('{proof.SnapshotVersion}'), not {snapshot.ContentHash} ('{snapshot.Version}').", null);
        }

        if (!string.Equals(HashOf(proof), proof.Hash, StringComparison.Ordinal))
        {
            return new PriceReplay(false, "The proof's content does not match its hash: it was altered after it was computed.", null);
        }

        var context = new PricingContext
        {
            Customer = proof.Customer,
            Segment = proof.Segment,
            Nodes = proof.Nodes,
            Channel = proof.Channel,
            Currency = proof.Currency,
        };
        PriceProof recomputed = Prove(snapshot, context, proof.Sku, proof.Quantity, proof.At);
        bool matches = string.Equals(recomputed.Hash, proof.Hash, StringComparison.Ordinal);
        return new PriceReplay(matches, matches ? null : "The recomputed price differs from the proof: it was computed with another midpoint rounding or by another engine version.", recomputed);
    }

    private PriceProof Prove(PricingSnapshot snapshot, PricingContext context, Sku sku, Quantity quantity, DateTimeOffset at)
    {
        string skuValue = sku.Value ?? throw new ArgumentException("The SKU is default; give the article to price.", nameof(sku));
        var recorder = new ProofRecorder();
        ContextBinding binding = context.Bind(snapshot);
        Outcome outcome = PriceResolver.Resolve(binding, skuValue, quantity, at.UtcTicks, recorder, out bool quantityRejected);
        PriceResult result = CartPricing.ToResult(outcome, context.Currency, snapshot.Sequence, Rounding, quantityRejected);
        List<ProofItem> items = recorder.Items;
        ImmutableArray<PriceCandidate>.Builder candidates = ImmutableArray.CreateBuilder<PriceCandidate>(items.Count);
        foreach (ProofItem item in items)
        {
            candidates.Add(new PriceCandidate(
                new PriceListId(item.List.Id),
                item.List.Kind,
                item.List.Scope,
                item.Entry?.Path ?? item.List.Path,
                item.Rejection,
                item.Line is decimal line ? new Money(line, context.Currency) : null,
                item.Tier));
        }

        PriceBreak? nextBreak = null;
        // The next tier is a break only if the entry accepts its quantity: a ladder capped by MaxQuantity below it
        // offers nothing more to buy.
        if (outcome.Entry is CompiledEntry entry && outcome.Tier + 1 < entry.Tiers.Length
            && (entry.MaxQuantity is not decimal max || entry.Tiers[outcome.Tier + 1].MinQuantity <= max))
        {
            decimal min = entry.Tiers[outcome.Tier + 1].MinQuantity;
            decimal next = entry.Tiers[outcome.Tier + 1].Price;
            nextBreak = new PriceBreak(
                new Quantity(min, entry.Unit),
                new Quantity(min - outcome.Value, entry.Unit),
                new UnitPrice(new Money(next, context.Currency), new Quantity(entry.Basis, entry.Unit)),
                new Money(entry.Tiers[outcome.Tier].Price - next, context.Currency));
        }

        ImmutableArray<PriceCandidate> consulted = candidates.MoveToImmutable();
        ImmutableArray<HierarchyNodeId> nodes = binding.SortedNodes;
        UnitPrice? unitPrice = result.IsPriced ? result.UnitPrice : null;
        Money? lineAmount = result.IsPriced ? result.LineAmount : null;
        Money? roundedLineAmount = result.IsPriced ? result.RoundedLineAmount : null;
        string? winningEntry = outcome.Entry?.Path;
        return new PriceProof
        {
            SnapshotVersion = snapshot.Version,
            SnapshotHash = snapshot.ContentHash,
            Customer = context.Customer,
            Segment = context.Segment,
            Nodes = nodes,
            Channel = context.Channel,
            Currency = context.Currency,
            Sku = sku,
            Quantity = quantity,
            At = at,
            Status = result.Status,
            UnitPrice = unitPrice,
            LineAmount = lineAmount,
            RoundedLineAmount = roundedLineAmount,
            Rounding = Rounding,
            WinningEntry = winningEntry,
            TierIndex = result.TierIndex,
            Candidates = consulted,
            NextBreak = nextBreak,
            Hash = HashOf(
                snapshot.ContentHash, context.Customer, context.Segment, nodes, context.Channel, context.Currency, sku, quantity, at,
                result.Status, winningEntry, result.TierIndex, unitPrice, lineAmount, roundedLineAmount, Rounding, consulted, nextBreak),
        };
    }

    /// <summary>The stable hash of a proof: the snapshot, the request and the result, in a fixed invariant form.</summary>
    private static string HashOf(PriceProof proof)
        => HashOf(
            proof.SnapshotHash, proof.Customer, proof.Segment, proof.Nodes, proof.Channel, proof.Currency, proof.Sku, proof.Quantity, proof.At,
            proof.Status, proof.WinningEntry, proof.TierIndex, proof.UnitPrice, proof.LineAmount, proof.RoundedLineAmount, proof.Rounding,
            proof.Candidates, proof.NextBreak);

    /// <summary>
    /// The stable hash of a proof's fields: SHA-256 over
    /// <c>snapshot|customer|segment|node,node|channel|currency|sku|quantity|ticks|status|winner|tier|unit price|line|rounded|rounding</c>,
    /// then <c>|c:list:source:scope:path:rejection:line:tier</c> per candidate and <c>|b:min:more:price:saving</c> for the next break,
    /// numbers and money in their invariant forms.
    /// </summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Major Code Smell", "S107:Methods should not have too many parameters", Justification = "The proof's hashed fields, passed once so the proof record is built once.")]
    private static string HashOf(
        string snapshotHash, CustomerId? customer, SegmentId? segment, ImmutableArray<HierarchyNodeId> nodes, ChannelId? channel, Currency currency,
        Sku sku, Quantity quantity, DateTimeOffset at, PriceStatus status, string? winningEntry, int tierIndex,
        UnitPrice? unitPrice, Money? lineAmount, Money? roundedLineAmount, MidpointRounding rounding,
        ImmutableArray<PriceCandidate> candidates, PriceBreak? nextBreak)
    {
        var text = new ProofHashWriter(1024 + (candidates.IsDefault ? 0 : candidates.Length * 96));
        text.Append(snapshotHash);
        text.Append('|');
        text.Append(customer?.Value);
        text.Append('|');
        text.Append(segment?.Value);
        text.Append('|');
        for (int i = 0; i < nodes.Length; i++)
        {
            if (i > 0)
            {
                text.Append(',');
            }

            text.Append(nodes[i].Value);
        }

        text.Append('|');
        text.Append(channel?.Value);
        text.Append('|');
        text.Append(currency.Code);
        text.Append('|');
        text.Append(sku.Value);
        text.Append('|');
        text.Append(quantity);
        text.Append('|');
        text.Append(at.UtcTicks);
        text.Append('|');
        text.Append((int)status);
        text.Append('|');
        text.Append(winningEntry);
        text.Append('|');
        text.Append(tierIndex);
        text.Append('|');
        if (unitPrice is UnitPrice price)
        {
            text.Append(price);
        }

        text.Append('|');
        text.Append(lineAmount);
        text.Append('|');
        text.Append(roundedLineAmount);
        text.Append('|');
        text.Append((int)rounding);
        foreach (PriceCandidate candidate in candidates)
        {
            text.Append("|c:");
            text.Append(candidate.PriceList.Value);
            text.Append(':');
            text.Append((int)candidate.Source);
            text.Append(':');
            text.Append(candidate.Scope);
            text.Append(':');
            text.Append(candidate.EntryPath);
            text.Append(':');
            text.Append((int)candidate.Rejection);
            text.Append(':');
            text.Append(candidate.LineAmount);
            text.Append(':');
            text.Append(candidate.TierIndex);
        }

        if (nextBreak is PriceBreak next)
        {
            text.Append("|b:");
            text.Append(next.MinQuantity);
            text.Append(':');
            text.Append(next.AdditionalQuantity);
            text.Append(':');
            text.Append(next.Price);
            text.Append(':');
            text.Append(next.SavingPerBasis);
        }

        return text.HashAndReturn();
    }
}
