namespace B2B2C.Sdk.Catalog.Readers;

/// <summary>One CSV column as its header declares it: the field name, unit and language, or ignored.</summary>
/// <param name="Header">The header cell as written.</param>
/// <param name="Name">The field name.</param>
/// <param name="Unit">The unit from <c>[UNIT]</c>, or <see langword="null"/>.</param>
/// <param name="Language">The language from <c>@lang</c>, or <see langword="null"/>.</param>
/// <param name="Ignored">Whether the column is ignored (its header is empty or starts with <c>#</c>).</param>
internal readonly record struct CsvColumn(string Header, string Name, string? Unit, string? Language, bool Ignored)
{
    /// <summary>Parses a header cell.</summary>
    internal static CsvColumn Parse(string header)
    {
        string text = header.Trim();
        if (text.Length == 0 || text[0] == '#')
        {
            return new CsvColumn(header, text, null, null, Ignored: true);
        }

        (string withLanguage, string? unit) = FieldNames.SplitUnit(text);
        (string name, string? language) = FieldNames.SplitLanguage(withLanguage);
        return new CsvColumn(header, name, unit, language, Ignored: false);
    }
}
