using System.Text;
using Gyokaku.Knowledge.Model;
using Gyokaku.Knowledge.Questions;
using Gyokaku.Knowledge.Search;
using Gyokaku.Knowledge.Text;

namespace Gyokaku.Knowledge.Answering;

/// <summary>
/// Answers a question about one item from its facts: department, target, result, plan, evaluation,
/// baseline, or whatever sentence of it holds the question's terms. Quotes; never computes.
/// </summary>
internal static partial class ItemAnswerer
{
    public static Answer Answer(AnswerContext ctx, ItemProfile profile)
    {
        var doc = profile.Document;
        var item = profile.Item;
        var header = AnswerTemplates.About(doc, item, ctx.Lang);
        IReadOnlyList<Citation> cite = [AnswerContext.Cite(doc, item)];

        // An item's list asked entry by entry (besides X / all of them): the entries, not the one best-matching text.
        if (ctx.Intent != Intent.Department && (ItemEntries.Others(ctx, profile, header, cite) ?? ItemEntries.Every(ctx, profile, header, cite)) is { } entries)
            return entries;

        switch (ctx.Intent)
        {
            case Intent.Department:
                if (item.Departments.Count > 0)
                    return ctx.Make(AnswerStatus.Answered, header + "\n" + AnswerTemplates.Department(ItemFacts.FormatDepartments(item.Departments), ctx.Lang), cite, doc);
                var labelled = profile.Facts.FirstOrDefault(f => f.Kind == FactKind.Department);
                if (labelled is not null)
                    return ctx.Make(AnswerStatus.Answered, header + "\n" + AnswerTemplates.Department(labelled.Text, ctx.Lang), cite, doc);
                // No unit of the item, but a statement of it may name the unit something asked belongs to.
                return SentenceFinder.NamedUnit(ctx, doc, profile) ?? ctx.NotFound(header + "\n" + AnswerTemplates.NoDepartment(doc, ctx.Lang), doc, cite);
            // (A year asked — R4はどんな方式で予算編成した — asks that year's texts, not what the item is; but どの施策に
            // names a level of the item's outline: R6改訂でどの施策に移った asks where the item sits, whatever the year.)
            case Intent.Lookup or Intent.Structure when ctx.Q.Years.Count == 0 || NamesOwnLevel(ctx, item):
                return ItemText.Improve(ctx, profile, ctx.Make(AnswerStatus.Answered, header + "\n" + Describe(ctx, profile), cite, doc), header);
            case Intent.Search or Intent.Plan when StepYears.Answer(ctx, profile, header, cite) is { } stepYears:
                return stepYears;
            default:
                return Valued(ctx, profile, header, cite);
        }
    }

    private static bool NamesOwnLevel(AnswerContext ctx, PlanItem item) =>
        item.Path.Any(p => JaText.Normalize(p.Level) is { Length: >= 2 } level && ctx.Q.Normalized.Contains(level, StringComparison.Ordinal));

    /// <summary>
    /// A target, result, plan or grade: the typed value, then each check in turn — the amount asked beside a grade,
    /// a figure of the asked counter, the item's own sentence, a figure still to be calculated, other columns named.
    /// </summary>
    private static Answer Valued(AnswerContext ctx, ItemProfile profile, string header, IReadOnlyList<Citation> cite)
    {
        var answer = Value(ctx, profile, header, cite);
        answer = WithAmountAsked(ctx, profile, answer);
        answer = RequireFigure(ctx, answer, header, profile, cite);
        // (The item's own text is tried after the figure check: 徴収率 in a title does not make 具体例は？ ask a figure.)
        answer = ItemText.Improve(ctx, profile, answer, header);
        answer = DeferredFigure.Check(ctx, profile, answer, header);
        return AlsoAsked(ctx, profile, answer);
    }

    /// <summary>
    /// A grade asked together with another column of the same row (達成度と今後の方向性): the item's texts whose
    /// label the question names are added to the answer, as printed.
    /// </summary>
    private static Answer AlsoAsked(AnswerContext ctx, ItemProfile profile, Answer answer)
    {
        if (answer.Status != AnswerStatus.Answered || ctx.Intent != Intent.Evaluation) return answer;
        var q = ctx.Q.Normalized;
        // (なぜＣ評価？ asks the text the grade is explained by: 評価理由, 要因.)
        var named = profile.Item.Sections.Select(s => (s.Label, s.Text)).Concat(profile.Item.Fields.Select(f => (f.Label, Text: f.Value)))
            .Where(s => !answer.Text.Contains(s.Text, StringComparison.Ordinal) && (NamesLabel(q, JaText.Normalize(s.Label)) || ctx.Q.Why && Explains().IsMatch(s.Label))).ToList();
        // …and the grade the reason is asked of, when the answer quoted only its explanation.
        if (ctx.Q.Why) named.AddRange(profile.Facts.Where(f => f.Kind == FactKind.Evaluation && !Explains().IsMatch(f.Label) && f.Text.Length <= MaxGradeLength
            && (ctx.Q.Years.Count == 0 || f.Year is null || ctx.Q.Years.Contains(f.Year.Value)) && !answer.Text.Contains(f.Text, StringComparison.Ordinal)).Select(f => (f.Label, f.Text)));
        if (named.Count == 0) return answer;
        var extra = string.Join("\n", named.Select(s => AnswerTemplates.Fact(s.Label, s.Text, ctx.Lang)));
        return answer with { Text = answer.Text + "\n" + extra };
    }

