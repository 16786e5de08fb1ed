using System.Text.RegularExpressions;
using Gyokaku.Knowledge.Model;
using Gyokaku.Knowledge.Text;

namespace Gyokaku.Knowledge.Reading.Layouts.Structured;

/// <summary>
/// An amount column of an item table (効果額（千円）) closed by a total row (… | 合計 | 341,370 |): the column as a
/// table of figures — one row per item, by its title, and the total — so "the total effect amount" and "item X's
/// amount" are read off it like any other figure table. A sheet often prints the total one cell right of its
/// column, the label 合計 taking the column itself: a total's figure belongs to the nearest amount column at or
/// left of where it stands.
/// </summary>
internal static partial class ItemColumnTotals
{
    public static IReadOnlyList<DataTable> Read(IReadOnlyList<MappedLine> lines)
    {
        var tables = new List<DataTable>();
        IReadOnlyList<FieldLabel>? header = null;
        var amounts = new List<int>();
        var rows = new Dictionary<int, List<DataRow>>();
        var start = 0;
        for (var n = 1; n <= lines.Count; n++)
        {
            var text = lines[n - 1].Original;
            if (!TableRow.IsRow(text) || TableRow.IsSeparator(text)) continue;
            var cells = TableRow.Cells(text);
            if (HeaderTables.ReadHeader(cells) is { } h)
            {
                // The same header printed again (the next page) goes on with the same table.
                if (header is null || !h.Select(c => c.Text).SequenceEqual(header.Select(c => c.Text)))
                {
                    (header, start) = (h, n);
                    amounts = Enumerable.Range(0, h.Count).Where(i => IsAmount(h[i].Text)).ToList();
                    rows = amounts.ToDictionary(i => i, _ => new List<DataRow>());
                }
                continue;
            }
            if (header is null || amounts.Count == 0) continue;
            if (cells.Any(HeaderTables.IsTotal))
            {
                foreach (var (column, figure) in Totals(cells, amounts))
                    tables.Add(Table(header[column].Text, [.. rows[column], new DataRow("合計", [figure])], start, n));
                header = null;
                continue;
            }
            var titleAt = Index(header, LabelKind.Title);
            if (titleAt < 0 || titleAt >= cells.Count || cells[titleAt].Length == 0) continue;
            foreach (var column in amounts)
                if (column < cells.Count && IsFigure(cells[column])) rows[column].Add(new DataRow(cells[titleAt], [cells[column]]));
        }
        return tables;
    }

    /// <summary>Each figure of a total row with the amount column it totals.</summary>
    private static IEnumerable<(int Column, string Figure)> Totals(IReadOnlyList<string> cells, List<int> amounts)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (!IsFigure(cells[i])) continue;
            var column = amounts.Where(a => a <= i).DefaultIfEmpty(-1).Max();
            if (column >= 0) yield return (column, cells[i]);
        }
    }

    private static DataTable Table(string header, List<DataRow> rows, int start, int end)
    {
        var unit = UnitIn().Match(header) is { Success: true } m ? m.Groups["u"].Value : null;
        return new DataTable(header, unit, [header], rows, new LineRange(start, end));
    }

    // 効果額, 効果額（千円）, 削減額: a column of money by its header.
    private static bool IsAmount(string header) => JaText.Normalize(header) is var h && (h.Contains("額") || h.Contains("(千円)") || h.Contains("(円)"));

    private static bool IsFigure(string cell) => Figure().IsMatch(JaText.Nfkc(cell).Trim());

    private static int Index(IReadOnlyList<FieldLabel> header, LabelKind kind)
    {
        for (var i = 0; i < header.Count; i++) if (header[i].Kind == kind) return i;
        return -1;
    }

    [GeneratedRegex(@"^[△▲-]?\d[\d,]*(?:\.\d+)?$")]
    private static partial Regex Figure();

    [GeneratedRegex(@"[（(](?:単位[:：])?(?<u>千円|円|百万円|億円)[)）]")]
    private static partial Regex UnitIn();
}
