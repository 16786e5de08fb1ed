using System.Text.RegularExpressions;
using Gyokaku.Knowledge.Model;
using Gyokaku.Knowledge.Text;

namespace Gyokaku.Knowledge.Reading.Layouts.Structured;

/// <summary>
/// Items printed as katakana sub-items of numbered headings, each naming its own unit on its title line:
/// （１）デジタル化による利便性の向上 / ア　行政手続のオンライン化（情報政策課） / 【指標】… . The heading only groups;
/// the unit of work, with its department, text and indicators, is the sub-item (ア, イ, ウ in order). A yearly
/// schedule printed elsewhere by code (１(1)ア 拡充 → → →) gives each sub-item its plans.
/// Read only when most sub-items name a unit: a plain ア/イ list inside a block is the block's text, not items.
/// </summary>
internal static partial class KanaSubItems
{
    private const string Kana = "アイウエオカキクケコサシスセソタチツテト";

    public static IReadOnlyList<ItemBuilder> Read(IReadOnlyList<MappedLine> lines)
    {
        var items = new List<(ItemBuilder Builder, string[] Codes)>();
        var headings = new HierarchyHeadings();
        (string Number, string Printed, string Title)? parent = null;
        var next = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (headings.Feed(line) || Chapter().IsMatch(line.Normalized)) { parent = null; continue; }
            var p = Parent().Match(line.Normalized);
            if (p.Success)
            {
                parent = (p.Groups["n"].Value, line.OriginalRange(p.Groups["m"].Index, p.Groups["m"].Length), line.OriginalFrom(p.Groups["t"].Index));
                next = 0;
                continue;
            }
            var k = SubItem().Match(line.Normalized);
            if (parent is not { } open || !k.Success || next >= Kana.Length || k.Groups["k"].Value[0] != Kana[next]) continue;
            next++;
            var kana = k.Groups["k"].Value;
            var policy = headings.Current.FirstOrDefault()?.Number;
            var (builder, end) = ReadSubItem(lines, i, open, kana, line.OriginalFrom(k.Groups["t"].Index));
            var codes = new[] { $"{policy}({open.Number}){kana}", $"({open.Number}){kana}" };
            items.Add((builder, codes));
            i = end - 1;
        }
        var named = items.Count(x => x.Builder.HasDepartment);
        if (named < 4 || named * 2 < items.Count || items.Select(x => x.Codes[1]).Distinct().Count() < items.Count) return [];
        foreach (var row in CodedScheduleRows.Read(lines))
        {
            var code = row.Code.Replace("-", "");
            var match = items.Where(x => x.Codes.Contains(code)).Select(x => x.Builder).ToList();
            if (match.Count != 1) continue;
            foreach (var (year, printed, plan) in row.Years) match[0].Add(new FieldLabel(printed, LabelKind.Plan, year), plan, LineRange.At(row.Line));
        }
        return items.Select(x => x.Builder).ToList();
    }

    /// <summary>One sub-item from its title line to the line before the next sub-item, heading or blank line.</summary>
    private static (ItemBuilder Builder, int End) ReadSubItem(IReadOnlyList<MappedLine> lines, int at, (string Number, string Printed, string Title) parent, string kana, string title)
    {
        var unit = TrailingUnit(title);
        if (unit is not null) title = title[..title.LastIndexOfAny(['（', '('])].Trim();
        var builder = new ItemBuilder($"({parent.Number}){kana}", parent.Printed + kana, ItemMarker.DefaultLabel, title, at + 1);
        builder.Within(new PathSegment(ItemMarker.DefaultLabel, parent.Number, parent.Title));
        var end = at + 1;
        var body = new List<string>();
        List<string>? indicator = null;
        void CloseIndicator()
        {
            if (indicator is null) return;
            if (ArrowIndicators.Read(indicator) is { } read)
            {
                builder.Add(new FieldLabel("指標", LabelKind.IndicatorName, null), read.Name, LineRange.At(end));
                if (read.Baseline is not null) builder.Add(new FieldLabel("基準値", LabelKind.Baseline, null), read.Baseline, LineRange.At(end));
                if (read.Target is not null) builder.Add(new FieldLabel("目標値", LabelKind.Target, read.TargetYear), read.Target, LineRange.At(end));
            }
            else body.AddRange(indicator);
            indicator = null;
        }
        for (; end < lines.Count; end++)
        {
            var line = lines[end];
            var text = line.Original.Trim();
            if (text.Length == 0 || Parent().IsMatch(line.Normalized) || SubItem().IsMatch(line.Normalized) || HierarchyHeadings.IsHeading(line) || Chapter().IsMatch(line.Normalized)) break;
            // The unit set on the line under a long title: （税務課・収納対策課）.
            if (unit is null && body.Count == 0 && indicator is null && TrailingUnit(text) is { } below && text.Length <= below.Length + 2)
            {
                unit = below;
                continue;
            }
            if (ArrowIndicators.Opens(text)) { CloseIndicator(); indicator = [text]; }
            else if (indicator is not null) indicator.Add(text);
            else body.Add(text);
        }
        CloseIndicator();
        if (unit is not null) builder.Add(new FieldLabel("所管課", LabelKind.Department, null), unit, LineRange.At(at + 1));
        if (body.Count > 0) builder.Add(new FieldLabel("内容", LabelKind.Section, null), string.Join("\n", body), new LineRange(at + 2, end));
        builder.ExtendTo(end);
        return (builder, end);
    }

    /// <summary>The units in brackets at a title's end (（税務課・収納対策課）), when every part names a unit.</summary>
    private static string? TrailingUnit(string text)
    {
        var m = BracketAtEnd().Match(text);
        if (!m.Success) return null;
        var units = m.Groups["u"].Value.Split('・', '、');
        return units.All(u => ItemBuilder.IsUnitName(u.Trim())) ? m.Groups["u"].Value : null;
    }

    [GeneratedRegex(@"^\s*(?<m>\((?<n>\d{1,2})\))\s*(?<t>\S.*)$")]
    private static partial Regex Parent();

    [GeneratedRegex(@"^\s*(?<k>[アイウエオカキクケコサシスセソタチツテト])\s+(?<t>\S.*)$")]
    private static partial Regex SubItem();

    // 第７　年次計画, 第３章: a chapter of the plan ends the group.
    [GeneratedRegex(@"^\s*第\s*\d{1,2}(?:\s|章|部|編)")]
    private static partial Regex Chapter();

    [GeneratedRegex(@"[（(](?<u>[^（()）]{2,40})[)）]\s*$")]
    private static partial Regex BracketAtEnd();
}
