using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace B2B2C.Sdk.Catalog.Readers;

/// <summary>Collects the fields and issues of one record in reused buffers and builds the immutable product.</summary>
internal sealed class RecordBuilder
{
    private readonly List<CatalogIssue> _issues = [];
    private SourceField[] _fields = new SourceField[64];
    private int _count;

    /// <summary>Gets the number of fields collected so far.</summary>
    internal int Count => _count;

    /// <summary>Gets the number of issues collected so far.</summary>
    internal int IssueCount => _issues.Count;

    /// <summary>Adds a field.</summary>
    internal void Add(SourceField field)
    {
        if (_count == _fields.Length)
        {
            Array.Resize(ref _fields, _fields.Length * 2);
        }

        _fields[_count++] = field;
    }

    /// <summary>Adds an issue.</summary>
    internal void AddIssue(CatalogIssue issue) => _issues.Add(issue);

    /// <summary>Returns whether an issue with a code was added.</summary>
    internal bool HasIssue(string code)
    {
        foreach (CatalogIssue issue in _issues)
        {
            if (string.Equals(issue.Code, code, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Returns the first non-empty value of a field, trimmed, or an empty string.</summary>
    internal string FirstValue(string name)
    {
        for (int i = 0; i < _count; i++)
        {
            if (_fields[i].Value.Length > 0 && string.Equals(_fields[i].Name, name, StringComparison.Ordinal))
            {
                return _fields[i].Value.Trim();
            }
        }

        return string.Empty;
    }

    /// <summary>Builds the product and clears the builder for the next record.</summary>
    internal SourceProduct Build(string key, SourceLocation location)
    {
        ImmutableArray<SourceField> fields = ImmutableArray.Create(new ReadOnlySpan<SourceField>(_fields, 0, _count));
        ImmutableArray<CatalogIssue> issues = _issues.Count == 0 ? [] : [.. _issues];
        Clear();
        return new SourceProduct(key, location, fields, issues);
    }

    /// <summary>Forgets the collected fields and issues.</summary>
    internal void Clear()
    {
        Array.Clear(_fields, 0, _count);
        _count = 0;
        _issues.Clear();
    }
}
