using Gyokaku.Knowledge.Model;

namespace Gyokaku.Knowledge.Reading.Layouts.Mine;

internal enum MineRole { Plan, Result }

/// <summary>What could be tied to one item; filled only by <see cref="MineAssociator"/>.</summary>
internal sealed class MineItemFacts(MineItemAnchor anchor)
{
    public MineItemAnchor Anchor { get; } = anchor;
    /// <summary>The anchor's title, or one that <see cref="MineTitleMatcher"/> proved on the page.</summary>
    public string? Title { get; set; } = anchor.Title;
    public MineBlock? Plan { get; set; }
    public MineBlock? Result { get; set; }
    public string? Grade { get; set; }
}

/// <summary>
/// THE place where cells are tied to items. The extraction printed each column of a page's table as
/// separate runs, often in an order unrelated to the rows, so a cell is tied to an item only when the
/// tie does not depend on a guess. Nothing is tied on a page that does not look intact
/// (<see cref="MinePageCheck"/>), because order-based reasoning means nothing there. On an intact page:
/// <list type="number">
/// <item>Grades carry no words to match. They are tied only when every grade on the page is the same and
/// there are exactly as many as there are №: then any order gives the same answer.</item>
/// <item>A ・ cell is an R2 plan or result when it is in the run printed right under the
/// "R2年度 年度計画" / "R2年度 上半期実績" header; or, when the page has k plans known and 2k cells, the
/// rest are its results (each item has one of each); or, on a page without headers whose cells come in
/// exactly two runs of equal length, the first run is the plans (the plan column is left of the result
/// column). A role inferred by count or by run must be backed by the cell clearly matching a cell of the
/// other role, or it is dropped.</item>
/// <item>A plan and a result belong together when each is clearly the other's best match by shared rare
/// words (and the last pair left over when every plan has a result).</item>
/// <item>Plans go to items in № order when there are exactly as many plans as №, no title clearly matches
/// a plan at another position, and the order is confirmed (half the titles match at their position, or
/// one does and the results column runs in the same order as the plans). Otherwise a plan goes to an item
/// only when the item's title and the plan clearly match each other AND no other text on the page
/// (steps, other titles) matches the plan as well: a plan about 小・中学校 must not go to the one titled
/// item that says 小中学校 when an untitled item's text says it too.</item>
/// <item>A result goes to the item of the plan it pairs with.</item>
/// <item>A title printed apart from its number goes to an item only through that item's plan (<see cref="MineTitleMatcher"/>).</item>
/// </list>
/// Everything else is left empty with a warning naming the line; the text stays searchable as passages.
/// </summary>
internal sealed class MineAssociator(TextOverlap overlap, string file, ICollection<ReadWarning> warnings)
{
    /// <summary>Ties what is certain on an intact page; a damaged page (see <see cref="MinePageCheck"/>) gets nothing, as even its page boundary may be wrong.</summary>
    public void Associate(MinePage page, IReadOnlyList<MineItemFacts> items, bool intact)
    {
        if (items.Count == 0 || !intact) return;
        AssignGrades(page, items);
        var roles = Roles(page);
        var plans = WithRole(page.OfKind(MineBlockKind.Bullet), roles, MineRole.Plan);
        var results = WithRole(page.OfKind(MineBlockKind.Bullet), roles, MineRole.Result);
        var pairs = MineMatching.MutualBest(Scores(plans, results, (p, r) => overlap.Score(p.Text, r.Text)), plans.Count == results.Count);
        AssignPlans(page, items, plans, results, pairs);
        foreach (var (p, r) in pairs)
        {
            var owner = items.FirstOrDefault(i => i.Plan == plans[p]);
            if (owner is not null) owner.Result = results[r];
        }
        MineTitleMatcher.Match(page, items, overlap);
        foreach (var block in page.OfKind(MineBlockKind.Bullet))
            if (!items.Any(i => i.Plan == block || i.Result == block))
                warnings.Add(new ReadWarning(file, block.Start, $"cannot tell with certainty which № this cell belongs to{(roles.TryGetValue(block, out var role) ? $" ({(role == MineRole.Plan ? "R2年度 年度計画" : "R2年度 上半期実績")})" : "")}: {Preview(block)}"));
    }

