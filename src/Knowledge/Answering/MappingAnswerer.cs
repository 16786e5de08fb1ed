using System.Text;
using Gyokaku.Knowledge.Model;
using Gyokaku.Knowledge.Questions;
using Gyokaku.Knowledge.Search;
using Gyokaku.Knowledge.Text;

namespace Gyokaku.Knowledge.Answering;

/// <summary>An earlier plan's item and what became of it (第一次計画 → 次期計画(項目N); 前期 → 後期 with 見直し区分).</summary>
internal static partial class MappingAnswerer
{
    public static Answer? Answer(AnswerContext ctx)
    {
        var w = ctx.Kb.Weights;
        var candidates = ctx.Plans.SelectMany(d => d.Mappings.Select(m => (Doc: d, Map: m))).ToList();
        if (candidates.Count == 0) return null;
        if (Successors(ctx, candidates) is { } into) return into;
        (PlanDocument Doc, ItemMapping Map)? chosen = null;
        if (ctx.Q.Item?.Number is { } n && ctx.Q.Earlier)
            chosen = candidates.FirstOrDefault(c => c.Map.FromNumber == n) is { Map: not null } hit ? hit : null;
        if (chosen is null)
        {
            var ranked = candidates.Select(c => (c, Score: Score(ctx, c.Map))).OrderByDescending(s => s.Score).First();
            if (ranked.Score >= 0.6) chosen = ranked.c;
        }
        if (chosen is null) return ByStatus(ctx, candidates);
        var (doc, map) = chosen.Value;
        var sb = new StringBuilder();
        sb.AppendLine(AnswerTemplates.About(doc, null, ctx.Lang));
        sb.AppendLine($"{map.FromPlan}{(map.FromNumber is null ? "" : " " + map.FromNumber)}「{map.FromTitle}」");
        if (map.Status is not null) sb.AppendLine(AnswerTemplates.Mapping(map.Status, map.StatusMeaning, ctx.Lang));
        var to = new List<string>();
        foreach (var number in map.ToNumbers)
        {
            var item = doc.Items.FirstOrDefault(i => i.Number == number);
            to.Add(item is null ? number : AnswerTemplates.ItemName(item, ctx.Lang));
        }
        if (map.ToTitle is not null && to.Count == 0) to.Add($"「{map.ToTitle}」");
        if (to.Count > 0) sb.AppendLine(AnswerTemplates.MappedTo(string.Join("、", to), ctx.Lang));
        if (map.Remark is not null) sb.AppendLine(map.Remark);
        if (map.Departments.Count > 0) sb.AppendLine(AnswerTemplates.Department(ItemFacts.FormatDepartments(map.Departments), ctx.Lang));
        return ctx.Make(AnswerStatus.Answered, sb.ToString().TrimEnd(), [new Citation(doc.File, map.FromNumber, map.FromTitle, map.Lines)], doc);
    }

    /// <summary>
    /// A list of earlier items the question asks for without naming one: those a later item took over
    /// (第二次計画の項目19に引き継がれた項目), or those with the status or handling it names (◎実施済, 推進計画から削除).
    /// </summary>
    public static Answer? Listing(AnswerContext ctx)
    {
        var candidates = ctx.Plans.SelectMany(d => d.Mappings.Select(m => (Doc: d, Map: m))).ToList();
        if (candidates.Count == 0) return null;
        return Successors(ctx, candidates) ?? (ctx.Q.Item is null ? ByStatus(ctx, candidates) ?? Levels(ctx, candidates) : null);
    }

