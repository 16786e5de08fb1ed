using Gyokaku.Knowledge.Model;
using System.Text.RegularExpressions;

namespace Gyokaku.Knowledge.Reading.Layouts.Mine;

/// <summary>A 大分類 → 小分類 pair as printed in a page heading.</summary>
internal sealed record MineGroup(PathSegment Major, PathSegment Minor, int Line);

/// <summary>
/// Places each page's items under 大分類/小分類. The headings on a page name only the 小分類 whose tables
/// START on that page; a table continued from the previous page has no heading. So:
/// a page with no heading continues the last 小分類 (numbers run on); a page whose tables (counted by
/// runs of grades) are as many as its headings holds only those 小分類; with one, every item is in it.
/// When a page holds several 小分類, where one ends is not printed: only a shared 大分類 is given, unless
/// the page's grades prove where each table ends (<see cref="SplitByGradeRuns"/>).
/// </summary>
internal static partial class MineHierarchy
{
    public static IReadOnlyDictionary<int, IReadOnlyList<PathSegment>> Place(
        IReadOnlyList<MinePage> pages, IReadOnlyList<MineItemAnchor> items, IReadOnlySet<int> damagedPages, string file,
        ICollection<ReadWarning> warnings, out IReadOnlyList<MineGroup> groups)
    {
        var paths = new Dictionary<int, IReadOnlyList<PathSegment>>();
        var all = new List<MineGroup>();
        MineGroup? current = null;
        foreach (var page in pages)
        {
            var onPage = items.Where(i => i.Page == page.Index).Select(i => i.Number).Order().ToList();
            var headings = Headings(page, file, warnings);
            all.AddRange(headings.Where(h => !all.Any(g => g.Minor == h.Minor && g.Major == h.Major)));
            if (damagedPages.Contains(page.Index))
            {
                // Headings and grade runs of a damaged page say nothing reliable, nor does where the next page continues from.
                current = headings.Count > 0 ? null : current;
                continue;
            }
            if (onPage.Count > 0)
            {
                var candidates = new List<MineGroup>();
                var tables = GradeRuns(page);
                if (headings.Count == 0 || tables != headings.Count)
                {
                    if (current is not null) candidates.Add(current);
                    else if (headings.Count == 0) warnings.Add(new ReadWarning(file, page.Start, "items before any 大分類 heading; no path"));
                }
                candidates.AddRange(headings);
                if (candidates.Count > 1 && headings.Count == candidates.Count && SplitByGradeRuns(page, headings, onPage) is { } split)
                {
                    foreach (var (n, group) in split) paths[n] = [group.Major, group.Minor];
                    current = headings[^1];
                    continue;
                }
                var path = Common(candidates);
                if (candidates.Count > 1)
                    warnings.Add(new ReadWarning(file, page.Start,
                        $"№{onPage[0]}–{onPage[^1]} share a page with {candidates.Count} 小分類 and where one ends is not printed; " +
                        (path.Count > 0 ? "only the 大分類 is given" : "no path given")));
                foreach (var n in onPage) paths[n] = path;
            }
            if (headings.Count > 0) current = headings[^1];
        }
        groups = all;
        return paths;
    }

    /// <summary>
    /// Where each 小分類 ends on a page that holds only the tables its headings start (as many tables as
    /// headings), proven by counting: every table prints its own "R2 上半期評価" header and under it at
    /// most one grade per row. When the grades under all the headers add up to the page's № count, every
    /// row has exactly one grade, so each table has exactly as many rows as its run of grades; tables run
    /// in heading order and № run on through them, so the first table holds the first run-length №s, and so on.
    /// Any other count (a row without a grade, a run not under its header) proves nothing: null.
    /// </summary>
    private static Dictionary<int, MineGroup>? SplitByGradeRuns(MinePage page, List<MineGroup> headings, List<int> onPage)
    {
        var runs = HeadedGradeRuns(page);
        if (runs.Count != headings.Count || runs.Sum() != onPage.Count || runs.Any(r => r == 0)) return null;
        var split = new Dictionary<int, MineGroup>();
        var next = 0;
        for (var t = 0; t < runs.Count; t++)
            for (var k = 0; k < runs[t]; k++) split[onPage[next++]] = headings[t];
        return split;
    }

    /// <summary>The number of grades printed under each "R2 上半期評価" header, in order; statuses (達成 …) are not grades and are skipped.</summary>
    private static List<int> HeadedGradeRuns(MinePage page)
    {
        var runs = new List<int>();
        var inRun = false;
        foreach (var block in page.Blocks)
        {
            if (block.Kind == MineBlockKind.Header && block.Header == MineHeader.Grade) { runs.Add(0); inRun = true; }
            else if (block.Kind == MineBlockKind.Grade && inRun) runs[^1]++;
            else if (block.Kind == MineBlockKind.Grade) return []; // a grade under no header: whose table it is, is not printed
            else if (block.Kind != MineBlockKind.Status) inRun = false;
        }
        return runs;
    }

    private static List<PathSegment> Common(List<MineGroup> candidates)
    {
        if (candidates.Count == 0) return [];
        if (candidates.Count == 1) return [candidates[0].Major, candidates[0].Minor];
        var major = candidates[0].Major;
        return candidates.All(c => c.Major == major) ? [major] : [];
    }

    /// <summary>Each ＜小分類＞ heading with the ⼤分類 heading printed just before it.</summary>
    private static List<MineGroup> Headings(MinePage page, string file, ICollection<ReadWarning> warnings)
    {
        var groups = new List<MineGroup>();
        PathSegment? major = null;
        foreach (var block in page.OfKind(MineBlockKind.Heading))
        {
            var text = MineLineClassifier.Nfkc(block.Lines[0].Text).Trim();
            var m = Major().Match(text);
            if (m.Success) { major = new PathSegment("大分類", m.Groups[1].Value, m.Groups[2].Value.Trim()); continue; }
            m = Minor().Match(text);
            if (m.Success && major is not null)
                groups.Add(new MineGroup(major, new PathSegment("小分類", m.Groups[1].Value, m.Groups[2].Value.Trim()), block.Start));
            else if (m.Success)
                warnings.Add(new ReadWarning(file, block.Start, $"小分類 heading without its 大分類 before it: {block.Lines[0].Text}"));
        }
        return groups;
    }

    /// <summary>Tables on a page, counted as runs of grades (a 上半期評価 header or any other block starts a new run).</summary>
    internal static int GradeRuns(MinePage page)
    {
        var runs = 0;
        var inRun = false;
        foreach (var block in page.Blocks)
        {
            if (block.Kind == MineBlockKind.Grade) { if (!inRun) runs++; inRun = true; }
            else if (block.Kind == MineBlockKind.Status) { }
            else inRun = false;
        }
        return runs;
    }

    [GeneratedRegex(@"^大分類\s*(\d+)\s+(.+)$")]
    private static partial Regex Major();

    [GeneratedRegex(@"^<小分類\s*(\d+)\s+(.+)>$")]
    private static partial Regex Minor();
}
