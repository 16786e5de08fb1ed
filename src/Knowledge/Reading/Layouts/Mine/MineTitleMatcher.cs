namespace Gyokaku.Knowledge.Reading.Layouts.Mine;

/// <summary>
/// Ties a title printed apart from its lone number to its item, through the item's R2 plan. Where the
/// extraction printed a number alone, its title lies elsewhere on the page and the order of the runs says
/// nothing (p.3 prints the numbers 11, 10, 12 and the titles of 12, 11, 10), so position is never used.
/// What is used:
/// <list type="bullet">
/// <item>the page's title-shaped blocks (wrapped at the 実施項目 column's width, see
/// <see cref="MineItemFinder.IsTitleShaped"/>, on two lines or more: one line has no wrap to tell a title from a step)
/// are exactly as many as its untitled №, and every untitled № already has its plan (tied with certainty);</item>
/// <item>a title goes to an item only when the title and that item's plan are clearly each other's best
/// match among all the plans and all the candidate titles of the page (<see cref="MineMatching.MutualBest"/>).
/// No title is given by elimination: a title-shaped block may still be a step.</item>
/// </list>
/// </summary>
internal static class MineTitleMatcher
{
    public static void Match(MinePage page, IReadOnlyList<MineItemFacts> items, TextOverlap overlap)
    {
        var untitled = items.Where(i => i.Title is null).ToList();
        if (untitled.Count == 0 || untitled.Any(i => i.Plan is null)) return;
        var candidates = page.OfKind(MineBlockKind.Plain)
            .Where(b => b.Lines.Count > 1 && MineItemFinder.IsTitleShaped(b.Lines.Select(l => l.Text).ToList())).ToList();
        if (candidates.Count != untitled.Count) return;
        var planned = items.Where(i => i.Plan is not null).ToList();
        var scores = new double[candidates.Count, planned.Count];
        for (var c = 0; c < candidates.Count; c++)
            for (var i = 0; i < planned.Count; i++) scores[c, i] = overlap.Score(candidates[c].Text, planned[i].Plan!.Text);
        foreach (var (c, i) in MineMatching.MutualBest(scores, eliminate: false))
            if (planned[i].Title is null) planned[i].Title = candidates[c].Text;
    }
}
