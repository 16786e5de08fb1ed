using System.Text;
using System.Text.RegularExpressions;
using Gyokaku.Knowledge.Model;

namespace Gyokaku.Knowledge.Reading.Layouts.Okayama;

/// <summary>One row of the detail table, cells still as printed (HTML included), with its columns' meaning.</summary>
internal sealed record DetailRow(
    NumberedTitle Measure,
    NumberedTitle Development,
    NumberedTitle Item,
    NumberedTitle? Concrete,
    string Overview,
    IReadOnlyList<(FiscalYear Year, string Cell)> Plans,
    string Result,
    FiscalYear? ResultYear,
    LineRange Lines)
{
    /// <summary>The 取組項目's key, 施策-展開-取組項目: "1-1-③".</summary>
    public string ItemKey => $"{Measure.Number}-{Development.Number}-{Item.Number}";

    /// <summary>The row's own name in warnings: "1-1-③" or "1-1-③-a".</summary>
    public string Name => Concrete is null ? ItemKey : $"{ItemKey}-{Concrete.Number ?? Concrete.Printed}";
}

/// <summary>
/// Reads the detail table's rows, one per 取組項目 or 具体的取組. A row is one tab-separated line
/// starting with its 施策 number; a row the extraction broke across lines is joined back (and
/// reported); the header rows repeated on every page re-read the columns.
/// </summary>
internal static partial class DetailRowReader
{
    public static IReadOnlyList<DetailRow> Read(SourceText text, int fromLine, ICollection<ReadWarning> warnings)
    {
        var rows = new List<DetailRow>();
        DetailColumns? columns = null;
        var missingHeaderReported = false;
        var pending = new List<(int Line, string Text)>();

        void Flush()
        {
            if (pending.Count == 0) return;
            var lines = new LineRange(pending[0].Line, pending[^1].Line);
            var joined = string.Join(" ", pending.Select(p => p.Text));
            pending.Clear();
            if (columns is null)
            {
                if (!missingHeaderReported)
                    warnings.Add(new ReadWarning(text.FileName, lines.Start, "detail row before any <施策>…<概要> header; rows left to full-text search until one"));
                missingHeaderReported = true;
                return;
            }
            if (lines.Start != lines.End)
                warnings.Add(new ReadWarning(text.FileName, lines.Start, $"row broken across lines {lines.Start}-{lines.End}; joined"));
            var row = Parse(text.FileName, joined, columns, lines, warnings);
            if (row is not null) rows.Add(row);
        }

        for (var n = fromLine; n <= text.Lines.Count; n++)
        {
            var line = text.Line(n);
            switch (Classify(line, pending, columns))
            {
                case LineKind.Blank or LineKind.Heading:
                    Flush();
                    break;
                case LineKind.Labels:
                    Flush();
                    var group = n > 1 && DetailColumns.IsGroupRow(text.Line(n - 1)) ? text.Line(n - 1) : null;
                    columns = DetailColumns.From(line, group);
                    missingHeaderReported = false;
                    if (columns is null)
                        warnings.Add(new ReadWarning(text.FileName, n, "table header without readable <施策>/<展開>/<項目名>/<概要>/year columns; rows below skipped"));
                    break;
                case LineKind.NewRow:
                    Flush();
                    pending.Add((n, line));
                    break;
                case LineKind.Continuation:
                    pending.Add((n, line));
                    break;
                default:
                    warnings.Add(new ReadWarning(text.FileName, n, "line outside any table row; left to full-text search"));
                    break;
            }
        }
        Flush();
        return rows;
    }

    private enum LineKind { Blank, Labels, Heading, NewRow, Continuation, Stray }

    /// <summary>What a line is, given the row being gathered and the columns a row should have.</summary>
    private static LineKind Classify(string line, List<(int Line, string Text)> pending, DetailColumns? columns)
    {
        if (line.Trim().Length == 0) return LineKind.Blank;
        if (DetailColumns.IsLabelRow(line)) return LineKind.Labels;
        if (DetailColumns.IsGroupRow(line) || (!line.Contains('\t') && PageHeading().IsMatch(line.Normalize(NormalizationForm.FormKC))))
            return LineKind.Heading;
        if (StartsRow(line)) return LineKind.NewRow;

        var expected = columns?.Count ?? int.MaxValue;
        var pendingCells = pending.Sum(p => p.Text.Count(c => c == '\t')) + 1;
        // The rest of a cell the extraction broke onto a new line.
        if (pending.Count > 0 && pendingCells < expected) return LineKind.Continuation;
        // A whole row whose 施策 cell is damaged: a row of its own (reported when parsed), not part of the one above.
        if (line.Count(c => c == '\t') + 1 >= expected - 1) return LineKind.NewRow;
        // The 実績 cell went on past the end of its line.
        return pending.Count > 0 ? LineKind.Continuation : LineKind.Stray;
    }

    /// <summary>A row starts with its 施策 number and a tab further on: "1 健全で持続可能な財政運営\t…".</summary>
    private static bool StartsRow(string line) =>
        line.Contains('\t') && NumberedCells.Measure(line.Split('\t')[0]) is not null;

    private static DetailRow? Parse(string file, string joined, DetailColumns columns, LineRange lines, ICollection<ReadWarning> warnings)
    {
        var cells = joined.Split('\t').ToList();
        if (cells.Count < columns.Count)
            warnings.Add(new ReadWarning(file, lines.Start, $"row has {cells.Count} of {columns.Count} cells; missing cells left empty"));
        else if (cells.Count > columns.Count && columns.Result == columns.Count - 1)
        {
            // Stray tabs inside the last cell: keep its text whole rather than drop it.
            warnings.Add(new ReadWarning(file, lines.Start, $"row has {cells.Count} cells, expected {columns.Count}; extra cells joined into the 実績"));
            cells = [.. cells.Take(columns.Result), string.Join(" ", cells.Skip(columns.Result))];
        }
        string Cell(int i) => i >= 0 && i < cells.Count ? cells[i].Trim() : "";

        var measure = NumberedCells.Measure(Cell(columns.Measure));
        var development = NumberedCells.Development(Cell(columns.Development));
        var item = NumberedCells.Item(Cell(columns.Item));
        if (measure is null || development is null || item is null)
        {
            var missing = measure is null ? "施策" : development is null ? "展開" : "項目名";
            warnings.Add(new ReadWarning(file, lines.Start, $"row without a numbered {missing} cell; left to full-text search"));
            return null;
        }
        NumberedTitle? concrete = null;
        var concreteCell = Cell(columns.Concrete);
        if (concreteCell.Length > 0)
        {
            concrete = NumberedCells.Concrete(concreteCell) ?? new NumberedTitle(null, "", concreteCell);
            if (concrete.Printed.Length == 0)
                warnings.Add(new ReadWarning(file, lines.Start, $"具体的取組 without a) / ○ marker: '{concreteCell}'"));
        }
        var plans = columns.Years.Select(y => (y.Year, Cell(y.Column))).ToList();
        return new DetailRow(measure, development, item, concrete, Cell(columns.Overview), plans,
            Cell(columns.Result), columns.ResultYear, lines);
    }

    // "施策1 健全で持続可能な財政運営": the heading above each 施策's part of the table.
    [GeneratedRegex(@"^\s*施策\s*\d+\s*\S")]
    private static partial Regex PageHeading();
}
