using System.Collections.Immutable;

namespace B2B2C.Sdk.Catalog.Units;

/// <summary>
/// The units of <see cref="MeasureUnitTable.Default"/>: UN/ECE Recommendation 20 codes, SI symbols and the ASCII
/// spellings supplier files use. The table in <c>docs/articles/catalog-units.md</c> lists the same data.
/// </summary>
internal static class BuiltInMeasureUnits
{
    // Micro is written with U+00B5 MICRO SIGN in symbols; U+03BC GREEK SMALL LETTER MU and "u" are aliases.
    // Ohm is written with U+03A9 GREEK CAPITAL LETTER OMEGA; U+2126 OHM SIGN is an alias.
    private const string Micro = "\u00B5";
    private const string Mu = "\u03BC";
    private const string Omega = "\u03A9";
    private const string OhmSign = "\u2126";

    internal static ImmutableArray<MeasureUnitTable.Entry> Create()
    {
        ImmutableArray<MeasureUnitTable.Entry>.Builder units = ImmutableArray.CreateBuilder<MeasureUnitTable.Entry>();

        void Add(string code, string symbol, string name, MeasureDimension dimension, decimal factor, params string[] aliases)
            => units.Add(new MeasureUnitTable.Entry(new MeasureUnit(code, symbol, name, dimension, factor), [.. aliases]));

        void AddRational(string code, string symbol, string name, MeasureDimension dimension, decimal factor, decimal offset, decimal divisor, params string[] aliases)
            => units.Add(new MeasureUnitTable.Entry(new MeasureUnit(code, symbol, name, dimension, factor, offset, divisor), [.. aliases]));

        Add("MTR", "m", "metre", MeasureDimension.Length, 1m);
        Add("KMT", "km", "kilometre", MeasureDimension.Length, 1000m);
        Add("DMT", "dm", "decimetre", MeasureDimension.Length, 0.1m);
        Add("CMT", "cm", "centimetre", MeasureDimension.Length, 0.01m);
        Add("MMT", "mm", "millimetre", MeasureDimension.Length, 0.001m);
        Add("4H", Micro + "m", "micrometre", MeasureDimension.Length, 0.000001m, Mu + "m", "um");
        Add("C45", "nm", "nanometre", MeasureDimension.Length, 0.000000001m);
        Add("INH", "in", "inch", MeasureDimension.Length, 0.0254m);
        Add("FOT", "ft", "foot", MeasureDimension.Length, 0.3048m);

        Add("MTK", "m²", "square metre", MeasureDimension.Area, 1m, "m2");
        Add("CMK", "cm²", "square centimetre", MeasureDimension.Area, 0.0001m, "cm2");
        Add("MMK", "mm²", "square millimetre", MeasureDimension.Area, 0.000001m, "mm2");

        Add("MTQ", "m³", "cubic metre", MeasureDimension.Volume, 1m, "m3");
        Add("LTR", "l", "litre", MeasureDimension.Volume, 0.001m, "L");
        Add("MLT", "ml", "millilitre", MeasureDimension.Volume, 0.000001m, "mL");
        Add("4G", Micro + "l", "microlitre", MeasureDimension.Volume, 0.000000001m, Micro + "L", Mu + "l", Mu + "L", "ul", "uL");
        Add("CMQ", "cm³", "cubic centimetre", MeasureDimension.Volume, 0.000001m, "cm3");
        Add("MMQ", "mm³", "cubic millimetre", MeasureDimension.Volume, 0.000000001m, "mm3");

        Add("C62", "1", "one", MeasureDimension.Ratio, 1m, "pcs");
        Add("P1", "%", "percent", MeasureDimension.Ratio, 0.01m, "percent");
        Add("NX", "‰", "part per thousand", MeasureDimension.Ratio, 0.001m, "permille");
        Add("59", "ppm", "part per million", MeasureDimension.Ratio, 0.000001m);

        Add("KGM", "kg", "kilogram", MeasureDimension.Mass, 1m);
        Add("GRM", "g", "gram", MeasureDimension.Mass, 0.001m);
        Add("MGM", "mg", "milligram", MeasureDimension.Mass, 0.000001m);
        Add("MC", Micro + "g", "microgram", MeasureDimension.Mass, 0.000000001m, Mu + "g", "ug");
        Add("TNE", "t", "tonne", MeasureDimension.Mass, 1000m);
        Add("LBR", "lb", "pound", MeasureDimension.Mass, 0.45359237m);
        Add("ONZ", "oz", "ounce", MeasureDimension.Mass, 0.028349523125m);

        Add("SEC", "s", "second", MeasureDimension.Time, 1m, "sec");
        Add("C26", "ms", "millisecond", MeasureDimension.Time, 0.001m);
        Add("B98", Micro + "s", "microsecond", MeasureDimension.Time, 0.000001m, Mu + "s", "us");
        Add("C47", "ns", "nanosecond", MeasureDimension.Time, 0.000000001m);
        Add("MIN", "min", "minute", MeasureDimension.Time, 60m);
        Add("HUR", "h", "hour", MeasureDimension.Time, 3600m);
        Add("DAY", "d", "day", MeasureDimension.Time, 86400m);

        Add("AMP", "A", "ampere", MeasureDimension.ElectricCurrent, 1m);
        Add("B22", "kA", "kiloampere", MeasureDimension.ElectricCurrent, 1000m);
        Add("4K", "mA", "milliampere", MeasureDimension.ElectricCurrent, 0.001m);
        Add("B84", Micro + "A", "microampere", MeasureDimension.ElectricCurrent, 0.000001m, Mu + "A", "uA");
        Add("C39", "nA", "nanoampere", MeasureDimension.ElectricCurrent, 0.000000001m);

        Add("VLT", "V", "volt", MeasureDimension.Voltage, 1m);
        Add("KVT", "kV", "kilovolt", MeasureDimension.Voltage, 1000m);
        Add("2Z", "mV", "millivolt", MeasureDimension.Voltage, 0.001m);
        Add("D82", Micro + "V", "microvolt", MeasureDimension.Voltage, 0.000001m, Mu + "V", "uV");

        Add("OHM", Omega, "ohm", MeasureDimension.Resistance, 1m, OhmSign, "Ohm", "ohm");
        Add("E45", "m" + Omega, "milliohm", MeasureDimension.Resistance, 0.001m, "m" + OhmSign, "mOhm");
        Add("B49", "k" + Omega, "kiloohm", MeasureDimension.Resistance, 1000m, "k" + OhmSign, "kOhm", "kohm");
        Add("B75", "M" + Omega, "megaohm", MeasureDimension.Resistance, 1000000m, "M" + OhmSign, "MOhm", "Mohm");
        Add("A87", "G" + Omega, "gigaohm", MeasureDimension.Resistance, 1000000000m, "G" + OhmSign, "GOhm", "Gohm");

        Add("SIE", "S", "siemens", MeasureDimension.Conductance, 1m);

        Add("FAR", "F", "farad", MeasureDimension.Capacitance, 1m);
        Add("C10", "mF", "millifarad", MeasureDimension.Capacitance, 0.001m);
        Add("4O", Micro + "F", "microfarad", MeasureDimension.Capacitance, 0.000001m, Mu + "F", "uF");
        Add("C41", "nF", "nanofarad", MeasureDimension.Capacitance, 0.000000001m);
        Add("4T", "pF", "picofarad", MeasureDimension.Capacitance, 0.000000000001m);

        Add("81", "H", "henry", MeasureDimension.Inductance, 1m);
        Add("C14", "mH", "millihenry", MeasureDimension.Inductance, 0.001m);
        Add("B90", Micro + "H", "microhenry", MeasureDimension.Inductance, 0.000001m, Mu + "H", "uH");
        Add("C43", "nH", "nanohenry", MeasureDimension.Inductance, 0.000000001m);

        Add("COU", "C", "coulomb", MeasureDimension.Charge, 1m);
        Add("AMH", "Ah", "ampere hour", MeasureDimension.Charge, 3600m);
        Add("E09", "mAh", "milliampere hour", MeasureDimension.Charge, 3.6m);

        Add("WTT", "W", "watt", MeasureDimension.Power, 1m);
        Add("KWT", "kW", "kilowatt", MeasureDimension.Power, 1000m);
        Add("MAW", "MW", "megawatt", MeasureDimension.Power, 1000000m);
        Add("C31", "mW", "milliwatt", MeasureDimension.Power, 0.001m);
        Add("D80", Micro + "W", "microwatt", MeasureDimension.Power, 0.000001m, Mu + "W", "uW");

        Add("JOU", "J", "joule", MeasureDimension.Energy, 1m);
        Add("KJO", "kJ", "kilojoule", MeasureDimension.Energy, 1000m);
        Add("3B", "MJ", "megajoule", MeasureDimension.Energy, 1000000m);
        Add("WHR", "Wh", "watt hour", MeasureDimension.Energy, 3600m);
        Add("KWH", "kWh", "kilowatt hour", MeasureDimension.Energy, 3600000m);

        Add("HTZ", "Hz", "hertz", MeasureDimension.Frequency, 1m);
        Add("KHZ", "kHz", "kilohertz", MeasureDimension.Frequency, 1000m);
        Add("MHZ", "MHz", "megahertz", MeasureDimension.Frequency, 1000000m);
        Add("A86", "GHz", "gigahertz", MeasureDimension.Frequency, 1000000000m);

        Add("KEL", "K", "kelvin", MeasureDimension.Temperature, 1m);
        AddRational("CEL", "°C", "degree Celsius", MeasureDimension.Temperature, 1m, 273.15m, 1m, "\u2103", "degC");
        AddRational("FAH", "°F", "degree Fahrenheit", MeasureDimension.Temperature, 5m, 2298.35m, 9m, "\u2109", "degF");

        Add("PAL", "Pa", "pascal", MeasureDimension.Pressure, 1m);
        Add("A97", "hPa", "hectopascal", MeasureDimension.Pressure, 100m);
        Add("KPA", "kPa", "kilopascal", MeasureDimension.Pressure, 1000m);
        Add("MPA", "MPa", "megapascal", MeasureDimension.Pressure, 1000000m);
        Add("BAR", "bar", "bar", MeasureDimension.Pressure, 100000m);
        Add("MBR", "mbar", "millibar", MeasureDimension.Pressure, 100m);
        AddRational("PS", "psi", "pound-force per square inch", MeasureDimension.Pressure, 4.4482216152605m, 0m, 0.00064516m);

        Add("NEW", "N", "newton", MeasureDimension.Force, 1m);
        Add("B47", "kN", "kilonewton", MeasureDimension.Force, 1000m);

        Add("NU", "N·m", "newton metre", MeasureDimension.Torque, 1m, "Nm", "N.m");
        Add("B48", "kN·m", "kilonewton metre", MeasureDimension.Torque, 1000m, "kNm", "kN.m");

        Add("MTS", "m/s", "metre per second", MeasureDimension.Speed, 1m);
        AddRational("KMH", "km/h", "kilometre per hour", MeasureDimension.Speed, 5m, 0m, 18m, "kph");

        Add("LUM", "lm", "lumen", MeasureDimension.LuminousFlux, 1m);
        Add("LUX", "lx", "lux", MeasureDimension.Illuminance, 1m);
        Add("CDL", "cd", "candela", MeasureDimension.LuminousIntensity, 1m);

        Add("AD", "B", "byte", MeasureDimension.DataSize, 1m, "byte");
        Add("A99", "bit", "bit", MeasureDimension.DataSize, 0.125m);
        Add("2P", "kB", "kilobyte", MeasureDimension.DataSize, 1000m);
        Add("4L", "MB", "megabyte", MeasureDimension.DataSize, 1000000m);
        Add("E34", "GB", "gigabyte", MeasureDimension.DataSize, 1000000000m);
        Add("E35", "TB", "terabyte", MeasureDimension.DataSize, 1000000000000m);

        return units.ToImmutable();
    }
}
