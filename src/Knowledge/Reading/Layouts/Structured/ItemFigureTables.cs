using Gyokaku.Knowledge.Model;
using Gyokaku.Knowledge.Text;

namespace Gyokaku.Knowledge.Reading.Layouts.Structured;

/// <summary>
/// A table of figures by item (番号 | 取組名 | 令和５年度 | 令和６年度 | … | 累計 — 効果額 by item and year): read as
/// items it says nothing of theirs, but as figures each row is found by the item's name. Its number column
/// is dropped so the name labels the row (a total row, 合計, prints no number).
/// </summary>
internal static class ItemFigureTables
{
    private static readonly string[] TotalWords = ["合計", "計", "累計", "総計", "総額"];

    /// <summary>
    /// Whether a header row heads figures by item: number, name, then only years and totals, over a first row
    /// that gives figures there. The same header over words (検討 | → | 実施) is a schedule: its rows are items.
    /// </summary>
    public static bool Heads(IReadOnlyList<string> header, IReadOnlyList<string>? firstRow) =>
        header.Count >= 4 && FieldLabel.Read(header[0]).Kind == LabelKind.Number && FieldLabel.Read(header[1]).Kind == LabelKind.Title
        && header.Skip(2).All(c => FiscalYear.TryParse(JaText.Normalize(c), out _) || TotalWords.Contains(JaText.Normalize(c)))
        && (firstRow is null || firstRow.Skip(2).Any(c => c.Trim().Length > 0 && LayoutTables.IsFigure(c)));

    /// <summary>The rows without their number column, or null when the table is not one of figures by item.</summary>
    public static List<(IReadOnlyList<string> Cells, int Line)>? ByTitle(List<(IReadOnlyList<string> Cells, int Line)> rows)
    {
        if (!Heads(rows[0].Cells, rows.Count > 1 ? rows[1].Cells : null)) return null;
        return rows.Select(r => ((IReadOnlyList<string>)r.Cells.Skip(1).ToList(), r.Line)).ToList();
    }
}