    /// <summary>The longest text read as a grade (Ｃ, 46%, 順調) rather than a remark.</summary>
    private const int MaxGradeLength = 8;

    // 今後の方向性 is named by 方向性 or "direction"; a label of two characters or more, printed in the question.
    private static bool NamesLabel(string question, string label)
    {
        if (label.Length < 2) return false;
        if (question.Contains(label, StringComparison.Ordinal)) return true;
        return label.Contains("方向性") && (question.Contains("方向性") || question.Contains("direction"))
            || label.Contains("達成率") && (question.Contains("達成率") || question.Contains("achievement"));
    }

    /// <summary>
    /// A question asking for a number (何人, いくら, how many) is not answered by a text without a single figure:
    /// the item is quoted as what the document does say, and the status says the number is not there.
    /// </summary>
    /// (A figure of the asked counter printed in the item's own text answers instead: <see cref="ItemText.Counted"/>.)
    private static Answer RequireFigure(AnswerContext ctx, Answer answer, string header, ItemProfile profile, IReadOnlyList<Citation> cite)
    {
        var (doc, item) = (profile.Document, profile.Item);
        if (answer.Status != AnswerStatus.Answered || !answer.Text.StartsWith(header, StringComparison.Ordinal)) return answer;
        var body = answer.Text[header.Length..].Trim();
        // 何人 is not answered by 7回: a count naming its unit needs a figure of that unit.
        if (!ContentWords.AsksQuantity(AskedBesidesTitle(ctx, item)) || (ItemText.UnitsAsked(ctx.Q.Spaced) is { } units
                ? SentenceFinder.Holds(AnswerType.Quantity, body, units) || units == ContentWords.MoneyUnits && BareAmount().IsMatch(body)
                : FiguresOf(ctx, body).Any(char.IsDigit))) return answer;
        return ItemText.Counted(ctx, profile, header, cite) ?? ctx.NotFound(header + "\n" + AnswerTemplates.NoFigure(ctx.Lang) + "\n" + body, doc, cite);
    }

    /// <summary>The question without the item's own name, which asks nothing (ごみ処理経費の削減、評価は？ asks a grade, not an amount).</summary>
    private static string AskedBesidesTitle(AnswerContext ctx, PlanItem item)
    {
        var title = JaText.Nfkc(item.Title).ToLowerInvariant();
        return title.Length >= 2 ? ctx.Q.Spaced.Replace(title, " ", StringComparison.Ordinal) : ctx.Q.Spaced;
    }

    /// <summary>
    /// A grade asked together with the figure it grades (how much was donated and what grade): the same year's
    /// results are added to the grade, as printed, so the figure asked is stated beside it.
    /// </summary>
    private static Answer WithAmountAsked(AnswerContext ctx, ItemProfile profile, Answer answer)
    {
        if (answer.Status != AnswerStatus.Answered || ctx.Intent != Intent.Evaluation) return answer;
        if (!ContentWords.AsksQuantity(AskedBesidesTitle(ctx, profile.Item))) return answer;
        var years = ctx.Q.Years;
        var results = profile.Facts.Where(f => f.Kind is FactKind.Actual or FactKind.Result && (years.Count == 0 || InYears(f, years))
            && !answer.Text.Contains(f.Text, StringComparison.Ordinal) && !DashOnly().IsMatch(f.Text)).ToList();
        if (results.Count == 0) return answer;
        var extra = string.Join("\n", results.Select(f => AnswerTemplates.Fact(f.Indicator is null ? f.Label : $"{f.Label}（{f.Indicator}）", f.Text, ctx.Lang)));
        return answer with { Text = answer.Text + "\n" + extra };
    }

    /// <summary>
    /// Where a target answer may hold the figure asked: its text with the fiscal years cut out, since the label
    /// "R7 計画" of the schedule cell a target falls back to is no figure (いくつ is not answered by
    /// ・AIチャットボット導入 because the line is the R7 plan). Other answers are taken whole: a grade's line is
    /// completed by the rate asked with it, and a plan asked of a title holding 予算 or 効率 is still its plan.
    /// </summary>
    private static string FiguresOf(AnswerContext ctx, string text)
    {
        if (ctx.Intent != Intent.Target) return text;
        var normalized = text.Normalize(NormalizationForm.FormKC);
        var sb = new StringBuilder(normalized);
        foreach (var (_, index, length) in FiscalYear.FindAll(normalized).Reverse())
            if (index + length <= sb.Length) sb.Remove(index, length);
        return sb.ToString();
    }

    /// <summary>An item in a few lines: departments and its first descriptive text.</summary>
    private static string Describe(AnswerContext ctx, ItemProfile profile)
    {
        var sb = new StringBuilder();
        // The whole path: "which policy is it under" is answered by its upper levels, not only the nearest.
        if (profile.Item.Path.Count > 0) sb.AppendLine(string.Join(" > ", profile.Item.Path));
        if (profile.Item.Departments.Count > 0)
            sb.AppendLine(AnswerTemplates.Department(ItemFacts.FormatDepartments(profile.Item.Departments), ctx.Lang));
        var section = profile.Facts.FirstOrDefault(f => f.Kind == FactKind.Section);
        if (section is not null) sb.AppendLine(AnswerTemplates.Fact(section.Label, Shorten(section.Text, 200), ctx.Lang));
        // An item with no descriptive text (a progress report's row) is described by what it plans, did and was graded.
        else
            foreach (var kind in (FactKind[])[FactKind.Plan, FactKind.Result, FactKind.Evaluation])
                if (profile.Facts.FirstOrDefault(f => f.Kind == kind) is { } fact)
                    sb.AppendLine(AnswerTemplates.Fact(fact.Label, Shorten(fact.Text, 200), ctx.Lang));
        return sb.ToString().TrimEnd();
    }

