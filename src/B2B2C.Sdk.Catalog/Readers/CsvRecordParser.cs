using System;
using System.Buffers;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace B2B2C.Sdk.Catalog.Readers;

/// <summary>
/// Splits characters into CSV records following RFC 4180 (quoted values may hold delimiters, quotes doubled, and
/// line breaks), in constant memory: a value longer than the limit is dropped while the parser reads on to its end,
/// and a record larger than the limit stops collecting values. Blank lines are skipped; lines are counted at line
/// feeds, also inside quoted values.
/// </summary>
internal sealed class CsvRecordParser : IDisposable
{
    private readonly CharSource _source;
    private readonly char _delimiter;
    private readonly int _maxFieldLength;
    private readonly long _maxRecordLength;
    private readonly SearchValues<char> _unquotedStops;
    private readonly SearchValues<char> _quotedStops;
    private readonly List<string> _cells = [];
    private readonly List<CsvProblem> _problems = [];
    private char[] _field;
    private int _fieldLength;
    private bool _fieldTooLong;
    private long _recordChars;
    private bool _recordTooLarge;
    private bool _recordStarted;
    private bool _skipLineFeed;
    private bool _ended;
    private State _state;
    private long _line = 1;
    private long _quoteLine;

    internal CsvRecordParser(CharSource source, char delimiter, int maxFieldLength, long maxRecordLength)
    {
        _source = source;
        _delimiter = delimiter;
        _maxFieldLength = maxFieldLength;
        _maxRecordLength = maxRecordLength;
        _unquotedStops = SearchValues.Create([delimiter, '"', '\r', '\n']);
        _quotedStops = SearchValues.Create(['"', '\n']);
        _field = ArrayPool<char>.Shared.Rent(256);
    }

    private enum State
    {
        FieldStart,
        Unquoted,
        Quoted,
        QuoteInQuoted,
    }

    /// <summary>Gets the values of the current record (values longer than the limit are empty).</summary>
    internal List<string> Cells => _cells;

    /// <summary>Gets the problems found in the current record.</summary>
    internal List<CsvProblem> Problems => _problems;

    /// <summary>Gets the line where the current record starts.</summary>
    internal long RecordLine { get; private set; }

    /// <summary>Gets the line where the current record ends.</summary>
    internal long EndLine { get; private set; }

    /// <summary>Gets a value indicating whether the current record was too large to keep whole.</summary>
    internal bool RecordTooLarge => _recordTooLarge;

    /// <summary>Reads the next record.</summary>
    /// <returns><see langword="false"/> when the input has no more records.</returns>
    internal async ValueTask<bool> ReadRecordAsync(CancellationToken cancellationToken)
    {
        _cells.Clear();
        _problems.Clear();
        _fieldLength = 0;
        _fieldTooLong = false;
        _recordChars = 0;
        _recordTooLarge = false;
        _recordStarted = false;
        _state = State.FieldStart;
        RecordLine = _line;
        if (_ended)
        {
            return false;
        }

        while (true)
        {
            if (_source.Position == _source.Length
                && !await _source.FillAsync(cancellationToken).ConfigureAwait(false))
            {
                _ended = true;
                return FinishAtEnd();
            }

            if (Scan())
            {
                return true;
            }
        }
    }

    /// <summary>Returns the pooled buffer.</summary>
    public void Dispose()
    {
        if (_field.Length > 0)
        {
            ArrayPool<char>.Shared.Return(_field);
            _field = [];
        }
    }

    private bool FinishAtEnd()
    {
        if (_state == State.Quoted)
        {
            AddProblem(CsvProblemKind.UnterminatedQuote, _quoteLine);
            EndField();
            EndLine = _line;
            return true;
        }

        if (_recordStarted || _cells.Count > 0 || _fieldLength > 0)
        {
            EndField();
            EndLine = _line;
            return true;
        }

        return false;
    }

