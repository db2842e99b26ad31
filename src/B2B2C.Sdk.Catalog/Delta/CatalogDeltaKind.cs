namespace B2B2C.Sdk.Catalog.Delta;

/// <summary>How one current product relates to the previous manifest.</summary>
internal enum CatalogDeltaKind
{
    Added = 0,
    Changed = 1,
    Invalidated = 2,
    Unchanged = 3,
}
