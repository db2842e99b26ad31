using System;
using System.Linq;

namespace B2B2C.Sdk.Catalog.Tests.Mapping;

public sealed class CatalogMapperTests
{
    private static readonly CatalogMapper s_mapper = MappingTestData.Mapper;

    private static string Value(MappedProduct product, string attribute, string? language = null)
        => product.Values.Single(v => v.Attribute == attribute && v.Language == language).Value;

    [Fact]
    public void Map_CompleteResistor_FillsEveryAttributeWithProvenance()
    {
        MappedProduct product = s_mapper.Map(MappingTestData.Resistor());

        Assert.Equal(MappedProductStatus.Valid, product.Status);
        Assert.Equal("resistor", product.ProductTypeId);
        Assert.Equal("YAGEO RC0603FR-0710KL", Value(product, "title", "zh-CN"));
        Assert.Equal("Thick film chip resistor 10 kOhm 1% 0603", Value(product, "title", "en"));
        Assert.Equal("Yageo 国巨", Value(product, "brand"));
        Assert.Equal("4006381333931", Value(product, "gtin"));
        MappedValue resistance = product.Values.Single(v => v.Attribute == "resistance");
        Assert.Equal(("10000", "OHM", "resistance", "resistance"), (resistance.Value, resistance.Unit, resistance.Rule, resistance.SourceField));
        Assert.Equal("1.0", Value(product, "tolerance"));
        Assert.Equal("0603", Value(product, "package"));
        Assert.Equal(["RoHS", "AEC-Q200"], product.Values.Where(v => v.Attribute == "approvals").Select(v => v.Value));
        Assert.Equal("true", Value(product, "automotive"));
        Assert.Equal("-55..155", Value(product, "operatingTemperature"));
        Assert.Equal("RC", Value(product, "series"));
    }

    [Fact]
    public void Map_UnusedFields_AreCarriedOverExceptExcluded()
    {
        MappedProduct product = s_mapper.Map(MappingTestData.Resistor());

        Assert.Equal(["power", "tcr"], product.CarriedOver.Select(f => f.Name));
        Assert.Equal(("0.1", "WTT"), (product.CarriedOver[0].Value, product.CarriedOver[0].Unit));
    }