    private static Answer Value(AnswerContext ctx, ItemProfile profile, string header, IReadOnlyList<Citation> cite)
    {
        var doc = profile.Document;
        var intent = ctx.Intent;
        var years = ctx.Q.Years.ToList();
        var period = doc.Period;

        // 「H35年度以降の計画策定」: a year outside the plan that the item itself prints is part of a name, not the year asked.
        // (Only a later year: an earlier one the item prints, R2年度末残高, is its baseline.)
        if (period is not null) years = years.Where(y => y <= period.End || !PrintsYear(profile, y)).ToList();
        // A year before the plan began is a baseline, not a result; a year after it is simply absent.
        if (period is not null && years.Count > 0 && intent is Intent.Actual or Intent.Search or Intent.Target or Intent.Plan or Intent.Evaluation)
        {
            // (Evaluation too: 行政評価 in an indicator's name does not make a pre-plan figure a grade.)
            if (years.All(y => y < period.Start) && intent is Intent.Actual or Intent.Search or Intent.Evaluation) intent = Intent.Baseline;
            else if (years.Any(y => !period.Contains(y)) && !(intent == Intent.Plan && years.Any(period.Contains)))
            {
                var outside = years.First(y => !period.Contains(y));
                return ctx.NotFound(header + "\n" + AnswerTemplates.YearOutsidePeriod(doc, outside, ctx.Lang) + Available(ctx, profile, intent), doc, cite);
            }
        }

        var kinds = KindsFor(intent);
        // A target is stated by a 目標 text, not by 現状・課題 that happens to hold the question's words.
        var facts = profile.Facts.Where(f => kinds.Contains(f.Kind) && !(intent == Intent.Target && f.Kind == FactKind.Section && !f.Label.Contains("目標"))).ToList();
        // 目標値 / 数値目標: a figure set as a target is asked; the year's plan step (実施, R11 改定) is no such figure.
        if (intent == Intent.Target && AsksTargetFigure().IsMatch(ctx.Q.Normalized))
            facts = facts.Where(f => f.Kind != FactKind.Plan).ToList();
        // 計画値 asked of an item that plans only its indicator's figures (計画値 per year under 指標名): those figures are its plan.
        if (intent == Intent.Plan && facts.Count == 0 && AsksFigure().IsMatch(ctx.Q.Normalized))
            facts = profile.Facts.Where(f => f.Kind == FactKind.Target && f.Year is not null).ToList();
        // 実績値 asked of an item that records its indicator's achieved figures: only those answer; a year's narrative is no figure.
        if (intent == Intent.Actual && AsksFigure().IsMatch(ctx.Q.Normalized) && facts.Any(f => f.Kind == FactKind.Actual))
            facts = facts.Where(f => f.Kind == FactKind.Actual).ToList();
        // A target or figure cell printed as a dash (H30–R3: -, R4: 135億円以上) says the year has none: it is not a value.
        facts = facts.Where(f => f.Kind is not (FactKind.Target or FactKind.Actual) || !DashOnly().IsMatch(f.Text)).ToList();
        // The baseline of a named indicator is its own 【基準】 or nothing: another text of the item is no baseline of it.
        if (intent == Intent.Baseline && NamedIndicator(ctx, profile) is { } indicator)
        {
            facts = facts.Where(f => f.Kind == FactKind.Baseline && f.Indicator == indicator.Name).ToList();
            if (facts.Count == 0)
                return ctx.NotFound(header + "\n" + AnswerTemplates.NoValue(AnswerTemplates.FactLabel(FactKind.Baseline, ctx.Lang) + "（" + indicator.Name + "）", ctx.Lang), doc, cite);
        }
        // A 取組項目 states its plans and results on its 具体的取組: answer from those, citing them.
        if (facts.Count == 0)
        {
            var children = ctx.Kb.ItemsOf(doc).Where(p => p.Item.ParentKey == profile.Item.Key).ToList();
            var childFacts = children.SelectMany(c => c.Facts.Where(f => kinds.Contains(f.Kind)).Select(f => f with { Label = $"{c.Item.PrintedNumber ?? c.Item.Number} {f.Label}" })).ToList();
            if (childFacts.Count > 0)
            {
                facts = childFacts;
                cite = [.. cite, .. children.Select(c => AnswerContext.Cite(doc, c.Item))];
            }
        }
        // Nothing asked beyond the item itself: describe it — but only when the words name the item by its title
        // (人口 found in 交流人口 deep in a text does not make the question about that item).
        if (ctx.Intent == Intent.Search && Residual(ctx, profile).Count == 0)
            return ctx.Q.Item is not null || ctx.ContextItem is not null || ctx.Kb.Weights.Coverage(ctx.Content, profile.Title) >= 0.6
                ? ctx.Make(AnswerStatus.Answered, header + "\n" + Describe(ctx, profile), cite, doc, Intent.Lookup)
                : Elsewhere(ctx, profile) ?? ctx.NotFound(header + "\n" + AnswerTemplates.NotInItem(ctx.Lang) + "\n" + Describe(ctx, profile), doc, cite);
        if (ctx.Q.Item?.Marker is { } marker)
        {
            var ofActivity = facts.Where(f => f.Activity?.StartsWith(marker, StringComparison.Ordinal) == true).ToList();
            if (ofActivity.Count > 0) facts = ofActivity;
        }
        if (ctx.Q.FirstHalf)
        {
            var half = facts.Where(f => f.Term is not null).ToList();
            if (half.Count > 0) facts = half;
        }
        // (A row whose grade alone could be tied has no schedule either: its plan and result are as untied.)
        if (facts.Count == 0 && profile.Item.Years.All(y => y.Plan is null && y.Result is null && y.Activity is null) && intent is Intent.Actual or Intent.Evaluation or Intent.Plan)
        {
            // The reader could not tie this item's schedule with confidence. The text may still say it, but only
            // a sentence holding the question's own specific words is trusted; otherwise say it cannot be read.
            // The statement finder first: it wants a figure for a count (全体進捗管理会議の開催（6回）, not the plan's line).
            if (Elsewhere(ctx, profile) is { Status: AnswerStatus.Answered } statement) return statement;
            if (ctx.Kb.Weights.TotalWeight(Residual(ctx, profile)) >= 4)
            {
                var found = PassageAnswerer.Answer(ctx);
                // (A count asked is not answered by a passage whose only digits are the item's number: 取組No.5 使用料…)
                if (found.Status == AnswerStatus.Answered && !(ContentWords.AsksQuantity(ctx.Q.Spaced) && !HoldsFigure(ctx, found.Text.Split('\n', 2)[^1]))) return found;
            }
            if (SentenceFinder.Unique(ctx, doc, profile) is { } unique) return unique;
            var what = AnswerTemplates.FactLabel(KindsFor(intent)[0], ctx.Lang);
            return Elsewhere(ctx, profile) ?? ctx.NotFound(header + "\n" + AnswerTemplates.NotTied(what, ctx.Lang), doc, cite);
        }
        if (facts.Count == 0)
        {
            var what = AnswerTemplates.FactLabel(KindsFor(intent)[0], ctx.Lang);
            return Elsewhere(ctx, profile) ?? ctx.NotFound(header + "\n" + AnswerTemplates.NoValue(what, ctx.Lang) + Available(ctx, profile, intent), doc, cite);
        }

        // Targets default to each indicator's final year when no year is asked; every indicator unless the question picks one.
        if (years.Count == 0 && intent == Intent.Target && facts.Any(f => f.Kind == FactKind.Target && f.Year is not null))
        {
            var finals = facts.Where(f => f.Kind == FactKind.Target && f.Year is not null)
                .GroupBy(f => f.Indicator).Select(g => g.MaxBy(f => f.Year)!).ToList();
            var picked = PickIndicator(ctx, finals);
            var shown = picked is null ? finals : [picked];
            var text = string.Join("\n", shown.Select(f => AnswerTemplates.Fact($"{f.Label}（{f.Indicator}）", f.Text, ctx.Lang)));
            return ctx.Make(AnswerStatus.Answered, header + "\n" + text, cite, doc, intent);
        }

        // 「H30は検討として、実施はいつから？」: a year given as a starting point does not limit a when-question's schedule.
        if (intent == Intent.Plan && AsksWhen().IsMatch(ctx.Q.Normalized)) years = [];
        // An item with several indicators, the question naming one: only that indicator's targets answer.
        if (intent == Intent.Target && years.Count > 0)
        {
            var perIndicator = facts.Where(f => f.Kind == FactKind.Target && f.Indicator is not null).GroupBy(f => f.Indicator).Select(g => g.First()).ToList();
            if (perIndicator.Count >= 2 && PickIndicator(ctx, perIndicator) is { } picked)
                facts = facts.Where(f => f.Kind != FactKind.Target || f.Indicator == picked.Indicator).ToList();
        }
        // Actual figures of several indicators (a result comparing each fee's rate): the one the question names answers.
        if (intent == Intent.Actual)
        {
            var perIndicator = facts.Where(f => f.Kind == FactKind.Actual && f.Indicator is not null).DistinctBy(f => f.Indicator).ToList();
            if (perIndicator.Count >= 2 && (PickIndicator(ctx, perIndicator) ?? NamedByLabel(ctx, perIndicator)) is { } picked)
            {
                // A year it has no figure for (R6, reported in the 実績 text itself) is answered by that text, not by its other year.
                var covers = years.All(y => facts.Any(f => f.Kind == FactKind.Actual && f.Indicator == picked.Indicator && f.Year == y));
                facts = facts.Where(f => f.Kind != FactKind.Actual || covers && f.Indicator == picked.Indicator).ToList();
            }
        }
        var inYear = years.Count == 0 ? facts : facts.Where(f => InYears(f, years)).ToList();
        // Targets printed for other years but not this one (Ｒ６：－): the year's plan is no target, and the gap
        // is what the document says — with its own remark on that year, when it prints one.
        if (intent == Intent.Target && years.Count > 0 && facts.Any(f => f.Kind == FactKind.Target && f.Year is not null)
            && !inYear.Any(f => f.Kind == FactKind.Target))
        {
            var remarks = profile.Item.Notes.Where(n => FiscalYear.FindAll(n).Any(m => years.Contains(m.Year)));
            var text = AnswerTemplates.NoValueForYear(AnswerTemplates.FactLabel(FactKind.Target, ctx.Lang), years[0], [], ctx.Lang);
            return ctx.NotFound(string.Join("\n", [header, text, .. remarks]), doc, cite);
        }
        if (inYear.Count == 0)
        {
            var what = AnswerTemplates.FactLabel(facts[0].Kind, ctx.Lang);
            var available = facts.Where(f => f.Year is not null).Select(f => f.Year!.Value).Distinct()
                .OrderBy(y => Math.Abs(y.Year - years[0].Year)).Take(1).Select(y => y.ToString());
            return StatedAgainst.Answer(ctx, profile, header, cite) ?? Elsewhere(ctx, profile)
                ?? ctx.NotFound(header + "\n" + AnswerTemplates.NoValueForYear(what, years[0], available, ctx.Lang), doc, cite);
        }

        // One year's targets of several indicators, none named by the question: each of them, not one picked silently.
        var yearTargets = inYear.Where(f => f.Kind == FactKind.Target).ToList();
        if (intent == Intent.Target && ctx.Q.Years.Count == 1 && yearTargets.Select(f => f.Indicator).Distinct().Count() > 1
            && PickIndicator(ctx, yearTargets.DistinctBy(f => f.Indicator).ToList()) is null)
            return ctx.Make(AnswerStatus.Answered, header + "\n" + string.Join("\n", yearTargets.DistinctBy(f => f.Indicator)
                .Select(f => AnswerTemplates.Fact($"{f.Label}（{f.Indicator}）", f.Text, ctx.Lang))), cite, doc, intent);

        if (Dated(ctx, profile, inYear) is { } dated) return dated;
        var residual = Residual(ctx, profile);
        var lines = intent == Intent.Plan ? PlanLines(ctx, inYear, residual) : BestLines(ctx, inYear, residual, profile.Item.Title);
        if (lines is null)
            return Elsewhere(ctx, profile) ?? Untied(ctx, profile)
                ?? ctx.NotFound(header + "\n" + AnswerTemplates.NotInItem(ctx.Lang) + "\n" + Describe(ctx, profile), doc, cite);
        // A result that prints its target in brackets (年間168時間（目標150時間）): asked for the actual only, the
        // target beside it would read as a second result; asked for both, it stays.
        // (A year's outcome asked in other words — "what was … in FY2024" — is the same ask.)
        if ((intent == Intent.Actual || (intent == Intent.Search && years.Count > 0)) && !TargetAsked().IsMatch(ctx.Q.Normalized)) lines = TargetAside().Replace(lines, "");
        return ctx.Make(AnswerStatus.Answered, header + "\n" + lines, cite, doc, intent);
    }

