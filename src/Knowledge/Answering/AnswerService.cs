using Gyokaku.Knowledge.Model;
using Gyokaku.Knowledge.Questions;
using Gyokaku.Knowledge.Search;
using Gyokaku.Knowledge.Text;

namespace Gyokaku.Knowledge.Answering;

/// <summary>
/// Answers questions from the knowledge base: reads the question, carries the previous turn's plan and
/// item over for follow-ups, and sends it to the answerer for its intent. Thread-safe.
/// </summary>
public sealed class AnswerService : IAnswerService
{
    private readonly KnowledgeBase _kb;
    private readonly QuestionParser _parser;
    private readonly ConversationMemory _memory;

    public AnswerService(KnowledgeBase kb, ConversationMemory? memory = null)
    {
        _kb = kb;
        _parser = new QuestionParser(kb.Catalog, kb.Departments, kb.Titles);
        _memory = memory ?? new ConversationMemory();
    }

    public ParsedQuestion Parse(string question) => _parser.Parse(question);

    public Answer Ask(string question, string? conversationId = null)
    {
        if (string.IsNullOrWhiteSpace(question))
            return new Answer(AnswerStatus.NotFound, AnswerTemplates.EmptyQuestion, "search", []);
        var q = _parser.Parse(question.Trim());
        var ctx = WithContext(q, _memory.Get(conversationId));
        var answer = CounterGuard.Check(ctx, Route(ctx));
        Remember(conversationId, ctx, answer);
        return WithFollowUps(answer);
    }

    /// <summary>An answer about one item offers the next questions about it.</summary>
    private Answer WithFollowUps(Answer answer)
    {
        if (answer.Status != AnswerStatus.Answered || answer.Citations.Count != 1) return answer;
        var citation = answer.Citations[0];
        var doc = _kb.Documents.FirstOrDefault(d => d.File == citation.Document);
        var item = doc is null ? null : AnswerContext.CitedItem(doc, citation.Item);
        if (doc is null || item is null) return answer;
        return answer with { FollowUps = FollowUpSuggester.For(doc, item, answer.Intent, answer.Language) };
    }

    private AnswerContext WithContext(ParsedQuestion q, Turn? previous)
    {
        var named = q.Plans.Select(m => m.Document).ToList();
        if (named.Count > 0) return new AnswerContext(_kb, q, named, planExplicit: true, contextItem: null);
        if (previous?.Plan is not null && q.LooksLikeFollowUp)
        {
            // その目標は？ / R3は？ / 担当は？: same plan and item, the new ask (or the old one with the new year).
            var followUp = q with
            {
                Intent = q.Intent == Intent.Search ? previous.Intent : q.Intent,
                Years = q.Years.Count > 0 ? q.Years : (q.Intent == Intent.Search || q.Intent == previous.Intent ? previous.Years : []),
                Content = previous.Content + q.Content,
            };
            return new AnswerContext(_kb, followUp, [previous.Plan], planExplicit: true, contextItem: q.Item is null ? previous.Item : null);
        }
        return new AnswerContext(_kb, q, _kb.Documents, planExplicit: false, contextItem: null);
    }

