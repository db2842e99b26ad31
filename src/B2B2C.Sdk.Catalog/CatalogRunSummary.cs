using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using B2B2C.Sdk.Catalog.Delta;
using B2B2C.Sdk.Catalog.Output;

namespace B2B2C.Sdk.Catalog;

/// <summary>The outcome of a catalog mapping run: counts, issues by code and product type, the manifest and the delta.</summary>
/// <remarks>
/// <para>
/// <see cref="ProductsRead"/> is <see cref="ValidProducts"/> plus <see cref="InvalidProducts"/>; valid products
/// include those with warnings (<see cref="ValidWithWarnings"/>). Carried-over values are counted over valid
/// products, the ones whose extended attributes are published. Issue counts cover every product, warnings included.
/// A product without a product type is counted under the empty string. Dictionaries are sorted by key ordinally.
/// </para>
/// <para>Immutable; <see cref="WriteJsonAsync"/> writes the JSON form documented there.</para>
/// </remarks>
public sealed class CatalogRunSummary
{
    internal CatalogRunSummary(
        long productsRead,
        long validProducts,
        long validWithWarnings,
        long invalidProducts,
        long productsWritten,
        long carriedOverValues,
        ImmutableSortedDictionary<string, long> carriedOverBySourceField,
        ImmutableSortedDictionary<string, long> issuesByCode,
        ImmutableSortedDictionary<string, long> issuesByProductType,
        ImmutableSortedDictionary<string, long> productsByProductType,
        TimeSpan elapsed,
        CatalogManifest manifest,
        CatalogDeltaResult? delta,
        long retainedProducts)
    {
        ProductsRead = productsRead;
        ValidProducts = validProducts;
        ValidWithWarnings = validWithWarnings;
        InvalidProducts = invalidProducts;
        ProductsWritten = productsWritten;
        CarriedOverValues = carriedOverValues;
        CarriedOverBySourceField = carriedOverBySourceField;
        IssuesByCode = issuesByCode;
        IssuesByProductType = issuesByProductType;
        ProductsByProductType = productsByProductType;
        Elapsed = elapsed;
        Manifest = manifest;
        Delta = delta;
        RetainedProducts = retainedProducts;
    }

    /// <summary>Gets how many products the source gave.</summary>
    public long ProductsRead { get; }

    /// <summary>Gets how many products are valid, with or without warnings.</summary>
    public long ValidProducts { get; }

    /// <summary>Gets how many valid products carry warnings.</summary>
    public long ValidWithWarnings { get; }

    /// <summary>Gets how many products are invalid (in the error reports).</summary>
    public long InvalidProducts { get; }

    /// <summary>Gets how many products were written to the products output (all valid ones, or only the delta's with a previous manifest).</summary>
    public long ProductsWritten { get; }

    /// <summary>Gets how many source values valid products carry in their extended attributes.</summary>
    public long CarriedOverValues { get; }

    /// <summary>Gets the carried-over values by source field name.</summary>
    public ImmutableSortedDictionary<string, long> CarriedOverBySourceField { get; }

    /// <summary>Gets the number of issues by code, sorted by code.</summary>
    public ImmutableSortedDictionary<string, long> IssuesByCode { get; }

    /// <summary>Gets the number of issues by product type (the empty string for products without one).</summary>
    public ImmutableSortedDictionary<string, long> IssuesByProductType { get; }

    /// <summary>Gets the number of products by product type (the empty string for products without one).</summary>
    public ImmutableSortedDictionary<string, long> ProductsByProductType { get; }

    /// <summary>Gets how long the run took, measured with <see cref="CatalogRunOptions.TimeProvider"/>.</summary>
    public TimeSpan Elapsed { get; }

    /// <summary>Gets the manifest of this run: the valid products, plus the previous entries of products retained while invalid.</summary>
    public CatalogManifest Manifest { get; }

    /// <summary>Gets the delta against <see cref="CatalogRunOptions.PreviousManifest"/>, or <see langword="null"/> for a full run.</summary>
    public CatalogDeltaResult? Delta { get; }

    /// <summary>
    /// Gets how many invalid products kept their previous manifest entry: they were published before, so they are
    /// neither sent again nor removed until they are fixed. Always 0 for a full run.
    /// </summary>
    public long RetainedProducts { get; }

    /// <summary>Writes the summary as an indented JSON object.</summary>
    /// <param name="stream">The writable stream; it is not closed.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the JSON is written and the stream flushed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    /// <remarks>
    /// Properties, in order: <c>productsRead</c>, <c>validProducts</c>, <c>validWithWarnings</c>,
    /// <c>invalidProducts</c>, <c>productsWritten</c>, <c>carriedOverValues</c>, <c>carriedOverBySourceField</c>,
    /// <c>issuesByCode</c>, <c>issuesByProductType</c>, <c>productsByProductType</c> (objects from name to count),
    /// <c>elapsedMilliseconds</c> (whole milliseconds), and <c>delta</c>: <see langword="null"/> for a full run, else
    /// <c>{"added":..,"changed":..,"invalidated":..,"removed":..,"unchanged":..,"retained":..}</c>. The document ends
    /// with a line feed.
    /// </remarks>
    public async ValueTask WriteJsonAsync(Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var buffer = new PooledBufferWriter(4096);
        using (var writer = new Utf8JsonWriter(buffer, ProductJson.IndentedOptions))
        {
            writer.WriteStartObject();
            writer.WriteNumber("productsRead"u8, ProductsRead);
            writer.WriteNumber("validProducts"u8, ValidProducts);
            writer.WriteNumber("validWithWarnings"u8, ValidWithWarnings);
            writer.WriteNumber("invalidProducts"u8, InvalidProducts);
            writer.WriteNumber("productsWritten"u8, ProductsWritten);
            writer.WriteNumber("carriedOverValues"u8, CarriedOverValues);
            WriteCounts(writer, "carriedOverBySourceField"u8, CarriedOverBySourceField);
            WriteCounts(writer, "issuesByCode"u8, IssuesByCode);
            WriteCounts(writer, "issuesByProductType"u8, IssuesByProductType);
            WriteCounts(writer, "productsByProductType"u8, ProductsByProductType);
            writer.WriteNumber("elapsedMilliseconds"u8, Elapsed.Ticks / TimeSpan.TicksPerMillisecond);
            if (Delta is null)
            {
                writer.WriteNull("delta"u8);
            }
            else
            {
                writer.WriteStartObject("delta"u8);
                writer.WriteNumber("added"u8, Delta.Added.Length);
                writer.WriteNumber("changed"u8, Delta.Changed.Length);
                writer.WriteNumber("invalidated"u8, Delta.Invalidated.Length);
                writer.WriteNumber("removed"u8, Delta.Removed.Length);
                writer.WriteNumber("unchanged"u8, Delta.Unchanged);
                writer.WriteNumber("retained"u8, RetainedProducts);
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        }

        buffer.WriteByte((byte)'\n');
        await stream.WriteAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
        await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    private static void WriteCounts(Utf8JsonWriter writer, ReadOnlySpan<byte> name, IEnumerable<KeyValuePair<string, long>> counts)
    {
        writer.WriteStartObject(name);
        foreach (KeyValuePair<string, long> count in counts)
        {
            writer.WriteNumber(count.Key, count.Value);
        }

        writer.WriteEndObject();
    }
}