    /// <summary>
    /// An item whose plan and result the reader could not tie (a progress report's scattered columns), asked a count
    /// or a date: the one statement of the document saying every asked word beyond the item's title is quoted as what
    /// the document says (<see cref="SentenceFinder.Unique"/>).
    /// </summary>
    private static Answer? Untied(AnswerContext ctx, ItemProfile profile) =>
        profile.Item.Years.All(y => y.Plan is null && y.Result is null && y.Activity is null) && profile.Item.Sections.Count == 0
            ? SentenceFinder.Unique(ctx, profile.Document, profile)
            : null;

    /// <summary>
    /// The item's typed facts do not say it: a statement of its texts or of the document's passages that holds
    /// the question's words may (R2年度末 figures inside 現状・課題, a progress report's scattered lines).
    /// </summary>
    private static Answer? Elsewhere(AnswerContext ctx, ItemProfile profile)
    {
        // No plan named: the item was found by the question's words, and a statement of another plan may say them all.
        if (!ctx.PlanExplicit && ctx.Q.Item is null) return ctx.Q.Years.Count == 0 ? SentenceFinder.Instead(ctx, profile) : null;
        var found = SentenceFinder.Answer(ctx, profile.Document, profile);
        // A figure asked for a year (令和５年度の実績) is not answered by a line without any figure (the indicator's name).
        if (found is { Status: AnswerStatus.Answered } && ctx.Q.Years.Count > 0 && ctx.Intent is Intent.Actual or Intent.Target or Intent.Baseline
            && !found.Text.Split('\n').Skip(1).Any(l => l.Any(char.IsDigit)))
            return null;
        // The line found explains why there is no figure (達成度は「－」としています): quoted, but nothing was found.
        if (found is { Status: AnswerStatus.Answered } && ctx.Intent is Intent.Actual or Intent.Target or Intent.Evaluation && SaysAbsent().IsMatch(found.Text))
            return found with { Status = AnswerStatus.NotFound };
        return found;
    }

