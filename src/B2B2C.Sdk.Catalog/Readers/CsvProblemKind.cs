namespace B2B2C.Sdk.Catalog.Readers;

/// <summary>The kinds of problem the CSV parser finds.</summary>
internal enum CsvProblemKind
{
    /// <summary>A quote inside an unquoted value.</summary>
    QuoteInUnquotedValue,

    /// <summary>Text after the closing quote of a quoted value.</summary>
    TextAfterClosingQuote,

    /// <summary>A quoted value still open at the end of the input.</summary>
    UnterminatedQuote,

    /// <summary>A value longer than the limit.</summary>
    FieldTooLong,

    /// <summary>A record larger than the limit.</summary>
    RecordTooLarge,
}
