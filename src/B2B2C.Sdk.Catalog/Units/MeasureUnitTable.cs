using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Linq;

namespace B2B2C.Sdk.Catalog.Units;

/// <summary>
/// The technical units a catalog mapping knows, found by UN/ECE Recommendation 20 code, by symbol or by the aliases
/// supplier files use (<c>kOhm</c>, <c>uF</c>, <c>degC</c>).
/// </summary>
/// <remarks>
/// <para>
/// Lookups are ordinal and case-sensitive, because SI symbols are: <c>mW</c> is the milliwatt and <c>MW</c> the
/// megawatt, <c>mA</c> the milliampere. Codes are matched as the recommendation writes them (<c>B49</c>, not
/// <c>b49</c>). <c>C</c> is the coulomb, as in SI; the degree Celsius is <c>°C</c>, <c>℃</c>, <c>degC</c> or
/// <c>CEL</c>. Ambiguous spellings are left out on purpose: <c>mohm</c> could be a milliohm or a careless megohm,
/// so neither is an alias; add the one a supplier means with <see cref="WithAlias"/>.
/// </para>
/// <para>
/// A table is immutable and thread-safe; <see cref="With"/> and <see cref="WithAlias"/> return new tables. Lookups
/// do not allocate.
/// </para>
/// </remarks>
public sealed class MeasureUnitTable
{
    private readonly ImmutableArray<Entry> _entries;
    private readonly FrozenDictionary<string, MeasureUnit> _byText;
    private readonly FrozenDictionary<string, MeasureUnit>.AlternateLookup<ReadOnlySpan<char>> _bySpan;
    private readonly FrozenDictionary<MeasureUnit, ImmutableArray<string>> _aliases;

