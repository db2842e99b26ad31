namespace B2B2C.Sdk.Pricing;

/// <summary>A warehouse stock is kept in: its identifier, its name and the country it ships from.</summary>
/// <remarks>Immutable. Only distributors see warehouse names and countries in an offer.</remarks>
public sealed record StockWarehouse
{
    /// <summary>Gets the warehouse identifier.</summary>
    public required WarehouseId Id { get; init; }

    /// <summary>Gets the warehouse's display name, for example <c>Hamburg</c>.</summary>
    public required string Name { get; init; }

    /// <summary>Gets the ISO 3166-1 alpha-2 code of the country the warehouse is in, for example <c>DE</c>.</summary>
    public required string Country { get; init; }
}
