using System;
using System.Globalization;
using B2B2C.Sdk.Catalog.Units;

namespace B2B2C.Sdk.Catalog.Tests.Units;

public sealed class MeasureUnitConversionTests
{
    private static readonly MeasureUnitTable s_table = MeasureUnitTable.Default;

    [Theory]
    [InlineData("12.5", "mm", "cm", "1.25")]
    [InlineData("12.5", "mm", "m", "0.0125")]
    [InlineData("1.2", "m", "mm", "1200")]
    [InlineData("3", "in", "mm", "76.2")]
    [InlineData("1500", "mA", "A", "1.5")]
    [InlineData("0.02", "A", "mA", "20")]
    [InlineData("4700", "Ohm", "kOhm", "4.7")]
    [InlineData("10", "kOhm", "Ohm", "10000")]
    [InlineData("2.2", "MOhm", "kOhm", "2200")]
    [InlineData("0.5", "MOhm", "Ohm", "500000")]
    [InlineData("4.7", "uF", "nF", "4700")]
    [InlineData("100", "nF", "uF", "0.1")]
    [InlineData("0.000000000001", "F", "pF", "1")]
    [InlineData("1", "pF", "F", "0.000000000001")]
    [InlineData("22", "pF", "nF", "0.022")]
    [InlineData("250", "mW", "W", "0.25")]
    [InlineData("1.5", "kW", "W", "1500")]
    [InlineData("3300", "mV", "V", "3.3")]
    [InlineData("0.4", "kV", "V", "400")]
    [InlineData("16", "MHz", "kHz", "16000")]
    [InlineData("2.4", "GHz", "MHz", "2400")]
    [InlineData("50", "Hz", "kHz", "0.05")]
    [InlineData("1250", "g", "kg", "1.25")]
    [InlineData("0.5", "kg", "g", "500")]
    [InlineData("1", "lb", "g", "453.59237")]
    [InlineData("1.5", "h", "min", "90")]
    [InlineData("90", "s", "min", "1.5")]
    [InlineData("2500", "mAh", "Ah", "2.5")]
    [InlineData("1", "Ah", "C", "3600")]
    [InlineData("1", "kWh", "J", "3600000")]
    [InlineData("2.5", "bar", "kPa", "250")]
    [InlineData("36", "km/h", "m/s", "10")]
    [InlineData("10", "m/s", "km/h", "36")]
    [InlineData("1", "bit", "B", "0.125")]
    [InlineData("1.5", "mm2", "cm2", "0.015")]
    [InlineData("1.5", "l", "ml", "1500")]
    public void ConvertTo_SameDimension_IsExact(string value, string from, string to, string expected)
    {
        MeasureConversion result = s_table.Find(from).ConvertTo(Number(value), s_table.Find(to));

        Assert.True(result.IsExact);
        Assert.Equal(Number(expected), result.Value);
        Assert.Equal(expected, CatalogNumber.Format(result.Value));
    }

    [Theory]
    [InlineData("25", "°C", "K", "298.15")]
    [InlineData("-273.15", "°C", "K", "0")]
    [InlineData("0", "K", "°C", "-273.15")]
    [InlineData("100", "°C", "°F", "212")]
    [InlineData("37", "°C", "°F", "98.6")]
    [InlineData("-40", "°C", "°F", "-40")]
    [InlineData("-40", "°F", "°C", "-40")]
    [InlineData("32", "°F", "°C", "0")]
    [InlineData("212", "°F", "K", "373.15")]
    [InlineData("125", "°C", "°C", "125")]
    public void ConvertTo_Temperature_IsExactWhereTheResultIsADecimal(string value, string from, string to, string expected)
    {
        MeasureConversion result = s_table.Find(from).ConvertTo(Number(value), s_table.Find(to));

        Assert.True(result.IsExact);
        Assert.Equal(Number(expected), result.Value);
    }

    [Fact]
    public void ConvertTo_OneFahrenheitInCelsius_IsRoundedHalfToEvenAndMarkedInexact()
    {
        // (1 - 32) × 5 / 9 = -155/9 = -17.2222…
        MeasureConversion result = s_table.Find("°F").ConvertTo(1m, s_table.Find("°C"));

        Assert.False(result.IsExact);
        Assert.Equal(-17.222222222222222222222222222m, result.Value);
    }

    [Fact]
    public void ConvertTo_InexactSmallResult_KeepsTwentyEightDecimalPlaces()
    {
        // 1 K in °F is 1.8 - 459.67 = -457.87 exactly; 1 °F in K is 2303.35/9 = 255.927777…
        MeasureConversion result = s_table.Find("°F").ConvertTo(1m, s_table.Find("K"));

        Assert.False(result.IsExact);
        Assert.Equal(255.92777777777777777777777778m, result.Value);
        Assert.Equal(-457.87m, s_table.Find("K").ConvertTo(1m, s_table.Find("°F")).Value);
    }

    [Fact]
    public void ConvertTo_ResultWithTooManyPlaces_IsRoundedAndMarkedInexact()
    {
        // 10^-28 pF is 10^-40 F and 1.5 × 10^-27 nF is 1.5 × 10^-30 µF: both below the 28th decimal place.
        MeasureConversion tiny = s_table.Find("pF").ConvertTo(0.0000000000000000000000000001m, s_table.Find("F"));
        MeasureConversion half = s_table.Find("nF").ConvertTo(0.0000000000000000000000000015m, s_table.Find("uF"));

        Assert.False(tiny.IsExact);
        Assert.Equal(0m, tiny.Value);
        Assert.False(half.IsExact);
        Assert.Equal(0m, half.Value);
        Assert.Equal("0", CatalogNumber.Format(tiny.Value));
    }