    /// <summary>
    /// A when-question whose words beyond the item's title (稼働 of いつ稼働予定, 縮減の取組 of いつから始めてる) the asked
    /// facts say less of than a dated statement of the item does: that statement answers (令和7年9月稼働の新文書管理
    /// システム in a result, 令和元年7月から…縮減の取組 in 現状・課題), whatever kind of text it is printed in.
    /// </summary>
    private static Answer? Dated(AnswerContext ctx, ItemProfile profile, IReadOnlyList<Fact> facts)
    {
        if (ContentWords.Asks(ctx.Q.Spaced) != AnswerType.Date) return null;
        var title = JaText.Normalize(profile.Item.Title);
        var asked = ctx.Words.Where(x => !title.Contains(x, StringComparison.Ordinal) && !ContentWords.IsTimeWord(x) && x is not ("予定" or "計画" or "実績" or "目標")).ToList();
        if (asked.Count == 0) return null;
        var w = ctx.Kb.Weights;
        double Said(string text) => asked.Where(x => ContentWords.Matches(JaText.Normalize(text), x)).Sum(x => w.TotalWeight(JaText.Bigrams(x)));
        var found = SentenceFinder.Find(ctx, profile.Document, profile, anyKind: true);
        if (found is null) return null;
        var byFacts = facts.Select(f => Said((f.Activity ?? "") + f.Text)).DefaultIfEmpty(0).Max();
        return Said(found.Candidate.Quote) > byFacts + MinDatedLead ? SentenceFinder.Quote(ctx, profile.Document, found) : null;
    }

