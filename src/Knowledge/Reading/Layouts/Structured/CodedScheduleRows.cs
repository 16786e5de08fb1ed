using System.Text.RegularExpressions;
using Gyokaku.Knowledge.Model;
using Gyokaku.Knowledge.Text;

namespace Gyokaku.Knowledge.Reading.Layouts.Structured;

/// <summary>
/// A yearly schedule printed apart from the items, one row per item named by its code in the plan's outline:
/// 取組 R6 R7 R8 R9 / ３(6)イ 検討 試行 実施 →. Each row gives the plan of each year for the item with that code;
/// a row whose cells do not fill the year columns one for one is not read (a cell would land in the wrong year).
/// </summary>
internal static partial class CodedScheduleRows
{
    public sealed record Row(string Code, IReadOnlyList<(FiscalYear Year, string Printed, string Plan)> Years, int Line);

    public static IReadOnlyList<Row> Read(IReadOnlyList<MappedLine> lines)
    {
        var rows = new List<Row>();
        IReadOnlyList<(FiscalYear Year, string Printed)>? header = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var cells = Cells().Split(lines[i].Original.Trim()).Where(c => c.Length > 0).ToList();
            if (cells.Count == 0) { header = null; continue; }
            if (cells.Count >= 3 && cells.Skip(1).All(c => FiscalYear.TryParse(c, out _)))
            {
                header = cells.Skip(1).Select(c => (FiscalYear.Parse(c), c)).ToList();
                continue;
            }
            if (header is null) continue;
            var code = JaText.Nfkc(cells[0]);
            if (!Code().IsMatch(code) || cells.Count != header.Count + 1) { header = null; continue; }
            rows.Add(new Row(code, header.Select((h, k) => (h.Year, h.Printed, cells[k + 1])).ToList(), i + 1));
        }
        return rows;
    }

    [GeneratedRegex(@"[\s　]+")]
    private static partial Regex Cells();

    // 3(6)イ, 1-(2)-ア, (4)ウ: digits and brackets ending in the item's own mark.
    [GeneratedRegex(@"^\d{0,2}-?\(\d{1,2}\)-?[ア-ンa-z①-⑳]$")]
    private static partial Regex Code();
}
