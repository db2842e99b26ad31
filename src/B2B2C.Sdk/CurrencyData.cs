namespace B2B2C.Sdk;

/// <summary>
/// One row of the ISO 4217 table behind <see cref="Currency"/>: code, number, minor unit, name, fund flag and the
/// usual symbol.
/// </summary>
/// <remarks>Rows are created only by the generated <see cref="CurrencyTable"/>; instances are immutable.</remarks>
internal sealed class CurrencyData
{
    /// <summary>The minor-unit value used for currencies whose ISO 4217 minor unit is "N.A.".</summary>
    internal const int NotApplicable = -1;

    internal CurrencyData(string code, short numericCode, int minorUnit, string name, bool isFund, string? symbol)
    {
        Code = code;
        NumericCode = numericCode;
        MinorUnit = minorUnit;
        Name = name;
        IsFund = isFund;
        Symbol = symbol ?? code;
        MinimalAmount = minorUnit == NotApplicable ? 0m : DecimalPowers.NegativePowerOfTen(minorUnit);
    }

    internal string Code { get; }

    internal short NumericCode { get; }

    internal int MinorUnit { get; }

    internal string Name { get; }

    internal bool IsFund { get; }

    internal string Symbol { get; }

    internal decimal MinimalAmount { get; }
}
