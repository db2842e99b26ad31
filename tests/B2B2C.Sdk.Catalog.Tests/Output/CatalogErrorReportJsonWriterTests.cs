using System;
using System.IO;
using System.Text.Json;
using System.Threading.Tasks;
using B2B2C.Sdk.Catalog.Output;

namespace B2B2C.Sdk.Catalog.Tests.Output;

public sealed class CatalogErrorReportJsonWriterTests
{
    [Fact]
    public async Task WriteAsync_InvalidProduct_WritesTheGoldenLine()
    {
        string text = await CatalogSamples.WriteAsync(async stream =>
        {
            await using var writer = new CatalogErrorReportJsonWriter(stream);
            await writer.WriteAsync(CatalogSamples.Broken());
        });

        const string Expected =
            """{"key":"CAP-\"X\"","location":{"source":"catalog.xml","record":17,"line":230,"element":"/BMECAT/T_NEW_CATALOG/PRODUCT[17]"},"productType":null,"issues":[{"code":"CV201","severity":"error","message":"Capacitance 'abc' is not a number.","targetField":"capacitance","sourceField":"capacitance","location":{"source":"catalog.xml","record":17,"line":241,"element":"/BMECAT/T_NEW_CATALOG/PRODUCT[17]/PRODUCT_FEATURES/FEATURE[2]"}},{"code":"CM101","severity":"warning","message":"No product type matched; 电容.","location":{"source":"catalog.xml","record":17,"line":230,"element":"/BMECAT/T_NEW_CATALOG/PRODUCT[17]"}}]}""";
        Assert.Equal(Expected + "\n", text);
        using JsonDocument document = JsonDocument.Parse(text);
        Assert.Equal(2, document.RootElement.GetProperty("issues").GetArrayLength());
    }

    [Fact]
    public async Task WriteAsync_LocationWithoutElement_LeavesElementOut()
    {
        var location = new SourceLocation("parts.csv", 2, 3);
        var product = new MappedProduct(
            new SourceProduct("A", location, []), "t", [], [], [new CatalogIssue("CV1", CatalogIssueSeverity.Error, "Broken.", location)]);

        string text = await CatalogSamples.WriteAsync(async stream =>
        {
            await using var writer = new CatalogErrorReportJsonWriter(stream);
            await writer.WriteAsync(product);
        });

        Assert.Equal(
            """{"key":"A","location":{"source":"parts.csv","record":2,"line":3},"productType":"t","issues":[{"code":"CV1","severity":"error","message":"Broken.","location":{"source":"parts.csv","record":2,"line":3}}]}""" + "\n",
            text);
    }

    [Fact]
    public async Task WriteAsync_ValidProduct_Throws()
    {
        await using var writer = new CatalogErrorReportJsonWriter(new MemoryStream());

        await Assert.ThrowsAsync<ArgumentException>(() => writer.WriteAsync(CatalogSamples.Resistor()).AsTask());
    }
}
