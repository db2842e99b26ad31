namespace B2B2C.Sdk.Pricing;

/// <summary>Whether, and when, the quantity asked for can ship.</summary>
public enum AvailabilityStatus
{
    /// <summary>The whole quantity is available now, across the warehouses.</summary>
    InStock = 0,

    /// <summary>Part of the quantity is available now; the rest arrives by <see cref="AvailabilityView.ShipDate"/>.</summary>
    PartlyInStock = 1,

    /// <summary>Nothing is available now; the whole quantity can ship by <see cref="AvailabilityView.ShipDate"/>.</summary>
    OnBackorder = 2,

    /// <summary>
    /// The quantity cannot be promised: the stock now and the expected receipts do not cover it and the article has no
    /// supplier lead time.
    /// </summary>
    NoDate = 3,

    /// <summary>The stock book does not know the article.</summary>
    NotStocked = 4,

    /// <summary>The quantity does not convert exactly into the unit the article is stocked in (12,000 pieces into reels of 5,000).</summary>
    UnitNotConvertible = 5,

    /// <summary>The quantity is zero or negative.</summary>
    QuantityNotPositive = 6,
}
