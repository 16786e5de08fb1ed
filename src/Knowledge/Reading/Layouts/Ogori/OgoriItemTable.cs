using System.Text;
using System.Text.RegularExpressions;
using Gyokaku.Knowledge.Model;

namespace Gyokaku.Knowledge.Reading.Layouts.Ogori;

/// <summary>
/// Reads one 実施項目 table of the 小郡市 layout:
/// <code>
/// | 項目番号 | No.5 | 項目名 | … | 担当課 | 商工観光課 |
/// | 現状・課題 | ○… | | | | |
/// | 目標 | ○… | | | | |
/// | 年度行動計画及び実績 | | | | | 年度計画達成度(※) |
/// | R4年度実績 | ○… | | | | 70% |
/// | R5年度計画 | ○… | | | | |
/// </code>
/// Rows are recognised by their first cell, cells by what they say, so a shifted or missing cell
/// loses only itself.
/// </summary>
public static partial class OgoriItemTable
{
    public const string ItemLabel = "実施項目";
    private static readonly string[] SectionRows = ["現状・課題", "目標"];

    /// <summary>True when the table is an item table (its first row names 項目番号).</summary>
    public static bool IsItemTable(MarkdownTable table) =>
        table.Rows.Count > 0 && table.Rows[0].Cells.Any(c => Norm(c) == "項目番号");

    public static PlanItem Read(MarkdownTable table, IReadOnlyList<PathSegment> path, string file, ICollection<ReadWarning> warnings)
    {
        var header = table.Rows[0];
        var printedNumber = After(header, "項目番号");
        var number = NumberOf(printedNumber);
        var title = After(header, "項目名");
        var departments = Departments(After(header, "担当課"));
        var where = number is null ? $"item table at line {header.Line}" : $"No.{number}";
        if (number is null) warnings.Add(new ReadWarning(file, header.Line, $"item table without a readable 項目番号 ('{printedNumber}')"));
        if (title.Length == 0) warnings.Add(new ReadWarning(file, header.Line, $"{where}: no 項目名"));
        if (departments.Count == 0) warnings.Add(new ReadWarning(file, header.Line, $"{where}: no 担当課"));

        var sections = new List<TextSection>();
        var years = new List<YearEntry>();
        foreach (var row in table.Rows.Skip(1))
        {
            var first = Norm(row.Cell(0));
            if (SectionRows.Contains(first))
                sections.Add(new TextSection(row.Cell(0), CellText.Clean(string.Join(" ", row.Filled.Skip(1))), LineRange.At(row.Line)));
            else if (YearRow().Match(first) is { Success: true } m && FiscalYear.TryParse(m.Groups["year"].Value, out var year))
                years.Add(ReadYear(row, year, isResult: m.Groups["kind"].Value == "実績"));
            else if (!first.StartsWith("年度行動計画", StringComparison.Ordinal))
                warnings.Add(new ReadWarning(file, row.Line, $"{where}: unrecognised row '{Short(row.Cell(0))}'"));
        }
        foreach (var label in SectionRows.Where(l => sections.All(s => s.Label != l)))
            warnings.Add(new ReadWarning(file, table.Lines.End, $"{where}: no {label} row"));

        var indicators = OgoriIndicators.Read(years, table.Lines);
        return new PlanItem(number ?? $"L{header.Line}", number, ItemLabel, title, path, departments, sections, years, indicators, [], table.Lines)
        {
            PrintedNumber = printedNumber.Length > 0 ? printedNumber : null,
        };
    }

    /// <summary>
    /// A year row: its text, and for a 実績 row the 年度計画達成度 in the last cell ("70%", or "—": the column's own mark
    /// for a year given no rate, kept as printed — it is what the row says, and no figure, so 何％ stays unanswered).
    /// </summary>
    private static YearEntry ReadYear(MarkdownRow row, FiscalYear year, bool isResult)
    {
        var filled = row.Filled.Skip(1).ToList();
        string? grade = null;
        if (filled.Count > 1 && Grade().IsMatch(Norm(filled[^1])))
        {
            grade = filled[^1];
            filled.RemoveAt(filled.Count - 1);
        }
        var text = filled.Count == 0 ? null : CellText.Clean(string.Join(" ", filled));
        return isResult
            ? new YearEntry(year, null, null, null, text, grade)
            : new YearEntry(year, null, text, null, null, grade);
    }

    /// <summary>The text of the first filled cell after the cell that says <paramref name="label"/>.</summary>
    private static string After(MarkdownRow row, string label)
    {
        for (var i = 0; i < row.Cells.Count; i++)
        {
            if (Norm(row.Cells[i]) != label) continue;
            return i + 1 < row.Cells.Count ? row.Cells[i + 1] : "";
        }
        return "";
    }

    private static string? NumberOf(string printed) =>
        ItemNumber().Match(Norm(printed)) is { Success: true } m ? m.Groups[1].Value : null;

    /// <summary>担当課 "経営戦略課、関係各課" → two departments; the layout marks no lead.</summary>
    private static IReadOnlyList<Department> Departments(string cell) =>
        cell.Split(['、', '，', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(name => new Department(name)).ToList();

    private static string Norm(string s) => s.Normalize(NormalizationForm.FormKC).Replace(" ", "");

    private static string Short(string s) => s.Length <= 20 ? s : s[..20] + "…";

    [GeneratedRegex(@"^(?:No\.?|№)(\d+)$", RegexOptions.IgnoreCase)]
    private static partial Regex ItemNumber();

    [GeneratedRegex(@"^(?<year>(?:R|H|令和|平成)\d{1,2})年度(?<kind>実績|計画)$")]
    private static partial Regex YearRow();

    [GeneratedRegex(@"^(?:\d{1,3}(?:\.\d+)?%|[—―－\-ー]+)$")]
    private static partial Regex Grade();
}
