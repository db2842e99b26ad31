using System;
using System.Collections.Immutable;
using System.Linq;

namespace B2B2C.Sdk.Catalog.Tests;

public sealed class SourceProductTests
{
    private static readonly SourceProduct s_resistor = new(
        "RC0603-10K",
        new SourceLocation("parts.csv", 3, 4),
        [
            new SourceField("title", "Chip resistor 10 kOhm", Language: "en"),
            new SourceField("title", "贴片电阻 10千欧", Language: "zh-CN"),
            new SourceField("package", string.Empty),
            new SourceField("package", "0603"),
            new SourceField("approval", "AEC-Q200"),
            new SourceField("approval", "RoHS"),
        ]);

    [Fact]
    public void TryGetField_EmptyThenFilled_ReturnsTheFilledOne()
    {
        Assert.True(s_resistor.TryGetField("package", out SourceField field));
        Assert.Equal("0603", field.Value);
        Assert.False(s_resistor.TryGetField("tolerance", out _));
    }

    [Fact]
    public void TryGetField_Language_MatchesIgnoringCase()
    {
        Assert.True(s_resistor.TryGetField("title", "ZH-cn", out SourceField field));
        Assert.Equal("贴片电阻 10千欧", field.Value);
        Assert.False(s_resistor.TryGetField("title", "de", out _));
    }

    [Fact]
    public void GetFields_MultiValued_ReturnsValuesInSourceOrder()
    {
        Assert.Equal(["AEC-Q200", "RoHS"], [.. s_resistor.GetFields("approval").Select(f => f.Value)]);
        Assert.Empty(s_resistor.GetFields("missing"));
    }

    [Fact]
    public void HasReadErrors_WarningOnly_IsFalse()
    {
        var location = new SourceLocation("parts.csv", 1, 2);
        var warned = new SourceProduct("A", location, [], [new CatalogIssue("CR900", CatalogIssueSeverity.Warning, "Sample warning.", location)]);
        var broken = new SourceProduct(string.Empty, location, [], [new CatalogIssue("CR901", CatalogIssueSeverity.Error, "Sample error.", location)]);

        Assert.False(warned.HasReadErrors);
        Assert.True(broken.HasReadErrors);
        Assert.Equal("parts.csv, record 1, line 2", broken.ToString());
    }

    [Fact]
    public void Location_ChildAndToString_NameEveryKnownPart()
    {
        var product = new SourceLocation("catalog.xml", 17, 230, "/BMECAT/T_NEW_CATALOG/PRODUCT[17]");

        SourceLocation feature = product.Child("PRODUCT_FEATURES/FEATURE[3]", 241);

        Assert.Equal("catalog.xml, record 17, line 241, /BMECAT/T_NEW_CATALOG/PRODUCT[17]/PRODUCT_FEATURES/FEATURE[3]", feature.ToString());
        Assert.Equal("unknown location", default(SourceLocation).ToString());
        Assert.Equal(string.Empty, default(SourceLocation).Source);
    }

    [Fact]
    public void Constructor_DefaultArrays_BecomeEmpty()
    {
        var product = new SourceProduct("K", default, default, default);

        Assert.Empty(product.Fields);
        Assert.Empty(product.ReadIssues);
        Assert.Throws<ArgumentNullException>(() => new SourceProduct(null!, default, ImmutableArray<SourceField>.Empty));
    }
}
