using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Runtime.CompilerServices;
using System.Threading;

namespace B2B2C.Sdk.Catalog.Readers;

/// <summary>Reads a supplier catalog from a CSV file (RFC 4180), one product per data row, in constant memory.</summary>
/// <remarks>
/// <para>
/// The first record is the header. Every column becomes a <see cref="SourceField"/> in column order, empty cells
/// included (with an empty value), so a row can be written back in the same shape. A header <c>name [UNIT]</c> sets
/// the unit of the column's values, <c>name@lang</c> their language, and both combine as <c>name@lang [UNIT]</c>.
/// Columns whose header is empty or starts with <c>#</c> are ignored, so an error report that adds such columns can be
/// read again as input. The key is the column named <see cref="CsvCatalogReaderOptions.KeyField"/>.
/// </para>
/// <para>
/// Values are decoded as UTF-8 (a UTF-8 byte order mark is skipped; UTF-16 is read after its byte order mark). A
/// record with problems is still produced with its <see cref="SourceProduct.ReadIssues"/> and reading goes on with
/// the next record; an unterminated quote, however, runs to the end of the file. Problems of the whole file (a
/// duplicate column, no key column) are reported on every record, so no product of the file is published.
/// </para>
/// <para>
/// A reader over a stream never disposes it; a non-seekable stream can be enumerated once. A reader over a path opens
/// the file for every enumeration. Instances are not safe for concurrent enumerations.
/// </para>
/// </remarks>
public sealed class CsvCatalogReader : ICatalogSource
{
    private readonly CatalogInput _input;
    private readonly CsvCatalogReaderOptions _options;
    private string[] _columns = [];

    /// <summary>Initializes a reader over a stream the caller owns.</summary>
    /// <param name="stream">The CSV bytes; read from its current position and never disposed by the reader.</param>
    /// <param name="name">The source name used in locations, usually the file name.</param>
    /// <param name="options">The options, or <see langword="null"/> for the defaults.</param>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> or <paramref name="name"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The stream cannot be read, or an option is invalid.</exception>
    public CsvCatalogReader(Stream stream, string name, CsvCatalogReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        _input = CatalogInput.FromStream(stream);
        Name = name;
        _options = options ?? new CsvCatalogReaderOptions();
        _options.Validate();
    }

    /// <summary>Initializes a reader over a file, which is opened when enumeration starts.</summary>
    /// <param name="path">The file path; its file name becomes <see cref="Name"/>.</param>
    /// <param name="options">The options, or <see langword="null"/> for the defaults.</param>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty, or an option is invalid.</exception>
    public CsvCatalogReader(string path, CsvCatalogReaderOptions? options = null)
    {
        _input = CatalogInput.FromPath(path);
        Name = CatalogInput.NameOf(path);
        _options = options ?? new CsvCatalogReaderOptions();
        _options.Validate();
    }

    /// <inheritdoc/>
    public string Name { get; }

    /// <summary>Gets the header cells as written in the file, in column order (ignored columns included); empty until enumeration has read the header.</summary>
    public IReadOnlyList<string> Columns => _columns;

