using System.Text.RegularExpressions;
using Gyokaku.Knowledge.Model;

namespace Gyokaku.Knowledge.Reading.Layouts.Structured;

/// <summary>
/// The chapters about the plan as a whole (計画の目的, 計画期間, 推進体制, 進行管理 …): a heading naming one of
/// them, outside every item, and the text under it up to the next heading.
/// </summary>
internal static partial class PlanSections
{
    private const int MaxLines = 15;
    private static readonly string[] Words =
        ["目的", "期間", "推進体制", "進行管理", "進捗管理", "基本理念", "基本的な考え方", "位置づけ", "位置付け", "趣旨", "公表", "策定方針", "計画の構成"];

    public static IReadOnlyList<TextSection> Read(IReadOnlyList<MappedLine> lines, IReadOnlyList<PlanItem> items)
    {
        bool InItem(int n) => items.Any(i => n >= i.Lines.Start && n <= i.Lines.End);
        var sections = new List<TextSection>();
        for (var n = 1; n <= lines.Count; n++)
        {
            if (InItem(n)) continue;
            var line = lines[n - 1];
            var (label, value) = Heading(line);
            if (label is null || !Words.Any(label.Contains)) continue;
            var text = new List<string>();
            if (value.Length > 0) text.Add(value);
            var end = n;
            for (var k = n + 1; k <= lines.Count && k <= n + MaxLines && !InItem(k) && !EndsSection(lines[k - 1]); k++)
            {
                var t = lines[k - 1].Original.Trim();
                if (t.Length == 0) continue;
                text.Add(t);
                end = k;
            }
            if (text.Count > 0) sections.Add(new TextSection(label, string.Join("\n", text), new LineRange(n, end)));
        }
        sections.AddRange(Outlines(lines, items));
        return sections;
    }

    /// <summary>
    /// A plan written as prose lists its 基本方針 (基本目標, 柱 …) only as headings (基本方針１ 市民視点に立った…), and
    /// no item is placed under them: each such level becomes a chapter of its own, labelled by the level, listing its
    /// headings once each in the order printed, so 「基本方針を全部あげて」 has an answer.
    /// </summary>
    private static IEnumerable<TextSection> Outlines(IReadOnlyList<MappedLine> lines, IReadOnlyList<PlanItem> items)
    {
        var placed = items.SelectMany(i => i.Path.Select(p => p.Level)).ToHashSet();
        var byLevel = new Dictionary<string, List<(string Number, string Text, int Line)>>();
        for (var n = 1; n <= lines.Count; n++)
        {
            var heading = HierarchyHeadings.ReadCell(lines[n - 1].Original);
            if (heading is not { Number: { } number, Title.Length: > 0 } || placed.Contains(heading.Level)) continue;
            if (!byLevel.TryGetValue(heading.Level, out var found)) byLevel[heading.Level] = found = [];
            // The same heading printed again (a list of the 基本方針, then a chapter for each) is listed once.
            if (found.All(f => f.Number != number)) found.Add((number, lines[n - 1].Original.Trim(), n));
        }
        foreach (var (level, found) in byLevel)
            if (found.Count >= 2)
                yield return new TextSection(level, string.Join("\n", found.Select(f => f.Text)), new LineRange(found[0].Line, found[^1].Line));
    }

    /// <summary>A chapter heading's words (and a value printed on its own line: 計画期間：令和4年度～令和8年度).</summary>
    private static (string? Label, string Value) Heading(MappedLine line)
    {
        if (LabelledLine.Read(line) is { } labelled && labelled.Label.Text.Length <= 12) return (labelled.Label.Text, labelled.Value);
        if (ItemMarker.Read(line, 0) is { Title.Length: > 0 and <= 20 } marked) return (marked.Title, "");
        var plain = line.Original.Trim().TrimStart('#', ' ', '　', '■', '●', '◆', '【').TrimEnd('】').Trim();
        return plain.Length is > 0 and <= 20 && !plain.EndsWith('。') ? (plain, "") : (null, "");
    }

    private static bool EndsSection(MappedLine line) =>
        ItemMarker.Read(line, 0) is not null || TableRow.IsRow(line.Original) || line.Normalized.TrimStart().StartsWith('#') || HierarchyHeadings.IsHeading(line)
        || Chapter().IsMatch(line.Normalized);

    [GeneratedRegex(@"^\s*第\s*\d{1,2}\s*[章節部]")]
    private static partial Regex Chapter();
}
