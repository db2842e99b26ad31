using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using B2B2C.Sdk.Catalog.Readers;
using static B2B2C.Sdk.Catalog.Tests.Readers.ReaderTestKit;

namespace B2B2C.Sdk.Catalog.Tests.Readers;

public sealed class BmecatCatalogReaderTests
{
    private const string Header = """
        <HEADER>
          <CATALOG>
            <LANGUAGE>deu</LANGUAGE>
            <LANGUAGE default="true">eng</LANGUAGE>
            <CATALOG_ID>C1</CATALOG_ID>
            <CURRENCY>EUR</CURRENCY>
          </CATALOG>
        </HEADER>
        """;

    private const string Resistor = """
        <PRODUCT mode="new">
          <SUPPLIER_PID>RC0603-10K</SUPPLIER_PID>
          <PRODUCT_DETAILS>
            <DESCRIPTION_SHORT>Chip resistor 10 kOhm</DESCRIPTION_SHORT>
            <DESCRIPTION_SHORT lang="zho">贴片电阻</DESCRIPTION_SHORT>
            <DESCRIPTION_LONG lang="deu">Dickschicht-Chipwiderstand</DESCRIPTION_LONG>
            <INTERNATIONAL_PID type="gtin">4012345678901</INTERNATIONAL_PID>
            <MANUFACTURER_PID>RC0603FR-0710KL</MANUFACTURER_PID>
            <MANUFACTURER_NAME>Yageo</MANUFACTURER_NAME>
            <KEYWORD>resistor</KEYWORD>
            <KEYWORD>SMD</KEYWORD>
            <DELIVERY_TIME>3</DELIVERY_TIME>
          </PRODUCT_DETAILS>
          <PRODUCT_FEATURES>
            <REFERENCE_FEATURE_SYSTEM_NAME>ETIM-8.0</REFERENCE_FEATURE_SYSTEM_NAME>
            <REFERENCE_FEATURE_GROUP_ID>EC000001</REFERENCE_FEATURE_GROUP_ID>
            <FEATURE>
              <FNAME>resistance</FNAME>
              <FVALUE>10</FVALUE>
              <FUNIT>B49</FUNIT>
            </FEATURE>
            <FEATURE>
              <FNAME>approval</FNAME>
              <FVALUE>AEC-Q200</FVALUE>
              <FVALUE>RoHS</FVALUE>
              <FVALUE_DETAILS>ignored</FVALUE_DETAILS>
            </FEATURE>
            <FEATURE>
              <FNAME>marking</FNAME>
            </FEATURE>
          </PRODUCT_FEATURES>
          <PRODUCT_ORDER_DETAILS>
            <ORDER_UNIT>C62</ORDER_UNIT>
            <CONTENT_UNIT>C62</CONTENT_UNIT>
            <NO_CU_PER_OU>1</NO_CU_PER_OU>
            <QUANTITY_MIN>5000</QUANTITY_MIN>
          </PRODUCT_ORDER_DETAILS>
          <PRODUCT_PRICE_DETAILS>
            <DAILY_PRICE>false</DAILY_PRICE>
            <PRODUCT_PRICE price_type="net_list">
              <PRICE_AMOUNT>0.0123</PRICE_AMOUNT>
              <LOWER_BOUND>1</LOWER_BOUND>
            </PRODUCT_PRICE>
            <PRODUCT_PRICE price_type="net_list">
              <PRICE_AMOUNT>0.0098</PRICE_AMOUNT>
              <PRICE_CURRENCY>USD</PRICE_CURRENCY>
              <LOWER_BOUND>1000</LOWER_BOUND>
            </PRODUCT_PRICE>
          </PRODUCT_PRICE_DETAILS>
          <MIME_INFO>
            <MIME>
              <MIME_TYPE>image/jpeg</MIME_TYPE>
              <MIME_SOURCE>rc0603.jpg</MIME_SOURCE>
              <MIME_PURPOSE>normal</MIME_PURPOSE>
            </MIME>
          </MIME_INFO>
          <PRODUCT_LOGISTIC_DETAILS>
            <COUNTRY_OF_ORIGIN>TW</COUNTRY_OF_ORIGIN>
            <PRODUCT_DIMENSIONS>
              <WEIGHT>0.002</WEIGHT>
            </PRODUCT_DIMENSIONS>
          </PRODUCT_LOGISTIC_DETAILS>
        </PRODUCT>
        """;