    private MeasureUnitTable(ImmutableArray<Entry> entries)
    {
        var byText = new Dictionary<string, MeasureUnit>(StringComparer.Ordinal);
        var aliases = new Dictionary<MeasureUnit, ImmutableArray<string>>(ReferenceEqualityComparer.Instance);
        foreach (Entry entry in entries)
        {
            MeasureUnit unit = entry.Unit;
            if (aliases.ContainsKey(unit))
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"The unit {unit.Name} ({unit.Code}) is already in the table."));
            }

            Add(byText, unit.Code, unit, "code");
            if (!string.Equals(unit.Symbol, unit.Code, StringComparison.Ordinal))
            {
                Add(byText, unit.Symbol, unit, "symbol");
            }

            foreach (string alias in entry.Aliases)
            {
                Add(byText, alias, unit, "alias");
            }

            aliases.Add(unit, entry.Aliases);
        }

        _entries = entries;
        _byText = byText.ToFrozenDictionary(StringComparer.Ordinal);
        _bySpan = _byText.GetAlternateLookup<ReadOnlySpan<char>>();
        _aliases = aliases.ToFrozenDictionary(ReferenceEqualityComparer.Instance);
        Units = [.. entries.Select(e => e.Unit)];
    }

    /// <summary>Gets the table of built-in units, listed in <c>docs/articles/catalog-units.md</c>.</summary>
    public static MeasureUnitTable Default { get; } = new(BuiltInMeasureUnits.Create());

    /// <summary>Gets the units in the table, in the order they were added.</summary>
    public ImmutableArray<MeasureUnit> Units { get; }

    /// <summary>Returns the aliases a unit is also known by, besides its code and symbol.</summary>
    /// <param name="unit">A unit of this table.</param>
    /// <returns>The aliases in the order they were added; empty when the unit has none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="unit"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="unit"/> is not in this table.</exception>
    public ImmutableArray<string> GetAliases(MeasureUnit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        return _aliases.TryGetValue(unit, out ImmutableArray<string> aliases)
            ? aliases
            : throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"The unit {unit.Name} ({unit.Code}) is not in this table."),
                nameof(unit));
    }

    /// <summary>Finds a unit by code, symbol or alias, without allocating.</summary>
    /// <param name="codeOrSymbol">The text; white space around it is ignored, the rest must match exactly (ordinal, case-sensitive).</param>
    /// <param name="unit">The unit when found.</param>
    /// <returns><see langword="true"/> when the table knows the text.</returns>
    public bool TryFind(ReadOnlySpan<char> codeOrSymbol, [MaybeNullWhen(false)] out MeasureUnit unit)
        => _bySpan.TryGetValue(codeOrSymbol.Trim(), out unit);

    /// <summary>Finds a unit by code, symbol or alias.</summary>
    /// <param name="codeOrSymbol">The text; white space around it is ignored, the rest must match exactly (ordinal, case-sensitive).</param>
    /// <returns>The unit.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="codeOrSymbol"/> is <see langword="null"/>.</exception>
    /// <exception cref="MeasureUnitNotFoundException">The table knows no unit by that text; the message quotes it.</exception>
    public MeasureUnit Find(string codeOrSymbol)
    {
        ArgumentNullException.ThrowIfNull(codeOrSymbol);
        return TryFind(codeOrSymbol, out MeasureUnit? unit) ? unit : throw MeasureUnitNotFoundException.ForText(codeOrSymbol);
    }

    /// <summary>
    /// Reads a value written with its unit, as supplier texts do: <c>10 kOhm</c>, <c>4.7µF</c>, <c>100nF</c>,
    /// <c>-40 °C</c>, <c>1.5E-3 A</c>. Never throws for bad text.
    /// </summary>
    /// <param name="text">
    /// The text: a number as <see cref="CatalogNumber.TryParse"/> reads it (only <c>.</c> separates decimals; an
    /// <c>e</c> or <c>E</c> followed by digits is read as an exponent), optional white space (including no-break
    /// spaces), then a code, symbol or alias of this table. White space around the text is ignored.
    /// </param>
    /// <param name="value">The number, read exactly; zero when reading fails.</param>
    /// <param name="unit">The unit when reading succeeds.</param>
    /// <returns>
    /// <see langword="false"/> when the number is missing or unreadable (for example <c>0,5 mm</c>), the unit is
    /// missing, or the table does not know the unit.
    /// </returns>
    public bool TryParseMeasure(ReadOnlySpan<char> text, out decimal value, [MaybeNullWhen(false)] out MeasureUnit unit)
    {
        value = 0m;
        unit = null;
        text = text.Trim();
        int end = NumberLength(text);
        if (end == 0 || end == text.Length)
        {
            return false;
        }

        if (!CatalogNumber.TryParse(text[..end], out decimal number) || !TryFind(text[end..], out unit))
        {
            unit = null;
            return false;
        }

        value = number;
        return true;
    }

    /// <summary>Returns a table with one more unit.</summary>
    /// <param name="unit">The unit to add.</param>
    /// <param name="aliases">Further texts the unit is known by, for example a supplier's <c>Kohm</c>.</param>
    /// <returns>The new table; this table is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="unit"/> or <paramref name="aliases"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// The unit is already in the table, or its code, its symbol or an alias already names a unit of the table (or
    /// is empty, or has white space around it); the message names the text and the unit it names.
    /// </exception>
    public MeasureUnitTable With(MeasureUnit unit, params string[] aliases)
    {
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(aliases);
        return new MeasureUnitTable(_entries.Add(new Entry(unit, [.. aliases])));
    }

    /// <summary>Returns a table where one more alias names a unit already in the table.</summary>
    /// <param name="alias">The new alias, for example <c>Kohm</c>.</param>
    /// <param name="codeOrSymbol">A code, symbol or alias of the unit it names, for example <c>B49</c>.</param>
    /// <returns>The new table; this table is unchanged.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="MeasureUnitNotFoundException">The table knows no unit by <paramref name="codeOrSymbol"/>.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="alias"/> already names a unit of the table, or is empty or has white space around it.
    /// </exception>
    public MeasureUnitTable WithAlias(string alias, string codeOrSymbol)
    {
        ArgumentNullException.ThrowIfNull(alias);
        MeasureUnit unit = Find(codeOrSymbol);
        if (_byText.TryGetValue(alias, out MeasureUnit? existing))
        {
            throw new ArgumentException(string.Create(
                CultureInfo.InvariantCulture,
                $"The alias '{alias}' of {unit.Name} ({unit.Code}) already names {existing.Name} ({existing.Code})."));
        }

        ImmutableArray<Entry>.Builder entries = _entries.ToBuilder();
        for (int i = 0; i < entries.Count; i++)
        {
            if (ReferenceEquals(entries[i].Unit, unit))
            {
                entries[i] = entries[i] with { Aliases = entries[i].Aliases.Add(alias) };
            }
        }

        return new MeasureUnitTable(entries.ToImmutable());
    }

    /// <summary>Returns the length of the number at the start of a measure text, or 0 when there is none.</summary>
    private static int NumberLength(ReadOnlySpan<char> text)
    {
        int i = 0;
        if (i < text.Length && text[i] is '+' or '-')
        {
            i++;
        }

        int digits = 0;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
            digits++;
        }

        if (i < text.Length && text[i] == '.')
        {
            i++;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
                digits++;
            }
        }

        if (digits == 0)
        {
            return 0;
        }

        if (i < text.Length && text[i] is 'e' or 'E')
        {
            int j = i + 1;
            if (j < text.Length && text[j] is '+' or '-')
            {
                j++;
            }

            if (j < text.Length && char.IsAsciiDigit(text[j]))
            {
                while (j < text.Length && char.IsAsciiDigit(text[j]))
                {
                    j++;
                }

                i = j;
            }
        }

        return i;
    }

    private static void Add(Dictionary<string, MeasureUnit> byText, string text, MeasureUnit unit, string kind)
    {
        if (text.Length == 0 || char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]))
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"The {kind} '{text}' of {unit.Name} ({unit.Code}) is empty or has white space around it."));
        }

        if (byText.TryGetValue(text, out MeasureUnit? existing))
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"The {kind} '{text}' of {unit.Name} ({unit.Code}) already names {existing.Name} ({existing.Code})."));
        }

        byText.Add(text, unit);
    }

    /// <summary>A unit and the aliases it is known by in one table.</summary>
    internal readonly record struct Entry(MeasureUnit Unit, ImmutableArray<string> Aliases);
}
