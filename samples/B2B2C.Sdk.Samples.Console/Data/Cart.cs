using System;
using System.Collections.Generic;

namespace B2B2C.Sdk.Samples.Console.Data;

/// <summary>A B2B cart: who ordered, when, and what.</summary>
/// <param name="Customer">The trade customer.</param>
/// <param name="OrderedAt">When the cart was ordered.</param>
/// <param name="Lines">The lines, in order.</param>
internal sealed record Cart(CustomerId Customer, DateTimeOffset OrderedAt, IReadOnlyList<CartLine> Lines);

/// <summary>One cart line: an article, the quantity ordered and its price on a basis of its own.</summary>
/// <param name="Sku">The article.</param>
/// <param name="Description">What it is.</param>
/// <param name="Quantity">The quantity ordered, in any unit of the price basis' dimension.</param>
/// <param name="UnitPrice">The price and its basis.</param>
internal sealed record CartLine(Sku Sku, string Description, Quantity Quantity, UnitPrice UnitPrice);