    [Fact]
    public void Map_ValueMapMisses_FallsThroughOnlyWhenSourceIsEmpty()
    {
        MappedProduct fromCopy = s_mapper.Map(MappingTestData.Resistor(new SourceField("case", string.Empty), new SourceField("package", "0805")));
        MappedProduct unmapped = s_mapper.Map(MappingTestData.Resistor(new SourceField("case", "2512 (6332 metric)")));

        Assert.Equal("0805", Value(fromCopy, "package"));
        Assert.Equal(MappedProductStatus.Invalid, unmapped.Status);
        CatalogIssue issue = Assert.Single(unmapped.Issues);
        Assert.Equal((CatalogIssueCodes.ValueNotMapped, "package", "case"), (issue.Code, issue.TargetField, issue.SourceField));
        Assert.Contains("2512 (6332 metric)", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Map_LookupWithoutEntry_UsesOtherwise()
    {
        MappedProduct product = s_mapper.Map(MappingTestData.Resistor(new SourceField("brand_name", "ACME")));

        Assert.Equal("Unknown", Value(product, "brand"));
    }

    [Fact]
    public void Map_ConditionFails_DefaultApplies()
    {
        MappedProduct product = s_mapper.Map(MappingTestData.Resistor(new SourceField("aec", "pending")));

        MappedValue automotive = product.Values.Single(v => v.Attribute == "automotive");
        Assert.Equal(("false", "automotive-default"), (automotive.Value, automotive.Rule));
    }

    [Theory]
    [InlineData("4.7 kΩ", "4700")]
    [InlineData("1MOhm", "1000000")]
    [InlineData("0.5 ohm", "0.5")]
    [InlineData("100", null)]
    public void Map_ResistanceUnits_ConvertExactlyOrRequireAUnit(string text, string? expected)
    {
        MappedProduct product = s_mapper.Map(MappingTestData.Resistor(new SourceField("resistance", text)));

        if (expected is null)
        {
            Assert.Equal(CatalogIssueCodes.UnitMissing, Assert.Single(product.Issues).Code);
        }
        else
        {
            Assert.Equal(expected, Value(product, "resistance"));
        }
    }

    [Fact]
    public void Map_UnitOfOtherDimension_IsReportedNotConverted()
    {
        MappedProduct product = s_mapper.Map(MappingTestData.Resistor(new SourceField("resistance", "10 mm")));

        CatalogIssue issue = Assert.Single(product.Issues);
        Assert.Equal(CatalogIssueCodes.UnitNotConvertible, issue.Code);
        Assert.Contains("MMT", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Map_CapacitanceInAllowedUnit_KeepsTheUnit()
    {
        MappedProduct kept = s_mapper.Map(MappingTestData.Product(
            "C1",
            new SourceField("class", "EC000002"),
            new SourceField("brand_name", "VISHAY"),
            new SourceField("mpn", "VJ0603"),
            new SourceField("description", "MLCC 100 nF", Language: "en"),
            new SourceField("capacitance", "100", Unit: "C41"),
            new SourceField("voltage", "6,3")));
        MappedProduct converted = s_mapper.Map(MappingTestData.Product(
            "C2",
            new SourceField("class", "EC000002"),
            new SourceField("brand_name", "VISHAY"),
            new SourceField("mpn", "VJ0603"),
            new SourceField("description", "MLCC 0.1 mF", Language: "en"),
            new SourceField("capacitance", "0.1", Unit: "mF")));

        Assert.True(kept.IsValid, string.Join("; ", kept.Issues.Select(i => i.Message)));
        MappedValue capacitance = kept.Values.Single(v => v.Attribute == "capacitance");
        Assert.Equal(("100", "C41"), (capacitance.Value, capacitance.Unit));
        Assert.Equal("6.3", Value(kept, "voltage"));
        MappedValue convertedCapacitance = converted.Values.Single(v => v.Attribute == "capacitance");
        Assert.Equal(("100", "4O"), (convertedCapacitance.Value, convertedCapacitance.Unit));
    }

    [Fact]
    public void Map_LanguageFallback_WarnsAndKeepsTheProduct()
    {
        MappedProduct product = s_mapper.Map(MappingTestData.Resistor(
            new SourceField("description", string.Empty, Language: "en"),
            new SourceField("title_suffix", "厚膜", Language: "zh")));

        Assert.Equal(MappedProductStatus.Invalid, product.Status);
        Assert.Contains(product.Issues, i => i.Code == CatalogIssueCodes.LanguageFallback && !i.IsError);
        Assert.Contains(product.Issues, i => i.Code == CatalogIssueCodes.RequiredMissing && i.Message.Contains("title@en", StringComparison.Ordinal));
        Assert.Equal("YAGEO RC0603FR-0710KL 厚膜", Value(product, "title", "zh-CN"));
    }

    [Fact]
    public void Map_ValidationFailures_NameFieldAndConstraint()
    {
        MappedProduct product = s_mapper.Map(MappingTestData.Resistor(
            new SourceField("ean", "40063813339"),
            new SourceField("tolerance_text", "± 25 %"),
            new SourceField("approvals", "RoHS;UL"),
            new SourceField("mpn", new string('X', 80))));

        string[] codes = [.. product.Issues.Select(i => i.Code).Order(StringComparer.Ordinal)];
        Assert.Equal(
            [CatalogIssueCodes.TooLong, CatalogIssueCodes.PatternMismatch, CatalogIssueCodes.AboveMaximum, CatalogIssueCodes.ValueNotAllowed],
            codes.OrderBy(c => c == CatalogIssueCodes.TooLong ? 0 : c == CatalogIssueCodes.PatternMismatch ? 1 : c == CatalogIssueCodes.AboveMaximum ? 2 : 3));
        Assert.All(product.Issues, i => Assert.Equal(new SourceLocation("parts.csv", 1, 2), i.Location));
    }

    [Fact]
    public void Map_TooManyDecimals_IsNotRoundedSilently()
    {
        MappedProduct product = s_mapper.Map(MappingTestData.Resistor(new SourceField("tolerance_text", "± 0.05 %")));

        Assert.Equal(CatalogIssueCodes.TooManyDecimals, Assert.Single(product.Issues).Code);
    }

    [Fact]
    public void Map_UnknownClass_UsesFallbackType()
    {
        MappedProduct product = s_mapper.Map(MappingTestData.Resistor(new SourceField("class", "EC999999")));

        Assert.Equal("other", product.ProductTypeId);
        Assert.True(product.IsValid);
        Assert.Contains(product.CarriedOver, f => f.Name == "resistance");
    }

    [Fact]
    public void Map_ReadErrors_ProductIsInvalidWithoutMapping()
    {
        var location = new SourceLocation("parts.csv", 7, 8);
        var broken = new SourceProduct(string.Empty, location, [new SourceField("class", "EC000001")], [new CatalogIssue("CR001", CatalogIssueSeverity.Error, "Malformed row.", location)]);

        MappedProduct product = s_mapper.Map(broken);

        Assert.Equal(MappedProductStatus.Invalid, product.Status);
        Assert.Null(product.ProductTypeId);
        Assert.Equal("CR001", Assert.Single(product.Issues).Code);
    }

    [Fact]
    public void Map_SameProductTwice_GivesEqualValues()
    {
        MappedProduct first = s_mapper.Map(MappingTestData.Resistor());
        MappedProduct second = s_mapper.Map(MappingTestData.Resistor());

        Assert.Equal(first.Values.ToArray(), second.Values.ToArray());
        Assert.Equal(first.CarriedOver.ToArray(), second.CarriedOver.ToArray());
    }

    [Fact]
    public void Map_RangeInverted_IsReported()
    {
        MappedProduct product = s_mapper.Map(MappingTestData.Resistor(new SourceField("temp_range", "155 to -55 °C")));

        Assert.Equal(CatalogIssueCodes.RangeInverted, Assert.Single(product.Issues).Code);
    }

    [Fact]
    public void Map_RangeInFahrenheit_IsConvertedWithAWarning()
    {
        MappedProduct product = s_mapper.Map(MappingTestData.Resistor(new SourceField("temp_range", "-40 to 212 °F")));

        Assert.Equal("-40..100", Value(product, "operatingTemperature"));
        Assert.True(product.IsValid);
    }
}
