using System.Text.RegularExpressions;
using Gyokaku.Knowledge.Model;

namespace Gyokaku.Knowledge.Reading.Layouts.Yamaguchi;

/// <summary>
/// Reads the 前計画との継続性及び関係性確認表 at the end: the first plan's items with 実施状況 (◎○△×) and
/// 今後の取り扱い ("次期計画(項目1)", "事業完了", "生涯学習として実施" …), under the first plan's own headings.
/// </summary>
/// <remarks>
/// Where the table is intact, the 施策 label sits in its own column on the first row of its group and the
/// rows below it belong to it. On damaged pages the extraction drops that column and moves labels to some row of
/// their span: a label then only tells about the row it is printed on, and the other rows get no 施策 (warned).
/// </remarks>
internal static partial class ContinuityTableReader
{
    /// <summary>In an intact row the item sits behind the vertical "施策" caption column and the 施策 column.</summary>
    private const int IntactItemColumn = 2;

    public static bool IsHeaderRow(TabRow row) =>
        row.HasTabs && row.Cells.Contains("【推進項目】") && row.Cells.Contains("今後の取り扱い");

    /// <summary>The first row of the section: the earlier plan's title line above the first header row; -1 when there is no table.</summary>
    public static int FindStart(IReadOnlyList<TabRow> rows)
    {
        var firstHeader = -1;
        for (var i = 0; i < rows.Count && firstHeader < 0; i++)
            if (IsHeaderRow(rows[i])) firstHeader = i;
        if (firstHeader < 0) return -1;
        for (var i = firstHeader - 1; i >= 0 && firstHeader - i <= 10; i--)
            if (IsPlanTitle(rows[i])) return i;
        return firstHeader;
    }

    /// <summary>"第一次 山口市行政改革大綱推進計画(H23～H29年度)": a plan's own title line.</summary>
    public static bool IsPlanTitle(TabRow row) => !row.HasTabs && PlanTitle().IsMatch(row.Text.Trim());

    /// <param name="rows">From <see cref="FindStart"/> to the end of the file; reading stops at the legend or the next plan's title.</param>
    public static IReadOnlyList<ItemMapping> Read(IReadOnlyList<TabRow> rows, Action<int, string> warn)
    {
        if (rows.Count == 0) return [];
        var fromPlan = "前計画";
        if (IsPlanTitle(rows[0])) fromPlan = TrailingPeriod().Replace(rows[0].Text.Trim(), "").Trim();
        else warn(rows[0].Line, "the continuity table has no title line naming the earlier plan; '前計画' is used");

        var state = new TableState(fromPlan, warn);
        Dictionary<string, string>? legend = null;
        foreach (var row in rows.Skip(1))
        {
            if (row.IsBlank) continue;
            if (!row.HasTabs)
            {
                var text = row.Text.Trim();
                if (LegendLine().IsMatch(text)) { legend = ReadLegend(text); break; }
                if (IsPlanTitle(row)) break;
                if (Headings.Policy(text) is { } policy) state.StartPolicy(policy);
                continue;
            }
            state.ReadRow(row);
        }
        state.Finish();
        if (legend is null) warn(rows[0].Line, "the continuity table has no 実施状況 legend; statuses are not spelled out");
        return state.Mappings
            .Select(m => m with { StatusMeaning = m.Status is not null && legend?.TryGetValue(m.Status, out var meaning) == true ? meaning : null })
            .ToList();
    }

    /// <summary>"実施状況：◎実施済 ○実施継続 △一部実施 ×廃止".</summary>
    private static Dictionary<string, string> ReadLegend(string line)
    {
        var legend = new Dictionary<string, string>();
        foreach (Match m in LegendEntry().Matches(line)) legend.TryAdd(m.Groups["s"].Value, m.Groups["m"].Value);
        return legend;
    }

    /// <summary>The headings in force while walking down the table, and the mappings read so far.</summary>
    private sealed class TableState(string fromPlan, Action<int, string> warn)
    {
        private PathSegment? _policy, _direction, _measure;
        private bool _measureInherits;
        private readonly List<(int Line, string Number)> _withoutMeasure = [];

        public List<ItemMapping> Mappings { get; } = [];

        public void StartPolicy(PathSegment policy) => (_policy, _direction, _measure, _measureInherits) = (policy, null, null, false);