    private bool Scan()
    {
        char[] buffer = _source.Chars;
        int position = _source.Position;
        int length = _source.Length;
        while (position < length)
        {
            char c = buffer[position];
            if (_skipLineFeed)
            {
                _skipLineFeed = false;
                if (c == '\n')
                {
                    position++;
                    _line++;
                    if (!_recordStarted)
                    {
                        RecordLine = _line;
                    }

                    continue;
                }
            }

            switch (_state)
            {
                case State.FieldStart:
                    if (c == '"')
                    {
                        MarkStarted();
                        _state = State.Quoted;
                        _quoteLine = _line;
                        position++;
                        continue;
                    }

                    _state = State.Unquoted;
                    continue;

                case State.Unquoted:
                {
                    int run = buffer.AsSpan(position, length - position).IndexOfAny(_unquotedStops);
                    if (run < 0)
                    {
                        MarkStarted();
                        Append(buffer.AsSpan(position, length - position));
                        position = length;
                        continue;
                    }

                    if (run > 0)
                    {
                        MarkStarted();
                        Append(buffer.AsSpan(position, run));
                        position += run;
                    }

                    c = buffer[position];
                    if (c == '"')
                    {
                        MarkStarted();
                        AddProblem(CsvProblemKind.QuoteInUnquotedValue, _line);
                        Append("\"");
                        position++;
                        continue;
                    }

                    if (c == _delimiter)
                    {
                        MarkStarted();
                        EndField();
                        _state = State.FieldStart;
                        position++;
                        continue;
                    }

                    position++;
                    if (!_recordStarted)
                    {
                        // A blank line: skip it.
                        EndOfLine(c);
                        _state = State.FieldStart;
                        RecordLine = _line;
                        continue;
                    }

                    EndLine = _line;
                    EndOfLine(c);
                    EndField();
                    _source.Position = position;
                    return true;
                }

                case State.Quoted:
                {
                    int run = buffer.AsSpan(position, length - position).IndexOfAny(_quotedStops);
                    if (run < 0)
                    {
                        Append(buffer.AsSpan(position, length - position));
                        position = length;
                        continue;
                    }

                    Append(buffer.AsSpan(position, run));
                    position += run;
                    if (buffer[position] == '\n')
                    {
                        Append("\n");
                        _line++;
                    }
                    else
                    {
                        _state = State.QuoteInQuoted;
                    }

                    position++;
                    continue;
                }

                case State.QuoteInQuoted:
                    if (c == '"')
                    {
                        Append("\"");
                        _state = State.Quoted;
                        position++;
                        continue;
                    }

                    if (c == _delimiter)
                    {
                        EndField();
                        _state = State.FieldStart;
                        position++;
                        continue;
                    }

                    if (c is '\r' or '\n')
                    {
                        position++;
                        EndLine = _line;
                        EndOfLine(c);
                        EndField();
                        _source.Position = position;
                        return true;
                    }

                    AddProblem(CsvProblemKind.TextAfterClosingQuote, _line);
                    _state = State.Unquoted;
                    continue;
            }
        }

        _source.Position = position;
        return false;
    }

    private void EndOfLine(char c)
    {
        if (c == '\n')
        {
            _line++;
        }
        else
        {
            _skipLineFeed = true;
        }
    }

    private void MarkStarted()
    {
        if (!_recordStarted)
        {
            _recordStarted = true;
            RecordLine = _line;
        }
    }

    private void Append(ReadOnlySpan<char> text)
    {
        _recordChars += text.Length;
        if (_recordTooLarge)
        {
            return;
        }

        if (_recordChars > _maxRecordLength)
        {
            _recordTooLarge = true;
            AddProblem(CsvProblemKind.RecordTooLarge, _line);
            return;
        }

        if (_fieldTooLong)
        {
            return;
        }

        if (_fieldLength + text.Length > _maxFieldLength)
        {
            _fieldTooLong = true;
            AddProblem(CsvProblemKind.FieldTooLong, _line);
            return;
        }

        if (_fieldLength + text.Length > _field.Length)
        {
            char[] larger = ArrayPool<char>.Shared.Rent(Math.Max(_field.Length * 2, _fieldLength + text.Length));
            _field.AsSpan(0, _fieldLength).CopyTo(larger);
            ArrayPool<char>.Shared.Return(_field);
            _field = larger;
        }

        text.CopyTo(_field.AsSpan(_fieldLength));
        _fieldLength += text.Length;
    }

    private void EndField()
    {
        _recordChars++;
        if (!_recordTooLarge && _recordChars > _maxRecordLength)
        {
            _recordTooLarge = true;
            AddProblem(CsvProblemKind.RecordTooLarge, _line);
        }

        if (!_recordTooLarge)
        {
            _cells.Add(_fieldTooLong || _fieldLength == 0 ? string.Empty : new string(_field, 0, _fieldLength));
        }

        _fieldLength = 0;
        _fieldTooLong = false;
    }

    private void AddProblem(CsvProblemKind kind, long line)
    {
        int column = _cells.Count;
        foreach (CsvProblem problem in _problems)
        {
            if (problem.Kind == kind && problem.Column == column)
            {
                return;
            }
        }

        _problems.Add(new CsvProblem(kind, column, line));
    }
}
