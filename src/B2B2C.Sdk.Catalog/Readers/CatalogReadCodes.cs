namespace B2B2C.Sdk.Catalog.Readers;

/// <summary>The stable codes of the problems the catalog readers report in <see cref="SourceProduct.ReadIssues"/>.</summary>
/// <remarks>
/// Codes never change meaning once published; new problems get new codes. Every code is an error (the product is not
/// published) unless its description says it is a warning. The table with examples is in
/// <c>docs/articles/catalog-sources.md</c>.
/// </remarks>
public static class CatalogReadCodes
{
    /// <summary>A CSV record breaks the quoting rules of RFC 4180: text follows a closing quote, or a quote appears inside an unquoted value. The text is kept as written.</summary>
    public const string MalformedRecord = "CR001";

    /// <summary>A record has no value for the key field, so the product has an empty <see cref="SourceProduct.Key"/>.</summary>
    public const string MissingKey = "CR002";

    /// <summary>The CSV header names the same column (same name, language and unit) twice; every record of the file carries this error.</summary>
    public const string DuplicateColumn = "CR003";

    /// <summary>A CSV record has more or fewer cells than the header has columns.</summary>
    public const string ColumnCountMismatch = "CR004";

    /// <summary>A quoted CSV value is not closed before the end of the file.</summary>
    public const string UnterminatedQuote = "CR005";

    /// <summary>The bytes of a record are not valid UTF-8; the message gives the line and the byte offset, and the bytes are read as U+FFFD.</summary>
    public const string InvalidEncoding = "CR006";

    /// <summary>A value is longer than the reader's <c>MaxFieldLength</c>; the field is kept with an empty value.</summary>
    public const string FieldTooLong = "CR007";

    /// <summary>A record is larger than the reader allows (<c>MaxRecordLength</c> or <c>MaxLineLength</c>); the rest of the record is skipped.</summary>
    public const string RecordTooLarge = "CR008";

    /// <summary>The CSV header has no column for the key field; every record of the file carries this error.</summary>
    public const string MissingKeyColumn = "CR009";

    /// <summary>The XML is not well-formed (or cannot be decoded); reading stops, and the last product carries this error with the line and position.</summary>
    public const string MalformedXml = "CR010";

    /// <summary>Warning: a BMEcat product contains an element the reader does not know; the element is skipped.</summary>
    public const string UnknownElement = "CR011";

    /// <summary>A JSON Lines line is not valid JSON; the fields read before the error are kept and reading goes on with the next line.</summary>
    public const string InvalidJson = "CR012";

    /// <summary>A JSON Lines line holds valid JSON that is not an object (an array, a string, a number, ...).</summary>
    public const string NotAnObject = "CR013";

    /// <summary>Warning: a CSV header cell is empty; the column is ignored.</summary>
    public const string UnnamedColumn = "CR014";

    /// <summary>The XML document is not a BMEcat document (its root element is not <c>BMECAT</c>); reading stops.</summary>
    public const string NotBmecat = "CR015";
}
