using System.Text.RegularExpressions;
using Gyokaku.Knowledge.Model;
using Gyokaku.Knowledge.Reading.Text;

namespace Gyokaku.Knowledge.Reading.Layouts.Structured;

/// <summary>
/// Every table of figures in the text (tab, Markdown or HTML rows under a header row), kept as a
/// <see cref="DataTable"/>: a row's label and a column's header find the cell. Tables of items are read as
/// items too; these are for the rest (財政の状況 by year, 効果額 by 区分) and for a figure asked by row and column.
/// A values row printed without a label (効果額（千円）	R6	R7 … then 	1,500	1,800 …) belongs to the
/// item or heading above the table, whose title labels it.
/// </summary>
internal static partial class DataTables
{
    public static IReadOnlyList<DataTable> Read(IReadOnlyList<MappedLine> lines)
    {
        var tables = new List<DataTable>();
        var n = 0;
        while (n < lines.Count)
        {
            var rows = new List<(IReadOnlyList<string> Cells, int Line)>();
            var start = n;
            while (n < lines.Count && Cells(lines[n].Original) is { } cells)
            {
                var at = n + 1;
                // A tab row whose cell wraps onto the next lines is one row, not a row and some text.
                if (rows.Count > 0 && lines[n].Original.Contains('\t') && cells.Count < rows[0].Cells.Count
                    && TableRow.Continued(lines, n + 1, cells, rows[0].Cells.Count) is { } whole)
                    (cells, n) = (whole.Cells, whole.LastLine - 1);
                if (!TableRow.IsSeparator(lines[n].Original) && cells.Count > 0) rows.Add((cells, at));
                n++;
                if (RowAfterJoinedRecord(lines, n, rows)) n++;
            }
            // Lines of two tab cells make a table only among themselves (区分	効果額 / 歳入の確保	75,620): beside
            // a wider table they would become its header.
            if (n == start)
                while (n < lines.Count && TwoCells(lines[n].Original) is { } pair)
                {
                    rows.Add((pair, n + 1));
                    n++;
                }
            if (rows.Count >= 2 && Table(lines, rows, start) is { } table) tables.Add(table);
            n = Math.Max(n, start + 1);
        }
        return tables;
    }

    /// <summary>
    /// Whether the blank line at <paramref name="n"/> is one a record of a sheet left when its wrapped cell was
    /// joined onto the record's first line (<see cref="TabSheets"/>, <see cref="CsvSheets"/>): the next line is a row
    /// as wide as the one above it, and no header of a table of its own, so the table goes on past the blank.
    /// </summary>
    private static bool RowAfterJoinedRecord(IReadOnlyList<MappedLine> lines, int n, List<(IReadOnlyList<string> Cells, int Line)> rows)
    {
        if (n + 1 >= lines.Count || rows.Count < 2 || lines[n].Original.Trim().Length > 0) return false;
        var next = lines[n + 1].Original;
        if (!TableRow.IsRow(next) || TableRow.IsSeparator(next)) return false;
        var cells = TableRow.Cells(next);
        return cells.Count >= 3 && cells.Count == rows[^1].Cells.Count && cells.Count == rows[0].Cells.Count && HeaderTables.ReadHeader(cells) is null;
    }

    private static DataTable? Table(IReadOnlyList<MappedLine> lines, List<(IReadOnlyList<string> Cells, int Line)> rows, int start)
    {
        if (ItemFigureTables.ByTitle(rows) is { } byTitle) rows = byTitle;
        var header = rows[0].Cells;
        if (header.Count < 2 || header.Skip(1).Any(c => c.Length > 30)) return null;
        // Two columns are a table of figures only when every row gives one (区分 | 効果額 / 歳入の確保 | 75,620):
        // a two-column table of words (区分 | 内容) is a legend or a list, read elsewhere.
        // Its header names the column (効果額), so labelled figures printed one under another (目標値	100) are no table.
        if (header.Count == 2 && (Figure().IsMatch(header[1].Trim()) || !rows.Skip(1).All(r => r.Cells.Count == 2 && Figure().IsMatch(r.Cells[1].Trim())))) return null;
        // A table of items (番号 | 取組項目 | …) is read as items, not as figures.
        var kinds = header.Select(c => FieldLabel.Read(c).Kind).ToList();
        if (kinds.Contains(LabelKind.Title) && (kinds.Contains(LabelKind.Number) || kinds.Contains(LabelKind.Department))) return null;
        var title = TitleAbove(lines, start);
        var body = new List<DataRow>();
        foreach (var (cells, _) in rows.Skip(1))
        {
            if (cells.Count < 2) continue;
            // A row of figures only: the header's first cell or the title above names it.
            var label = cells[0].Length > 0 ? cells[0] : title;
            body.Add(new DataRow(label, cells.Skip(1).Select(Cell).ToList()));
        }
        if (body.Count == 0 || !body.Any(r => r.Cells.Any(c => c is not null && c.Any(char.IsDigit)))) return null;
        var columns = header.Skip(1).ToList();
        var unit = UnitOf(header[0]) ?? UnitBelow(lines, rows[^1].Line) ?? UnitAbove(lines, start) ?? (header.Count == 2 ? UnitOf(header[1]) : null);
        var name = header[0].Length > 0 && !LooksLikeAxis(header[0]) ? $"{title} {header[0]}".Trim() : title;
        return new DataTable(name, unit, columns, body, new LineRange(rows[0].Line, rows[^1].Line));
    }

