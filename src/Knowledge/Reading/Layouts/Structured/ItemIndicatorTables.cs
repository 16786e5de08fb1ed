using System.Text.RegularExpressions;
using Gyokaku.Knowledge.Model;
using Gyokaku.Knowledge.Text;

namespace Gyokaku.Knowledge.Reading.Layouts.Structured;

/// <summary>
/// An item's table of indicators printed inside its block (| 指標名 | 単位 | 基準値（年度） | 目標値（年度） | R4実績 | R5実績 |):
/// each row is one indicator of the item, with its baseline, its target for the year the cell names
/// (300（R8）) and its actual for each year column. The unit column's unit goes with every figure of the row.
/// </summary>
internal static partial class ItemIndicatorTables
{
    /// <summary>The column labels when the row heads an indicator table: an indicator name and figures by year or baseline.</summary>
    public static IReadOnlyList<FieldLabel>? Header(IReadOnlyList<string> cells)
    {
        if (cells.Count < 3 || cells.Any(c => c.Length > 20)) return null;
        var labels = cells.Select(FieldLabel.Read).ToList();
        if (labels.Count(l => l.Kind == LabelKind.IndicatorName) != 1 || labels.Any(l => l.Kind is LabelKind.Number or LabelKind.Title)) return null;
        return labels.Any(l => l.Kind is LabelKind.Baseline or LabelKind.Target or LabelKind.Result || IsTargetColumn(l)) ? labels : null;
    }

    /// <summary>One row: the indicator's name first (it opens a new indicator of the item), then its figures.</summary>
    public static void AddRow(ItemBuilder item, IReadOnlyList<FieldLabel> header, IReadOnlyList<string> cells, int line)
    {
        var at = LineRange.At(line);
        string Cell(int i) => i < cells.Count ? cells[i].Trim() : "";
        var unitAt = IndexOf(header, l => JaText.Normalize(l.Text) == "単位");
        var unit = unitAt >= 0 && Cell(unitAt) is var u && u.Length <= 6 && !IsEmpty(u) ? u : "";
        var nameAt = IndexOf(header, l => l.Kind == LabelKind.IndicatorName);
        if (IsEmpty(Cell(nameAt))) { item.ExtendTo(line); return; }
        item.Add(header[nameAt], Cell(nameAt), at);
        for (var i = 0; i < header.Count; i++)
        {
            var value = Cell(i);
            if (i == nameAt || i == unitAt || IsEmpty(value)) continue;
            var label = header[i];
            var withUnit = WithUnit(value, unit);
            if (label.Kind == LabelKind.Result && label.Year is { } actualYear) item.AddActual(actualYear, withUnit, at);
            else if (label.Kind == LabelKind.Target && label.Year is not null) item.Add(label, withUnit, at);
            else if (label.Kind == LabelKind.Baseline) item.Add(label, withUnit, at);
            // 目標値（年度） | 300（R8）: the cell names the target's year.
            else if (IsTargetColumn(label) && YearOf(value) is { } targetYear)
                item.Add(new FieldLabel(label.Text, LabelKind.Target, targetYear), WithUnit(YearInCell().Replace(value, "").Trim(), unit), at);
            else item.Add(label, withUnit, at);
        }
        item.ExtendTo(line);
    }

    // 目標値, 目標値（年度）: a target column whose cells print their own year.
    private static bool IsTargetColumn(FieldLabel label) => label.Year is null && JaText.Normalize(label.Text).StartsWith("目標", StringComparison.Ordinal);

    private static FiscalYear? YearOf(string value) =>
        YearInCell().Match(value) is { Success: true } m && FiscalYear.TryParse(m.Groups["y"].Value, out var y) ? y : null;

    /// <summary>The row's unit after a figure (99.05（R3） → 99.05％（R3））, so a figure quoted alone still says what it counts.</summary>
    private static string WithUnit(string value, string unit)
    {
        if (unit.Length == 0) return value;
        var m = Figure().Match(value);
        return m.Success ? value[..m.Length] + unit + value[m.Length..] : value;
    }

    private static bool IsEmpty(string value) => value.Trim() is "" or "-" or "－" or "―" or "ー" or "—";

    private static int IndexOf(IReadOnlyList<FieldLabel> header, Func<FieldLabel, bool> test)
    {
        for (var i = 0; i < header.Count; i++) if (test(header[i])) return i;
        return -1;
    }

    [GeneratedRegex(@"\s*[（(](?<y>[^（()）]{1,12})[）)]\s*$")]
    private static partial Regex YearInCell();

    [GeneratedRegex(@"^[0-9０-９][0-9０-９,，.．]*(?![0-9０-９])")]
    private static partial Regex Figure();
}
