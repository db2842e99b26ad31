using System;
using System.Threading;

namespace B2B2C.Sdk.Pricing;

/// <summary>
/// Makes offers: the price an asker pays, from the <see cref="PricingEngine"/>, with the availability its audience
/// may see, from the stock snapshot in force.
/// </summary>
/// <remarks>
/// <para>
/// A general customer (<see cref="AvailabilityAudience.Public"/>) learns whether the quantity is in stock, partly in
/// stock or on back-order and when the whole quantity can ship; a distributor
/// (<see cref="AvailabilityAudience.Distributor"/>) also sees the stock per warehouse, the expected receipts, its
/// allocation quota and the quantity it may order now. The audience is <see cref="PricingContext.Audience"/>.
/// </para>
/// <para>
/// <see cref="Publish(StockSnapshot)"/> and <see cref="Publish(StockBook)"/> swap the stock snapshot atomically; readers
/// never wait, and an offer in flight finishes on the snapshot it started with. A book that does not compile leaves
/// the snapshot in force unchanged. Prices follow the pricing engine's own snapshot. Thread-safe; register as a singleton.
/// </para>
/// </remarks>
public sealed class OfferEngine
{
    private readonly TimeProvider _timeProvider;
    private StockSnapshot _stock;

    /// <summary>Initializes a new instance of the <see cref="OfferEngine"/> class.</summary>
    /// <param name="pricing">The engine that prices offers.</param>
    /// <param name="stock">The stock snapshot to offer from until another is published.</param>
    /// <param name="timeProvider">The clock for calls that give no time; the system clock by default.</param>
    /// <exception cref="ArgumentNullException"><paramref name="pricing"/> or <paramref name="stock"/> is <see langword="null"/>.</exception>
    public OfferEngine(PricingEngine pricing, StockSnapshot stock, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(pricing);
        ArgumentNullException.ThrowIfNull(stock);
        Pricing = pricing;
        _stock = stock;
        _timeProvider = timeProvider ?? TimeProvider.System;
    }

    /// <summary>Gets the engine that prices offers.</summary>
    public PricingEngine Pricing { get; }

    /// <summary>Gets the stock snapshot in force.</summary>
    public StockSnapshot Stock => Volatile.Read(ref _stock);

    /// <summary>Puts a compiled stock snapshot in force.</summary>
    /// <param name="snapshot">The snapshot.</param>
    /// <exception cref="ArgumentNullException"><paramref name="snapshot"/> is <see langword="null"/>.</exception>
    public void Publish(StockSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        Volatile.Write(ref _stock, snapshot);
    }

    /// <summary>Compiles a stock book and, if it compiles, puts it in force.</summary>
    /// <param name="book">The stock book.</param>
    /// <returns>The compilation: the snapshot now in force, or the errors (and the old snapshot stays).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="book"/> is <see langword="null"/>.</exception>
    public StockCompilation Publish(StockBook book)
    {
        StockCompilation compilation = StockSnapshot.Compile(book);
        if (compilation.Snapshot is StockSnapshot snapshot)
        {
            Publish(snapshot);
        }

        return compilation;
    }

    /// <summary>Makes an offer now (by the engine's clock); see <see cref="OfferFor(PricingContext, Sku, Quantity, DateTimeOffset)"/>.</summary>
    /// <param name="context">Who asks, including the audience it belongs to.</param>
    /// <param name="sku">The article.</param>
    /// <param name="quantity">The quantity, in any unit convertible to the article's price and stock units.</param>
    /// <returns>The price and the availability.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="context"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="sku"/> is <c>default</c>.</exception>
    public Offer OfferFor(PricingContext context, Sku sku, Quantity quantity)
        => OfferFor(context, sku, quantity, _timeProvider.GetUtcNow());

    /// <summary>
    /// Makes an offer for an asker at a moment: the price from the pricing engine and the availability shaped for the
    /// asker's <see cref="PricingContext.Audience"/>. A quantity that does not convert into the stock unit gives
    /// <see cref="AvailabilityStatus.UnitNotConvertible"/>, not an exception.
    /// </summary>
    /// <param name="context">Who asks, including the audience it belongs to.</param>
    /// <param name="sku">The article.</param>
    /// <param name="quantity">The quantity, in any unit convertible to the article's price and stock units.</param>
    /// <param name="at">The moment whose prices and stock apply.</param>
    /// <returns>The price and the availability.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="context"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="sku"/> is <c>default</c>.</exception>
    public Offer OfferFor(PricingContext context, Sku sku, Quantity quantity, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(context);
        string skuValue = sku.Value ?? throw new ArgumentException("The SKU is default; give the article to offer.", nameof(sku));
        StockSnapshot stock = Stock;
        PriceResult price = Pricing.Price(context, sku, quantity, at);
        return new Offer
        {
            Sku = sku,
            Quantity = quantity,
            At = at,
            Price = price,
            Availability = AvailabilityCalculator.Compute(stock, context, skuValue, quantity, at),
            StockVersion = stock.Version,
        };
    }
}
