using System;

namespace B2B2C.Sdk.Catalog;

/// <summary>How far a catalog mapping run has come: products handled so far, valid and invalid, and the time spent.</summary>
/// <remarks>Reported about every <see cref="CatalogRunOptions.ProgressInterval"/> and once at the end. The value is immutable.</remarks>
/// <param name="ProductsRead">The products read, mapped and written so far.</param>
/// <param name="ValidProducts">The valid products among them, with or without warnings.</param>
/// <param name="InvalidProducts">The invalid products among them.</param>
/// <param name="Elapsed">The time since the run started.</param>
public readonly record struct CatalogRunProgress(long ProductsRead, long ValidProducts, long InvalidProducts, TimeSpan Elapsed);
