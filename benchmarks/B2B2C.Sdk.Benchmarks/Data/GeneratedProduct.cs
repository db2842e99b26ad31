using System.Collections.Generic;

namespace B2B2C.Sdk.Benchmarks.Data;

/// <summary>One product of a generated supplier catalog, written alike to CSV, JSON Lines and BMEcat.</summary>
internal sealed class GeneratedProduct
{
    public required string Sku { get; init; }

    public required string Family { get; init; }

    public required string ClassCode { get; init; }

    public required string? Manufacturer { get; init; }

    public required string ManufacturerPid { get; init; }

    public required string Gtin { get; init; }

    public required string Title { get; init; }

    public required string? TitleZh { get; init; }

    public required string Description { get; init; }

    public required string OrderUnit { get; init; }

    public required int MinimumQuantity { get; init; }

    public required int QuantityStep { get; init; }

    /// <summary>The net list prices in EUR by lower bound (1, and 100 and 1,000 for parts sold in volume).</summary>
    public required IReadOnlyList<(int LowerBound, string Amount)> Prices { get; init; }

    public required int DeliveryDays { get; init; }

    public required string CountryOfOrigin { get; init; }

    public required string Image { get; init; }

    public required string Datasheet { get; init; }

    public required IReadOnlyList<GeneratedFeature> Features { get; init; }

    /// <summary>The defect sprinkled into this product, or <see langword="null"/>.</summary>
    public string? Defect { get; init; }
}
