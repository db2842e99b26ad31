using System;
using System.Collections.Generic;

namespace B2B2C.Sdk.Samples.Console.Data;

/// <summary>The cart as cart.json writes it.</summary>
/// <param name="Customer">The trade customer.</param>
/// <param name="OrderedAt">When the cart was ordered; conversions use the rates in force then.</param>
/// <param name="Lines">The lines.</param>
internal sealed record CartDocument(CustomerId Customer, DateTimeOffset OrderedAt, IReadOnlyList<CartLineDocument> Lines);

/// <summary>
/// One line as cart.json writes it. <see cref="Sku"/> and <see cref="Money"/> have JSON converters of their own;
/// quantities are written in their invariant text form (<c>12000 H87</c>, <c>3 REEL(5000 H87)</c>).
/// </summary>
/// <param name="Sku">The article.</param>
/// <param name="Description">What it is.</param>
/// <param name="Quantity">The quantity ordered.</param>
/// <param name="Price">The price of <paramref name="Per"/>.</param>
/// <param name="Per">The price basis: <c>1000 H87</c> for a price per thousand, <c>1 REEL(5000 H87)</c> per reel.</param>
internal sealed record CartLineDocument(Sku Sku, string Description, string Quantity, Money Price, string Per);
