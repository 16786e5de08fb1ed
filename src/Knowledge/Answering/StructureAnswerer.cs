using System.Text;
using Gyokaku.Knowledge.Model;
using Gyokaku.Knowledge.Questions;
using Gyokaku.Knowledge.Search;
using Gyokaku.Knowledge.Text;

namespace Gyokaku.Knowledge.Answering;

/// <summary>Questions about a plan as a whole: period, 基本理念, 方針, number of items, 推進体制, 進行管理, hierarchy levels.</summary>
internal static class StructureAnswerer
{
    private static readonly string[] PeriodWords = ["期間", "何年度から", "period", "いつまで"];
    private static readonly System.Text.RegularExpressions.Regex CountWords =
        new(@"項目数|何項目|いくつの項目|how many (?:[a-z-]+ ){0,2}(?:items|initiatives|measures)|件数|(項目|取組)は?(全部で|全体で)?(いくつ|幾つ|何件|何個)");

    private static readonly System.Text.RegularExpressions.Regex LengthWords = new(@"何年間|何か年|何ヵ年|何カ年|how many years|how long");
    private static readonly System.Text.RegularExpressions.Regex StatedLength = new(@"[0-9]+(?:年間|か年|ヵ年|カ年)");

    private static readonly System.Text.RegularExpressions.Regex DateWords =
        new(@"いつ(?:の|出|作成|発行|公表|時点)|作成日|発行日|when was|dated|issued|published");
    private static readonly System.Text.RegularExpressions.Regex DateLabels = new(@"作成|発行|公表日|策定日|日付|報告対象|時点");

