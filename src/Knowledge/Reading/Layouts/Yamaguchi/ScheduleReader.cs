using Gyokaku.Knowledge.Model;

namespace Gyokaku.Knowledge.Reading.Layouts.Yamaguchi;

/// <summary>Which cell of a schedule row holds which fiscal year, taken from the header row (取組内容 … H30 R1(H31) R2 R3 R4).</summary>
internal sealed record YearColumns(IReadOnlyList<(int Column, FiscalYear Year)> Columns)
{
    public IReadOnlyList<FiscalYear> Years => Columns.Select(c => c.Year).ToList();

    /// <summary>A header row names at least three consecutive fiscal years; null for any other row.</summary>
    public static YearColumns? FromHeader(TabRow row)
    {
        var columns = new List<(int, FiscalYear)>();
        foreach (var (index, text) in row.NonEmpty())
            if (FiscalYear.TryParse(text, out var year)) columns.Add((index, year));
        if (columns.Count < 3) return null;
        for (var i = 1; i < columns.Count; i++)
            if (columns[i].Item2.Year != columns[i - 1].Item2.Year + 1) return null;
        return new YearColumns(columns);
    }

    /// <summary>Without a header, the years are assumed to follow the row's label cell one by one.</summary>
    public static YearColumns After(int labelColumn, IReadOnlyList<FiscalYear> years) =>
        new(years.Select((y, i) => (labelColumn + 1 + i, y)).ToList());
}

/// <summary>
/// Reads one activity of the 年次計画及び実績 schedule: the 計画 row (① title, 計画, a cell per year) and its 実績 row.
/// → in a plan cell means "as the year before"; it is resolved to that word and kept as printed.
/// </summary>
internal static class ScheduleReader
{
    public const string Continues = "→";

    public static bool IsActivityRow(TabRow row) => row.Head.Length > 0 && IsCircledNumber(row.Head[0]);

    public static bool IsResultRow(TabRow row) => row.Cell(0).Length == 0 && row.Cell(1) == "実績";

    public static IReadOnlyList<YearEntry> Read(TabRow planRow, TabRow? resultRow, YearColumns? header,
        IReadOnlyList<FiscalYear> fallbackYears, Action<int, string> warn)
    {
        var activity = planRow.Head;
        var planLabel = planRow.IndexOf(c => c == "計画");
        var columns = header ?? YearColumns.After(planLabel < 0 ? 1 : planLabel, fallbackYears);
        if (columns.Columns.Count == 0)
        {
            warn(planRow.Line, $"schedule row '{activity}': no year header and no plan period to place its cells; not read");
            return [];
        }
        var cells = columns.Columns.Select(c => planRow.Cell(c.Column)).ToList();

        // ③ with nothing after it is an unused placeholder row of the printed form.
        if (activity[1..].Trim().Length == 0)
        {
            if (cells.Any(c => c.Length > 0))
                warn(planRow.Line, $"schedule row '{activity}' has plan cells but no title; not read");
            return [];
        }
        if (planLabel < 0 || planLabel >= columns.Columns[0].Column)
            warn(planRow.Line, $"schedule row '{activity}' does not line up with the year header; its cells were read by position");
        var lastColumn = columns.Columns[^1].Column;
        if (planRow.NonEmpty(lastColumn + 1).Any())
            warn(planRow.Line, $"schedule row '{activity}' has cells beyond the last year column; they were not read");

        var entries = new List<YearEntry>();
        string? previous = null;
        for (var i = 0; i < columns.Columns.Count; i++)
        {
            var printed = cells[i].Length == 0 ? null : cells[i];
            string? plan = printed;
            if (printed == Continues)
            {
                plan = previous;
                if (previous is null)
                    warn(planRow.Line, $"schedule row '{activity}': → in {columns.Columns[i].Year} continues nothing");
            }
            previous = plan;
            var result = resultRow?.Cell(columns.Columns[i].Column);
            entries.Add(new YearEntry(columns.Columns[i].Year, activity, plan,
                printed != plan ? printed : null,
                string.IsNullOrEmpty(result) ? null : result, null));
        }
        return entries;
    }

    private static bool IsCircledNumber(char c) => c is >= '\u2460' and <= '\u2473';
}
