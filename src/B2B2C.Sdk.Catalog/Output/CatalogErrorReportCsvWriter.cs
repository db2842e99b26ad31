using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using CsvHelper;
using CsvHelper.Configuration;

namespace B2B2C.Sdk.Catalog.Output;

/// <summary>Writes invalid products as a CSV file shaped like the input, so people can fix the rows and run them again.</summary>
/// <remarks>
/// <para>
/// The header is the input's columns followed by three report columns: <c>#errors</c> (the issue codes joined by
/// <c>;</c>), <c>#messages</c> (the messages joined by <c> | </c>) and <c>#location</c> (the record's location, as
/// <see cref="SourceLocation.ToString"/> gives it). Every issue is listed, warnings included. The CSV reader ignores
/// columns whose header starts with <c>#</c>, so the report reads back as input; for the same reason input columns
/// starting with <c>#</c> (for example the report columns of an earlier run) are left out of the header.
/// </para>
/// <para>
/// The input's columns are given at construction, exactly as the input's header texts (<c>resistance [OHM]</c>,
/// <c>title@zh-CN</c>), or, when not given, derived from the first product's fields: the name, then <c>@</c> and the
/// language, then a space and the unit in brackets. A product's fields fill the row in order when there are as many
/// fields as columns (the CSV reader gives one field per column, empty cells included); otherwise each column takes
/// the next field whose reconstructed header equals the column's text, and fields without a column are not written.
/// </para>
/// <para>
/// Output is RFC 4180: comma-separated, fields quoted when they hold a comma, a quote, a line break or leading or
/// trailing spaces, records ended by CR LF, UTF-8 without a byte order mark. The header is written with the first
/// product, or at the end when there was none. The stream is never closed. Not thread-safe.
/// </para>
/// </remarks>
public sealed class CatalogErrorReportCsvWriter : IAsyncDisposable
{
    /// <summary>The header of the column that lists the issue codes.</summary>
    public const string ErrorsColumn = "#errors";

    /// <summary>The header of the column that lists the issue messages.</summary>
    public const string MessagesColumn = "#messages";

    /// <summary>The header of the column that gives the record's location.</summary>
    public const string LocationColumn = "#location";

    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly StreamWriter _text;
    private readonly CsvWriter _csv;
    private List<string>? _columns;
    private bool _headerWritten;
    private bool _disposed;

    /// <summary>Initializes a writer.</summary>
    /// <param name="stream">The writable stream; it is not closed by the writer.</param>
    /// <param name="columns">The input's header texts in order, or <see langword="null"/> to derive them from the first product.</param>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="stream"/> is not writable, or a column is <see langword="null"/>.</exception>
    public CatalogErrorReportCsvWriter(Stream stream, IReadOnlyList<string>? columns = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (!stream.CanWrite)
        {
            throw new ArgumentException("The stream is not writable.", nameof(stream));
        }

        if (columns is not null)
        {
            _columns = [];
            foreach (string? column in columns)
            {
                if (column is null)
                {
                    throw new ArgumentException("A column header is null.", nameof(columns));
                }

                if (!column.StartsWith('#'))
                {
                    _columns.Add(column);
                }
            }
        }

        _text = new StreamWriter(stream, s_utf8, bufferSize: 64 * 1024, leaveOpen: true);
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            NewLine = "\r\n",
            HasHeaderRecord = false,
        };
        _csv = new CsvWriter(_text, configuration, leaveOpen: true);
    }

    /// <summary>Gets how many products have been written.</summary>
    public long Count { get; private set; }

    /// <summary>Writes one invalid product as one row.</summary>
    /// <param name="product">The product; it must be invalid.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the row is buffered.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="product"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="product"/> is valid: valid products are published, not reported.</exception>
    /// <exception cref="ObjectDisposedException">The writer was disposed.</exception>
    public async ValueTask WriteAsync(MappedProduct product, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(product);
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (product.IsValid)
        {
            throw new ArgumentException($"Product '{product.Source}' is valid; the error report holds invalid products only.", nameof(product));
        }

        cancellationToken.ThrowIfCancellationRequested();
        _columns ??= HeadersOf(product.Source.Fields);
        await WriteHeaderAsync().ConfigureAwait(false);

        foreach (string cell in CellsOf(product.Source.Fields, _columns))
        {
            _csv.WriteField(cell);
        }

        var codes = new StringBuilder();
        var messages = new StringBuilder();
        foreach (CatalogIssue issue in product.Issues)
        {
            codes.Append(codes.Length > 0 ? ";" : string.Empty).Append(issue.Code);
            messages.Append(messages.Length > 0 ? " | " : string.Empty).Append(issue.Message);
        }

        _csv.WriteField(codes.ToString());
        _csv.WriteField(messages.ToString());
        _csv.WriteField(product.Location.ToString());
        await _csv.NextRecordAsync().ConfigureAwait(false);
        Count++;
    }

    /// <summary>Writes the buffered rows to the stream and flushes the stream.</summary>
    /// <param name="cancellationToken">Cancels the flush.</param>
    /// <returns>A task that completes when the stream is flushed.</returns>
    /// <exception cref="ObjectDisposedException">The writer was disposed.</exception>
    public async ValueTask FlushAsync(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        cancellationToken.ThrowIfCancellationRequested();
        await _csv.FlushAsync().ConfigureAwait(false);
        await _text.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes the header if no product was written, flushes the rows and releases the writer; the stream stays open.</summary>
    /// <returns>A task that completes when the rows are written.</returns>
    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        try
        {
            _columns ??= [];
            await WriteHeaderAsync().ConfigureAwait(false);
            await _csv.FlushAsync().ConfigureAwait(false);
            await _text.FlushAsync().ConfigureAwait(false);
        }
        finally
        {
            _disposed = true;
            await _csv.DisposeAsync().ConfigureAwait(false);
            await _text.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>Returns the header text the CSV reader would have read a field from: <c>name@lang [UNIT]</c>.</summary>
    internal static string HeaderOf(SourceField field)
    {
        string header = field.Language is null ? field.Name : field.Name + "@" + field.Language;
        return field.Unit is null ? header : header + " [" + field.Unit + "]";
    }

    private static List<string> HeadersOf(ImmutableArray<SourceField> fields)
    {
        var headers = new List<string>(fields.Length);
        foreach (SourceField field in fields)
        {
            headers.Add(HeaderOf(field));
        }

        return headers;
    }

    private static string[] CellsOf(ImmutableArray<SourceField> fields, List<string> columns)
    {
        var cells = new string[columns.Count];
        if (fields.Length == columns.Count)
        {
            for (int i = 0; i < cells.Length; i++)
            {
                cells[i] = fields[i].Value ?? string.Empty;
            }

            return cells;
        }

        var used = new bool[fields.Length];
        for (int column = 0; column < cells.Length; column++)
        {
            cells[column] = string.Empty;
            for (int i = 0; i < fields.Length; i++)
            {
                if (!used[i] && string.Equals(HeaderOf(fields[i]), columns[column], StringComparison.Ordinal))
                {
                    used[i] = true;
                    cells[column] = fields[i].Value ?? string.Empty;
                    break;
                }
            }
        }

        return cells;
    }

    private async ValueTask WriteHeaderAsync()
    {
        if (_headerWritten)
        {
            return;
        }

        _headerWritten = true;
        foreach (string column in _columns!)
        {
            _csv.WriteField(column);
        }

        _csv.WriteField(ErrorsColumn);
        _csv.WriteField(MessagesColumn);
        _csv.WriteField(LocationColumn);
        await _csv.NextRecordAsync().ConfigureAwait(false);
    }
}