    public static Answer Answer(AnswerContext ctx)
    {
        var doc = ctx.Plans.Count == 1 || ctx.PlanExplicit ? ctx.Plans.FirstOrDefault() : null;
        if (doc is null) return Clarify.Plans(ctx, ctx.Plans.Select(p => (p, (PlanItem?)null, "")).ToList());
        var header = AnswerTemplates.About(doc, null, ctx.Lang);
        IReadOnlyList<Citation> cite = [new Citation(doc.File, null, doc.Title)];
        var q = ctx.Q.Normalized;
        // 第一次計画の期間 asked of the 第二次 plan: only what the document prints about the first plan answers.
        if (OtherPlanFacts.AskedOrdinal(q, doc) is { } other && OtherPlanFacts.Answer(ctx, doc, other) is { } otherPlan) return otherPlan;

        var levels = doc.Items.SelectMany(i => i.Path.Select(p => p.Level)).Distinct().ToList();
        var asked = levels.Where(l => q.Contains(JaText.Normalize(l), StringComparison.Ordinal)
            && !ctx.Q.Paths.Any(p => p.Level == l)).ToList();
        var spaced = ctx.Q.Spaced;
        if (CountWords.IsMatch(q) || CountWords.IsMatch(spaced))
        {
            // Count each kind of item on its own (Okayama: 取組項目 and their 具体的取組), and quote the plan's own
            // sentence that counts what was asked (５つの柱、１６の取組): it counts parts no reader made items of.
            var counts = doc.Items.GroupBy(i => i.Label).Select(g => AnswerTemplates.ItemCount(g.Count(), g.Key, ctx.Lang)).ToList();
            var stated = CountStatement.Find(doc, CountStatement.AskedNouns(q));
            if (stated is { } s) counts.Add(AnswerTemplates.Fact(AnswerTemplates.DocumentSays(ctx.Lang), s.Text, ctx.Lang));
            if (counts.Count > 0)
                return ctx.Make(AnswerStatus.Answered, header + "\n" + string.Join("\n", counts),
                    stated is { } c ? [.. cite, new Citation(doc.File, null, doc.Title, c.Lines)] : cite, doc);
        }

        // The document's own outline (体系) first: it lists levels even where items could not be placed.
        if (ctx.Q.Paths.Count > 0)
        {
            foreach (var outline in doc.Sections)
                foreach (var line in outline.Text.Split('\n'))
                {
                    var n = JaText.Normalize(line);
                    if (ctx.Q.Paths.All(p => ContainsRef(n, JaText.Normalize(p.Level + p.Number))) && asked.All(l => n.Contains(JaText.Normalize(l), StringComparison.Ordinal)))
                        return ctx.Make(AnswerStatus.Answered, header + "\n" + JaText.Clean(line), [new Citation(doc.File, null, outline.Label, outline.Lines)], doc);
                }
        }
        if (asked.Count > 0)
        {
            var level = asked[^1];
            var under = doc.Items.Where(i => ctx.Q.Paths.All(r => i.Path.Any(p => p.Level == r.Level && SameNumber(p.Number, r.Number))));
            // A level can nest in itself (小郡市: 実施方針1 > 実施方針(1)): the inner ones are shown under their outer one.
            var segments = under.SelectMany(i => i.Path.Select((p, depth) => (Segment: p, Depth: depth)).Where(p => p.Segment.Level == level))
                .DistinctBy(p => p.Segment.ToString()).ToList();
            if (segments.Count > 0)
            {
                var scope = string.Join(" ", ctx.Q.Paths.Select(p => $"{p.Level}{p.Number}"));
                var top = segments.Min(s => s.Depth);
                var lines = segments.Select(s => (s.Depth > top ? "　" : "") + "・" + s.Segment);
                return ctx.Make(AnswerStatus.Answered, header + (scope.Length > 0 ? " " + scope : "") + "\n" + string.Join("\n", lines), cite, doc);
            }
        }

        if (DateWords.IsMatch(q) || DateWords.IsMatch(spaced))
        {
            // When the document was issued and what period it reports on: the chapters the reader labelled so.
            var dated = doc.Sections.Where(s => DateLabels.IsMatch(s.Label)).ToList();
            if (dated.Count > 0)
                return ctx.Make(AnswerStatus.Answered, header + "\n" + string.Join("\n", dated.Select(s => AnswerTemplates.Fact(s.Label, ItemAnswerer.Shorten(s.Text, 200), ctx.Lang))),
                    [.. dated.Select(s => new Citation(doc.File, null, s.Label, s.Lines))], doc);
        }

        var named = doc.Sections.Where(s => Names(q, s.Label)).OrderByDescending(s => s.Label.Length).FirstOrDefault();
        var section = named ?? BestSection(ctx, doc);
        if (PeriodWords.Any(w => q.Contains(JaText.Normalize(w)) || spaced.Contains(w)) && doc.Period is not null)
        {
            if (PeriodOfAnotherPlan(ctx, doc) is { } ofAnother) return ofAnother;
            // 下水道事業の次期経営計画の期間: the period of something the plan names, not the plan's own.
            if (NamedPeriod.Answer(ctx, doc) is { } ofNamed) return ofNamed;
            var text = header + "\n" + AnswerTemplates.Period(doc, ctx.Lang);
            // 後期の期間 of a 前期 plan: the chapter on the period states the other term; quote it when it holds a word
            // of the question that the plan's own title does not.
            var chapters = doc.Sections.Where(s => JaText.Normalize(s.Label).Contains("期間")).ToList();
            var title = JaText.Normalize(doc.Title);
            // 何年間: the chapter that states the length (令和７年度から令和１０年度までの４年間) says it in its own words.
            var lengthChapter = LengthWords.IsMatch(spaced) ? chapters.FirstOrDefault(c => StatedLength.IsMatch(JaText.Normalize(c.Text))) : null;
            var chapter = lengthChapter ?? chapters.FirstOrDefault();
            var statesLength = lengthChapter is not null;
            if (chapter is not null && (statesLength || ctx.Words.Any(w => w != "期間" && !title.Contains(w, StringComparison.Ordinal) && JaText.Normalize(chapter.Text).Contains(w, StringComparison.Ordinal))))
                text += "\n" + AnswerTemplates.Fact(chapter.Label, ItemAnswerer.Shorten(chapter.Text, 300), ctx.Lang);
            return ctx.Make(AnswerStatus.Answered, text, cite, doc);
        }
        if (section is not null)
            return ctx.Make(AnswerStatus.Answered, header + "\n" + AnswerTemplates.Fact(section.Label, ItemAnswerer.Shorten(section.Text, 600), ctx.Lang),
                [new Citation(doc.File, null, section.Label, section.Lines)], doc);
        if (ChapterByHeading.Find(doc, ctx.Q.Spaced) is { } headed)
            return ctx.Make(AnswerStatus.Answered, header + "\n" + AnswerTemplates.Fact(headed.Label, ItemAnswerer.Shorten(headed.Text, 600), ctx.Lang),
                [new Citation(doc.File, null, headed.Label, headed.Lines)], doc);
        return PassageAnswerer.Answer(ctx);
    }