    private Answer Route(AnswerContext ctx)
    {
        var q = ctx.Q;
        if (q.UnknownPlace is not null)
            return ctx.NotFound(AnswerTemplates.UnknownPlace(q.UnknownPlace, _kb.Documents, ctx.Lang));
        if (q.MentionedPlace is { } place)
        {
            // No plan is about the place: a passage naming it may answer; another city's plan never does.
            var found = PassageAnswerer.Answer(ctx, [Text.JaText.Normalize(place)]);
            return found.Status == AnswerStatus.Answered && Text.JaText.Normalize(found.Text).Contains(Text.JaText.Normalize(place), StringComparison.Ordinal)
                ? found : ctx.NotFound(AnswerTemplates.UnknownPlace(place, _kb.Documents, ctx.Lang));
        }
        // 策定日, 資料何番, 第何次 of the document itself: its title page says.
        if (CoverFacts.Answer(ctx) is { } cover) return cover;
        // 【○○指標】って何？: the document's tags of that kind.
        if (BracketTags.Answer(ctx) is { } tags) return tags;
        // A list printed under its own heading, named by the heading's words (「…」で新規の取組は？): the list answers.
        if (q.Intent is not (Intent.Target or Intent.Actual or Intent.Baseline or Intent.Amount or Intent.Evaluation or Intent.Plan or Intent.Glossary)
            && NamedList.Answer(ctx) is { } list) return list;
        if (NamesASection(ctx) || StructureAnswerer.AsksLevelUnder(ctx)) return StructureAnswerer.Answer(ctx);
        // 「その目標は？」 with nothing before it: which plan and item is meant cannot be known.
        if (!ctx.PlanExplicit && q.Item is null && q.LooksLikeFollowUp && ctx.Kb.Weights.TotalWeight(ctx.Content) < PassageAnswerer.MinQueryWeight)
            return Clarify.Plans(ctx, _kb.Documents.Select(d => (d, (PlanItem?)null, "")).ToList());
        // A figure of a table the question names: the cell its row and column name, else the table's row as for 効果額.
        if (q.Intent != Intent.Amount && AmountAnswerer.AsksTableFigure(ctx)) return TableCellAnswerer.Answer(ctx) ?? AmountAnswerer.Answer(ctx);
        // 「△は何を表す？」: a mark is defined by the document's legend line (凡例), whatever the question's intent reads as.
        if ((LegendMarks.Answer(ctx) ?? LegendMarks.Grade(ctx)) is { } legend) return legend;
        // Earlier items asked for as a group (◎実施済の項目, 項目19に引き継がれた項目): the mapping table lists them.
        if (q.Earlier && ctx.Plans.Any(p => p.Mappings.Count > 0) && MappingAnswerer.Listing(ctx) is { } listed) return listed;
        // 「順調」は何項目？: a word the plan grades its items by, counted, is a tally of the items graded so, as for Ａ評価.
        // 「遅れ」になってる取組は？: which items, asked by such a word, is the list of the items graded so.
        if (q.Item is null && q.Grade is null && q.Intent is Intent.Structure or Intent.Search or Intent.Evaluation
            && (GradeTally.Asked(q.Normalized) || ListAnswerer.AsksWhichItems(q.Normalized)) && EvaluationWords.Named(q, ctx.Plans) is not null) return ListAnswerer.Answer(ctx);
        // 「計画期間の効果額の合計」 / "total effect over the whole plan period": the period bounds the total asked, it is not asked.
        if (q.Intent is Intent.Structure or Intent.Search && q.Item is null && AmountAnswerer.AsksTotalAmount(q.Normalized)) return ItemAmount(ctx, AmountAnswerer.Answer(ctx));
        // (「R3年度から追加された項目」 reads as a plan question by its year: it asks a list.)
        if (q.Intent is Intent.Plan or Intent.Search or Intent.Structure && ListAnswerer.AsksAdded(q)) return ListAnswerer.Answer(ctx);
        switch (q.Intent)
        {
            // 「No.5はどの実施方針の取組？」: a level asked of an item the question names is where that item sits.
            case Intent.Structure when q.Item is not null && StructureAnswerer.AsksLevelOfItem(ctx):
                return ItemIntent(ctx);
            case Intent.Structure:
                // (期間 of a topic the question names is that topic's, not the plan's.)
                return SentenceFinder.OnTopic(ctx) ?? StructureAnswerer.Answer(ctx);
            // 「20番の取組って何？」 asks what an item is, not what a word means.
            // (※２ is a note's mark: 「※２のPPPって何」 asks a word.)
            case Intent.Glossary when q.Item is { Number: { } number } && !q.Normalized.Contains("※" + number, StringComparison.Ordinal):
                return ItemIntent(new AnswerContext(_kb, q with { Intent = Intent.Lookup }, ctx.Plans, ctx.PlanExplicit, ctx.ContextItem));
            case Intent.Glossary:
                return GlossaryAnswerer.Answer(ctx);
            case Intent.Amount:
                return ItemAmount(ctx, AmountAnswerer.Answer(ctx));
            case Intent.Mapping:
                return MappingAnswerer.Answer(ctx) ?? ItemIntent(ctx);
            case Intent.List:
                // 「（項目名）のR6年度計画の取組を全部」: every entry of one item's list, not a list of items.
                // 「…をしている取組はどれ？」 with nothing to list by (no unit, level or grade) asks which one item does
                // what it describes: that item, named, as for どの項目 — else the passage that says it.
                return WholeOfItem(ctx) ?? ListAnswerer.Filtered(ctx)
                    ?? ItemIntent(new AnswerContext(_kb, q with { Intent = Intent.Lookup }, ctx.Plans, ctx.PlanExplicit, ctx.ContextItem));
            case Intent.Evaluation when q.Earlier && ctx.Plans.Any(p => p.Mappings.Count > 0):
                return MappingAnswerer.Answer(ctx) ?? ItemIntent(ctx);
            default:
                return TableCellAnswerer.Answer(ctx) ?? ItemIntent(ctx);
        }
    }