    /// <summary>
    /// The earlier plan's own levels (第一次計画の基本方針を全部): the segments of the level the question names, in the
    /// order the continuity table prints them. Null when the question also names one segment (基本方針Iの施策).
    /// </summary>
    private static Answer? Levels(AnswerContext ctx, IReadOnlyList<(PlanDocument Doc, ItemMapping Map)> candidates)
    {
        if (ctx.Intent is not (Intent.List or Intent.Structure) || ctx.Q.Paths.Count > 0) return null;
        var segments = candidates.SelectMany(c => c.Map.Path.Select(s => (c.Doc, c.Map, Segment: s))).ToList();
        if (segments.Any(s => s.Segment.Title.Length >= 3 && ctx.Q.Normalized.Contains(JaText.Normalize(s.Segment.Title), StringComparison.Ordinal))) return null;
        var level = segments.Select(s => s.Segment.Level).Distinct().Where(l => l.Length >= 2 && ctx.Q.Normalized.Contains(JaText.Normalize(l), StringComparison.Ordinal))
            .OrderByDescending(l => l.Length).FirstOrDefault();
        if (level is null) return null;
        var hits = segments.Where(s => s.Segment.Level == level).DistinctBy(s => (s.Doc.File, s.Segment.Number, s.Segment.Title)).ToList();
        var sb = new StringBuilder();
        foreach (var group in hits.GroupBy(h => h.Doc))
        {
            sb.AppendLine(AnswerTemplates.About(group.Key, null, ctx.Lang) + " " + AnswerTemplates.ListHeader(group.First().Map.FromPlan + " " + level, group.Count(), ctx.Lang));
            foreach (var h in group) sb.AppendLine("・" + h.Segment);
        }
        return ctx.Make(AnswerStatus.Answered, sb.ToString().TrimEnd(), hits.Select(h => new Citation(h.Doc.File, h.Map.FromNumber, h.Segment.ToString(), h.Map.Lines)).ToList(), hits[0].Doc);
    }

    /// <summary>
    /// The earlier items one later item took over, when the number the question gives is the later plan's
    /// (第二次計画の項目19, 項目19に引き継がれた): every row whose 次期計画(項目N) names it.
    /// </summary>
    private static Answer? Successors(AnswerContext ctx, IReadOnlyList<(PlanDocument Doc, ItemMapping Map)> candidates)
    {
        if (ctx.Q.Item?.Number is not { } n) return null;
        var later = LaterNumber().Matches(ctx.Q.Normalized).Select(m => m.Groups["n"].Value).Concat(TakenInto().Matches(ctx.Q.Normalized).Select(m => m.Groups["n"].Value));
        if (!later.Contains(n)) return null;
        var hits = candidates.Where(c => c.Map.ToNumbers.Contains(n)).DistinctBy(c => (c.Doc.File, c.Map.FromNumber ?? c.Map.FromTitle)).ToList();
        if (hits.Count == 0) return null;
        var sb = new StringBuilder();
        foreach (var group in hits.GroupBy(h => h.Doc))
        {
            var target = group.Key.Items.FirstOrDefault(i => i.Number == n);
            sb.AppendLine(AnswerTemplates.About(group.Key, null, ctx.Lang) + " " + AnswerTemplates.ListHeader(target is null ? n : AnswerTemplates.ItemName(target, ctx.Lang), group.Count(), ctx.Lang));
            foreach (var (_, m) in group)
                sb.AppendLine($"・{m.FromPlan}{(m.FromNumber is null ? "" : " " + m.FromNumber)}「{m.FromTitle}」 {m.Status}{(m.StatusMeaning is null ? "" : $"（{m.StatusMeaning}）")}");
        }
        return ctx.Make(AnswerStatus.Answered, sb.ToString().TrimEnd(), hits.Select(h => new Citation(h.Doc.File, h.Map.FromNumber, h.Map.FromTitle, h.Map.Lines)).ToList(), hits[0].Doc);
    }

    // 第二次計画の項目19, 次期計画(項目19), 現計画の19番: the number follows the later plan's name.
    [System.Text.RegularExpressions.GeneratedRegex(@"(?:第二次|次期|現計画|新計画|後期|second plan|current plan|new plan)[^0-9]{0,10}?(?<n>\d+)")]
    private static partial System.Text.RegularExpressions.Regex LaterNumber();

    // 項目19に引き継がれた, carried into item 19: the number is where earlier items went.
    [System.Text.RegularExpressions.GeneratedRegex(@"(?<n>\d+)\s*(?:番)?\s*(?:に|へ)\s*(?:引き継|引継|移行|移さ|統合|継承)|(?:carried|taken|moved|merged)\s+(?:over\s+)?(?:in)?to\s+(?:item\s+)?(?:no\.?\s*)?(?<n>\d+)")]
    private static partial System.Text.RegularExpressions.Regex TakenInto();

