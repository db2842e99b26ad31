using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json.Serialization;
using B2B2C.Sdk.Serialization;

namespace B2B2C.Sdk;

/// <summary>
/// An active ISO 4217 currency: alphabetic code, numeric code and minor unit (the number of decimal places of its
/// smallest coin or note, 0 for JPY, 2 for EUR, 3 for KWD, 4 for CLF).
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Currency"/> stands in for NodaMoney's type of the same name, with the same vocabulary
/// (<see cref="FromCode(string)"/>, <see cref="Code"/>, <see cref="MinorUnit"/>, <see cref="MinimalAmount"/>).
/// It is a two-byte handle into a table generated from the ISO 4217 list of active currencies, so comparing,
/// copying and storing a currency costs no more than an integer. Only active ISO 4217 codes exist; an unknown code
/// is an error, never a new currency.
/// </para>
/// <para>
/// <c>default(Currency)</c> is <c>XXX</c>, the ISO 4217 code for "no currency involved", whose minor unit is not
/// applicable. The value is immutable and thread-safe.
/// </para>
/// </remarks>
[JsonConverter(typeof(CurrencyJsonConverter))]
public readonly partial struct Currency :
    IEquatable<Currency>,
    IComparable<Currency>,
    IComparable,
    ISpanFormattable,
    ISpanParsable<Currency>
{
    private const int LetterCount = 26;

    private static readonly ushort[] s_indexByCode = BuildCodeIndex();

    private static readonly ushort[] s_indexByNumber = BuildNumberIndex();

    private readonly ushort _index;

    private Currency(ushort index) => _index = index;

    /// <summary>Gets the ISO 4217 alphabetic code, for example <c>EUR</c>.</summary>
    public string Code => Data.Code;

    /// <summary>Gets the ISO 4217 numeric code, for example 978 for EUR.</summary>
    public int NumericCode => Data.NumericCode;

    /// <summary>
    /// Gets the ISO 4217 minor unit: the number of decimal places of the currency's smallest unit (2 for EUR, 0 for
    /// JPY, 3 for KWD), or <see langword="null"/> where ISO 4217 says "N.A." (gold, SDR, <c>XXX</c>).
    /// </summary>
    public int? MinorUnit => Data.MinorUnit == CurrencyData.NotApplicable ? null : Data.MinorUnit;

    /// <summary>
    /// Gets the smallest amount the currency can express in its minor unit (0.01 for EUR, 1 for JPY, 0.001 for
    /// KWD), or zero where the minor unit is not applicable.
    /// </summary>
    public decimal MinimalAmount => Data.MinimalAmount;

    /// <summary>Gets the English name ISO 4217 gives the currency, for example <c>Euro</c>.</summary>
    public string EnglishName => Data.Name;

    /// <summary>
    /// Gets the usual symbol of the currency (<c>€</c>, <c>$</c>, <c>¥</c>), or its code where no widely used symbol
    /// exists. Several currencies share a symbol; parse with the code when it matters.
    /// </summary>
    public string Symbol => Data.Symbol;

    /// <summary>Gets a value indicating whether ISO 4217 lists the code as a fund (for example BOV, CLF, USN).</summary>
    public bool IsFund => Data.IsFund;

    /// <summary>Gets every active ISO 4217 currency, ordered by code.</summary>
    public static IReadOnlyList<Currency> All { get; } = BuildAll();

    private CurrencyData Data => CurrencyTable.Entries[_index];

    /// <summary>Returns the currency with the given ISO 4217 alphabetic code.</summary>
    /// <param name="code">Three upper-case letters, for example <c>EUR</c>.</param>
    /// <returns>The currency.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is not an active ISO 4217 code.</exception>
    public static Currency FromCode(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (!TryFromCode(code.AsSpan(), out Currency currency))
        {
            throw new ArgumentException(UnknownCodeMessage(code.AsSpan()), nameof(code));
        }

        return currency;
    }

    /// <summary>Looks up the currency with the given ISO 4217 alphabetic code.</summary>
    /// <param name="code">Three upper-case letters, for example <c>EUR</c>; lower case is not accepted.</param>
    /// <param name="currency">The currency when found; otherwise <c>default</c>.</param>
    /// <returns><see langword="true"/> when <paramref name="code"/> is an active ISO 4217 code.</returns>
    public static bool TryFromCode(ReadOnlySpan<char> code, out Currency currency)
    {
        int slot = CodeSlot(code);
        if (slot >= 0)
        {
            ushort stored = s_indexByCode[slot];
            if (stored != 0)
            {
                currency = new Currency((ushort)(stored - 1));
                return true;
            }
        }

        currency = default;
        return false;
    }

    /// <summary>Returns the currency with the given ISO 4217 numeric code.</summary>
    /// <param name="numericCode">The numeric code, for example 978 for EUR.</param>
    /// <returns>The currency.</returns>
    /// <exception cref="ArgumentException"><paramref name="numericCode"/> is not an active ISO 4217 number.</exception>
    public static Currency FromNumericCode(int numericCode)
    {
        if (!TryFromNumericCode(numericCode, out Currency currency))
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"'{numericCode:000}' is not the numeric code of an active ISO 4217 currency."),
                nameof(numericCode));
        }

        return currency;
    }

    /// <summary>Looks up the currency with the given ISO 4217 numeric code.</summary>
    /// <param name="numericCode">The numeric code, for example 978 for EUR.</param>
    /// <param name="currency">The currency when found; otherwise <c>default</c>.</param>
    /// <returns><see langword="true"/> when <paramref name="numericCode"/> is an active ISO 4217 number.</returns>
    public static bool TryFromNumericCode(int numericCode, out Currency currency)
    {
        if ((uint)numericCode < (uint)s_indexByNumber.Length && s_indexByNumber[numericCode] != 0)
        {
            currency = new Currency((ushort)(s_indexByNumber[numericCode] - 1));
            return true;
        }

        currency = default;
        return false;
    }

    /// <summary>Parses an ISO 4217 alphabetic code.</summary>
    /// <param name="s">The code.</param>
    /// <param name="provider">Ignored: currency codes do not depend on culture.</param>
    /// <returns>The currency.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="s"/> is not an active ISO 4217 code.</exception>
    public static Currency Parse(string s, IFormatProvider? provider = null)
    {
        ArgumentNullException.ThrowIfNull(s);
        return Parse(s.AsSpan(), provider);
    }

    /// <summary>Parses an ISO 4217 alphabetic code.</summary>
    /// <param name="s">The code.</param>
    /// <param name="provider">Ignored: currency codes do not depend on culture.</param>
    /// <returns>The currency.</returns>
    /// <exception cref="FormatException"><paramref name="s"/> is not an active ISO 4217 code.</exception>
    public static Currency Parse(ReadOnlySpan<char> s, IFormatProvider? provider = null)
    {
        if (!TryFromCode(s, out Currency currency))
        {
            throw new FormatException(UnknownCodeMessage(s));
        }

        return currency;
    }

    /// <summary>Tries to parse an ISO 4217 alphabetic code.</summary>
    /// <param name="s">The code.</param>
    /// <param name="provider">Ignored: currency codes do not depend on culture.</param>
    /// <param name="result">The currency when parsed; otherwise <c>default</c>.</param>
    /// <returns><see langword="true"/> when <paramref name="s"/> is an active ISO 4217 code.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Currency result)
        => TryFromCode(s.AsSpan(), out result);

    /// <summary>Tries to parse an ISO 4217 alphabetic code.</summary>
    /// <param name="s">The code.</param>
    /// <param name="provider">Ignored: currency codes do not depend on culture.</param>
    /// <param name="result">The currency when parsed; otherwise <c>default</c>.</param>
    /// <returns><see langword="true"/> when <paramref name="s"/> is an active ISO 4217 code.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out Currency result)
        => TryFromCode(s, out result);

    /// <summary>Determines whether two currencies are the same.</summary>
    /// <param name="left">The first currency.</param>
    /// <param name="right">The second currency.</param>
    /// <returns><see langword="true"/> when both are the same ISO 4217 currency.</returns>
    public static bool operator ==(Currency left, Currency right) => left._index == right._index;

    /// <summary>Determines whether two currencies differ.</summary>
    /// <param name="left">The first currency.</param>
    /// <param name="right">The second currency.</param>
    /// <returns><see langword="true"/> when the currencies differ.</returns>
    public static bool operator !=(Currency left, Currency right) => left._index != right._index;

    /// <summary>Orders currencies by code (ordinal), for sorted output only.</summary>
    /// <param name="left">The first currency.</param>
    /// <param name="right">The second currency.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/>'s code sorts first.</returns>
    public static bool operator <(Currency left, Currency right) => left.CompareTo(right) < 0;

    /// <summary>Orders currencies by code (ordinal), for sorted output only.</summary>
    /// <param name="left">The first currency.</param>
    /// <param name="right">The second currency.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/>'s code sorts last.</returns>
    public static bool operator >(Currency left, Currency right) => left.CompareTo(right) > 0;

    /// <summary>Orders currencies by code (ordinal), for sorted output only.</summary>
    /// <param name="left">The first currency.</param>
    /// <param name="right">The second currency.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/>'s code sorts first or equal.</returns>
    public static bool operator <=(Currency left, Currency right) => left.CompareTo(right) <= 0;

    /// <summary>Orders currencies by code (ordinal), for sorted output only.</summary>
    /// <param name="left">The first currency.</param>
    /// <param name="right">The second currency.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/>'s code sorts last or equal.</returns>
    public static bool operator >=(Currency left, Currency right) => left.CompareTo(right) >= 0;

    /// <inheritdoc/>
    public bool Equals(Currency other) => _index == other._index;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Currency other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _index;

    /// <inheritdoc/>
    public int CompareTo(Currency other) => string.CompareOrdinal(Code, other.Code);

    /// <inheritdoc/>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        Currency other => CompareTo(other),
        _ => throw new ArgumentException("The object is not a Currency.", nameof(obj)),
    };

    /// <summary>Returns the ISO 4217 alphabetic code.</summary>
    /// <returns>The code, for example <c>EUR</c>.</returns>
    public override string ToString() => Code;

    /// <summary>Formats the currency: <c>G</c> or empty gives the code, <c>S</c> the symbol, <c>N</c> the English name.</summary>
    /// <param name="format">The format: <c>G</c>, <c>S</c> or <c>N</c>.</param>
    /// <param name="formatProvider">Ignored.</param>
    /// <returns>The formatted currency.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not one of the supported formats.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider) => Select(format.AsSpan());

    /// <summary>Formats the currency into a span; see <see cref="ToString(string?, IFormatProvider?)"/>.</summary>
    /// <param name="destination">The span to write to.</param>
    /// <param name="charsWritten">The number of characters written.</param>
    /// <param name="format">The format: <c>G</c>, <c>S</c> or <c>N</c>.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns><see langword="true"/> when <paramref name="destination"/> was large enough.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not one of the supported formats.</exception>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        string text = Select(format);
        if (text.AsSpan().TryCopyTo(destination))
        {
            charsWritten = text.Length;
            return true;
        }

        charsWritten = 0;
        return false;
    }

    internal int MinorUnitOrThrow(string operation)
    {
        int minorUnit = Data.MinorUnit;
        if (minorUnit == CurrencyData.NotApplicable)
        {
            throw new InvalidOperationException(
                $"{operation} needs a minor unit, but ISO 4217 defines none for {Code}; pass the number of decimals explicitly.");
        }

        return minorUnit;
    }

    internal static string UnknownCodeMessage(ReadOnlySpan<char> code)
        => $"'{code}' is not an active ISO 4217 currency code (three upper-case letters such as EUR, USD or JPY).";

    private string Select(ReadOnlySpan<char> format) => format switch
    {
        [] or ['G'] or ['g'] => Code,
        ['S'] or ['s'] => Symbol,
        ['N'] or ['n'] => EnglishName,
        _ => throw new FormatException($"'{format}' is not a currency format; use G (code), S (symbol) or N (name)."),
    };

    private static int CodeSlot(ReadOnlySpan<char> code)
    {
        if (code.Length != 3)
        {
            return -1;
        }

        int a = code[0] - 'A';
        int b = code[1] - 'A';
        int c = code[2] - 'A';
        if ((uint)a >= LetterCount || (uint)b >= LetterCount || (uint)c >= LetterCount)
        {
            return -1;
        }

        return (((a * LetterCount) + b) * LetterCount) + c;
    }

    private static ushort[] BuildCodeIndex()
    {
        var index = new ushort[LetterCount * LetterCount * LetterCount];
        CurrencyData[] entries = CurrencyTable.Entries;
        for (int i = 0; i < entries.Length; i++)
        {
            index[CodeSlot(entries[i].Code)] = (ushort)(i + 1);
        }

        return index;
    }

    private static ushort[] BuildNumberIndex()
    {
        var index = new ushort[1000];
        CurrencyData[] entries = CurrencyTable.Entries;
        for (int i = 0; i < entries.Length; i++)
        {
            index[entries[i].NumericCode] = (ushort)(i + 1);
        }

        return index;
    }

    private static System.Collections.ObjectModel.ReadOnlyCollection<Currency> BuildAll()
    {
        CurrencyData[] entries = CurrencyTable.Entries;
        var all = new Currency[entries.Length];
        for (int i = 0; i < entries.Length; i++)
        {
            all[i] = new Currency((ushort)i);
        }

        Array.Sort(all);
        return Array.AsReadOnly(all);
    }
}
