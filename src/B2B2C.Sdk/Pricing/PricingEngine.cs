using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
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
        ImmutableArray<PriceCandidate> candidates = [.. recorder.Items.Select(item => new PriceCandidate(
            new PriceListId(item.List.Id),
            item.List.Kind,
            item.List.Scope,
            item.Entry?.Path ?? item.List.Path,
            item.Rejection,
            item.Line is decimal line ? new Money(line, context.Currency) : null,
            item.Tier))];
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

        var proof = new PriceProof
        {
            SnapshotVersion = snapshot.Version,
            SnapshotHash = snapshot.ContentHash,
            Customer = context.Customer,
            Segment = context.Segment,
            Nodes = [.. context.Nodes.Distinct().OrderBy(n => n.Value, StringComparer.Ordinal)],
            Channel = context.Channel,
            Currency = context.Currency,
            Sku = sku,
            Quantity = quantity,
            At = at,
            Status = result.Status,
            UnitPrice = result.IsPriced ? result.UnitPrice : null,
            LineAmount = result.IsPriced ? result.LineAmount : null,
            RoundedLineAmount = result.IsPriced ? result.RoundedLineAmount : null,
            Rounding = Rounding,
            WinningEntry = outcome.Entry?.Path,
            TierIndex = result.TierIndex,
            Candidates = candidates,
            NextBreak = nextBreak,
            Hash = string.Empty,
        };
        return proof with { Hash = HashOf(proof) };
    }

    /// <summary>The stable hash of a proof: the snapshot, the request and the result, in a fixed invariant form.</summary>
    private static string HashOf(PriceProof proof)
    {
        var text = new StringBuilder();
        CultureInfo invariant = CultureInfo.InvariantCulture;
        text.Append(invariant, $"{proof.SnapshotHash}|{proof.Customer?.Value}|{proof.Segment?.Value}|{string.Join(',', proof.Nodes.Select(n => n.Value))}|{proof.Channel?.Value}|{proof.Currency.Code}");
        text.Append(invariant, $"|{proof.Sku.Value}|{proof.Quantity}|{proof.At.UtcTicks}|{(int)proof.Status}|{proof.WinningEntry}|{proof.TierIndex}");
        text.Append(invariant, $"|{proof.UnitPrice}|{proof.LineAmount?.ToInvariantString()}|{proof.RoundedLineAmount?.ToInvariantString()}|{(int)proof.Rounding}");
        foreach (PriceCandidate candidate in proof.Candidates)
        {
            text.Append(invariant, $"|c:{candidate.PriceList.Value}:{(int)candidate.Source}:{candidate.Scope}:{candidate.EntryPath}:{(int)candidate.Rejection}:{candidate.LineAmount?.ToInvariantString()}:{candidate.TierIndex}");
        }

        if (proof.NextBreak is PriceBreak next)
        {
            text.Append(invariant, $"|b:{next.MinQuantity}:{next.AdditionalQuantity}:{next.Price}:{next.SavingPerBasis.ToInvariantString()}");
        }
        return PriceBookCompiler.Hash(text.ToString());
    }
}
