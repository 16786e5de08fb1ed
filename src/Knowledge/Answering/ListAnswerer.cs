using System.Text;
using Gyokaku.Knowledge.Model;
using Gyokaku.Knowledge.Questions;
using Gyokaku.Knowledge.Search;
using Gyokaku.Knowledge.Text;

namespace Gyokaku.Knowledge.Answering;

/// <summary>Lists of items: of a department, under a policy, with a grade, behind plan.</summary>
internal static partial class ListAnswerer
{
    public static Answer Answer(AnswerContext ctx) => Filtered(ctx) ?? PassageAnswerer.Answer(ctx);

    /// <summary>The items the question lists by (a unit, a level, a grade, a mark …); null when it names nothing to list by.</summary>
    public static Answer? Filtered(AnswerContext ctx)
    {
        var q = ctx.Q;
        var plans = ctx.Plans;
        IEnumerable<ItemProfile> items = plans.SelectMany(ctx.Kb.ItemsOf);
        var what = new List<string>();
        // Items the plan's outline lists under the asked level though their own page puts them under another.
        var elsewhere = new List<(ItemProfile Item, PathSegment Listed)>();
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
            var under = pool.Where(p => p.Item.Path.Any(Same)).ToList();
            // 施策(2) is in every 改革の方向性: the one whose title the question also prints (施策(2)業務執行体制の整備).
            var titled = under.SelectMany(p => p.Item.Path).Where(Same).Distinct()
                .Where(s => s.Title.Length >= 2 && q.Normalized.Contains(JaText.Normalize(s.Title), StringComparison.Ordinal)).ToList();
            if (titled.Count == 1) under = under.Where(p => p.Item.Path.Contains(titled[0])).ToList();
            // Name the level as the document does: 施策4 組織力の向上.
            var segment = under.SelectMany(p => p.Item.Path).FirstOrDefault(Same);
            what.Add(segment?.ToString() ?? $"{path.Level}{path.Number}");
            items = segment is null ? under : WithOutline(pool, under, segment, elsewhere);
        }
        if (q.Paths.Count == 0 && NamedLevel(q, items) is { } named)
        {
            var pool = items.ToList();
            items = WithOutline(pool, pool.Where(p => p.Item.Path.Contains(named)).ToList(), named, elsewhere);
            what.Add(named.ToString());
        }
        if (q.Paths.Count == 0 && NamedField(q, items) is { } field)
        {
            items = items.Where(p => p.Item.Fields.Any(f => f.Label == field.Label && JaText.Normalize(f.Value) == JaText.Normalize(field.Value))).ToList();
            what.Add($"{field.Label}「{field.Value}」");
        }
        // A letter grade (Ａ評価), else a word the plan grades by (「遅れ」の項目).
        var grade = q.Grade ?? EvaluationWords.Named(q, plans);
        if (grade is not null)
        {
            // A grade printed above its year's achievement rate (Ｂ / 91.1%) is the grade of its first line;
            // one printed with its rate beside it (S（達成率124.8％）) is the grade before the bracket.
            var grades = (q.Grades.Count > 1 ? q.Grades : [grade]).Select(g => g.ToLowerInvariant()).ToList();
            items = items.Where(p => p.Facts.Any(f => f.Kind == FactKind.Evaluation && grades.Contains(GradeOf(f.Text)) && (q.Years.Count == 0 || f.Year is null || q.Years.Contains(f.Year.Value))));
            what.Add(AnswerTemplates.Grade(grades.Count > 1 ? string.Join("/", grades.Select(g => g.ToUpperInvariant())) : grade, ctx.Lang));
        }
        else if (q.Normalized.Contains("遅れ") || q.Normalized.Contains("behind"))
        {
            items = items.Where(p => p.Facts.Any(f => f.Kind is FactKind.Evaluation or FactKind.Result && (f.Text.Contains('△') || f.Text.Contains("遅れ"))));
            what.Add(AnswerTemplates.BehindPlan(ctx.Lang));
        }
        // 「R3年度から追加になった項目」: items whose schedule prints the earlier years' columns blank and starts in the asked year.
        if (AsksAdded(q))
        {
            var year = q.Years[0];
            items = items.Where(p => StartsLate(p.Item) == year).ToList();
            what.Add(AnswerTemplates.AddedFrom(year, ctx.Lang));
        }
        if (what.Count == 0 && PrintedMark(q, items) is { } mark)
        {
            items = items.Where(p => Carries(p.Item, mark)).ToList();
            what.Add(mark);
        }
        if (what.Count == 0) return null;
        var list = items.ToList();
        var doc = plans.Count == 1 ? plans[0] : null;
        if (grade is not null && q.Grades.Count <= 1 && GradeTally.Asked(q.Normalized) && Tallied(ctx, list, grade) is { } tally) return tally;
        if (list.Count == 0)
        {
            // Items whose schedule the reader could not tie are not known to be outside the list.
            var untied = grade is null ? 0 : plans.SelectMany(p => p.Items).Count(i => i.Years.Count == 0);
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
        foreach (var (p, listed) in elsewhere.Where(e => list.Contains(e.Item)))
            sb.AppendLine(AnswerTemplates.OutlineDisagrees(AnswerTemplates.ItemName(p.Item, ctx.Lang), listed.ToString(),
                string.Join(" ", p.Item.Path.Where(s => s.Level == listed.Level).Select(s => s.ToString())), ctx.Lang));
        var citations = list.Take(80).Select(p => AnswerContext.Cite(p.Document, p.Item)).ToList();
        return ctx.Make(AnswerStatus.Answered, sb.ToString().TrimEnd(), citations, doc);
    }

