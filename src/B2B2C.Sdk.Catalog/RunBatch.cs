using System;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using B2B2C.Sdk.Catalog.Delta;
using B2B2C.Sdk.Catalog.Output;

namespace B2B2C.Sdk.Catalog;

/// <summary>A batch of source products on its way through a run: read in order, mapped by a worker, written in order.</summary>
/// <remarks>
/// The reader fills <see cref="Products"/>; one worker maps them, hashes each valid product's canonical line and keeps
/// the line it will publish in <see cref="Lines"/>, then completes <see cref="Done"/>; the ordered writer waits for
/// <see cref="Done"/>, writes, and releases the buffer.
/// </remarks>
internal sealed class RunBatch
{
    public RunBatch(int capacity)
    {
        Products = new SourceProduct[capacity];
    }

    public SourceProduct[] Products { get; }

    public int Count { get; private set; }

    public bool IsFull => Count == Products.Length;

    public MappedProduct[] Results { get; private set; } = [];

    public CatalogContentHash[] Hashes { get; private set; } = [];

    /// <summary>Gets where each product's publishable line starts in <see cref="Lines"/>, or -1 for invalid products.</summary>
    public int[] LineStarts { get; private set; } = [];

    public int[] LineLengths { get; private set; } = [];

    public PooledBufferWriter? Lines { get; private set; }

    public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Add(SourceProduct product) => Products[Count++] = product;

    /// <summary>Maps, hashes and serializes the batch on a worker; a failing product completes <see cref="Done"/> with the failure.</summary>
    public void Process(Func<SourceProduct, MappedProduct> map, bool includeProvenance, CancellationToken cancellationToken)
    {
        try
        {
            Results = new MappedProduct[Count];
            Hashes = new CatalogContentHash[Count];
            LineStarts = new int[Count];
            LineLengths = new int[Count];
            var lines = new PooledBufferWriter(Count * 512);
            Lines = lines;
            using var json = new Utf8JsonWriter(lines, ProductJson.CompactOptions);
            for (int i = 0; i < Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                SourceProduct source = Products[i];
                try
                {
                    MappedProduct mapped = map(source) ?? throw new InvalidOperationException("The mapper returned null.");
                    Results[i] = mapped;
                    LineStarts[i] = -1;
                    if (!mapped.IsValid)
                    {
                        continue;
                    }

                    int start = lines.WrittenCount;
                    json.Reset();
                    ProductJson.WriteProduct(json, mapped, includeProvenance: false);
                    json.Flush();
                    Hashes[i] = CatalogContentHash.Compute(lines.WrittenSpan[start..]);
                    if (includeProvenance)
                    {
                        lines.Truncate(start);
                        json.Reset();
                        ProductJson.WriteProduct(json, mapped, includeProvenance: true);
                        json.Flush();
                    }

                    LineStarts[i] = start;
                    LineLengths[i] = lines.WrittenCount - start;
                }
                catch (Exception error) when (error is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
                {
                    json.Reset();
                    throw new CatalogMappingException(source, error);
                }
            }

            Done.TrySetResult();
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            Done.TrySetCanceled(cancellationToken);
        }
        catch (Exception error)
        {
            Done.TrySetException(error);
        }
    }

    /// <summary>Returns the line of product <paramref name="index"/> to publish.</summary>
    public ReadOnlySpan<byte> LineOf(int index) => Lines!.WrittenSpan.Slice(LineStarts[index], LineLengths[index]);

    /// <summary>Releases the line buffer.</summary>
    public void Release()
    {
        Lines?.Dispose();
        Lines = null;
    }
}