    /// <inheritdoc/>
    public async IAsyncEnumerable<SourceProduct> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        Stream stream = _input.Open(out bool ownsStream);
        var source = new CharSource(stream);
        var parser = new CsvRecordParser(source, _options.Delimiter, _options.MaxFieldLength, _options.MaxRecordLength);
        try
        {
            if (!await parser.ReadRecordAsync(cancellationToken).ConfigureAwait(false))
            {
                yield break;
            }

            var header = new CsvHeader(this, parser, source);
            _columns = header.Headers;
            var builder = new RecordBuilder();
            long record = 0;
            bool produced = false;
            while (await parser.ReadRecordAsync(cancellationToken).ConfigureAwait(false))
            {
                cancellationToken.ThrowIfCancellationRequested();
                record++;
                produced = true;
                yield return header.Build(builder, parser, source, record);
            }

            if (!produced && header.HasHeaderIssues)
            {
                yield return header.BuildHeaderOnly(builder);
            }
        }
        finally
        {
            parser.Dispose();
            source.Dispose();
            if (ownsStream)
            {
                await stream.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    /// <summary>The parsed header of one enumeration and the rules that turn records into products.</summary>
    private sealed class CsvHeader
    {
        private readonly CsvCatalogReader _reader;
        private readonly CsvColumn[] _columns;
        private readonly int _keyIndex;
        private readonly List<(string Code, string Message, CatalogIssueSeverity Severity, long Line, string? Field)> _fileIssues = [];
        private readonly List<(string Code, string Message, CatalogIssueSeverity Severity, long Line, string? Field)> _headerIssues = [];
        private readonly long _headerLine;

        internal CsvHeader(CsvCatalogReader reader, CsvRecordParser parser, CharSource source)
        {
            _reader = reader;
            _headerLine = parser.RecordLine;
            Headers = [.. parser.Cells];
            _columns = new CsvColumn[Headers.Length];
            _keyIndex = -1;
            var seen = new Dictionary<string, int>(StringComparer.Ordinal);
            for (int i = 0; i < Headers.Length; i++)
            {
                CsvColumn column = CsvColumn.Parse(Headers[i]);
                _columns[i] = column;
                if (column.Ignored)
                {
                    if (column.Name.Length == 0)
                    {
                        _headerIssues.Add((
                            CatalogReadCodes.UnnamedColumn,
                            Invariant($"Header column {i + 1} on line {_headerLine} has no name; the column is ignored."),
                            CatalogIssueSeverity.Warning,
                            _headerLine,
                            null));
                    }

                    continue;
                }

                string identity = column.Name + "@" + column.Language?.ToUpperInvariant() + "[" + column.Unit + "]";
                if (seen.TryGetValue(identity, out int first))
                {
                    _fileIssues.Add((
                        CatalogReadCodes.DuplicateColumn,
                        Invariant($"The header on line {_headerLine} names column '{Headers[i].Trim()}' twice (columns {first + 1} and {i + 1}); no product of the file is accepted."),
                        CatalogIssueSeverity.Error,
                        _headerLine,
                        column.Name));
                }
                else
                {
                    seen.Add(identity, i);
                }

                if (_keyIndex < 0 && string.Equals(column.Name, reader._options.KeyField, StringComparison.Ordinal))
                {
                    _keyIndex = i;
                }
            }

            if (_keyIndex < 0)
            {
                _fileIssues.Add((
                    CatalogReadCodes.MissingKeyColumn,
                    Invariant($"The header on line {_headerLine} has no key column '{reader._options.KeyField}'; no product of the file is accepted."),
                    CatalogIssueSeverity.Error,
                    _headerLine,
                    reader._options.KeyField));
            }

            foreach (CsvProblem problem in parser.Problems)
            {
                _headerIssues.Add((ProblemCode(problem.Kind), HeaderProblemMessage(problem), CatalogIssueSeverity.Error, problem.Line, null));
            }

            CheckHeaderEncoding(source, parser.EndLine);
        }

        internal string[] Headers { get; }

        internal bool HasHeaderIssues { get; private set; }

        internal SourceProduct Build(RecordBuilder builder, CsvRecordParser parser, CharSource source, long record)
        {
            var location = new SourceLocation(_reader.Name, record, parser.RecordLine);
            List<string> cells = parser.Cells;
            int count = Math.Min(cells.Count, _columns.Length);
            bool trim = _reader._options.TrimValues;
            for (int i = 0; i < count; i++)
            {
                CsvColumn column = _columns[i];
                if (!column.Ignored)
                {
                    builder.Add(new SourceField(column.Name, trim ? cells[i].Trim() : cells[i], column.Unit, column.Language));
                }
            }

            if (record == 1)
            {
                foreach (var issue in _headerIssues)
                {
                    builder.AddIssue(new CatalogIssue(issue.Code, issue.Severity, issue.Message, location with { Line = issue.Line }) { SourceField = issue.Field });
                }
            }

            foreach (var issue in _fileIssues)
            {
                builder.AddIssue(new CatalogIssue(issue.Code, issue.Severity, issue.Message, location) { SourceField = issue.Field });
            }

            foreach (CsvProblem problem in parser.Problems)
            {
                string column = ColumnName(problem.Column);
                builder.AddIssue(new CatalogIssue(ProblemCode(problem.Kind), CatalogIssueSeverity.Error, ProblemMessage(problem, record, parser.RecordLine, column), location)
                {
                    SourceField = problem.Column < _columns.Length ? _columns[problem.Column].Name : null,
                });
            }

            if (!parser.RecordTooLarge && cells.Count != _columns.Length)
            {
                builder.AddIssue(new CatalogIssue(
                    CatalogReadCodes.ColumnCountMismatch,
                    CatalogIssueSeverity.Error,
                    Invariant($"Record {record} (line {parser.RecordLine}) has {cells.Count} cells but the header has {_columns.Length} columns."),
                    location));
            }

            while (source.TryTakeError(parser.EndLine, out CharSource.EncodingError error))
            {
                builder.AddIssue(new CatalogIssue(
                    CatalogReadCodes.InvalidEncoding,
                    CatalogIssueSeverity.Error,
                    Invariant($"Line {error.Line} contains bytes that are not valid UTF-8 at byte offset {error.ByteOffset}; they were read as U+FFFD."),
                    location with { Line = error.Line }));
            }

            string key = _keyIndex >= 0 && _keyIndex < cells.Count ? cells[_keyIndex].Trim() : string.Empty;
            if (key.Length == 0 && _keyIndex >= 0)
            {
                builder.AddIssue(new CatalogIssue(
                    CatalogReadCodes.MissingKey,
                    CatalogIssueSeverity.Error,
                    Invariant($"Record {record} (line {parser.RecordLine}) has no value in the key column '{_columns[_keyIndex].Header.Trim()}'."),
                    location) { SourceField = _columns[_keyIndex].Name });
            }

            return builder.Build(key, location);
        }

        internal SourceProduct BuildHeaderOnly(RecordBuilder builder)
        {
            var location = new SourceLocation(_reader.Name, 0, _headerLine);
            foreach (var issue in _headerIssues)
            {
                builder.AddIssue(new CatalogIssue(issue.Code, issue.Severity, issue.Message, location with { Line = issue.Line }) { SourceField = issue.Field });
            }

            return builder.Build(string.Empty, location);
        }

        private void CheckHeaderEncoding(CharSource source, long endLine)
        {
            while (source.TryTakeError(endLine, out CharSource.EncodingError error))
            {
                _headerIssues.Add((
                    CatalogReadCodes.InvalidEncoding,
                    Invariant($"Line {error.Line} contains bytes that are not valid UTF-8 at byte offset {error.ByteOffset}; they were read as U+FFFD."),
                    CatalogIssueSeverity.Error,
                    error.Line,
                    null));
            }

            HasHeaderIssues = _headerIssues.Count > 0;
        }

        private static string ProblemCode(CsvProblemKind kind) => kind switch
        {
            CsvProblemKind.QuoteInUnquotedValue or CsvProblemKind.TextAfterClosingQuote => CatalogReadCodes.MalformedRecord,
            CsvProblemKind.UnterminatedQuote => CatalogReadCodes.UnterminatedQuote,
            CsvProblemKind.FieldTooLong => CatalogReadCodes.FieldTooLong,
            _ => CatalogReadCodes.RecordTooLarge,
        };

        private string ColumnName(int index)
            => index < _columns.Length && _columns[index].Header.Trim().Length > 0
                ? Invariant($"'{_columns[index].Header.Trim()}' (column {index + 1})")
                : Invariant($"{index + 1}");

        private string ProblemMessage(CsvProblem problem, long record, long line, string column) => problem.Kind switch
        {
            CsvProblemKind.QuoteInUnquotedValue => Invariant($"Record {record} (line {line}), column {column}: a quote appears inside an unquoted value on line {problem.Line}."),
            CsvProblemKind.TextAfterClosingQuote => Invariant($"Record {record} (line {line}), column {column}: text follows the closing quote of a quoted value on line {problem.Line}."),
            CsvProblemKind.UnterminatedQuote => Invariant($"Record {record} (line {line}), column {column}: the quoted value opened on line {problem.Line} is not closed before the end of the file."),
            CsvProblemKind.FieldTooLong => Invariant($"Record {record} (line {line}), column {column}: the value is longer than {_reader._options.MaxFieldLength} characters and was dropped."),
            _ => Invariant($"Record {record} (line {line}) is longer than {_reader._options.MaxRecordLength} characters; the rest of it was skipped from column {column} on."),
        };

        private string HeaderProblemMessage(CsvProblem problem) => problem.Kind switch
        {
            CsvProblemKind.QuoteInUnquotedValue => Invariant($"The header on line {_headerLine}, column {problem.Column + 1}: a quote appears inside an unquoted name."),
            CsvProblemKind.TextAfterClosingQuote => Invariant($"The header on line {_headerLine}, column {problem.Column + 1}: text follows the closing quote of a quoted name."),
            CsvProblemKind.UnterminatedQuote => Invariant($"The header on line {_headerLine}, column {problem.Column + 1}: the quoted name is not closed before the end of the file."),
            CsvProblemKind.FieldTooLong => Invariant($"The header on line {_headerLine}, column {problem.Column + 1}: the name is longer than {_reader._options.MaxFieldLength} characters and was dropped."),
            _ => Invariant($"The header on line {_headerLine} is longer than {_reader._options.MaxRecordLength} characters; the rest of it was skipped."),
        };

        private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
    }
}
