using Gyokaku.Knowledge.Model;

namespace Gyokaku.Knowledge.Reading.Layouts.Mine;

/// <summary>An item found on a page: its number, and its title only when the text ties the two together.</summary>
internal sealed record MineItemAnchor(int Number, string? Title, MineBlock Block, int Page);

/// <summary>
/// Finds the № of each page and, where the extraction kept them together, their titles.
/// A title is taken only when it is printed in the number's own cell: glued to the number on one line
/// ("5 人材の確保", "美祢魅力発掘隊の採用8"), or on the lines right under a number with no blank between,
/// shaped like the narrow 実施項目 column (lines wrapped at 9–12 characters). A number printed alone has
/// its title somewhere else on the page, among the 実施計画 steps that look just like titles: left empty here
/// (<see cref="MineTitleMatcher"/> may still tie it through the item's plan).
/// </summary>
internal static class MineItemFinder
{
    /// <summary>The 実施項目 column wraps at about 10–11 full-width characters; steps wrap at about 15.</summary>
    private const int TitleColumnMin = 9;
    private const int TitleColumnMax = 12;

    public static IReadOnlyList<MineItemAnchor> Find(IReadOnlyList<MinePage> pages, string file, ICollection<ReadWarning> warnings)
    {
        var anchors = new List<MineItemAnchor>();
        var seen = new Dictionary<int, MineItemAnchor>();
        var headingSeen = false;
        foreach (var page in pages)
        {
            foreach (var block in page.Blocks)
            {
                if (block.Kind == MineBlockKind.Heading) headingSeen = true;
                if (block.Kind != MineBlockKind.Number) continue;
                // Before the first 大分類 heading is the cover page, whose page number looks like an item number.
                if (!headingSeen) continue;
                var match = MineLineClassifier.NumberOf(block.Lines[0].Text)!;
                if (seen.TryGetValue(match.Value, out var earlier))
                {
                    warnings.Add(new ReadWarning(file, block.Start, $"№{match.Value} printed again (first at line {earlier.Block.Start}); the second is ignored"));
                    continue;
                }
                var title = TitleOf(block, match, file, warnings);
                var anchor = new MineItemAnchor(match.Value, title, block, page.Index);
                seen[match.Value] = anchor;
                anchors.Add(anchor);
            }
        }
        return anchors;
    }

    private static string? TitleOf(MineBlock block, NumberMatch match, string file, ICollection<ReadWarning> warnings)
    {
        var rest = block.Lines.Skip(1).Select(l => l.Text).ToList();
        if (match.Glued is null)
        {
            if (rest.Count == 0) return null; // the number alone: its title is elsewhere on the page
            if (IsTitleShaped(rest)) return string.Concat(rest);
            warnings.Add(new ReadWarning(file, block.Start, $"№{match.Value}: the lines under the number do not have the 実施項目 column's shape; title left empty"));
            return null;
        }
        if (rest.Count == 0 && match.Glued.Length <= TitleColumnMax) return match.Glued;
        // "63 調査・研究・方針決定" + more lines: the number's row glued to a 実施計画 step and a title; which is which is not printed.
        warnings.Add(new ReadWarning(file, block.Start, $"№{match.Value}: number printed with \"{string.Join(" / ", block.Lines.Select(l => l.Text))}\"; cannot tell the title from a step, title left empty"));
        return null;
    }

    internal static bool IsTitleShaped(IReadOnlyList<string> lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            var length = lines[i].Length;
            if (length > TitleColumnMax) return false;
            if (i < lines.Count - 1 && length < TitleColumnMin) return false;
        }
        return true;
    }
}