    /// <summary>
    /// An effect amount the document's tables do not give may be an item's own (a 効果額 column of an item
    /// table): the item the question names answers it, when it prints one.
    /// </summary>
    private static Answer ItemAmount(AnswerContext ctx, Answer fromTables)
    {
        // (One year's amount is a cell of a year column, which an item's whole 効果額 text does not single out.)
        if (fromTables.Status == AnswerStatus.Answered || ctx.Q.Years.Count > 0) return fromTables;
        if (ItemFinder.Find(ctx) is not ItemSearch.Found { Item: var found }) return fromTables;
        var amount = found.Item.Sections.Select(s => (s.Label, s.Text)).Concat(found.Item.Fields.Select(f => (f.Label, Text: f.Value)))
            .FirstOrDefault(l => Text.JaText.Normalize(l.Label).Contains("効果額") && l.Text.Any(char.IsDigit));
        if (amount.Label is null) return fromTables;
        var header = AnswerTemplates.About(found.Document, found.Item, ctx.Lang);
        return ctx.Make(AnswerStatus.Answered, header + "\n" + AnswerTemplates.Fact(amount.Label, amount.Text, ctx.Lang),
            [AnswerContext.Cite(found.Document, found.Item)], found.Document);
    }

    /// <summary>
    /// 全部 / 一覧 asked of one item the question names (by number, or by most of its title) with no grade, unit or
    /// level to list items by: the entries of that item's list.
    /// </summary>
    private static Answer? WholeOfItem(AnswerContext ctx)
    {
        var q = ctx.Q;
        if (!q.Whole || q.Grade is not null || q.Department is not null || q.Paths.Count > 0) return null;
        if (ItemFinder.Find(ctx) is not ItemSearch.Found { Item: var found }) return null;
        if (q.Item is null && ctx.Kb.Weights.Coverage(JaText.Bigrams(found.Title).Distinct().ToList(), q.Normalized) < ItemNamedShare) return null;
        return ItemEntries.Every(ctx, found, AnswerTemplates.About(found.Document, found.Item, ctx.Lang), [AnswerContext.Cite(found.Document, found.Item)]);
    }

    /// <summary>The least share of an item's title a question must print to name the item by it.</summary>
    private const double ItemNamedShare = 0.8;

    /// <summary>A question that names one of the plan's own chapters (実施状況の公表, 計画の目的) asks about that chapter.</summary>
    private static bool NamesASection(AnswerContext ctx)
    {
        if (ctx.Q.Item is not null || !ctx.PlanExplicit || ctx.Plans.Count != 1) return false;
        if (ctx.Intent is not (Intent.Search or Intent.Evaluation or Intent.Plan or Intent.Lookup or Intent.Structure)) return false;
        return ctx.Plans[0].Sections.Any(s => StructureAnswerer.Names(ctx.Q.Normalized, s.Label));
    }

