using Gyokaku.Knowledge.Model;
using Gyokaku.Knowledge.Text;

namespace Gyokaku.Knowledge.Answering;

/// <summary>
/// The items a plan's own outline (項目一覧: a level's number and title, then its items' numbers and titles) prints
/// under one level. Where an item's page puts it under another level than the outline does, the outline is the
/// plan's list of what each level holds; a list answer shows the item and says where its page puts it.
/// </summary>
internal static class OutlineMembers
{
    /// <summary>The items of <paramref name="doc"/> that an outline in its text lists under <paramref name="segment"/>.</summary>
    public static IReadOnlySet<PlanItem> Under(PlanDocument doc, PathSegment segment)
    {
        var listed = new HashSet<PlanItem>();
        if (segment.Number is null || segment.Title.Length < 2) return listed;
        var name = JaText.Normalize(segment.Number + segment.Title);
        // Other segments of the same level end the run (the outline's next 施策).
        var siblings = doc.Items.SelectMany(i => i.Path).Where(p => p.Level == segment.Level && p != segment && p.Number is not null)
            .Select(p => JaText.Normalize(p.Number + p.Title)).Where(n => n != name).Distinct().ToList();
        var numbered = doc.Items.Where(i => i.Number is not null && i.Title.Length >= 2)
            .Select(i => (Item: i, Key: JaText.Normalize(i.Number + i.Title))).ToList();
        var lines = doc.Passages.SelectMany(p => p.Text.Split('\n')).Select(JaText.Normalize).ToList();
        for (var i = 0; i < lines.Count; i++)
        {
            var at = lines[i].IndexOf(name, StringComparison.Ordinal);
            if (at < 0) continue;
            // The level's own line may hold its first item; each following line one more, until a line holds none.
            for (var j = i; j < lines.Count; j++)
            {
                var line = j == i ? lines[j][(at + name.Length)..] : lines[j];
                if (j > i && siblings.Any(s => line.Contains(s, StringComparison.Ordinal))) break;
                var here = numbered.Where(n => Holds(line, n.Key)).Select(n => n.Item).ToList();
                if (here.Count == 0) break;
                listed.UnionWith(here);
            }
        }
        return listed;
    }

    // 12市民に分かりやすい… but not 112市民に…: the item's number starts where no digit comes before it.
    private static bool Holds(string line, string key)
    {
        for (var at = line.IndexOf(key, StringComparison.Ordinal); at >= 0; at = line.IndexOf(key, at + 1, StringComparison.Ordinal))
            if (at == 0 || !char.IsDigit(line[at - 1])) return true;
        return false;
    }
}
