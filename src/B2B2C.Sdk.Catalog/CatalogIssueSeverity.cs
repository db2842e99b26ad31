namespace B2B2C.Sdk.Catalog;

/// <summary>Says whether a catalog issue blocks the product or only warns about it.</summary>
public enum CatalogIssueSeverity
{
    /// <summary>The product is not published; the issue appears in the error report.</summary>
    Error = 0,

    /// <summary>The product is published; the issue appears in the report for information.</summary>
    Warning = 1,
}
