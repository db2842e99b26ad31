using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using B2B2C.Sdk.Catalog.Readers;
using B2B2C.Sdk.Testing;
using FsCheck;
using FsCheck.Fluent;
using static B2B2C.Sdk.Catalog.Tests.Readers.ReaderTestKit;

namespace B2B2C.Sdk.Catalog.Tests.Readers;

/// <summary>Damaged input never makes a reader throw: every input gives products and positioned issues.</summary>
public sealed class ReaderRobustnessPropertyTests
{
    private static readonly byte[] s_csv = Encoding.UTF8.GetBytes(
        "sku,title@en,title@zh-CN,resistance [B49],note\n"
        + "R1,Chip resistor,贴片电阻,10,\"a, \"\"quoted\"\"\nnote\"\n"
        + "R2,Resistor 2,,4.7,plain\n"
        + "R3,\"Resistor 3\",,1e-9,\n");

    private static readonly byte[] s_jsonl = Encoding.UTF8.GetBytes(
        "{\"sku\":\"R1\",\"title@en\":\"Chip resistor\",\"features\":{\"resistance\":{\"value\":10,\"unit\":\"B49\"}},\"tags\":[\"a\",\"b\"]}\n"
        + "\n"
        + "{\"sku\":\"R2\",\"title@zh-CN\":\"贴片电阻\",\"price\":0.36719999999999997,\"ok\":true,\"none\":null}\n"
        + "{\"sku\":\"R3\",\"nested\":{\"deeper\":{\"x\":\"y\"}}}\n");

    private static readonly byte[] s_bmecat = Encoding.UTF8.GetBytes(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<BMECAT version=\"2005\" xmlns=\"http://www.bmecat.org/bmecat/2005\">\n"
        + "<HEADER><CATALOG><LANGUAGE>eng</LANGUAGE><CURRENCY>EUR</CURRENCY></CATALOG></HEADER>\n<T_NEW_CATALOG>\n"
        + "<PRODUCT mode=\"new\"><SUPPLIER_PID>R1</SUPPLIER_PID><PRODUCT_DETAILS><DESCRIPTION_SHORT>Resistor</DESCRIPTION_SHORT></PRODUCT_DETAILS>\n"
        + "<PRODUCT_FEATURES><FEATURE><FNAME>resistance</FNAME><FVALUE>10</FVALUE><FUNIT>B49</FUNIT></FEATURE></PRODUCT_FEATURES>\n"
        + "<PRODUCT_PRICE_DETAILS><PRODUCT_PRICE price_type=\"net_list\"><PRICE_AMOUNT>0.01</PRICE_AMOUNT></PRODUCT_PRICE></PRODUCT_PRICE_DETAILS></PRODUCT>\n"
        + "<PRODUCT><SUPPLIER_PID>R2</SUPPLIER_PID><MIME_INFO><MIME><MIME_SOURCE>a.jpg</MIME_SOURCE><MIME_PURPOSE>normal</MIME_PURPOSE></MIME></MIME_INFO></PRODUCT>\n"
        + "</T_NEW_CATALOG>\n</BMECAT>\n");

    private static readonly byte[] s_specials = "\"\n\r,;<>&{}[]:\\"u8.ToArray();

    private static Gen<Mutation[]> Mutations(int length)
        => from count in Gen.Choose(1, 6)
           from mutations in Gen.ArrayOf(
               from kind in Gen.Choose(0, 4)
               from position in Gen.Choose(0, length)
               from value in Gen.Choose(0, 255)
               select new Mutation(kind, position, (byte)value),
               count)
           select mutations;

    [Fact]
    public void ReadAsync_MutatedCsv_NeverThrowsAndPositionsEveryIssue()
        => Properties.ForAll(Mutations(s_csv.Length), m => Check(Apply(s_csv, m), bytes => new CsvCatalogReader(new MemoryStream(bytes), "p.csv")));

    [Fact]
    public void ReadAsync_MutatedJsonLines_NeverThrowsAndPositionsEveryIssue()
        => Properties.ForAll(Mutations(s_jsonl.Length), m => Check(Apply(s_jsonl, m), bytes => new JsonLinesCatalogReader(new MemoryStream(bytes), "p.jsonl")));

    [Fact]
    public void ReadAsync_MutatedBmecat_NeverThrowsAndPositionsEveryIssue()
        => Properties.ForAll(Mutations(s_bmecat.Length), m => Check(Apply(s_bmecat, m), bytes => new BmecatCatalogReader(new MemoryStream(bytes), "c.xml")));

    [Fact]
    public void Apply_Mutations_ChangeTheBytes()
    {
        byte[] mutated = Apply(s_csv, [new Mutation(0, 10, 0)]);

        Assert.Equal(10, mutated.Length);
    }

    private static void Check(byte[] bytes, Func<byte[], ICatalogSource> create)
    {
        List<SourceProduct> products = ReadAllBlocking(create(bytes));

        Assert.All(products.SelectMany(p => p.ReadIssues), issue =>
        {
            Assert.True(issue.Location.Line > 0, $"Issue {issue.Code} has no line: {issue.Message}");
            Assert.False(string.IsNullOrWhiteSpace(issue.Message));
        });
        Assert.All(products, p => Assert.NotNull(p.Key));
    }

    private static byte[] Apply(byte[] original, Mutation[] mutations)
    {
        var bytes = new List<byte>(original);
        foreach (Mutation mutation in mutations)
        {
            int position = Math.Min(mutation.Position, bytes.Count);
            switch (mutation.Kind)
            {
                case 0:
                    bytes.RemoveRange(position, bytes.Count - position);
                    break;
                case 1 when position < bytes.Count:
                    bytes[position] ^= (byte)(mutation.Value | 1);
                    break;
                case 2:
                    bytes.Insert(position, s_specials[mutation.Value % s_specials.Length]);
                    break;
                case 3:
                    bytes.Insert(position, mutation.Value);
                    break;
                case 4 when position < bytes.Count:
                    bytes.RemoveAt(position);
                    break;
            }
        }

        return [.. bytes];
    }

    public readonly record struct Mutation(int Kind, int Position, byte Value);
}
