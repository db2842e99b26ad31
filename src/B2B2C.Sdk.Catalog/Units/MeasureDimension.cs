namespace B2B2C.Sdk.Catalog.Units;

/// <summary>
/// The physical quantity a <see cref="MeasureUnit"/> measures. Units convert into each other only within one
/// dimension, through the dimension's base unit (named on each member).
/// </summary>
/// <remarks>
/// The set covers the technical features of electronic components, connectors, cables and tools as catalogs such as
/// ETIM describe them. Counting units (pieces, packs) are not here: they belong to the core package's
/// <see cref="UnitOfMeasure"/>.
/// </remarks>
public enum MeasureDimension
{
    /// <summary>Length; base unit metre (<c>MTR</c>, m).</summary>
    Length = 0,

    /// <summary>Area; base unit square metre (<c>MTK</c>, m²).</summary>
    Area = 1,

    /// <summary>Volume; base unit cubic metre (<c>MTQ</c>, m³).</summary>
    Volume = 2,

    /// <summary>Mass; base unit kilogram (<c>KGM</c>, kg).</summary>
    Mass = 3,

    /// <summary>Time; base unit second (<c>SEC</c>, s).</summary>
    Time = 4,

    /// <summary>Electric current; base unit ampere (<c>AMP</c>, A).</summary>
    ElectricCurrent = 5,

    /// <summary>Voltage (electric potential difference); base unit volt (<c>VLT</c>, V).</summary>
    Voltage = 6,

    /// <summary>Electric resistance; base unit ohm (<c>OHM</c>, Ω).</summary>
    Resistance = 7,

    /// <summary>Electric conductance; base unit siemens (<c>SIE</c>, S).</summary>
    Conductance = 8,

    /// <summary>Capacitance; base unit farad (<c>FAR</c>, F).</summary>
    Capacitance = 9,

    /// <summary>Inductance; base unit henry (<c>81</c>, H).</summary>
    Inductance = 10,

    /// <summary>Electric charge, including battery capacity; base unit coulomb (<c>COU</c>, C).</summary>
    Charge = 11,

    /// <summary>Power; base unit watt (<c>WTT</c>, W).</summary>
    Power = 12,

    /// <summary>Energy; base unit joule (<c>JOU</c>, J).</summary>
    Energy = 13,

    /// <summary>Frequency; base unit hertz (<c>HTZ</c>, Hz).</summary>
    Frequency = 14,

    /// <summary>Temperature; base unit kelvin (<c>KEL</c>, K). The only dimension whose units have offsets.</summary>
    Temperature = 15,

    /// <summary>Pressure; base unit pascal (<c>PAL</c>, Pa).</summary>
    Pressure = 16,

    /// <summary>Force; base unit newton (<c>NEW</c>, N).</summary>
    Force = 17,

    /// <summary>Torque; base unit newton metre (<c>NU</c>, N·m).</summary>
    Torque = 18,

    /// <summary>Speed; base unit metre per second (<c>MTS</c>, m/s).</summary>
    Speed = 19,

    /// <summary>Luminous flux; base unit lumen (<c>LUM</c>, lm).</summary>
    LuminousFlux = 20,

    /// <summary>Illuminance; base unit lux (<c>LUX</c>, lx).</summary>
    Illuminance = 21,

    /// <summary>Luminous intensity; base unit candela (<c>CDL</c>, cd).</summary>
    LuminousIntensity = 22,

    /// <summary>Amount of digital data; base unit byte (<c>AD</c>, B). Prefixes are decimal (1 kB = 1000 B).</summary>
    DataSize = 23,

    /// <summary>Dimensionless ratios and counts: percent, per mille, parts per million and plain numbers; base unit one (C62).</summary>
    Ratio = 24,
}
