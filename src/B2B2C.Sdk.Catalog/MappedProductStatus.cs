namespace B2B2C.Sdk.Catalog;

/// <summary>Says whether a mapped product may be published.</summary>
public enum MappedProductStatus
{
    /// <summary>The product mapped and validated without any issue.</summary>
    Valid = 0,

    /// <summary>The product is published, with warnings in the report.</summary>
    ValidWithWarnings = 1,

    /// <summary>At least one error blocks the product; it appears in the error report and is not published.</summary>
    Invalid = 2,
}
