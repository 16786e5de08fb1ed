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
        new(@"項目数|何項目|いくつの項目|how many items|件数|(項目|取組)は?(全部で|全体で)?(いくつ|幾つ|何件|何個)");

    public static Answer Answer(AnswerContext ctx)
    {
        var doc = ctx.Plans.Count == 1 || ctx.PlanExplicit ? ctx.Plans.FirstOrDefault() : null;
        if (doc is null) return Clarify.Plans(ctx, ctx.Plans.Select(p => (p, (PlanItem?)null, "")).ToList());
        var header = AnswerTemplates.About(doc, null, ctx.Lang);
        IReadOnlyList<Citation> cite = [new Citation(doc.File, null, doc.Title)];
        var q = ctx.Q.Normalized;

        var levels = doc.Items.SelectMany(i => i.Path.Select(p => p.Level)).Distinct().ToList();
        var asked = levels.Where(l => q.Contains(JaText.Normalize(l), StringComparison.Ordinal)
            && !ctx.Q.Paths.Any(p => p.Level == l)).ToList();
        var spaced = JaText.Nfkc(ctx.Q.Text).ToLowerInvariant();
        if ((CountWords.IsMatch(q) || CountWords.IsMatch(spaced)) && doc.Items.Count > 0)
        {
            // Count each kind of item on its own (Okayama: 取組項目 and their 具体的取組).
            var counts = doc.Items.GroupBy(i => i.Label).Select(g => AnswerTemplates.ItemCount(g.Count(), g.Key, ctx.Lang));
            return ctx.Make(AnswerStatus.Answered, header + "\n" + string.Join("\n", counts), cite, doc);
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
            var segments = under.SelectMany(i => i.Path.Where(p => p.Level == level)).DistinctBy(p => p.ToString()).ToList();
            if (segments.Count > 0)
            {
                var scope = string.Join(" ", ctx.Q.Paths.Select(p => $"{p.Level}{p.Number}"));
                var lines = segments.Select(s => "・" + s);
                return ctx.Make(AnswerStatus.Answered, header + (scope.Length > 0 ? " " + scope : "") + "\n" + string.Join("\n", lines), cite, doc);
            }
        }

        var named = doc.Sections.Where(s => JaText.Normalize(s.Label).Length >= 3 && q.Contains(JaText.Normalize(s.Label), StringComparison.Ordinal))
            .OrderByDescending(s => s.Label.Length).FirstOrDefault();
        var section = named ?? BestSection(ctx, doc);
        if (PeriodWords.Any(w => q.Contains(JaText.Normalize(w)) || spaced.Contains(w)) && doc.Period is not null)
        {
            var text = header + "\n" + AnswerTemplates.Period(doc, ctx.Lang);
            return ctx.Make(AnswerStatus.Answered, text, cite, doc);
        }
        if (section is not null)
            return ctx.Make(AnswerStatus.Answered, header + "\n" + AnswerTemplates.Fact(section.Label, ItemAnswerer.Shorten(section.Text, 600), ctx.Lang),
                [new Citation(doc.File, null, section.Label, section.Lines)], doc);
        return PassageAnswerer.Answer(ctx);
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

/// <summary>※ definitions: the document's own glossary first, then a sentence of the text that defines the term.</summary>
internal static class GlossaryAnswerer
{
    public static Answer Answer(AnswerContext ctx)
    {
        var terms = ctx.Q.Quoted.Count > 0 ? ctx.Q.Quoted : [ctx.Q.Content];
        foreach (var doc in ctx.Plans)
        {
            foreach (var d in doc.Definitions)
            {
                var term = JaText.Normalize(d.Term);
                if (term.Length == 0 || !terms.Any(t => t.Contains(term, StringComparison.Ordinal) || term.Contains(t, StringComparison.Ordinal))) continue;
                var item = d.ItemNumber is null ? null : doc.Items.FirstOrDefault(i => i.Number == d.ItemNumber);
                var text = AnswerTemplates.About(doc, item, ctx.Lang) + "\n" + AnswerTemplates.Fact(d.Term, JaText.Clean(d.Text), ctx.Lang);
                return ctx.Make(AnswerStatus.Answered, text, [new Citation(doc.File, d.ItemNumber, item?.Title ?? d.Term, d.Lines)], doc);
            }
        }
        // Not in a glossary: a sentence of the text that contains the term (a ※ note, a parenthesis).
        return PassageAnswerer.Answer(ctx, ctx.Q.Quoted, 0.3);
    }
}

/// <summary>Figures of the documents' own tables (改革改善効果額): the cell for the asked row and year or total.</summary>
internal static class AmountAnswerer
{
    private static readonly string[] TotalWords = ["合計", "total", "累計", "計"];

    public static Answer Answer(AnswerContext ctx)
    {
        var w = ctx.Kb.Weights;
        var tables = ctx.Plans.SelectMany(d => d.Tables.Select(t => (Doc: d, Table: t))).ToList();
        if (tables.Count == 0) return PassageAnswerer.Answer(ctx);
        var best = tables
            .Select(t => (t.Doc, t.Table, Row: t.Table.Rows.OrderByDescending(r => w.Coverage(ctx.Content, JaText.Normalize(r.Label))).FirstOrDefault(),
                TitleScore: w.Coverage(ctx.Content, JaText.Normalize(t.Table.Title))))
            .Where(t => t.Row is not null)
            .OrderByDescending(t => t.TitleScore + 2 * w.Coverage(ctx.Content, JaText.Normalize(t.Row!.Label)))
            .ToList();
        if (best.Count == 0) return PassageAnswerer.Answer(ctx);
        var (doc, table, row, _) = best[0];
        var column = ChooseColumn(ctx, table);
        var header = AnswerTemplates.About(doc, null, ctx.Lang) + " " + table.Title;
        IReadOnlyList<Citation> cite = [new Citation(doc.File, null, table.Title, table.Lines)];
        var unit = table.Unit is null ? "" : $"（{table.Unit}）";
        if (column is null)
        {
            var cells = table.Columns.Select((c, i) => $"{c}: {(i < row!.Cells.Count ? row.Cells[i] : "")}");
            return ctx.Make(AnswerStatus.Answered, header + "\n" + row!.Label + unit + "\n" + string.Join("、", cells), cite, doc);
        }
        var value = column.Value < row!.Cells.Count ? row.Cells[column.Value] : null;
        if (string.IsNullOrWhiteSpace(value))
            return ctx.NotFound(header + "\n" + AnswerTemplates.NotInDocuments(ctx.Lang), doc, cite);
        return ctx.Make(AnswerStatus.Answered, header + "\n" + AnswerTemplates.Fact($"{row.Label} {table.Columns[column.Value]}", value + unit, ctx.Lang), cite, doc);
    }

    private static int? ChooseColumn(AnswerContext ctx, DataTable table)
    {
        var q = ctx.Q.Normalized;
        var wantsTotal = TotalWords.Any(t => q.Contains(t)) || ctx.Q.Years.Count >= 2;
        for (var i = 0; i < table.Columns.Count; i++)
        {
            var c = JaText.Normalize(table.Columns[i]);
            if (wantsTotal && TotalWords.Any(t => c.Contains(t))) return i;
        }
        if (ctx.Q.Years.Count == 1)
            for (var i = 0; i < table.Columns.Count; i++)
                if (FiscalYear.FindAll(table.Columns[i]).Any(y => y.Year == ctx.Q.Years[0])) return i;
        return null;
    }
}

/// <summary>An earlier plan's item and what became of it (第一次計画 → 次期計画(項目N); 前期 → 後期 with 見直し区分).</summary>
internal static class MappingAnswerer
{
    public static Answer? Answer(AnswerContext ctx)
    {
        var w = ctx.Kb.Weights;
        var candidates = ctx.Plans.SelectMany(d => d.Mappings.Select(m => (Doc: d, Map: m))).ToList();
        if (candidates.Count == 0) return null;
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

    /// <summary>The earlier items with the status the question names (廃止になった項目は？), listed.</summary>
    private static Answer? ByStatus(AnswerContext ctx, IReadOnlyList<(PlanDocument Doc, ItemMapping Map)> candidates)
    {
        static string Head(string s) => JaText.Normalize(s.Split('（', '(')[0]);
        var words = candidates.SelectMany(c => new[] { c.Map.Status, c.Map.StatusMeaning }).Where(s => s is { Length: > 0 })
            .Select(s => Head(s!)).Where(s => s.Length >= 2).Distinct().Where(w => ctx.Q.Normalized.Contains(w, StringComparison.Ordinal))
            .OrderByDescending(w => w.Length).ToList();
        if (words.Count == 0) return null;
        var word = words[0];
        var hits = candidates.Where(c => Head(c.Map.Status ?? "") == word || Head(c.Map.StatusMeaning ?? "") == word).ToList();
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
        var score = Math.Max(w.Coverage(ctx.Content, from), w.Coverage(ctx.Content, to) * (ctx.Q.Earlier ? 0.8 : 1.0));
        foreach (var q in ctx.Q.Quoted)
            if (from == q || to == q) score += 1;
            else if (from.Contains(q) || to.Contains(q)) score += 0.5;
        return score;
    }
}

/// <summary>Lists of items: of a department, under a policy, with a grade, behind plan.</summary>
internal static class ListAnswerer
{
    public static Answer Answer(AnswerContext ctx)
    {
        var q = ctx.Q;
        var plans = ctx.Plans;
        IEnumerable<ItemProfile> items = plans.SelectMany(ctx.Kb.ItemsOf);
        var what = new List<string>();
        if (q.Department is not null)
        {
            var dept = JaText.Normalize(q.Department);
            items = items.Where(p => p.Item.Departments.Any(d => DepartmentCatalog.Matches(d, dept)));
            what.Add(q.Department);
        }
        foreach (var path in q.Paths)
        {
            // 実施方針2 is "2", not the sub-level "(2)"; the bracketed one only when no plain one exists.
            bool Exact(PathSegment s) => s.Level == path.Level && s.Number is not null && JaText.Normalize(s.Number) == JaText.Normalize(path.Number);
            bool Loose(PathSegment s) => s.Level == path.Level && s.Number is not null && JaText.Normalize(s.Number).Trim('(', ')') == JaText.Normalize(path.Number);
            var pool = items.ToList();
            Func<PathSegment, bool> Same = pool.Any(p => p.Item.Path.Any(Exact)) ? Exact : Loose;
            items = pool.Where(p => p.Item.Path.Any(Same)).ToList();
            // Name the level as the document does: 施策4 組織力の向上.
            var segment = items.SelectMany(p => p.Item.Path).FirstOrDefault(Same);
            what.Add(segment?.ToString() ?? $"{path.Level}{path.Number}");
        }
        if (q.Grade is not null)
        {
            items = items.Where(p => p.Facts.Any(f => f.Kind == FactKind.Evaluation && JaText.Normalize(f.Text) == q.Grade.ToLowerInvariant() && (q.Years.Count == 0 || f.Year is null || q.Years.Contains(f.Year.Value))));
            what.Add((ctx.Lang == "en" ? "grade " : "評価") + q.Grade);
        }
        else if (q.Normalized.Contains("遅れ") || q.Normalized.Contains("behind"))
        {
            items = items.Where(p => p.Facts.Any(f => f.Kind is FactKind.Evaluation or FactKind.Result && (f.Text.Contains('△') || f.Text.Contains("遅れ"))));
            what.Add(ctx.Lang == "en" ? "behind plan" : "計画に遅れ");
        }
        if (what.Count == 0) return PassageAnswerer.Answer(ctx);
        var list = items.ToList();
        var doc = plans.Count == 1 ? plans[0] : null;
        if (list.Count == 0)
        {
            // Items whose schedule the reader could not tie are not known to be outside the list.
            var untied = q.Grade is null ? 0 : plans.SelectMany(p => p.Items).Count(i => i.Years.Count == 0);
            var text = (doc is null ? "" : AnswerTemplates.About(doc, null, ctx.Lang) + "\n") + AnswerTemplates.NothingListed(ctx.Lang)
                + (untied > 0 ? "\n" + AnswerTemplates.UntiedItems(untied, ctx.Lang) : "");
            return ctx.NotFound(text, doc);
        }
        var sb = new StringBuilder();
        foreach (var group in list.GroupBy(p => p.Document))
        {
            sb.AppendLine(AnswerTemplates.About(group.Key, null, ctx.Lang) + " " + AnswerTemplates.ListHeader(string.Join(" ", what), group.Count(), ctx.Lang));
            foreach (var p in group.Take(80)) sb.AppendLine("・" + AnswerTemplates.ItemName(p.Item, ctx.Lang));
        }
        var citations = list.Take(80).Select(p => AnswerContext.Cite(p.Document, p.Item)).ToList();
        return ctx.Make(AnswerStatus.Answered, sb.ToString().TrimEnd(), citations, doc);
    }
}

/// <summary>Clarify answers: the question fits several plans or items; each candidate with its short answer.</summary>
internal static class Clarify
{
    public static Answer Plans(AnswerContext ctx, IReadOnlyList<(PlanDocument Doc, PlanItem? Item, string Short)> candidates)
    {
        var sb = new StringBuilder(AnswerTemplates.Clarify(ctx.Lang)).AppendLine();
        var suggestions = new List<SuggestedQuestion>();
        foreach (var (doc, item, shortAnswer) in candidates)
        {
            sb.Append("・").Append(AnswerTemplates.About(doc, item, ctx.Lang));
            if (shortAnswer.Length > 0) sb.Append(" — ").Append(shortAnswer);
            sb.AppendLine();
            var place = doc.Municipality ?? doc.Title;
            suggestions.Add(new SuggestedQuestion(AnswerTemplates.PlanName(doc), $"{place} {ctx.Q.Text}"));
        }
        var citations = candidates.Select(c => c.Item is null ? new Citation(c.Doc.File, null, c.Doc.Title) : AnswerContext.Cite(c.Doc, c.Item)).ToList();
        return ctx.Make(AnswerStatus.Clarify, sb.ToString().TrimEnd(), citations) with { Candidates = suggestions };
    }
}
