using System.Collections.Generic;
using System.Threading;

namespace B2B2C.Sdk.Catalog;

/// <summary>A supplier catalog read as a stream of products, one record at a time, in constant memory.</summary>
/// <remarks>
/// Implementations read lazily: nothing is read before enumeration starts and at most one record is held at a time
/// (plus the reader's buffer). A record with problems is produced with <see cref="SourceProduct.ReadIssues"/>; the
/// source stops early only when it cannot safely continue (for example after malformed XML), and then its last
/// product carries the error that stopped it. Each call to <see cref="ReadAsync"/> starts a new enumeration.
/// </remarks>
public interface ICatalogSource
{
    /// <summary>Gets the source's name as used in locations (usually the file name).</summary>
    string Name { get; }

    /// <summary>Reads the products in source order.</summary>
    /// <param name="cancellationToken">Stops the enumeration.</param>
    /// <returns>The products, lazily.</returns>
    IAsyncEnumerable<SourceProduct> ReadAsync(CancellationToken cancellationToken = default);
}
