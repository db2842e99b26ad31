namespace B2B2C.Sdk.Pricing;

/// <summary>
/// A lower bound for prices in one channel, tied to another customer's price: the marketplace price of an article is
/// never below what a reference segment (for example gold distributors) pays plus a markup, so the channel does not
/// undercut the distributors who resell there.
/// </summary>
/// <param name="Channel">The channel whose prices are bounded.</param>
/// <param name="ReferenceSegment">The segment whose price is the reference.</param>
/// <param name="MinimumMarkupPercent">The markup over the reference price, as a percentage (10 for +10%). Zero or more.</param>
/// <remarks>
/// Immutable. The reference price of a line is the base price the engine resolves for the same article, quantity and
/// moment for an asker of <paramref name="ReferenceSegment"/> in the cart's currency, with no customer, node or channel;
/// adjustment rules are not applied to it. A line with no reference price is left as it is and reported as a
/// <see cref="QuoteWarning"/>. A book holds at most one corridor per channel.
/// </remarks>
public sealed record ChannelCorridor(ChannelId Channel, SegmentId ReferenceSegment, decimal MinimumMarkupPercent);