        public void ReadRow(TabRow row)
        {
            var cells = row.NonEmpty().Where(c => !IsCaption(c.Text)).ToList();
            var numbered = cells.Where(c => Headings.NumberedTitle(c.Text) is not null).ToList();
            if (IsHeaderRow(row))
            {
                if (numbered.Count > 0) StartDirection(Headings.Direction(numbered[0].Text)!);
                return;
            }
            // A direction printed in a data row ("2 行政組織の再編" before "32 政策調整会議等の見直し").
            if (numbered.Count >= 2) StartDirection(Headings.Direction(numbered[0].Text)!);
            var measureCell = cells.Select(c => Headings.Measure(c.Text)).OfType<PathSegment>().FirstOrDefault();
            if (numbered.Count == 0)
            {
                if (measureCell is not null) (_measure, _measureInherits) = (measureCell, false);
                else warn(row.Line, $"continuity table row not understood: '{row.Text.Replace('\t', ' ').Trim()}'");
                return;
            }

            var itemCell = numbered[^1];
            var (number, title) = Headings.NumberedTitle(itemCell.Text)!.Value;
            var intact = itemCell.Index == IntactItemColumn;
            PathSegment? measure;
            if (measureCell is not null) (measure, _measure, _measureInherits) = (measureCell, measureCell, intact);
            else if (intact && _measureInherits) measure = _measure;
            else (measure, _measureInherits) = (null, false);

            // 【再掲】 rows list an item again under a second heading; the item is mapped where it is listed first.
            if (title.Contains("【再掲】", StringComparison.Ordinal)) return;

            var after = cells.Where(c => c.Index > itemCell.Index).Select(c => c.Text).ToList();
            var status = after.Count > 0 && StatusMark().IsMatch(after[0]) ? after[0] : null;
            if (status is null) warn(row.Line, $"first-plan item {number} has no 実施状況 mark");
            var disposition = string.Join(" ", after.Skip(status is null ? 0 : 1));
            var (toNumbers, remark) = ReadDisposition(disposition);

            if (measure is null) _withoutMeasure.Add((row.Line, number));
            else FlushWithoutMeasure();
            if (Mappings.Any(m => m.FromNumber == number))
            {
                warn(row.Line, $"first-plan item {number} is listed twice; the first row is kept");
                return;
            }
            var path = new[] { _policy, _direction, measure }.OfType<PathSegment>().ToList();
            Mappings.Add(new ItemMapping(fromPlan, number, title, status, null, toNumbers, null, remark, LineRange.At(row.Line))
            {
                Path = path,
            });
        }

        public void Finish()
        {
            FlushWithoutMeasure();
            var numbers = Mappings.Select(m => int.TryParse(m.FromNumber, out var n) ? n : 0).Where(n => n > 0).ToHashSet();
            if (numbers.Count == 0) return;
            var missing = Enumerable.Range(1, numbers.Max()).Where(n => !numbers.Contains(n)).ToList();
            if (missing.Count > 0)
                warn(Mappings[0].Lines.Start, $"continuity table: first-plan items {string.Join(", ", missing)} were not found");
        }

        private void StartDirection(PathSegment direction) => (_direction, _measure, _measureInherits) = (direction, null, false);

        private void FlushWithoutMeasure()
        {
            if (_withoutMeasure.Count == 0) return;
            var (first, last) = (_withoutMeasure[0].Line, _withoutMeasure[^1].Line);
            warn(first, $"continuity table L{first}–L{last}: the 施策 of first-plan items {string.Join(", ", _withoutMeasure.Select(w => w.Number))} " +
                "is not printed in its column; their path stops at 改革の方向性");
            _withoutMeasure.Clear();
        }
    }

    /// <summary>"次期計画(項目1)" → ["1"]; anything else in the cell ("事業完了", "生涯学習として実施") is the remark.</summary>
    private static (IReadOnlyList<string> ToNumbers, string? Remark) ReadDisposition(string cell)
    {
        var m = NextPlanItems().Match(cell);
        if (!m.Success) return ([], cell.Length == 0 ? null : cell);
        var numbers = Regex.Matches(JpText.Norm(m.Groups["ns"].Value), @"\d+").Select(n => n.Value).ToList();
        var rest = cell.Remove(m.Index, m.Length).Trim();
        return (numbers, rest.Length == 0 ? null : rest);
    }

    /// <summary>The vertical caption 施策 printed one character per row ("施", "策", "策 施").</summary>
    private static bool IsCaption(string cell) => CaptionPattern().IsMatch(cell) || cell is "【推進項目】" or "実施状況" or "今後の取り扱い";

    [GeneratedRegex(@"^第\S{1,3}次\s*\S*計画")]
    private static partial Regex PlanTitle();

    [GeneratedRegex(@"\s*[(（][^()（）]*[)）]$")]
    private static partial Regex TrailingPeriod();

    [GeneratedRegex(@"^実施状況\s*[:：]")]
    private static partial Regex LegendLine();

    [GeneratedRegex(@"(?<s>[◎○△×])\s*(?<m>[^\s◎○△×]+)")]
    private static partial Regex LegendEntry();

    [GeneratedRegex(@"^[◎○△×]$")]
    private static partial Regex StatusMark();

    [GeneratedRegex(@"^[施策\s　]+$")]
    private static partial Regex CaptionPattern();

    [GeneratedRegex(@"次期計画\s*[(（]\s*項目\s*(?<ns>[0-9０-９]+(?:\s*[、,，・]\s*[0-9０-９]+)*)\s*[)）]")]
    private static partial Regex NextPlanItems();
}
