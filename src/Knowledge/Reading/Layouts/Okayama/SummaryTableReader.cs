using System.Text;
using Gyokaku.Knowledge.Model;

namespace Gyokaku.Knowledge.Reading.Layouts.Okayama;

/// <summary>One row of the summary table: a 取組項目 with where it sits, who owns it and its page.</summary>
internal sealed record SummaryEntry(
    string Key,
    PathSegment Measure,
    PathSegment Development,
    NumberedTitle Item,
    IReadOnlyList<Department> Departments,
    string? Page,
    int Line);

/// <summary>The summary table and where it is: its heading's line and the line after its last row.</summary>
internal sealed record SummaryTable(IReadOnlyList<SummaryEntry> Entries, int HeaderLine, int EndLine)
{
    public static readonly SummaryTable None = new([], 0, 1);
}

/// <summary>
/// Reads the table 行財政改革を推進するための取組項目: 施策の展開 | 取組項目 | 担当部局 | ページ.
/// 施策 and 展開 are printed only on their first row (merged cells in the PDF), so an empty cell
/// means "same as the row above" — that is the table's own structure, not a guess.
/// </summary>
internal static class SummaryTableReader
{
    private const int Columns = 5; // 施策, 展開, 取組項目, 担当部局, ページ

    public static SummaryTable Read(SourceText text, ICollection<ReadWarning> warnings)
    {
        var header = FindHeader(text);
        if (header == 0)
        {
            warnings.Add(new ReadWarning(text.FileName, 1, "summary table (取組項目 / 担当部局) not found; 取組項目 get no 担当部局"));
            return SummaryTable.None;
        }

        var entries = new List<SummaryEntry>();
        NumberedTitle? measure = null, development = null;
        var n = header + 1;
        for (; n <= text.Lines.Count; n++)
        {
            var line = text.Line(n);
            if (line.Trim().Length == 0 || !line.Contains('\t')) break;
            var cells = line.Split('\t');
            if (cells.Length < Columns)
                warnings.Add(new ReadWarning(text.FileName, n, $"summary row has {cells.Length} of {Columns} cells; read what is there"));

            var measureCell = Cell(cells, 0);
            if (measureCell.Length > 0)
            {
                measure = NumberedCells.Measure(measureCell);
                development = null;
                if (measure is null) warnings.Add(new ReadWarning(text.FileName, n, $"施策 cell without a number: '{measureCell}'"));
            }
            var developmentCell = Cell(cells, 1);
            if (developmentCell.Length > 0)
            {
                development = NumberedCells.Development(developmentCell);
                if (development is null) warnings.Add(new ReadWarning(text.FileName, n, $"展開 cell without a number: '{developmentCell}'"));
            }
            var item = NumberedCells.Item(Cell(cells, 2));
            if (item is null || measure is null || development is null)
            {
                warnings.Add(new ReadWarning(text.FileName, n, "summary row without a full 施策-展開-取組項目 number; skipped"));
                continue;
            }
            var departments = Departments(Cell(cells, 3));
            if (departments.Count == 0) warnings.Add(new ReadWarning(text.FileName, n, $"取組項目 {item.Printed} has no 担当部局"));
            var page = Cell(cells, 4);
            entries.Add(new SummaryEntry(
                $"{measure.Number}-{development.Number}-{item.Number}",
                new PathSegment("施策", measure.Number, measure.Title),
                new PathSegment("展開", development.Number, development.Title),
                item, departments, page.Length > 0 ? page : null, n));
        }
        return new SummaryTable(entries, header, n);
    }

    /// <summary>The header row: a tab row with the cells 取組項目 and 担当部局.</summary>
    public static int FindHeader(SourceText text)
    {
        for (var n = 1; n <= text.Lines.Count; n++)
        {
            var line = text.Line(n);
            if (!line.Contains('\t')) continue;
            var cells = line.Normalize(NormalizationForm.FormKC).Split('\t').Select(c => c.Trim()).ToList();
            if (cells.Contains("取組項目") && cells.Contains("担当部局")) return n;
        }
        return 0;
    }

    /// <summary>"政策局、財政局" → two bureaus; the document marks no lead.</summary>
    private static List<Department> Departments(string cell) =>
        cell.Split(['、', ',', '，'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(name => new Department(name))
            .ToList();

    private static string Cell(string[] cells, int index) => index < cells.Length ? cells[index].Trim() : "";
}