    /// <summary>The earlier items with the status the question names (廃止になった項目は？), listed.</summary>
    private static Answer? ByStatus(AnswerContext ctx, IReadOnlyList<(PlanDocument Doc, ItemMapping Map)> candidates)
    {
        static string Head(string s) => JaText.Normalize(s.Split('（', '(')[0]);
        // (The handling column — 推進計画から削除, 事業完了 — names a group as the status column does.)
        var words = candidates.SelectMany(c => new[] { c.Map.Status, c.Map.StatusMeaning, c.Map.ToNumbers.Count == 0 ? c.Map.Remark : null }).Where(s => s is { Length: > 0 })
            .Select(s => Head(s!)).Where(s => s.Length >= 2).Distinct().Where(w => ctx.Q.Normalized.Contains(w, StringComparison.Ordinal))
            .OrderByDescending(w => w.Length).ToList();
        if (words.Count == 0) return null;
        var word = words[0];
        var hits = candidates.Where(c => Head(c.Map.Status ?? "") == word || Head(c.Map.StatusMeaning ?? "") == word
            || c.Map.ToNumbers.Count == 0 && Head(c.Map.Remark ?? "") == word)
            .DistinctBy(c => (c.Doc.File, c.Map.FromNumber ?? c.Map.FromTitle)).ToList();
        if (hits.Count == 0) return null;
        var sb = new StringBuilder();
        foreach (var group in hits.GroupBy(h => h.Doc))
        {
            sb.AppendLine(AnswerTemplates.About(group.Key, null, ctx.Lang) + " " + AnswerTemplates.ListHeader(word, group.Count(), ctx.Lang));
            foreach (var (_, m) in group)
                sb.AppendLine($"・{m.FromPlan}{(m.FromNumber is null ? "" : " " + m.FromNumber)}「{m.FromTitle}」 {m.Status}{(m.StatusMeaning is null ? "" : $"（{m.StatusMeaning}）")}");
        }
        return ctx.Make(AnswerStatus.Answered, sb.ToString().TrimEnd(), hits.Select(h => new Citation(h.Doc.File, h.Map.FromNumber, h.Map.FromTitle, h.Map.Lines)).ToList(), hits[0].Doc);
    }

    /// <summary>Department of a row of a mapping table (the 002 plan's 取組 are known by name only).</summary>
    public static Answer? Department(AnswerContext ctx)
    {
        var candidates = ctx.Plans.SelectMany(d => d.Mappings.Where(m => m.Departments.Count > 0).Select(m => (Doc: d, Map: m))).ToList();
        if (candidates.Count == 0) return null;
        var ranked = candidates.Select(c => (c, Score: Score(ctx, c.Map))).OrderByDescending(s => s.Score).First();
        if (ranked.Score < 0.6) return null;
        var (doc, map) = ranked.c;
        var title = map.ToTitle ?? map.FromTitle;
        var text = AnswerTemplates.About(doc, null, ctx.Lang) + $"「{title}」\n" + AnswerTemplates.Department(ItemFacts.FormatDepartments(map.Departments), ctx.Lang);
        return ctx.Make(AnswerStatus.Answered, text, [new Citation(doc.File, map.FromNumber, title, map.Lines)], doc, Intent.Department);
    }

    private static double Score(AnswerContext ctx, ItemMapping m)
    {
        var w = ctx.Kb.Weights;
        var from = JaText.Normalize(m.FromTitle);
        var to = JaText.Normalize(m.ToTitle ?? "");
        // A title's bracketed gloss (コンプライアンス(法令等遵守)の推進) is what a question most often leaves out.
        var score = Math.Max(Math.Max(w.Coverage(ctx.Content, from), w.Coverage(ctx.Content, WithoutGloss(from))),
            Math.Max(w.Coverage(ctx.Content, to), w.Coverage(ctx.Content, WithoutGloss(to))) * (ctx.Q.Earlier ? 0.8 : 1.0));
        foreach (var q in ctx.Q.Quoted)
            if (from == q || to == q) score += 1;
            else if (from.Contains(q) || to.Contains(q)) score += 0.5;
        // A title written out whole, without quotes (債権管理体制の一元化って後期では…), names the row as a quoted one does;
        // the words around it (後期では, 引き継がれてる) only ask.
        if (ctx.Q.Quoted.Count == 0 && (WrittenOut(ctx.Q.Normalized, from) || WrittenOut(ctx.Q.Normalized, to))) score += 1;
        return score;
    }

    private static string WithoutGloss(string title) => Gloss().Replace(title, "");

    private static bool WrittenOut(string question, string title) =>
        title.Length >= 4 && (question.Contains(title, StringComparison.Ordinal) || (WithoutGloss(title) is { Length: >= 4 } bare && question.Contains(bare, StringComparison.Ordinal)));

    [System.Text.RegularExpressions.GeneratedRegex(@"[(（][^()（）]{1,20}[)）]")]
    private static partial System.Text.RegularExpressions.Regex Gloss();
}