    // －/― in a cell: the document prints that there is no figure; the cell is empty.
    private static string? Cell(string cell) => cell.Trim() is "" or "-" or "－" or "―" or "ー" or "—" or "‐" ? null : cell.Trim();

    /// <summary>The cells of a table line (tab, Markdown or one HTML &lt;tr&gt;), or null for any other line.</summary>
    private static IReadOnlyList<string>? Cells(string line)
    {
        var s = line.Trim();
        if (s.StartsWith("<tr", StringComparison.OrdinalIgnoreCase))
            return HtmlCell().Matches(s).Select(m => HtmlFragments.ToPlainText(m.Groups["c"].Value).Text.Trim()).ToList();
        if (s.StartsWith("<table", StringComparison.OrdinalIgnoreCase) || s.StartsWith("</table", StringComparison.OrdinalIgnoreCase)) return [];
        return TableRow.IsRow(line) ? TableRow.Cells(line) : null;
    }

    /// <summary>The two cells of a line with exactly one tab and text on both sides, or null.</summary>
    private static IReadOnlyList<string>? TwoCells(string line)
    {
        var cells = line.Split('\t').Select(c => c.Trim()).ToList();
        return cells.Count == 2 && cells.All(c => c.Length > 0) ? cells : null;
    }

    // 区分, 指標, 年: the header's first cell names the axis of row labels, not the table.
    private static bool LooksLikeAxis(string cell) => cell.Length <= 4 || cell is "基本方針" or "指標名" or "取組項目";

    /// <summary>
    /// What the table is about: its caption just above it (〔令和５年度の財政効果額（実績）〕), else the item whose
    /// block it closes (a marker line in the same paragraph), else the nearest section heading above
    /// (７　効果額の状況, 第６章), else the nearest line of text. A chapter may hold several tables: only the
    /// caption tells them apart (the year of a 実績 table is often in it alone).
    /// </summary>
    private static string TitleAbove(IReadOnlyList<MappedLine> lines, int start)
    {
        string? nearest = null;
        var sameParagraph = true;
        for (var i = start - 1; i >= 0 && i >= start - 15; i--)
        {
            var text = lines[i].Original.Trim();
            if (text.Length == 0) { if (nearest is not null) sameParagraph = false; continue; }
            if (text.Contains('\t') || text.StartsWith('|') || UnitLine().IsMatch(lines[i].Normalized.Trim())) continue;
            if (nearest is null && sameParagraph && IsCaption(lines[i].Normalized.Trim())) return text;
            if (SectionHeading().Match(lines[i].Normalized.Trim()) is { Success: true } h && !text.EndsWith('。'))
                return lines[i].OriginalFrom(h.Groups["t"].Index);
            if (sameParagraph && ItemMarker.Read(lines[i], i + 1) is { } marker && marker.Title.Length > 0) return marker.Title;
            if (text.Length <= 60) nearest ??= text;
        }
        return nearest ?? "";
    }

    [GeneratedRegex(@"^(?:第\s*\d{1,2}\s*[章節]|\d{1,2}[\s.、]|\(\d{1,2}\))\s*(?<t>\S.{0,29})$")]
    private static partial Regex SectionHeading();

    private static string? UnitOf(string cell) => Unit().Match(cell) is { Success: true } m ? m.Groups["u"].Value : null;

    private static string? UnitBelow(IReadOnlyList<MappedLine> lines, int lastLine) =>
        lastLine < lines.Count && UnitLine().Match(lines[lastLine].Normalized.Trim()) is { Success: true } m ? m.Groups["u"].Value : null;

    /// <summary>A unit line printed just above the table's header ((単位：千円) between the heading and the table).</summary>
    private static string? UnitAbove(IReadOnlyList<MappedLine> lines, int start)
    {
        for (var i = start - 1; i >= 0 && i >= start - 2; i--)
        {
            var text = lines[i].Normalized.Trim();
            if (text.Length == 0) continue;
            return UnitLine().Match(text) is { Success: true } m ? m.Groups["u"].Value : null;
        }
        return null;
    }

    // A figure cell: digits with separators and an optional unit or sign (75,620 / △1,200 / 12.5% / 3,420千円).
    [GeneratedRegex(@"^[△▲▽\-−＋+]?\d[\d,，.]*\s*(?:千円|円|百万円|億円|万円|人|件|%|％|時間|回)?$")]
    private static partial Regex Figure();

    [GeneratedRegex(@"<t[dh][^>]*>(?<c>.*?)</t[dh]>", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlCell();

    [GeneratedRegex(@"[（(](?:単位[:：])?(?<u>千円|円|百万円|億円|人|件|%|％)[)）]")]
    private static partial Regex Unit();

    [GeneratedRegex(@"^[（(]単位[:：]\s*(?<u>[^)）]+)[)）]$")]
    private static partial Regex UnitLine();

    // (【目標】 over an item's indicator table is a label of the item's, not a caption naming the table.)
    private static bool IsCaption(string text) =>
        Caption().IsMatch(text) && !(text.Length <= 8 && FieldLabel.Read(text).Known);

    // 〔令和５年度の財政効果額（実績）〕, 【表２ 効果額の推移】, ＜財政効果額＞, ■ 効果額の実績: a caption set off as one.
    [GeneratedRegex(@"^(?:〔[^〕]{2,40}〕|【[^】]{2,40}】|<[^>]{2,40}>|\[[^\]]{2,40}\]|[■◆●□◇▼]\s*\S.{1,38})$")]
    private static partial Regex Caption();
}