    /// <summary>How much more of the question's words a dated statement must say than the item's asked facts.</summary>
    private const double MinDatedLead = 2;

    /// <summary>The text holds a figure of the asked unit (any figure with a unit when none is asked).</summary>
    private static bool HoldsFigure(AnswerContext ctx, string text) =>
        SentenceFinder.Holds(AnswerType.Quantity, text, ItemText.UnitsAsked(ctx.Q.Spaced));

    private static bool PrintsYear(ItemProfile profile, FiscalYear year) =>
        profile.Item.Years.Select(y => y.Activity).Concat(profile.Facts.Select(f => f.Text))
            .Any(t => FiscalYear.FindAll(t).Any(m => m.Year == year));

    internal static FactKind[] KindsFor(Intent intent) => intent switch
    {
        Intent.Target => [FactKind.Target, FactKind.Section, FactKind.Plan],
        Intent.Actual => [FactKind.Actual, FactKind.Result],
        Intent.Plan => [FactKind.Plan],
        Intent.Evaluation => [FactKind.Evaluation],
        Intent.Baseline => [FactKind.Baseline, FactKind.Section, FactKind.Result, FactKind.Note],
        _ => [FactKind.Section, FactKind.Result, FactKind.Actual, FactKind.Target, FactKind.Plan, FactKind.Evaluation, FactKind.Baseline, FactKind.Note, FactKind.Field],
    };

    private static bool InYears(Fact f, IReadOnlyList<FiscalYear> years)
    {
        if (f.Year is { } y) return years.Contains(y);
        // An unlabelled text counts for a year only when it names it (R2年度末地方債残高 約185億円).
        return FiscalYear.FindAll(f.Text).Any(m => years.Contains(m.Year));
    }

    /// <summary>The question's terms that are not the item's title: what it asks about the item.</summary>
    private static IReadOnlyList<string> Residual(AnswerContext ctx, ItemProfile profile)
    {
        var rest = ctx.Content.Where(b => !profile.Title.Contains(b, StringComparison.Ordinal)).ToList();
        return rest;
    }

    /// <summary>The indicator of the item the question's words name (most of its weight), if any.</summary>
    /// (Either way round: the question says most of the indicator, or the indicator holds most of what the question
    /// is about — 指定管理モニタリング names 指定管理モニタリング前年度評価でA以上の評価をした割合 — and no other indicator fits as well.)
    private static Indicator? NamedIndicator(AnswerContext ctx, ItemProfile profile)
    {
        var w = ctx.Kb.Weights;
        var asked = JaText.Normalize(ctx.Q.Content);
        var scored = profile.Item.Indicators
            .Select(i => (Indicator: i, Score: Math.Max(w.Coverage(JaText.Bigrams(JaText.Normalize(i.Name)).Distinct().ToList(), asked), w.Coverage(ctx.Content, JaText.Normalize(i.Name)))))
            .OrderByDescending(s => s.Score).ToList();
        if (scored.Count == 0 || scored[0].Score < 0.7) return null;
        return scored.Count == 1 || scored[0].Score > scored[1].Score + 0.1 ? scored[0].Indicator : null;
    }

    /// <summary>The one indicator the question's words point to, or null when they do not single one out.</summary>
    private static Fact? PickIndicator(AnswerContext ctx, IReadOnlyList<Fact> finals)
    {
        if (finals.Count == 1) return finals[0];
        var scored = finals.Select(f => (Fact: f, Score: ctx.Kb.Weights.Coverage(ctx.Content, JaText.Normalize(f.Indicator ?? ""))))
            .OrderByDescending(s => s.Score).ToList();
        return scored[0].Score > 0 && scored[0].Score > scored[1].Score + 0.05 ? scored[0].Fact : null;
    }

    /// <summary>
    /// The one indicator whose own label (its last word: 介護, 保育等) a question word starts with or is part of —
    /// 介護保険料 names the 介護 entry of a comparison that also lists 国保 and 後期. Null unless exactly one fits.
    /// </summary>
    private static Fact? NamedByLabel(AnswerContext ctx, IReadOnlyList<Fact> indicators)
    {
        var named = indicators.Where(f =>
        {
            var label = JaText.Normalize(f.Indicator!.Split(' ')[^1]).TrimEnd('等');
            return label.Length >= 2 && ctx.Words.Any(w => w.Length >= 2 && (w.StartsWith(label, StringComparison.Ordinal) || label.StartsWith(w, StringComparison.Ordinal)));
        }).ToList();
        return named.Count == 1 ? named[0] : null;
    }

