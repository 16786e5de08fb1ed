using System.Text.RegularExpressions;
using Gyokaku.Knowledge.Model;
using Gyokaku.Knowledge.Text;

namespace Gyokaku.Knowledge.Reading.Layouts.Structured;

/// <summary>
/// A report's prose about some of its items, printed apart from the table of items under a heading that names
/// the item again (### No.8　オンライン申請の拡大（デジタル推進課）, 基本方針１(1)-②　ふるさと納税の推進（産業促進課）
/// 評価　Ａ): the paragraph under that heading is the item's, labelled by the chapter it stands in
/// (主な取組の状況). A heading stands apart — a blank line or a heading above it — so a list of titles is none.
/// </summary>
internal static partial class ItemProse
{
    private const int MaxLines = 8;

    public static void Attach(IReadOnlyList<ItemBuilder> items, IReadOnlyList<MappedLine> lines)
    {
        var titled = items.Where(i => i.Title.Length >= 4).GroupBy(i => JaText.Normalize(i.Title)).Where(g => g.Count() == 1).Select(g => g.Single()).ToList();
        if (titled.Count == 0) return;
        for (var n = 1; n <= lines.Count; n++)
        {
            var line = lines[n - 1];
            if (!StandsApart(lines, n) || TableRow.IsRow(line.Original)) continue;
            var text = JaText.Normalize(line.Original);
            if (text.Length > 80 || text.EndsWith('。')) continue;
            var item = titled.FirstOrDefault(i => text.Contains(JaText.Normalize(i.Title), StringComparison.Ordinal) && (n < i.FirstLine || n > i.LastLine));
            if (item is null) continue;
            var (paragraph, end) = Paragraph(lines, n);
            if (paragraph.Count == 0 || !paragraph.Any(p => p.Contains('。'))) continue;
            item.Add(new FieldLabel(Chapter(lines, n, titled), LabelKind.Section, null), string.Join("\n", paragraph), new LineRange(n, end));
            n = end;
        }
    }

    // A blank line, or a Markdown heading, just above.
    private static bool StandsApart(IReadOnlyList<MappedLine> lines, int n) =>
        n == 1 || lines[n - 2].Original.Trim().Length == 0 || lines[n - 2].Original.TrimStart().StartsWith('#');

    /// <summary>The lines under a heading: blank lines after it passed over, up to the next blank line, heading or note.</summary>
    private static (List<string> Text, int End) Paragraph(IReadOnlyList<MappedLine> lines, int heading)
    {
        var text = new List<string>();
        var n = heading + 1;
        while (n <= lines.Count && lines[n - 1].Original.Trim().Length == 0) n++;
        var end = heading;
        for (; n <= lines.Count && text.Count < MaxLines; n++)
        {
            var s = lines[n - 1].Original.Trim();
            if (s.Length == 0 || s.StartsWith('#') || s.StartsWith('※') || TableRow.IsRow(lines[n - 1].Original) || HierarchyHeadings.IsHeading(lines[n - 1])) break;
            text.Add(s);
            end = n;
        }
        return (text, end);
    }

    /// <summary>The chapter the heading stands in (## 主な取組の状況, ５　主な取組の実績と課題); 取組状況 when none is found.</summary>
    private static string Chapter(IReadOnlyList<MappedLine> lines, int heading, IReadOnlyList<ItemBuilder> titled)
    {
        for (var i = heading - 2; i >= 0 && i >= heading - 60; i--)
        {
            // Another item's heading above is no chapter.
            if (titled.Any(t => JaText.Normalize(lines[i].Original).Contains(JaText.Normalize(t.Title), StringComparison.Ordinal))) continue;
            var m = ChapterHeading().Match(JaText.Nfkc(lines[i].Original));
            if (m.Success) return m.Groups["t"].Value.Trim();
        }
        return "取組状況";
    }

    [GeneratedRegex(@"^\s*(?:#{1,3}\s+|\d{1,2}[\s　]+|第\d{1,2}章\s*)(?<t>[^\d\s#。][^。]{1,24})$")]
    private static partial Regex ChapterHeading();
}