    private void AssignGrades(MinePage page, IReadOnlyList<MineItemFacts> items)
    {
        var grades = page.OfKind(MineBlockKind.Grade).Select(b => b.Lines[0].Text).ToList();
        var statuses = page.OfKind(MineBlockKind.Status).ToList();
        var uniform = grades.Select(MineLineClassifier.Nfkc).Distinct().Count() == 1;
        // (One grade everywhere is tied below whatever the order; a column of mixed marks only by its order.)
        if (!(uniform && statuses.Count == 0) && TieColumnInOrder(page, items)) return;
        if (statuses.Count > 0)
            warnings.Add(new ReadWarning(file, statuses[0].Start, $"{string.Join(" ", statuses.Select(s => s.Lines[0].Text))} printed apart from their rows (an item's or a step's mark); not tied to any №"));
        if (grades.Count == 0) return;
        if (uniform && grades.Count == items.Count)
        {
            // Same grade everywhere: the order does not matter. Keep the glyph as printed when all are printed
            // alike; when the page mixes Ｂ and B, which item had which glyph is unknown, so give the plain form.
            var printed = grades.Distinct().Count() == 1 ? grades[0] : MineLineClassifier.Nfkc(grades[0]);
            foreach (var item in items) item.Grade = printed;
            return;
        }
        var first = page.OfKind(MineBlockKind.Grade).First().Start;
        warnings.Add(new ReadWarning(file, first,
            $"R2上半期評価 {string.Join(" ", grades)} for №{items[0].Anchor.Number}–{items[^1].Anchor.Number} printed apart from their rows" +
            (uniform ? $" and {grades.Count} grades for {items.Count} №" : "") + "; not tied to items"));
    }

    /// <summary>
    /// The evaluation column printed whole: as many marks (grades, then 達成 / 休止 / 統合) as the page has №, so no
    /// mark is a step's and none is missing. The column is printed top to bottom, in the rows' № order, so the n-th
    /// mark is the n-th №'s. (Where there are more marks than №, some are the 行動計画 steps' marks and the order
    /// says nothing; where fewer, some row has none: both are left untied.)
    /// </summary>
    private bool TieColumnInOrder(MinePage page, IReadOnlyList<MineItemFacts> items)
    {
        var marks = page.Blocks.Where(b => b.Kind is MineBlockKind.Grade or MineBlockKind.Status).ToList();
        if (marks.Count != items.Count) return false;
        // A mark of its own kind printed among the grades would be out of the column's run.
        var firstStatus = marks.FindIndex(b => b.Kind == MineBlockKind.Status);
        if (firstStatus >= 0 && marks.Skip(firstStatus).Any(b => b.Kind == MineBlockKind.Grade)) return false;
        for (var i = 0; i < items.Count; i++) items[i].Grade = marks[i].Lines[0].Text;
        if (marks.Select(m => MineLineClassifier.Nfkc(m.Lines[0].Text)).Distinct().Count() > 1)
            warnings.Add(new ReadWarning(file, marks[0].Start,
                $"R2上半期評価 {string.Join(" ", marks.Select(m => m.Lines[0].Text))} printed apart from their rows, as many as the №{items[0].Anchor.Number}–{items[^1].Anchor.Number}; tied in printed order"));
        return true;
    }

    /// <summary>Plan or result for each ・ cell, where the page shows it (see the class comment, rule 2).</summary>
    private Dictionary<MineBlock, MineRole> Roles(MinePage page)
    {
        var roles = new Dictionary<MineBlock, MineRole>();
        MineRole? state = null;
        foreach (var block in page.Blocks)
        {
            if (block.Kind == MineBlockKind.Bullet) { if (state is { } s) roles[block] = s; continue; }
            state = block.Kind == MineBlockKind.Header && block.Header == MineHeader.Plan ? MineRole.Plan
                : block.Kind == MineBlockKind.Header && block.Header == MineHeader.Result ? MineRole.Result
                : null;
        }
        var bullets = page.OfKind(MineBlockKind.Bullet).ToList();
        var inferred = new List<MineBlock>();
        var knownPlans = roles.Values.Count(r => r == MineRole.Plan);
        var knownResults = roles.Values.Count(r => r == MineRole.Result);
        if (bullets.Count % 2 == 0 && bullets.Count > 0 && (knownPlans == bullets.Count / 2 || knownResults == bullets.Count / 2))
        {
            var rest = knownPlans == bullets.Count / 2 ? MineRole.Result : MineRole.Plan;
            foreach (var b in bullets.Where(b => !roles.ContainsKey(b))) { roles[b] = rest; inferred.Add(b); }
        }
        else if (roles.Count == 0 && !page.Blocks.Any(b => b.Kind == MineBlockKind.Header))
        {
            var runs = BulletRuns(page);
            if (runs.Count == 2 && runs[0].Count == runs[1].Count)
            {
                foreach (var b in runs[0]) { roles[b] = MineRole.Plan; inferred.Add(b); }
                foreach (var b in runs[1]) { roles[b] = MineRole.Result; inferred.Add(b); }
            }
        }
        // An inferred role stands only if the cell clearly answers a cell of the other role.
        var plans = WithRole(bullets, roles, MineRole.Plan);
        var results = WithRole(bullets, roles, MineRole.Result);
        var pairs = MineMatching.MutualBest(Scores(plans, results, (p, r) => overlap.Score(p.Text, r.Text)), eliminate: false);
        foreach (var b in inferred)
        {
            var backed = roles[b] == MineRole.Plan ? pairs.ContainsKey(plans.IndexOf(b)) : pairs.ContainsValue(results.IndexOf(b));
            if (!backed) roles.Remove(b);
        }
        return roles;
    }