    /// <summary>The best fact (by the question's terms), quoted to its best sentence; null when the item does not state what is asked.</summary>
    private static string? BestLines(AnswerContext ctx, IReadOnlyList<Fact> facts, IReadOnlyList<string> residual, string title)
    {
        var w = ctx.Kb.Weights;
        // A fact holding the asked kind of answer (4名 for 何名, R2.11月 for いつ) before one that only shares words.
        var asks = ContentWords.Asks(ctx.Q.Spaced);
        // 何団体 is answered by a text printing a count of 団体 (14団体): a plan line sharing more words prints none.
        var units = ContentWords.AskedUnits(ctx.Q.Spaced);
        if (asks == AnswerType.Quantity && units is not null && facts.Where(f => SentenceFinder.Holds(asks, f.Text, units)).ToList() is { Count: > 0 } counted)
            facts = counted;
        var scored = facts.Select(f =>
        {
            var about = JaText.Normalize((f.Indicator ?? "") + f.Label);
            var sentence = SentencePicker.Best(f.Text, residual, w, ctx.Q.Quoted);
            var score = Math.Max(sentence.Coverage, 0) + 0.8 * w.Coverage(residual, about) + KindBonus(ctx.Intent, f) + NamedLabel(ctx, f);
            return (Fact: f, Sentence: sentence, Score: score);
        }).OrderByDescending(s => s.Score + (asks != AnswerType.Any && SentenceFinder.Holds(asks, s.Fact.Text) ? 0.2 : 0)).ToList();
        var best = scored[0];

        // A question asking for something no fact of the item mentions (事業費, 予算額) is not answered from a neighbour.
        var residualWeight = w.TotalWeight(residual);
        if (ctx.Intent == Intent.Search && residualWeight > 6 && best.Score < 0.35) return null;

        var quote = best.Fact.Text.Length <= SentencePicker.QuoteWholeBelow || residual.Count == 0
            ? JaText.Clean(best.Fact.Text)
            : string.Join(" ", SentencePicker.Cover(best.Fact.Text, residual, w, ctx.Q.Quoted, years: ctx.Q.Years));
        // None of the question's own words is in the text: quote the fact itself.
        if (quote.Length == 0) quote = Shorten(best.Fact.Text, 300);
        else quote = WithInstances(ctx, best.Fact.Text, WithAskedWords(ctx, best.Fact.Text, quote), title);
        var label = best.Fact.Indicator is null ? best.Fact.Label : $"{best.Fact.Label}（{best.Fact.Indicator}）";
        var lines = new List<string> { AnswerTemplates.Fact(label, quote, ctx.Lang) };
        // The same indicator's other asked years (R4からR7まで), in order.
        foreach (var other in scored.Skip(1).Where(s => s.Fact.Indicator == best.Fact.Indicator && s.Fact.Kind == best.Fact.Kind && s.Fact.Year != best.Fact.Year && ctx.Q.Years.Count > 1).Take(5))
            lines.Add(AnswerTemplates.Fact(other.Fact.Indicator is null ? other.Fact.Label : $"{other.Fact.Label}（{other.Fact.Indicator}）", Shorten(other.Fact.Text, 200), ctx.Lang));
        return string.Join("\n", lines);
    }

    /// <summary>
    /// The quote plus the sentence of the same text holding a question word it lacks: 介護 picks its own figures
    /// (介護 99.81%⇒99.85%) out of a result listing every fee, though the item's title names them all.
    /// </summary>
    private static string WithAskedWords(AnswerContext ctx, string text, string quote)
    {
        var quoted = JaText.Normalize(quote);
        var added = new List<string>();
        foreach (var word in ctx.Words.Where(w => w.Length >= 2))
        {
            if (added.Count == 2 || quoted.Contains(word, StringComparison.Ordinal)) continue;
            var sentence = JaText.Sentences(text).FirstOrDefault(x => JaText.Normalize(x).Contains(word, StringComparison.Ordinal));
            if (sentence is null) continue;
            added.Add(sentence);
            quoted += JaText.Normalize(sentence);
        }
        return added.Count == 0 ? quote : quote + " " + string.Join(" ", added);
    }

    /// <summary>
    /// A which-question asked by its category (導入したAIツールは？): each sentence of the text that says what the question
    /// says of the thing (AI, 導入) names one, so all of them are quoted — not only the one that also prints ツール.
    /// </summary>
    private static string WithInstances(AnswerContext ctx, string text, string quote, string title)
    {
        if (ctx.Focus is not { } focus || !SentenceFinder.AsksByCategory(ctx.Q.Spaced, focus)) return quote;
        var t = JaText.Normalize(title);
        var said = ctx.Words.Where(x => x != focus && !t.Contains(x, StringComparison.Ordinal) && !ContentWords.IsTimeWord(x)).ToList();
        if (said.Count == 0) return quote;
        var quoted = JaText.Normalize(quote);
        var more = Statements.Joined(text).Where(s => !quoted.Contains(JaText.Normalize(s), StringComparison.Ordinal)
            && said.All(x => ContentWords.Matches(JaText.Normalize(s), x))).Take(MaxInstances).ToList();
        return more.Count == 0 ? quote : quote + " " + string.Join(" ", more);
    }

    /// <summary>The most sentences added as further instances of what a which-question asks.</summary>
    private const int MaxInstances = 3;