    /// <summary>
    /// A table of periods whose rows name plans (第二次…大綱 10年間 / 第二次…大綱 推進計画 5年間): a question naming a
    /// row's plan — the longest row it holds — that is not the document's own (the longest its title holds) gets that row.
    /// </summary>
    private static Answer? PeriodOfAnotherPlan(AnswerContext ctx, PlanDocument doc)
    {
        // (Names are compared without の: 大綱の推進計画 names the row 大綱 推進計画, not the row 大綱.)
        var title = WithoutNo(doc.Title);
        var question = WithoutNo(ctx.Q.Normalized);
        foreach (var table in doc.Tables.Where(t => t.Columns.Any(c => c.Contains("期間"))))
        {
            var rows = table.Rows.Select(r => (Row: r, Name: WithoutNo(r.Label))).Where(r => r.Name.Length >= 4).ToList();
            var asked = rows.Where(r => question.Contains(r.Name, StringComparison.Ordinal)).OrderByDescending(r => r.Name.Length).FirstOrDefault();
            var own = rows.Where(r => title.Contains(r.Name, StringComparison.Ordinal)).OrderByDescending(r => r.Name.Length).FirstOrDefault();
            if (asked.Row is null || asked.Row == own.Row) continue;
            var cells = table.Columns.Select((c, i) => i < asked.Row.Cells.Count ? AnswerTemplates.Fact(c, asked.Row.Cells[i] ?? "", ctx.Lang) : null).OfType<string>();
            return ctx.Make(AnswerStatus.Answered, AnswerTemplates.About(doc, null, ctx.Lang) + "\n" + asked.Row.Label + "\n" + string.Join("\n", cells),
                [new Citation(doc.File, null, table.Title, table.Lines)], doc);
        }
        return null;
    }

    private static string WithoutNo(string text) => JaText.Normalize(text).Replace("の", "");

    /// <summary>
    /// 「基本方針Ⅲ（行政資源の有効活用）の改革の方向性は？」: the question ends on a level of the plan's outline deeper than
    /// the one it names — it asks the outline's entries under it, not an item's text.
    /// </summary>
    /// <summary>どの施策 / 何という基本方針: a level of the plan's outline asked with どの or 何 (the item's place in it).</summary>
    public static bool AsksLevelOfItem(AnswerContext ctx) =>
        ctx.Plans.SelectMany(p => p.Items).SelectMany(i => i.Path).Select(s => JaText.Normalize(s.Level)).Where(l => l.Length >= 2).Distinct()
            .Any(level => System.Text.RegularExpressions.Regex.IsMatch(ctx.Q.Normalized, $@"(?:どの|どこの|何という|which)\s*{System.Text.RegularExpressions.Regex.Escape(level)}"));

    public static bool AsksLevelUnder(AnswerContext ctx)
    {
        if (ctx.Q.Item is not null || ctx.Q.Paths.Count == 0 || ctx.Plans.Count != 1) return false;
        // (基本方針2の推進項目にはどんなのがある？ asks the level's members as 基本方針2の推進項目は？ does.)
        var q = System.Text.RegularExpressions.Regex.Replace(ctx.Q.Normalized, @"(?:には|は|って|とは|を教えて|について)?(?:(?:どんな|どういう)(?:もの|の)?|何|なに)?[がか]?(?:ある|あります)?(?:の|か)?[?？。]*$", "");
        foreach (var path in ctx.Plans[0].Items.Select(i => i.Path).Where(p => p.Count > 0).DistinctBy(p => string.Join("/", p.Select(s => s.Level))))
        {
            var named = path.Select((s, i) => (s.Level, i)).Where(x => ctx.Q.Paths.Any(p => p.Level == x.Level)).Select(x => x.i).DefaultIfEmpty(-1).Max();
            if (named < 0) continue;
            if (path.Skip(named + 1).Any(s => q.EndsWith(JaText.Normalize(s.Level), StringComparison.Ordinal))) return true;
        }
        return false;
    }

    /// <summary>Whether a question names a chapter by its label (前の計画 names 前計画: the の does not count).</summary>
    public static bool Names(string normalizedQuestion, string label)
    {
        var l = JaText.Normalize(label).Replace("の", "");
        return l.Length >= 3 && normalizedQuestion.Replace("の", "").Contains(l, StringComparison.Ordinal);
    }

    // 大分類3 but not 大分類30.
    private static bool ContainsRef(string text, string reference)
    {
        var i = text.IndexOf(reference, StringComparison.Ordinal);
        while (i >= 0)
        {
            var end = i + reference.Length;
            if (end >= text.Length || !char.IsDigit(text[end])) return true;
            i = text.IndexOf(reference, i + 1, StringComparison.Ordinal);
        }
        return false;
    }

    private static bool SameNumber(string? a, string b) =>
        a is not null && JaText.Normalize(a).Trim('(', ')', '（', '）', '.', ' ') == JaText.Normalize(b);

    private static TextSection? BestSection(AnswerContext ctx, PlanDocument doc)
    {
        var w = ctx.Kb.Weights;
        var best = doc.Sections
            .Select(s => (Section: s, Score: 2 * w.Coverage(ctx.Content, JaText.Normalize(s.Label)) + w.Coverage(ctx.Content, JaText.Normalize(s.Text))))
            .OrderByDescending(s => s.Score).FirstOrDefault();
        return best.Section is not null && best.Score >= 0.8 ? best.Section : null;
    }
}
