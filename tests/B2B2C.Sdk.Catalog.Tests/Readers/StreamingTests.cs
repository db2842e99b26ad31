using System;
using System.Globalization;
using System.Text;
using System.Threading.Tasks;
using B2B2C.Sdk.Catalog.Readers;

namespace B2B2C.Sdk.Catalog.Tests.Readers;

/// <summary>The readers stream: the first product arrives long before the input ends, and memory per product stays bounded.</summary>
public sealed class StreamingTests
{
    private const int Products = 50_000;

    private static readonly string s_padding = new('p', 1200);

    public static TheoryData<string> Formats() => ["csv", "jsonl", "bmecat"];

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task ReadAsync_LargeNonSeekableStream_YieldsTheFirstProductEarlyAndReadsAll(string format)
    {
        var stream = new NonSeekableStream(index => Chunk(format, index));
        ICatalogSource source = format switch
        {
            "csv" => new CsvCatalogReader(stream, "big.csv"),
            "jsonl" => new JsonLinesCatalogReader(stream, "big.jsonl"),
            _ => new BmecatCatalogReader(stream, "big.xml"),
        };

        long deliveredAtFirst = -1;
        long count = 0;
        long allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        string lastKey = string.Empty;
        await foreach (SourceProduct product in source.ReadAsync())
        {
            if (deliveredAtFirst < 0)
            {
                deliveredAtFirst = stream.Delivered;
            }

            Assert.False(product.HasReadErrors, string.Join("; ", product.ReadIssues));
            count++;
            lastKey = product.Key;
        }

        long allocatedPerProduct = (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / Products;
        Assert.Equal(Products, count);
        Assert.Equal(Key(Products - 1), lastKey);
        Assert.True(stream.Delivered > 50_000_000, $"Only {stream.Delivered} bytes were generated.");
        Assert.True(deliveredAtFirst < 1_000_000, $"The first product arrived after {deliveredAtFirst} bytes.");
        Assert.True(allocatedPerProduct < 64 * 1024, $"{allocatedPerProduct} bytes allocated per product.");
    }

    private static string Key(long index) => "K" + index.ToString("D6", CultureInfo.InvariantCulture);

    private static byte[]? Chunk(string format, long index)
    {
        if (index > Products + 1)
        {
            return null;
        }

        string text = format switch
        {
            "csv" => index == 0
                ? "sku,title@en,resistance [B49],padding\n"
                : index <= Products ? $"{Key(index - 1)},Chip resistor {index},{index % 100},{s_padding}\n" : null!,
            "jsonl" => index < Products
                ? $"{{\"sku\":\"{Key(index)}\",\"title@en\":\"Chip resistor {index}\",\"features\":{{\"resistance\":{{\"value\":{index % 100},\"unit\":\"B49\"}}}},\"padding\":\"{s_padding}\"}}\n"
                : null!,
            _ => index == 0
                ? "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<BMECAT version=\"2005\"><HEADER><CATALOG><LANGUAGE>eng</LANGUAGE><CURRENCY>EUR</CURRENCY></CATALOG></HEADER><T_NEW_CATALOG>\n"
                : index <= Products
                    ? $"<PRODUCT><SUPPLIER_PID>{Key(index - 1)}</SUPPLIER_PID><PRODUCT_DETAILS><DESCRIPTION_SHORT>Chip resistor {index}</DESCRIPTION_SHORT><DESCRIPTION_LONG>{s_padding}</DESCRIPTION_LONG></PRODUCT_DETAILS><PRODUCT_FEATURES><FEATURE><FNAME>resistance</FNAME><FVALUE>{index % 100}</FVALUE><FUNIT>B49</FUNIT></FEATURE></PRODUCT_FEATURES></PRODUCT>\n"
                    : "</T_NEW_CATALOG></BMECAT>\n",
        };

        return text is null ? null : Encoding.UTF8.GetBytes(text);
    }
}