    /// <summary>The question names the fact's own label (「…」の見直し区分は？): that fact is the one asked for.</summary>
    private static double NamedLabel(AnswerContext ctx, Fact f)
    {
        var label = JaText.Normalize(f.Label);
        // (A section only for an untyped ask: 目標 in 「R6目標は？」 asks for the year's target, not the 目標 text.)
        var named = f.Kind == FactKind.Field || (f.Kind == FactKind.Section && ctx.Intent == Intent.Search);
        return named && label.Length >= 2 && ctx.Q.Normalized.Contains(label, StringComparison.Ordinal) ? 1.0 : 0;
    }

    private static double KindBonus(Intent intent, Fact f) => (intent, f.Kind) switch
    {
        (Intent.Target, FactKind.Target) => 0.5,
        (Intent.Target, FactKind.Section) when f.Label.Contains("目標") => 0.3,
        (Intent.Actual, FactKind.Actual) => 0.3,
        (Intent.Baseline, FactKind.Baseline) => 0.5,
        _ => 0,
    };

    /// <summary>A schedule: each asked year's plan for the activity the question names, and when a quoted plan word starts.</summary>
    private static string PlanLines(AnswerContext ctx, IReadOnlyList<Fact> facts, IReadOnlyList<string> residual)
    {
        var w = ctx.Kb.Weights;
        var activities = facts.Select(f => f.Activity).Distinct().ToList();
        var ranked = activities.Select(a => (Activity: a, Score: w.Coverage(residual, JaText.Normalize(a ?? "")))).OrderByDescending(a => a.Score).ToList();
        // The question's words single out one activity, or it names none and each activity's schedule is the answer.
        var singled = ranked.Count <= 1 || ranked[0].Score > ranked[1].Score + 1e-9;
        var shown = singled ? [ranked[0].Activity] : activities.Take(4).ToList();
        var activity = ranked.FirstOrDefault().Activity;
        var chosen = facts.Where(f => f.Activity == activity).OrderBy(f => f.Year).ToList();
        var style = ctx.Plans.FirstOrDefault()?.YearStyle ?? FiscalYearStyle.Short;
        var lines = new List<string>();
        foreach (var a in shown)
        {
            if (a is not null) lines.Add(a);
            foreach (var f in facts.Where(f => f.Activity == a).OrderBy(f => f.Year))
                lines.Add(AnswerTemplates.Fact(f.Year?.Format(style == FiscalYearStyle.ShortWithAlias ? style : FiscalYearStyle.Short) ?? f.Label, Shorten(f.Text, 300), ctx.Lang));
        }
        foreach (var q in ctx.Q.Quoted)
        {
            var first = chosen.FirstOrDefault(f => f.Normalized == q);
            if (first?.Year is { } y) lines.Add(AnswerTemplates.FirstYearWith(first.Text, y.Format(FiscalYearStyle.Short) + "（" + y.Format(FiscalYearStyle.Japanese) + "）", ctx.Lang));
        }
        return string.Join("\n", lines);
    }

    /// <summary>For a not_found: the years the item does state a value of the asked kind for (years only: no figure of another year is offered as the answer).</summary>
    private static string Available(AnswerContext ctx, ItemProfile profile, Intent intent)
    {
        var years = profile.Facts.Where(f => KindsFor(intent).Contains(f.Kind) && f.Year is not null)
            .Select(f => f.Year!.Value).Distinct().Order().Select(y => y.ToString()).ToList();
        return years.Count == 0 ? "" : "\n" + AnswerTemplates.YearsWithValue(years, ctx.Lang);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"いつから|いつまで|何年度から|when")]
    private static partial System.Text.RegularExpressions.Regex AsksWhen();

    internal static string Shorten(string text, int max)
    {
        var s = JaText.Clean(text);
        return s.Length <= max ? s : s[..max] + "…";
    }

    // 計画値, 実績値: the question asks for the figure of a value column, not a text.
    // A label of the text that explains a grade: 評価理由, 要因, 所見.
    [System.Text.RegularExpressions.GeneratedRegex(@"理由|要因|原因|所見")]
    private static partial System.Text.RegularExpressions.Regex Explains();

    [System.Text.RegularExpressions.GeneratedRegex(@"(?:計画|実績)値")]
    private static partial System.Text.RegularExpressions.Regex AsksFigure();

    [System.Text.RegularExpressions.GeneratedRegex(@"目標値|数値目標|目標数値|target (?:value|figure)")]
    private static partial System.Text.RegularExpressions.Regex AsksTargetFigure();

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*[-－―—‐ー]+\s*$")]
    private static partial System.Text.RegularExpressions.Regex DashOnly();

    [System.Text.RegularExpressions.GeneratedRegex(@"「[－―\-]」|空欄|記載なし|対象外")]
    private static partial System.Text.RegularExpressions.Regex SaysAbsent();

    [System.Text.RegularExpressions.GeneratedRegex(@"[（(]\s*目標(?:値)?[:：]?\s*[^（）()。]{1,30}[）)]")]
    private static partial System.Text.RegularExpressions.Regex TargetAside();

    [System.Text.RegularExpressions.GeneratedRegex(@"目標|target|goal|計画値")]
    private static partial System.Text.RegularExpressions.Regex TargetAsked();

    // An amount table prints its unit once, in its heading ((単位：千円)): a row's 合計: 6,000 is money with no unit
    // of its own, where 15業務 or 20.0% would name another one.
    [System.Text.RegularExpressions.GeneratedRegex(@"[：:]\s*\d{1,3}(?:,\d{3})+\s*$", System.Text.RegularExpressions.RegexOptions.Multiline)]
    private static partial System.Text.RegularExpressions.Regex BareAmount();
}