    /// <summary>
    /// The items under <paramref name="segment"/>, with those the plan's outline lists under it though their page
    /// puts them elsewhere (recorded in <paramref name="elsewhere"/> so the answer says so), in document order.
    /// </summary>
    private static List<ItemProfile> WithOutline(List<ItemProfile> pool, List<ItemProfile> under, PathSegment segment, List<(ItemProfile, PathSegment)> elsewhere)
    {
        var added = new List<ItemProfile>();
        foreach (var doc in under.Select(p => p.Document).Distinct())
        {
            var listed = OutlineMembers.Under(doc, segment);
            added.AddRange(pool.Where(p => p.Document == doc && listed.Contains(p.Item) && !under.Contains(p)));
        }
        elsewhere.AddRange(added.Select(p => (p, segment)));
        return pool.Where(p => under.Contains(p) || added.Contains(p)).ToList();
    }

    /// <summary>
    /// 「Ａ評価は何項目？」: the documents' own tally of the grade, then the items read with it. Null when no document
    /// prints a tally: the list's header gives the count.
    /// </summary>
    private static Answer? Tallied(AnswerContext ctx, IReadOnlyList<ItemProfile> graded, string grade)
    {
        var tallies = ctx.Plans.Select(d => (Doc: d, Lines: GradeTally.Find(d, grade))).Where(t => t.Lines.Count > 0).ToList();
        if (tallies.Count == 0) return null;
        var sb = new StringBuilder();
        foreach (var (doc, lines) in tallies)
        {
            sb.AppendLine(AnswerTemplates.About(doc, null, ctx.Lang));
            foreach (var line in lines) sb.AppendLine(line.Text);
            var mine = graded.Where(p => p.Document == doc).ToList();
            if (mine.Count > 0) sb.AppendLine(AnswerTemplates.ListHeader(AnswerTemplates.Grade(grade, ctx.Lang), mine.Count, ctx.Lang));
            foreach (var p in mine.Take(80)) sb.AppendLine("・" + AnswerTemplates.ItemName(p.Item, ctx.Lang));
        }
        var citations = tallies.SelectMany(t => t.Lines.Select(l => new Citation(t.Doc.File, null, t.Doc.Title, l.Lines)))
            .Concat(graded.Where(p => tallies.Any(t => t.Doc == p.Document)).Take(80).Select(p => AnswerContext.Cite(p.Document, p.Item))).ToList();
        return ctx.Make(AnswerStatus.Answered, sb.ToString().TrimEnd(), citations, tallies.Count == 1 ? tallies[0].Doc : null);
    }

    /// <summary>
    /// A level of the hierarchy named by its title rather than its number (「簡素で効率的な組織」の項目,
    /// 協働推進体制の充実の推進項目): the longest title the question contains, so a 施策 wins over the
    /// 基本方針 whose name it happens to include.
    /// </summary>
    /// <summary>
    /// A bracketed mark the question quotes (【もっとつながるまち小郡アクションプラン指標】が付いてる項目) that two or more
    /// items print in their own text: the items carrying it are the list asked for.
    /// </summary>
    private static string? PrintedMark(ParsedQuestion q, IEnumerable<ItemProfile> items)
    {
        var pool = items.ToList();
        return LenticularMark().Matches(q.Normalized).Select(m => m.Value)
            .FirstOrDefault(mark => pool.Count(p => Carries(p.Item, mark)) >= 2);
    }