    private static string Document(string body, bool withNamespace = true, string section = "T_NEW_CATALOG")
        => "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + (withNamespace ? "<BMECAT version=\"2005\" xmlns=\"http://www.bmecat.org/bmecat/2005\">\n" : "<BMECAT version=\"2005\">\n")
            + Header + "\n"
            + "<" + section + ">\n" + body + "\n</" + section + ">\n</BMECAT>\n";

    private static Task<List<SourceProduct>> ReadAsync(string xml, BmecatCatalogReaderOptions? options = null)
        => ReadAllAsync(new BmecatCatalogReader(Utf8(xml), "catalog.xml", options));

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task ReadAsync_FullProduct_MapsEveryConvention(bool withNamespace)
    {
        SourceProduct product = Assert.Single(await ReadAsync(Document(Resistor, withNamespace)));

        Assert.Equal("RC0603-10K", product.Key);
        Assert.Empty(product.ReadIssues);
        Assert.Equal(new SourceLocation("catalog.xml", 1, 12, "/BMECAT/T_NEW_CATALOG/PRODUCT[1]"), product.Location);
        Assert.Equal("new", Values(product, "PRODUCT.mode")[0]);
        Assert.Equal(
            [new SourceField("DESCRIPTION_SHORT", "Chip resistor 10 kOhm", Language: "en"), new SourceField("DESCRIPTION_SHORT", "贴片电阻", Language: "zh")],
            product.Fields.Where(f => f.Name == "DESCRIPTION_SHORT"));
        Assert.Equal("de", Field(product, "DESCRIPTION_LONG").Language);
        Assert.Equal(new SourceField("INTERNATIONAL_PID", "4012345678901"), Field(product, "INTERNATIONAL_PID"));
        Assert.Equal("4012345678901", Values(product, "INTERNATIONAL_PID.gtin")[0]);
        Assert.Equal("Yageo", Values(product, "MANUFACTURER_NAME")[0]);
        Assert.Equal(["resistor", "SMD"], Values(product, "KEYWORD"));
        Assert.Equal("EC000001", Values(product, "REFERENCE_FEATURE_GROUP_ID.ETIM-8.0")[0]);
        Assert.Equal(new SourceField("resistance", "10", "B49"), Field(product, "resistance"));
        Assert.Equal(["AEC-Q200", "RoHS"], Values(product, "approval"));
        Assert.Equal(new SourceField("marking", string.Empty), Field(product, "marking"));
        Assert.Equal("5000", Values(product, "QUANTITY_MIN")[0]);
        Assert.Equal(new SourceField("PRICE_AMOUNT.net_list", "0.0123", "EUR"), Field(product, "PRICE_AMOUNT.net_list"));
        Assert.Equal(new SourceField("PRICE_AMOUNT.net_list.1000", "0.0098", "USD"), Field(product, "PRICE_AMOUNT.net_list.1000"));
        Assert.Equal("rc0603.jpg", Values(product, "MIME_SOURCE")[0]);
        Assert.Equal("rc0603.jpg", Values(product, "MIME_SOURCE.normal")[0]);
        Assert.Equal("TW", Values(product, "COUNTRY_OF_ORIGIN")[0]);
        Assert.Equal("0.002", Values(product, "WEIGHT")[0]);
        Assert.DoesNotContain(product.Fields, f => f.Name is "DAILY_PRICE" or "FVALUE_DETAILS" or "MIME_TYPE");
    }

    [Fact]
    public async Task ReadAsync_UpdateProducts_ReadsModeAndPaths()
    {
        string body = "<PRODUCT mode=\"update\"><SUPPLIER_PID>A</SUPPLIER_PID></PRODUCT>\n<PRODUCT mode=\"delete\"><SUPPLIER_PID>B</SUPPLIER_PID></PRODUCT>";

        List<SourceProduct> products = await ReadAsync(Document(body, section: "T_UPDATE_PRODUCTS"));

        Assert.Equal(["update", "delete"], products.Select(p => Values(p, "PRODUCT.mode")[0]));
        Assert.Equal("/BMECAT/T_UPDATE_PRODUCTS/PRODUCT[2]", products[1].Location.Element);
        Assert.Equal(2, products[1].Location.Record);
    }

    [Fact]
    public async Task ReadAsync_UnknownProductElement_WarnsAndReadsOn()
    {
        string body = "<PRODUCT><SUPPLIER_PID>A</SUPPLIER_PID><MYSTERY><X>1</X></MYSTERY><PRODUCT_DETAILS><MANUFACTURER_NAME>M</MANUFACTURER_NAME></PRODUCT_DETAILS></PRODUCT>";

        SourceProduct product = Assert.Single(await ReadAsync(Document(body)));

        CatalogIssue warning = Issue(product, CatalogReadCodes.UnknownElement);
        Assert.Equal(CatalogIssueSeverity.Warning, warning.Severity);
        Assert.Equal("/BMECAT/T_NEW_CATALOG/PRODUCT[1]/MYSTERY", warning.Location.Element);
        Assert.False(product.HasReadErrors);
        Assert.Equal("M", Values(product, "MANUFACTURER_NAME")[0]);
    }

    [Fact]
    public async Task ReadAsync_BrokenXmlInsideAProduct_StopsWithLineAndPositionOnThatProduct()
    {
        string body = "<PRODUCT><SUPPLIER_PID>A</SUPPLIER_PID></PRODUCT>\n<PRODUCT><SUPPLIER_PID>B</SUPPLIER_PID>\n<PRODUCT_DETAILS><MANUFACTURER_NAME>M</MANUFACTURER_NAM></PRODUCT_DETAILS></PRODUCT>\n<PRODUCT><SUPPLIER_PID>C</SUPPLIER_PID></PRODUCT>";

        List<SourceProduct> products = await ReadAsync(Document(body));

        Assert.Equal(["A", "B"], products.Select(p => p.Key));
        Assert.Empty(products[0].ReadIssues);
        CatalogIssue issue = Issue(products[1], CatalogReadCodes.MalformedXml);
        Assert.Matches(@"^The XML is not well-formed at line 14, position \d+; reading stopped\.$", issue.Message);
        Assert.Equal(14, issue.Location.Line);
        Assert.Equal("/BMECAT/T_NEW_CATALOG/PRODUCT[2]", issue.Location.Element);
    }

    [Fact]
    public async Task ReadAsync_TruncatedAfterAProduct_PutsTheErrorOnTheLastProduct()
    {
        string xml = Document("<PRODUCT><SUPPLIER_PID>A</SUPPLIER_PID></PRODUCT>\n<PRODUCT><SUPPLIER_PID>B</SUPPLIER_PID></PRODUCT>");
        string truncated = xml[..(xml.IndexOf("</T_NEW_CATALOG>", StringComparison.Ordinal) + 5)];

        List<SourceProduct> products = await ReadAsync(truncated);

        Assert.Equal(["A", "B"], products.Select(p => p.Key));
        Assert.Empty(products[0].ReadIssues);
        Assert.Equal([CatalogReadCodes.MalformedXml], Codes(products[1]));
    }

    [Fact]
    public async Task ReadAsync_BrokenHeader_YieldsOneRecordWithTheError()
    {
        SourceProduct product = Assert.Single(await ReadAsync("<BMECAT><HEADER><CATALOG></HEADER></BMECAT>"));

        Assert.Equal(string.Empty, product.Key);
        Assert.Equal(CatalogReadCodes.MalformedXml, Assert.Single(product.ReadIssues).Code);
        Assert.Equal(1, product.ReadIssues[0].Location.Line);
    }

    [Fact]
    public async Task ReadAsync_OtherRootElement_IsNotBmecat()
    {
        SourceProduct product = Assert.Single(await ReadAsync("<catalog><PRODUCT/></catalog>"));

        Assert.Equal("The root element on line 1 is 'catalog', not 'BMECAT'; reading stopped.", Issue(product, CatalogReadCodes.NotBmecat).Message);
    }

    [Fact]
    public async Task ReadAsync_Dtd_IsProhibited()
    {
        SourceProduct product = Assert.Single(await ReadAsync("<?xml version=\"1.0\"?>\n<!DOCTYPE BMECAT [<!ENTITY x \"y\">]>\n<BMECAT/>"));

        Assert.Equal([CatalogReadCodes.MalformedXml], Codes(product));
    }

    [Fact]
    public async Task ReadAsync_ProductWithoutSupplierPid_ReportsMissingKey()
    {
        SourceProduct product = Assert.Single(await ReadAsync(Document("<PRODUCT><PRODUCT_DETAILS/></PRODUCT>")));

        Assert.Equal("Product 1 on line 12 has no SUPPLIER_PID.", Issue(product, CatalogReadCodes.MissingKey).Message);
    }

    [Fact]
    public async Task ReadAsync_ValueLongerThanTheLimit_IsDroppedAndPointsAtTheFeature()
    {
        string body = "<PRODUCT><SUPPLIER_PID>A</SUPPLIER_PID><PRODUCT_FEATURES><FEATURE><FNAME>f</FNAME><FVALUE>" + new string('x', 50) + "</FVALUE></FEATURE></PRODUCT_FEATURES></PRODUCT>";

        SourceProduct product = Assert.Single(await ReadAsync(Document(body), new BmecatCatalogReaderOptions { MaxFieldLength = 20, MaxRecordLength = 100 }));

        CatalogIssue issue = Issue(product, CatalogReadCodes.FieldTooLong);
        Assert.Equal("/BMECAT/T_NEW_CATALOG/PRODUCT[1]/PRODUCT_FEATURES/FEATURE[1]/FVALUE", issue.Location.Element);
        Assert.Equal(string.Empty, Values(product, "f")[0]);
    }

    [Fact]
    public async Task ReadAsync_ProductLargerThanTheLimit_SkipsTheRestOfItsFields()
    {
        string keywords = string.Concat(Enumerable.Range(0, 20).Select(i => "<KEYWORD>" + new string('k', 10) + "</KEYWORD>"));
        string body = "<PRODUCT><SUPPLIER_PID>A</SUPPLIER_PID><PRODUCT_DETAILS>" + keywords + "</PRODUCT_DETAILS></PRODUCT><PRODUCT><SUPPLIER_PID>B</SUPPLIER_PID></PRODUCT>";

        List<SourceProduct> products = await ReadAsync(Document(body), new BmecatCatalogReaderOptions { MaxFieldLength = 20, MaxRecordLength = 50 });

        Assert.Equal([CatalogReadCodes.RecordTooLarge], Codes(products[0]));
        Assert.True(products[0].Fields.Length < 10);
        Assert.Empty(products[1].ReadIssues);
    }

    [Fact]
    public async Task ReadAsync_DeclaredEncoding_IsHonoured()
    {
        string xml = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><BMECAT><T_NEW_CATALOG><PRODUCT><SUPPLIER_PID>Ä-1</SUPPLIER_PID></PRODUCT></T_NEW_CATALOG></BMECAT>";

        SourceProduct product = Assert.Single(await ReadAllAsync(new BmecatCatalogReader(new MemoryStream(Encoding.Latin1.GetBytes(xml)), "c.xml")));

        Assert.Equal("Ä-1", product.Key);
    }

    [Fact]
    public async Task ReadAsync_Utf16WithByteOrderMark_IsDecoded()
    {
        string xml = Document("<PRODUCT><SUPPLIER_PID>电阻</SUPPLIER_PID></PRODUCT>").Replace("UTF-8", "UTF-16", StringComparison.Ordinal);
        byte[] bytes = [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(xml)];

        SourceProduct product = Assert.Single(await ReadAllAsync(new BmecatCatalogReader(new MemoryStream(bytes), "c.xml")));

        Assert.Equal("电阻", product.Key);
    }

    [Fact]
    public async Task ReadAsync_SectionsOtherThanProducts_AreSkipped()
    {
        string xml = "<BMECAT><T_NEW_CATALOG><CATALOG_GROUP_SYSTEM><GROUP_SYSTEM_ID>1</GROUP_SYSTEM_ID></CATALOG_GROUP_SYSTEM><PRODUCT><SUPPLIER_PID>A</SUPPLIER_PID></PRODUCT><PRODUCT_TO_CATALOGGROUP_MAP><PROD_ID>A</PROD_ID></PRODUCT_TO_CATALOGGROUP_MAP></T_NEW_CATALOG></BMECAT>";

        SourceProduct product = Assert.Single(await ReadAsync(xml));

        Assert.Equal("A", product.Key);
        Assert.Empty(product.ReadIssues);
        Assert.Null(Field(product, "SUPPLIER_PID").Language);
    }
}