    private static List<MineBlock> WithRole(IEnumerable<MineBlock> blocks, Dictionary<MineBlock, MineRole> roles, MineRole role) =>
        blocks.Where(b => roles.TryGetValue(b, out var r) && r == role).ToList();

    private static List<List<MineBlock>> BulletRuns(MinePage page)
    {
        var runs = new List<List<MineBlock>>();
        var inRun = false;
        foreach (var block in page.Blocks)
        {
            if (block.Kind != MineBlockKind.Bullet) { inRun = false; continue; }
            if (!inRun) runs.Add([]);
            runs[^1].Add(block);
            inRun = true;
        }
        return runs;
    }

    /// <summary>Rule 4 of the class comment.</summary>
    private void AssignPlans(MinePage page, IReadOnlyList<MineItemFacts> items, List<MineBlock> plans, List<MineBlock> results, Dictionary<int, int> pairs)
    {
        if (plans.Count == 0) return;
        var titleScores = Scores(items, plans, (i, p) => i.Anchor.Title is { } t ? overlap.Score(t, p.Text) : 0);
        if (plans.Count == items.Count)
        {
            var confident = MineMatching.MutualBest(titleScores, eliminate: false);
            var agree = confident.Count(m => m.Key == m.Value);
            var disagree = confident.Count - agree;
            // The results column printed in the plans' order (as paired by their words) shows the rows kept their order.
            var resultsInPlanOrder = pairs.Count == plans.Count && plans.Count == results.Count
                && Enumerable.Range(0, plans.Count).All(p => pairs[p] == p);
            if (disagree == 0 && agree >= 1 && (agree * 2 >= items.Count || resultsInPlanOrder))
            {
                for (var i = 0; i < items.Count; i++) items[i].Plan = plans[i];
                return;
            }
        }
        // Content only: the title must beat every other text on the page, not just the other titles.
        var others = page.Blocks.Where(b => b.Kind == MineBlockKind.Plain
            || (b.Kind == MineBlockKind.Number && b.Lines.Count > 1 && !items.Any(i => i.Anchor.Block == b && i.Anchor.Title is not null))).ToList();
        var matches = MineMatching.MutualBest(titleScores, eliminate: plans.Count == items.Count);
        var accepted = new List<(int Item, int Plan)>();
        var rejected = false;
        (int Item, int Plan)? eliminated = null;
        foreach (var (i, p) in matches)
        {
            var fromTitle = titleScores[i, p];
            if (fromTitle < MineMatching.Threshold) { eliminated = (i, p); continue; }
            var fromOther = others.Select(o => overlap.Score(o.Text, plans[p].Text)).DefaultIfEmpty(0).Max();
            if (fromTitle >= MineMatching.Margin * fromOther) accepted.Add((i, p));
            else rejected = true;
        }
        // The last pair is certain only if every other pair was.
        if (eliminated is { } e && !rejected) accepted.Add(e);
        foreach (var (i, p) in accepted) items[i].Plan = plans[p];
    }

    private static double[,] Scores<TRow, TCol>(IReadOnlyList<TRow> rows, IReadOnlyList<TCol> cols, Func<TRow, TCol, double> score)
    {
        var s = new double[rows.Count, cols.Count];
        for (var r = 0; r < rows.Count; r++)
            for (var c = 0; c < cols.Count; c++) s[r, c] = score(rows[r], cols[c]);
        return s;
    }

    private static string Preview(MineBlock block)
    {
        var text = block.Text.Replace('\n', ' ');
        return text.Length <= 40 ? text : text[..40] + "…";
    }
}
