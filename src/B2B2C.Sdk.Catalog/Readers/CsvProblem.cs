namespace B2B2C.Sdk.Catalog.Readers;

/// <summary>A problem the CSV parser found in one cell of a record: what, in which cell (0-based) and on which line.</summary>
internal readonly record struct CsvProblem(CsvProblemKind Kind, int Column, long Line);
