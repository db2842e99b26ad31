using System;
using B2B2C.Sdk.Catalog.Units;

namespace B2B2C.Sdk.Catalog.Tests.Units;

public sealed class MeasureUnitTableTests
{
    private static readonly MeasureUnitTable s_table = MeasureUnitTable.Default;

    [Theory]
    [InlineData("mm", "MMT")]
    [InlineData("cm", "CMT")]
    [InlineData("m", "MTR")]
    [InlineData("mA", "4K")]
    [InlineData("A", "AMP")]
    [InlineData("Ohm", "OHM")]
    [InlineData("ohm", "OHM")]
    [InlineData("\u03A9", "OHM")]
    [InlineData("\u2126", "OHM")]
    [InlineData("kOhm", "B49")]
    [InlineData("kohm", "B49")]
    [InlineData("k\u03A9", "B49")]
    [InlineData("k\u2126", "B49")]
    [InlineData("MOhm", "B75")]
    [InlineData("Mohm", "B75")]
    [InlineData("M\u03A9", "B75")]
    [InlineData("mOhm", "E45")]
    [InlineData("pF", "4T")]
    [InlineData("nF", "C41")]
    [InlineData("uF", "4O")]
    [InlineData("\u00B5F", "4O")]
    [InlineData("\u03BCF", "4O")]
    [InlineData("uH", "B90")]
    [InlineData("W", "WTT")]
    [InlineData("kW", "KWT")]
    [InlineData("mW", "C31")]
    [InlineData("MW", "MAW")]
    [InlineData("V", "VLT")]
    [InlineData("mV", "2Z")]
    [InlineData("kV", "KVT")]
    [InlineData("Hz", "HTZ")]
    [InlineData("kHz", "KHZ")]
    [InlineData("MHz", "MHZ")]
    [InlineData("GHz", "A86")]
    [InlineData("g", "GRM")]
    [InlineData("kg", "KGM")]
    [InlineData("mg", "MGM")]
    [InlineData("ug", "MC")]
    [InlineData("°C", "CEL")]
    [InlineData("\u2103", "CEL")]
    [InlineData("degC", "CEL")]
    [InlineData("°F", "FAH")]
    [InlineData("degF", "FAH")]
    [InlineData("K", "KEL")]
    [InlineData("C", "COU")]
    [InlineData("s", "SEC")]
    [InlineData("ms", "C26")]
    [InlineData("us", "B98")]
    [InlineData("h", "HUR")]
    [InlineData("min", "MIN")]
    [InlineData("N", "NEW")]
    [InlineData("Nm", "NU")]
    [InlineData("N·m", "NU")]
    [InlineData("bar", "BAR")]
    [InlineData("Pa", "PAL")]
    [InlineData("kPa", "KPA")]
    [InlineData("psi", "PS")]
    [InlineData("mm²", "MMK")]
    [InlineData("mm2", "MMK")]
    [InlineData("l", "LTR")]
    [InlineData("L", "LTR")]
    [InlineData("ml", "MLT")]
    [InlineData("mL", "MLT")]
    [InlineData("mAh", "E09")]
    [InlineData("km/h", "KMH")]
    [InlineData("kB", "2P")]
    public void Find_SupplierSpelling_ResolvesToTheRec20Unit(string text, string code)
    {
        Assert.Equal(code, s_table.Find(text).Code);
        Assert.True(s_table.TryFind(text.AsSpan(), out MeasureUnit? unit));
        Assert.Same(s_table.Find(code), unit);
    }

    [Fact]
    public void TryFind_EveryCodeSymbolAndAlias_ResolvesToItsUnit()
    {
        Assert.NotEmpty(s_table.Units);
        foreach (MeasureUnit unit in s_table.Units)
        {
            Assert.Same(unit, s_table.Find(unit.Code));
            Assert.Same(unit, s_table.Find(unit.Symbol));
            foreach (string alias in s_table.GetAliases(unit))
            {
                Assert.Same(unit, s_table.Find(alias));
            }
        }
    }

    [Fact]
    public void Units_Default_HaveOneBaseUnitPerDimension()
    {
        foreach (MeasureDimension dimension in Enum.GetValues<MeasureDimension>())
        {
            Assert.Single(s_table.Units, u => u.Dimension == dimension && u.Factor == 1m && u.Offset == 0m && u.Divisor == 1m);
        }
    }

    [Theory]
    [InlineData("MA")]
    [InlineData("mw")]
    [InlineData("KW")]
    [InlineData("b49")]
    [InlineData("mohm")]
    [InlineData("Kohm")]
    [InlineData("KG")]
    [InlineData("")]
    public void TryFind_WrongCaseOrAmbiguousSpelling_IsNotFound(string text)
    {
        Assert.False(s_table.TryFind(text, out MeasureUnit? unit));
        Assert.Null(unit);
    }

    [Fact]
    public void TryFind_SurroundingWhiteSpace_IsIgnored()
    {
        Assert.True(s_table.TryFind(" kOhm\u00A0", out MeasureUnit? unit));
        Assert.Equal("B49", unit.Code);
    }

