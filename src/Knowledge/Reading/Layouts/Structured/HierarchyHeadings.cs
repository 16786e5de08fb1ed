using System.Text.RegularExpressions;
using Gyokaku.Knowledge.Model;

namespace Gyokaku.Knowledge.Reading.Layouts.Structured;

/// <summary>
/// Follows the plan's hierarchy headings (基本方針1, 施策(2), 重点項目 …) line by line. A level seen again
/// closes every level opened after it, so the path always reads outermost first.
/// </summary>
internal sealed partial class HierarchyHeadings
{
    private readonly List<PathSegment> _open = [];

    public IReadOnlyList<PathSegment> Current => _open.ToList();

    /// <summary>Reads a line; true when it was a heading (and the path changed).</summary>
    public bool Feed(MappedLine line)
    {
        var heading = Read(line);
        // A new chapter (第５章 重点取組) is outside the 基本方針 the last chapter went through.
        if (heading is null && ChapterHeading().IsMatch(line.Normalized)) _open.Clear();
        if (heading is null) return false;
        var at = _open.FindIndex(p => p.Level == heading.Level);
        if (at >= 0) _open.RemoveRange(at, _open.Count - at);
        _open.Add(heading);
        return true;
    }

    public static bool IsHeading(MappedLine line) => Read(line) is not null;

    /// <summary>A cell of a hierarchy column read as a heading (施策(1) 組織の見直し), when it is printed as one.</summary>
    public static PathSegment? ReadCell(string cell) => Read(new MappedLine(cell));

    private static PathSegment? Read(MappedLine line)
    {
        var m = Heading().Match(line.Normalized);
        if (!m.Success) return null;
        var number = m.Groups["num"].Success && m.Groups["num"].Length > 0 ? m.Groups["num"].Value : null;
        var title = line.OriginalFrom(m.Groups["t"].Index).TrimStart(' ', '　', ':', '：', '.', '．', '、', ')', '）');
        // 方針 and 分野 are ordinary words too: a heading of theirs must carry a number.
        if (number is null && !m.Groups["level"].Value.StartsWith("重点", StringComparison.Ordinal)) return null;
        if (title.Length > 60 || title.EndsWith('。')) return null;
        // A row of a table (基本方針3 ⇥ 30,000 ⇥ 34,180 …) or a label that only opens with the level's name
        // (基本方針1の考え方) is no heading.
        if (title.Contains('\t') || title.StartsWith('の')) return null;
        // 【基本方針１ 市民サービスの向上】: the bracket closes the heading, it is no part of its title.
        if (m.Groups["open"].Length > 0) title = title.TrimEnd('】', ']').TrimEnd();
        return new PathSegment(m.Groups["level"].Value, number, title);
    }

    [GeneratedRegex(@"^[\s#■●◆◇□▼▽▪]*(?<open>[【\[]?)[\s#■●◆◇□▼▽▪]*(?<level>基本方針|基本目標|推進項目|施策|重点項目|重点取組|改革の柱|推進方針|取組方針|方針|大項目|中項目|分野|柱)\s*(?<num>\d{1,2}|[IVX]{1,4}(?![A-Za-z])|\(\d{1,2}\)|[一二三四五六七八九十]{1,3}(?=[\s:.、】\]]))?\s*[】\]]?[\s:.、]*(?<t>.*)$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^\s*第\s*[0-9一二三四五六七八九十]{1,3}\s*章(?:\s|$)")]
    private static partial Regex ChapterHeading();
}