    private static bool Carries(PlanItem item, string mark) =>
        item.Sections.Any(s => JaText.Normalize(s.Text).Contains(mark, StringComparison.Ordinal))
        || item.Fields.Any(f => JaText.Normalize(f.Value).Contains(mark, StringComparison.Ordinal));

    /// <summary>Items asked for by the year they joined the plan (R3年度から追加された項目).</summary>
    public static bool AsksAdded(ParsedQuestion q) =>
        // (何品目追加した asks a count of something added, not which items.)
        q.Item is null && q.Years.Count == 1 && AddedWords().IsMatch(q.Normalized + " " + q.Spaced)
        && ItemWords().IsMatch(q.Normalized + " " + q.Spaced) && ContentWords.Asks(q.Spaced) != AnswerType.Quantity;

    /// <summary>The question ends asking which items (…になってる取組は？, どれ, which items), not about one of them.</summary>
    public static bool AsksWhichItems(string normalizedQuestion) => WhichItems().IsMatch(normalizedQuestion);

    [System.Text.RegularExpressions.GeneratedRegex(@"(?:項目|取組み?|事業|施策)(?:は|って)?(?:どれ|何|なに)?(?:です|でしょう)?か?[?？]?$|どれ|\bwhich (?:items|initiatives|measures|actions)\b")]
    private static partial System.Text.RegularExpressions.Regex WhichItems();

    private static string GradeOf(string evaluation)
    {
        var first = JaText.Normalize(evaluation.Split('\n')[0]);
        var m = GradeBesideBracket().Match(first);
        return m.Success ? m.Groups["g"].Value.Trim() : first;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?<g>[^()]{1,3})\(.*\)$")]
    private static partial System.Text.RegularExpressions.Regex GradeBesideBracket();

    [System.Text.RegularExpressions.GeneratedRegex(@"項目|取組|\bitems?\b")]
    private static partial System.Text.RegularExpressions.Regex ItemWords();

    /// <summary>
    /// The first year an item plans anything, when its schedule prints earlier years with nothing planned (an item added
    /// to the plan later); null when its schedule starts with its first column or has none.
    /// </summary>
    private static FiscalYear? StartsLate(PlanItem item)
    {
        var planned = item.Years.Where(y => !string.IsNullOrWhiteSpace(y.Plan)).Select(y => y.Year).ToList();
        if (planned.Count == 0) return null;
        var first = planned.Min();
        return item.Years.Any(y => y.Year < first && string.IsNullOrWhiteSpace(y.Plan)) ? first : null;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"追加|新たに加|加わ|\badded\b")]
    private static partial System.Text.RegularExpressions.Regex AddedWords();

    [System.Text.RegularExpressions.GeneratedRegex(@"【[^【】]{3,40}】")]
    private static partial System.Text.RegularExpressions.Regex LenticularMark();

    /// <summary>
    /// A labelled fact named with its value (見直し区分が新規の取組): the longest value the question holds, of a label
    /// it names too — a value alone (継続) is too common a word to filter by.
    /// </summary>
    private static Field? NamedField(ParsedQuestion q, IEnumerable<ItemProfile> items) =>
        items.SelectMany(p => p.Item.Fields)
            .Where(f => q.Normalized.Contains(JaText.Normalize(f.Label), StringComparison.Ordinal))
            .Select(f => (Field: f, Value: JaText.Normalize(f.Value)))
            .Where(f => (f.Value.Length >= 2 || IsMark(f.Value)) && (q.Quoted.Contains(f.Value) || q.Normalized.Contains(f.Value, StringComparison.Ordinal)))
            .OrderByDescending(f => f.Value.Length)
            .Select(f => f.Field)
            .FirstOrDefault();

    // A mark printed in a column of its own (重点 ◎) is no common word: named with its label, it selects.
    private static bool IsMark(string value) => value.Length == 1 && !char.IsLetterOrDigit(value[0]) && !char.IsWhiteSpace(value[0]);

    private static PathSegment? NamedLevel(ParsedQuestion q, IEnumerable<ItemProfile> items) =>
        items.SelectMany(p => p.Item.Path)
            .Distinct()
            .Select(s => (Segment: s, Title: JaText.Normalize(s.Title)))
            .Where(s => s.Title.Length >= 4 && (q.Quoted.Contains(s.Title) || q.Normalized.Contains(s.Title, StringComparison.Ordinal)))
            .OrderByDescending(s => s.Title.Length)
            .Select(s => s.Segment)
            .FirstOrDefault();
}