    private Answer ItemIntent(AnswerContext ctx)
    {
        // "第一次計画の50番", "first plan item 50": the number is the earlier plan's, not this plan's.
        if (ctx.Q.Earlier && ctx.Q.Item is not null && ctx.Plans.Any(p => p.Mappings.Count > 0) && MappingAnswerer.Answer(ctx) is { } earlier)
            return earlier;
        switch (ItemFinder.Find(ctx))
        {
            case ItemSearch.Found found:
                return ItemAnswerer.Answer(ctx, found.Item);
            case ItemSearch.Missing missing:
                return ctx.NotFound(AnswerTemplates.ItemNotInPlan(missing.Plan, missing.Reference, missing.Plan.Items, ctx.Lang), missing.Plan);
            case ItemSearch.Ambiguous ambiguous:
                return Clarify.Plans(ctx, ambiguous.Candidates.Select(c => (c.Document, (PlanItem?)c.Item, ShortAnswer(ctx, c))).ToList());
        }
        if (ctx.Intent == Intent.Department && MappingAnswerer.Department(ctx) is { } byMapping) return byMapping;
        if (ctx.Intent == Intent.Department && ctx.PlanExplicit && ctx.Plans.All(p => p.Items.Count > 0 && p.Items.All(i => i.Departments.Count == 0)))
            return ctx.NotFound(AnswerTemplates.NoDepartment(ctx.Plans[0], ctx.Lang), ctx.Plans[0]);
        if (ctx.Intent == Intent.Lookup || ctx.Q.Earlier) { if (MappingAnswerer.Answer(ctx) is { } mapped) return mapped; }
        // No item named, but a year the plan does not cover: say so with the plan's period.
        if (ctx.PlanExplicit && ctx.Plans.Count == 1 && ctx.Plans[0].Period is { } period
            && ctx.Intent is Intent.Target or Intent.Actual or Intent.Plan or Intent.Evaluation
            && ctx.Q.Years.FirstOrDefault(y => !period.Contains(y)) is { Year: > 0 } outside)
            // (平成19年に作った計画: a year the plan's history chapter lists is answered there. A year before the
            // period is the plan's starting point — 経常収支比率は令和４年度決算で８８．６％ — when a statement names it.)
            return DatedLines.Answer(ctx, yearOnly: true)
                ?? (outside < period.Start ? SentenceFinder.Answer(ctx, ctx.Plans[0], null) : null)
                ?? ctx.NotFound(AnswerTemplates.About(ctx.Plans[0], null, ctx.Lang) + "\n" + AnswerTemplates.YearOutsidePeriod(ctx.Plans[0], outside, ctx.Lang), ctx.Plans[0]);
        // 第2次…計画っていつ？: a plan the history chapter (これまでの経過) lists by year is dated there, whatever
        // running text mentions the document's own plan beside it.
        if (ContentWords.Asks(ctx.Q.Spaced) == AnswerType.Date && DatedLines.Answer(ctx) is { } history) return history;
        // A department named in the question must be in the passage that answers it.
        var passage = ctx.Q.Department is { } department && ctx.Intent is not Intent.Department
            ? PassageAnswerer.Answer(ctx, [Text.JaText.Normalize(department)])
            : PassageAnswerer.Answer(ctx);
        // Nothing found in running text: a chapter listing events by year (これまでの経過) may date what is asked.
        return passage.Status == AnswerStatus.NotFound ? DatedLines.Answer(ctx) ?? passage : passage;
    }

    /// <summary>A candidate's own answer in a few words, shown in a clarify list (each plan's department for "No.7の担当課は？").</summary>
    private static string ShortAnswer(AnswerContext ctx, ItemProfile candidate)
    {
        if (ctx.Intent == Intent.Department)
            return candidate.Item.Departments.Count > 0
                ? AnswerTemplates.Department(ItemFacts.FormatDepartments(candidate.Item.Departments), ctx.Lang)
                : AnswerTemplates.NoDepartment(candidate.Document, ctx.Lang);
        return "";
    }

    private void Remember(string? conversationId, AnswerContext ctx, Answer answer)
    {
        if (conversationId is null) return;
        var file = answer.Citations.FirstOrDefault()?.Document;
        var plan = file is null ? (ctx.Plans.Count == 1 ? ctx.Plans[0] : null) : _kb.Documents.FirstOrDefault(d => d.File == file);
        var itemKey = answer.Status == AnswerStatus.Clarify ? null : answer.Citations.FirstOrDefault()?.Item;
        var item = (plan is null ? null : AnswerContext.CitedItem(plan, itemKey)) ?? (answer.Status == AnswerStatus.Clarify ? null : ctx.ContextItem);
        if (answer.Status == AnswerStatus.Clarify) plan = null;
        _memory.Set(conversationId, new Turn(plan, item, ctx.Intent, ctx.Q.Years, ctx.Q.Content));
    }
}