    [Fact]
    public void Find_UnknownText_ThrowsNamingTheText()
    {
        MeasureUnitNotFoundException error = Assert.Throws<MeasureUnitNotFoundException>(() => s_table.Find("furlong"));

        Assert.Equal("furlong", error.Text);
        Assert.Contains("'furlong'", error.Message, StringComparison.Ordinal);
        Assert.IsAssignableFrom<System.Collections.Generic.KeyNotFoundException>(error);
    }

    [Fact]
    public void WithAlias_SupplierSpelling_IsFoundOnlyInTheNewTable()
    {
        MeasureUnitTable supplier = s_table.WithAlias("Kohm", "B49");

        Assert.Equal("B49", supplier.Find("Kohm").Code);
        Assert.Same(s_table.Find("B49"), supplier.Find("Kohm"));
        Assert.Contains("Kohm", supplier.GetAliases(supplier.Find("B49")));
        Assert.False(s_table.TryFind("Kohm", out _));
    }

    [Fact]
    public void WithAlias_TakenText_ThrowsNamingBothUnits()
    {
        ArgumentException error = Assert.Throws<ArgumentException>(() => s_table.WithAlias("mW", "KWT"));

        Assert.StartsWith("The alias 'mW' of kilowatt (KWT) already names milliwatt (C31).", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WithAlias_UnknownUnit_Throws()
    {
        Assert.Throws<MeasureUnitNotFoundException>(() => s_table.WithAlias("x", "furlong"));
    }

    [Fact]
    public void With_CustomUnit_IsFoundAndConverts()
    {
        var decametre = new MeasureUnit("X-DM", "dam", "decametre", MeasureDimension.Length, 10m);

        MeasureUnitTable table = s_table.With(decametre, "Dekameter");

        Assert.Same(decametre, table.Find("Dekameter"));
        Assert.Equal(2500m, decametre.ConvertTo(2.5m, table.Find("cm")).Value);
        Assert.Equal(s_table.Units.Length + 1, table.Units.Length);
    }

    [Fact]
    public void With_DuplicateCode_Throws()
    {
        var clash = new MeasureUnit("B49", "kΩx", "other kiloohm", MeasureDimension.Resistance, 1000m);

        ArgumentException error = Assert.Throws<ArgumentException>(() => s_table.With(clash));

        Assert.Contains("'B49'", error.Message, StringComparison.Ordinal);
        Assert.Contains("kiloohm (B49)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void With_DuplicateSymbolOrAlias_Throws()
    {
        var unit = new MeasureUnit("X1", "x1", "sample", MeasureDimension.Length, 2m);

        Assert.Throws<ArgumentException>(() => s_table.With(new MeasureUnit("X1", "mm", "sample", MeasureDimension.Length, 2m)));
        Assert.Throws<ArgumentException>(() => s_table.With(unit, "uF"));
        Assert.Throws<ArgumentException>(() => s_table.With(unit, "a", "a"));
        Assert.Throws<ArgumentException>(() => s_table.With(unit, " padded"));
        Assert.Throws<ArgumentException>(() => s_table.With(s_table.Find("mm")));
    }

    [Theory]
    [InlineData("10 kOhm", "10", "B49")]
    [InlineData("4.7µF", "4.7", "4O")]
    [InlineData("4.7\u03BCF", "4.7", "4O")]
    [InlineData("100nF", "100", "C41")]
    [InlineData("-40 °C", "-40", "CEL")]
    [InlineData("1.5E-3 A", "0.0015", "AMP")]
    [InlineData("2e3mV", "2000", "2Z")]
    [InlineData("  0.5 mm  ", "0.5", "MMT")]
    [InlineData("+12\u00A0V", "12", "VLT")]
    [InlineData("250 mm²", "250", "MMK")]
    [InlineData(".5 MHz", "0.5", "MHZ")]
    [InlineData("5 E09", "5", "E09")]
    [InlineData("0.36719999999999997 m", "0.36719999999999997", "MTR")]
    public void TryParseMeasure_SupplierText_ReadsValueAndUnit(string text, string expected, string code)
    {
        Assert.True(s_table.TryParseMeasure(text, out decimal value, out MeasureUnit? unit));

        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value);
        Assert.Equal(code, unit.Code);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("kOhm")]
    [InlineData("10")]
    [InlineData("10 ")]
    [InlineData("0,5 mm")]
    [InlineData("1,000 mm")]
    [InlineData("10 furlong")]
    [InlineData("10 kohm extra")]
    [InlineData("1.2.3 mm")]
    [InlineData("- 40 °C")]
    [InlineData("NaN mm")]
    [InlineData("1E99 m")]
    [InlineData("10E09")]
    public void TryParseMeasure_UnreadableText_ReturnsFalse(string text)
    {
        Assert.False(s_table.TryParseMeasure(text, out decimal value, out MeasureUnit? unit));
        Assert.Equal(0m, value);
        Assert.Null(unit);
    }
}
