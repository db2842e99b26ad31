using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using B2B2C.Sdk.Catalog;
using B2B2C.Sdk.Catalog.Delta;
using Spectre.Console;

namespace B2B2C.Sdk.Samples.Console;

/// <summary>How the sample shows catalog mapping runs: the counts of a run, its issues by code, its delta and compile diagnostics.</summary>
internal static class CatalogReport
{
    /// <summary>Builds the one-row table of a run's counts: read, valid, valid with warnings, invalid, written and carried-over values.</summary>
    /// <param name="summary">The run's summary.</param>
    /// <returns>The table.</returns>
    public static Table Counts(CatalogRunSummary summary)
    {
        var table = new Table()
            .Border(TableBorder.Rounded)
            .AddColumn(new TableColumn("Read").RightAligned())
            .AddColumn(new TableColumn("Valid").RightAligned())
            .AddColumn(new TableColumn("with warnings").RightAligned())
            .AddColumn(new TableColumn("Invalid").RightAligned())
            .AddColumn(new TableColumn("Written").RightAligned())
            .AddColumn(new TableColumn("Carried-over values").RightAligned());
        table.AddRow(
            Count(summary.ProductsRead),
            Count(summary.ValidProducts),
            Count(summary.ValidWithWarnings),
            Count(summary.InvalidProducts),
            Count(summary.ProductsWritten),
            Count(summary.CarriedOverValues));
        return table;
    }

    /// <summary>Builds the table of issues by code, most frequent first (then by code).</summary>
    /// <param name="summary">The run's summary.</param>
    /// <returns>The table, with a row per code.</returns>
    public static Table Issues(CatalogRunSummary summary)
    {
        var table = new Table()
            .Border(TableBorder.Rounded)
            .AddColumn("Issue code")
            .AddColumn(new TableColumn("Count").RightAligned());
        foreach (KeyValuePair<string, long> issue in ByFrequency(summary))
        {
            table.AddRow(Markup.Escape(issue.Key), Count(issue.Value));
        }

        return table;
    }

    /// <summary>Writes the most frequent issue codes on one line: <c>CV206 12, CM108 7</c>.</summary>
    /// <param name="summary">The run's summary.</param>
    /// <param name="top">How many codes to name at most.</param>
    /// <returns>The text; <c>none</c> when the run found no issue.</returns>
    public static string TopIssues(CatalogRunSummary summary, int top)
    {
        KeyValuePair<string, long>[] issues = [.. ByFrequency(summary)];
        if (issues.Length == 0)
        {
            return "none";
        }

        string named = string.Join(", ", issues.Take(top).Select(issue => $"{issue.Key} {Count(issue.Value)}"));
        return issues.Length > top ? $"{named} (and {issues.Length - top} more codes)" : named;
    }

    /// <summary>Writes the delta of a run against the previous manifest: <c>0 added, 0 changed, 0 invalidated, 0 removed, 274 unchanged</c>.</summary>
    /// <param name="delta">The delta.</param>
    /// <returns>The text.</returns>
    public static string Delta(CatalogDeltaResult delta)
        => $"{Count(delta.Added.Length)} added, {Count(delta.Changed.Length)} changed, {Count(delta.Invalidated.Length)} invalidated, "
            + $"{Count(delta.Removed.Length)} removed, {Count(delta.Unchanged)} unchanged";

    /// <summary>Writes a compile diagnostic on one line: code, severity, path, product type and message.</summary>
    /// <param name="diagnostic">The diagnostic.</param>
    /// <returns>The text.</returns>
    public static string Diagnostic(MappingDiagnostic diagnostic) => diagnostic.ToString();

    /// <summary>Writes a count with thousands separators, culture-invariant.</summary>
    /// <param name="count">The count.</param>
    /// <returns>The text.</returns>
    public static string Count(long count) => count.ToString("N0", CultureInfo.InvariantCulture);

    private static IEnumerable<KeyValuePair<string, long>> ByFrequency(CatalogRunSummary summary)
        => summary.IssuesByCode.OrderByDescending(issue => issue.Value).ThenBy(issue => issue.Key, StringComparer.Ordinal);
}
