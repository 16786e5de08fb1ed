using System.Text;
using System.Text.RegularExpressions;
using Gyokaku.Knowledge.Model;

namespace Gyokaku.Knowledge.Reading.Layouts.ActionPlan;

/// <summary>
/// Reads a tab-separated figures table printed under its own heading, e.g.
/// <code>
/// ## 計画策定時点の改革改善効果額見込み
/// (単位：千円)
/// 基本方針	改革改善効果額						合計額 (R4~R9)
/// 	令和4年度	…	令和9年度
/// 	金額	…	金額
/// I 業務マネジメント改革	11,442	…	545,239
/// </code>
/// Each column is named by the lowest header row that names it individually (a row repeating one word
/// in every column, like 金額, names none). Cells are kept exactly as printed.
/// </summary>
public static partial class EffectTable
{
    /// <param name="title">The heading as printed.</param>
    /// <param name="start">The first line after the heading.</param>
    /// <param name="end">The last line before the next heading.</param>
    public static DataTable? Read(SourceText text, string title, int titleLine, int start, int end, ICollection<ReadWarning> warnings)
    {
        string? unit = null;
        var header = new List<string[]>();
        var rows = new List<DataRow>();
        var rowLines = new List<int>();
        var last = titleLine;
        for (var n = start; n <= end && n <= text.Lines.Count; n++)
        {
            var line = text.Line(n);
            if (line.Trim().Length == 0) continue;
            if (unit is null && Unit().Match(line.Normalize(NormalizationForm.FormKC)) is { Success: true } u) { unit = u.Groups[1].Value.Trim(); last = n; continue; }
            if (!line.Contains('\t')) continue;
            var cells = line.Split('\t').Select(c => c.Trim()).ToArray();
            if (cells[0].Length > 0 && cells.Skip(1).Any(IsFigure))
            {
                rows.Add(new DataRow(cells[0], cells.Skip(1).Select(c => c.Length == 0 ? null : c).ToList()));
                rowLines.Add(n);
                last = n;
            }
            else if (rows.Count == 0) { header.Add(cells); last = n; }
            else warnings.Add(new ReadWarning(text.FileName, n, $"{title}: row without a label or figures: left as text"));
        }
        if (rows.Count == 0)
        {
            warnings.Add(new ReadWarning(text.FileName, titleLine, $"{title}: no rows of figures"));
            return null;
        }
        // A cut-off row is shorter than the header says the table is.
        var width = Math.Max(rows.Max(r => r.Cells.Count), header.Select(h => Array.FindLastIndex(h, c => c.Length > 0)).DefaultIfEmpty(0).Max());
        var columns = Columns(header, width);
        rows = rows.Select(r => r with { Cells = Pad(r.Cells, columns.Count) }).ToList();
        for (var i = 0; i < rows.Count; i++)
            if (rows[i].Cells.Any(c => c is null))
                warnings.Add(new ReadWarning(text.FileName, rowLines[i], $"{title}: row '{rows[i].Label}' has empty cells"));
        return new DataTable(title, unit, columns, rows, new LineRange(titleLine, last));
    }

    private static List<string> Columns(List<string[]> header, int width)
    {
        var naming = header.Where(h => h.Skip(1).Where(c => c.Length > 0).Distinct().Count() > 1 || h.Skip(1).Count(c => c.Length > 0) == 1).ToList();
        var columns = new List<string>();
        for (var i = 1; i <= width; i++)
        {
            var name = "";
            foreach (var h in naming)
                if (i < h.Length && h[i].Length > 0) name = h[i];
            columns.Add(name);
        }
        return columns;
    }

    private static List<string?> Pad(IReadOnlyList<string?> cells, int width) =>
        Enumerable.Range(0, width).Select(i => i < cells.Count ? cells[i] : null).ToList();

    private static bool IsFigure(string cell) => Figure().IsMatch(cell.Normalize(NormalizationForm.FormKC));

    [GeneratedRegex(@"^[-▲△]?\d{1,3}(,\d{3})*(\.\d+)?$|^[-▲△]?\d+(\.\d+)?$")]
    private static partial Regex Figure();

    [GeneratedRegex(@"単位\s*[:：]\s*([^)）]+)")]
    private static partial Regex Unit();
}
