namespace B2B2C.Sdk.Pricing;

/// <summary>
/// A price ending for a consumer channel: unit prices shown there end in <paramref name="Ending"/> (0.99 for 4.99,
/// 0.95 for 4.95, 0 for whole units).
/// </summary>
/// <param name="Channel">The channel whose prices get the ending.</param>
/// <param name="Ending">The fraction of a major unit every unit price ends in, from 0 (inclusive) to 1 (exclusive); at most as many decimals as the currency's minor unit.</param>
/// <remarks>
/// <para>
/// Immutable. The unit price is the price per price basis, as a list shows it: the line amount divided by the line
/// quantity in the price entry's unit over the entry's price basis (8.19 for 100 pieces priced per 100). It is taken in
/// the context's <see cref="PricingContext.PriceDisplay"/>: net for a net display, net times one plus the line's tax
/// rate for a gross display; then the gross line amount is fixed and the line's tax is the part of it above the net.
/// </para>
/// <para>
/// The candidates are <c>k + Ending</c> for whole <c>k ≥ 0</c> that are above zero. The price is rounded down to the
/// nearest candidate; if that would put the line below its floor or corridor (or there is no candidate below), it is
/// rounded up to the next candidate instead. A book holds at most one ending per channel.
/// </para>
/// </remarks>
public sealed record PriceEnding(ChannelId Channel, decimal Ending);