    [Fact]
    public void ConvertTo_MidpointAtTheLastPlace_RoundsHalfToEven()
    {
        // 2.5e-26 cm is 2.5e-28 m: a tie at the 28th place, rounded to the even 2e-28; 3.5e-28 m rounds to 4e-28.
        MeasureUnit centimetre = s_table.Find("cm");
        MeasureUnit metre = s_table.Find("m");

        MeasureConversion even = centimetre.ConvertTo(0.000000000000000000000000025m, metre);
        MeasureConversion odd = centimetre.ConvertTo(0.000000000000000000000000035m, metre);
        MeasureConversion negative = centimetre.ConvertTo(-0.000000000000000000000000025m, metre);

        Assert.False(even.IsExact);
        Assert.Equal(0.0000000000000000000000000002m, even.Value);
        Assert.Equal(0.0000000000000000000000000004m, odd.Value);
        Assert.Equal(-0.0000000000000000000000000002m, negative.Value);
    }

    [Fact]
    public void ConvertTo_LargeExactValue_StaysExact()
    {
        MeasureConversion result = s_table.Find("m").ConvertTo(decimal.MaxValue, s_table.Find("m"));
        MeasureConversion down = s_table.Find("mm").ConvertTo(decimal.MaxValue, s_table.Find("m"));

        Assert.True(result.IsExact);
        Assert.Equal(decimal.MaxValue, result.Value);
        Assert.True(down.IsExact);
        Assert.Equal(79228162514264337593543950.335m, down.Value);
    }

    [Fact]
    public void ConvertTo_ResultBeyondDecimalRange_ThrowsOverflowAndTryReturnsFalse()
    {
        MeasureUnit metre = s_table.Find("m");
        MeasureUnit millimetre = s_table.Find("mm");

        OverflowException error = Assert.Throws<OverflowException>(() => metre.ConvertTo(decimal.MaxValue, millimetre));
        Assert.Contains("79228162514264337593543950335 m in mm", error.Message, StringComparison.Ordinal);
        Assert.False(metre.TryConvertTo(decimal.MinValue, millimetre, out MeasureConversion result));
        Assert.Equal(default, result);
        Assert.False(s_table.Find("h").TryConvertTo(decimal.MaxValue, s_table.Find("s"), out _));
        Assert.False(s_table.Find("°C").TryConvertTo(decimal.MaxValue, s_table.Find("°F"), out _));
    }

    [Fact]
    public void ConvertTo_DifferentDimensions_ThrowsNamingBothUnits()
    {
        MeasureUnit millimetre = s_table.Find("mm");
        MeasureUnit gram = s_table.Find("g");

        MeasureDimensionMismatchException error = Assert.Throws<MeasureDimensionMismatchException>(() => millimetre.ConvertTo(1m, gram));

        Assert.Same(millimetre, error.FromUnit);
        Assert.Same(gram, error.ToUnit);
        Assert.Contains("millimetre (MMT) measures Length", error.Message, StringComparison.Ordinal);
        Assert.Contains("gram (GRM), which measures Mass", error.Message, StringComparison.Ordinal);
        Assert.IsAssignableFrom<InvalidOperationException>(error);
        Assert.False(millimetre.CanConvertTo(gram));
        Assert.False(millimetre.TryConvertTo(1m, gram, out _));
        Assert.False(s_table.Find("mA").CanConvertTo(s_table.Find("mAh")));
        Assert.False(s_table.Find("N").CanConvertTo(s_table.Find("Nm")));
        Assert.False(s_table.Find("°C").CanConvertTo(s_table.Find("C")));
    }

    [Fact]
    public void ConvertTo_NegativeZero_GivesPositiveZero()
    {
        MeasureConversion result = s_table.Find("mm").ConvertTo(-0.000m, s_table.Find("m"));

        Assert.Equal("0", result.Value.ToString(CultureInfo.InvariantCulture));
        Assert.True(result.IsExact);
    }

    [Fact]
    public void ConvertTo_Result_HasNoTrailingZeros()
    {
        MeasureConversion result = s_table.Find("mm").ConvertTo(1000.000m, s_table.Find("m"));

        Assert.Equal("1", result.Value.ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Constructor_InvalidArguments_Throw()
    {
        Assert.Throws<ArgumentException>(() => new MeasureUnit("", "x", "x", MeasureDimension.Length, 1m));
        Assert.Throws<ArgumentException>(() => new MeasureUnit(" X", "x", "x", MeasureDimension.Length, 1m));
        Assert.Throws<ArgumentOutOfRangeException>(() => new MeasureUnit("X", "x", "x", (MeasureDimension)99, 1m));
        Assert.Throws<ArgumentOutOfRangeException>(() => new MeasureUnit("X", "x", "x", MeasureDimension.Length, 0m));
        Assert.Throws<ArgumentOutOfRangeException>(() => new MeasureUnit("X", "x", "x", MeasureDimension.Length, 1m, divisor: -1m));
        Assert.Throws<ArgumentOutOfRangeException>(() => new MeasureUnit("X", "x", "x", MeasureDimension.Length, 1m, offset: 1m));
    }

    [Fact]
    public void Properties_Fahrenheit_DescribeTheExactRational()
    {
        MeasureUnit fahrenheit = s_table.Find("FAH");

        Assert.Equal((5m, 2298.35m, 9m), (fahrenheit.Factor, fahrenheit.Offset, fahrenheit.Divisor));
        Assert.Equal("°F", fahrenheit.ToString());
        Assert.Equal(MeasureDimension.Temperature, fahrenheit.Dimension);
    }

    private static decimal Number(string text) => decimal.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
}
