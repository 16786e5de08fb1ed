using Gyokaku.Knowledge.Model;
using Gyokaku.Knowledge.Questions;
using Gyokaku.Knowledge.Search;
using Gyokaku.Knowledge.Text;

namespace Gyokaku.Knowledge.Answering;

/// <summary>
/// Finds the one statement of a document that answers a question by its content words, wherever it is
/// printed: an item's texts (現状・課題, 実績, notes) or the document's free passages (a progress report's
/// scattered lines, wrapped over several lines). Each candidate is scored by the share of the question's
/// word weight it holds — a sentence of a bullet counting its bullet's topic as its own — its context (item
/// title, label, heading) counting half. The statement must hold the kind of answer asked: a figure for 何回 / 何人,
/// a date for いつ; a named year is preferred.
/// </summary>
internal static partial class SentenceFinder
{
    /// <summary>A ○ bullet the extraction turned into the letter O (OR2年度末): read as the bullet so the year is seen.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![A-Za-z])O(?=[RH]\d)")]
    private static partial System.Text.RegularExpressions.Regex BulletAsLetter();

    /// <summary>A date in January–March (R3.2月, R3.1.14): a day of the fiscal year before its calendar year.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![A-Za-z\d])([RＲHＨ])([\d０-９]+)([.．])(?=[1-3１-３](?![\d０-９]))")]
    private static partial System.Text.RegularExpressions.Regex EarlyMonth();

    /// <summary>The text with each January–March date's era year made its fiscal year (R3.2月 → R2.2月), so Names reads it as R2.</summary>
    private static string EarlyMonthsAsFiscal(string text) => EarlyMonth().Replace(text, m =>
        int.TryParse(JaText.Nfkc(m.Groups[2].Value), out var n) && n > 1 ? m.Groups[1].Value + (n - 1) + m.Groups[3].Value : m.Value);

    /// <summary>A figure with its unit (213件, 99.81%, 19億円, ８橋, 1事務): what a quantity question wants.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\d[\d,.]*(?:%|％|人|件|回|円|億|万|千|百万|橋|か所|箇所|施設|校|団体|社|名|台|本|枚|時間|者|事業者|ページ|pv|割|業務|事務|事業|項目|種類|地区|路線|か月|ヶ月|㎡|品|手続)")]
    private static partial System.Text.RegularExpressions.Regex Figure();

    /// <summary>A date as plans print it (R2.11月, Ｒ3.4.1, 11月6日, 令和3年4月, 2020年9月): what a when-question wants.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"[RHＲＨ][\d０-９]+[.．][\d０-９]|[\d０-９]+月|(?:令和|平成)[\d０-９元]+年|[RHＲＨ][\d０-９]+年度|\d{4}年")]
    private static partial System.Text.RegularExpressions.Regex Date();

    /// <summary>A span of years as plans print it (R2-R4, 令和3年度～令和7年度, H30～R4): what a question about a period wants.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"(?:[RHＲＨ][\d０-９元]+|(?:令和|平成)[\d０-９元]+年度?|\d{4}年度?)\s*(?:[-－―‐～〜~]|から)\s*(?:[RHＲＨ][\d０-９]+|(?:令和|平成)?[\d０-９]+年度?)")]
    private static partial System.Text.RegularExpressions.Regex Period();

    [System.Text.RegularExpressions.GeneratedRegex(@"^[\d.．()（）①-⑳a-z№no]+")]
    private static partial System.Text.RegularExpressions.Regex ItemMarker();

    [System.Text.RegularExpressions.GeneratedRegex(@"目標|目指|めざ|見込|計画値")]
    private static partial System.Text.RegularExpressions.Regex SetsTarget();

    [System.Text.RegularExpressions.GeneratedRegex(@"予定|見込み|目指|計画\d")]
    private static partial System.Text.RegularExpressions.Regex Intended();

    /// <summary>The least score for a statement to be offered as the answer.</summary>
    public const double MinScore = 0.62;

    /// <summary>The least share of the question's word weight the statement's own text must hold.</summary>
    public const double MinOwnShare = 0.35;

    /// <summary>What a statement of another item than the one the question's words pointed to loses.</summary>
    private const double OtherItemPenalty = 0.1;

    /// <summary>What a word found only in the statement's context (item, label, heading, page) counts for.</summary>
    private const double ContextWeight = 0.5;

    /// <summary>A statement: its sentence, the sentence that gives its topic (its bullet's first), and what surrounds it.</summary>
    public sealed record Candidate(string Text, string Context, Citation Citation, FiscalYear? Year = null, FactKind? Kind = null, string Topic = "")
    {
        public string Norm { get; } = JaText.Normalize(Text);
        public string NormTopic { get; } = JaText.Normalize(Topic);
        public string NormContext { get; } = JaText.Normalize(Context);
        public IReadOnlyList<FiscalYear> Names { get; } = FiscalYear.FindAll(EarlyMonthsAsFiscal(BulletAsLetter().Replace(Topic + "\n" + Text, "○"))).Select(m => m.Year).ToList();

        /// <summary>The statement as quoted: with its topic, so 市広報誌掲載2回 says what was published.</summary>
        public string Quote => new Statement(Topic, Text).Text;

        /// <summary>True when the statement itself (sentence or topic) says the word, or a noun written for it.</summary>
        public bool Says(string word) => ContentWords.Matches(Norm, word) || NormTopic.Length > 0 && ContentWords.Matches(NormTopic, word);
    }

    // Cut once per document / item: a question only scores them.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<object, IReadOnlyList<Candidate>> Cache = new();

    public sealed record Found(Candidate Candidate, double Score);

    /// <param name="anyKind">True when a statement of any kind may answer (a when-question the item's plans do not
    /// answer may be answered by its results: 令和7年9月稼働の新文書管理システム).</param>
    public static Found? Find(AnswerContext ctx, PlanDocument doc, ItemProfile? item, bool anyKind = false)
    {
        // A word that says when (上半期) restricts the statement like a year does: it is not what the statement says.
        var words = ctx.Words.Where(x => !ContentWords.IsTimeWord(x)).ToList();
        if (words.Count == 0) return null;
        var w = ctx.Kb.Weights;
        var weights = words.Select(x => WordWeight(w, x)).ToList();
        var total = weights.Sum();
        // (Too little to search with is judged on the words as printed: a verb's stem alone, 作った, is not enough.)
        if (words.Sum(x => JaText.Bigrams(x).Any() ? WordWeight(w, x) : 1.0) < 2) return null;
        var spaced = ctx.Q.Spaced;
        var asks = ContentWords.Asks(spaced);
        var quantity = asks == AnswerType.Quantity;
        var units = ContentWords.AskedUnits(spaced);
        Found? best = null, bestIntended = null;
        // The word the question ends on names what it asks for (収入額, 職員数, 投票所): the statement must say it.
        // English puts the asked noun anywhere: only Japanese word order makes the last noun the asked one.
        var focus = ctx.Lang == "en" ? null : ctx.Focus ?? words[^1];
        // …unless the answer stands for it: 参加人数 is said by 107人, and the facility asked by どの施設 / 施設は？ by its name.
        var focusByAnswer = focus is not null && (quantity && ContentWords.IsMeasure(focus) || asks == AnswerType.Name && AsksByCategory(spaced, focus)
            || ContentWords.IsPeriod(focus));
        var years = ctx.Q.Years;
        var reported = years.Count == 0 ? [] : Reported(ctx, doc);
        // The question named the item: a passage statement near it counts the item's title as its context.
        var itemTitle = item is null ? "" : JaText.Normalize(item.Item.Title);
        var past = ctx.Intent != Intent.Plan && ContentWords.AsksWhatHappened(spaced);
        // An item found by the question's words is a guess: another item's statement holding them better answers
        // instead (キャリア形成支援研修 is reported under 研修の充実, not under the item titled キャリア形成).
        var guessed = item is not null && ctx.Q.Item is null && ctx.ContextItem is null;
        var own = item is null ? [] : OwnKeys(ctx, doc, item);
        // (目標 is no content word of a question: it says which kind of statement is asked. An amount asked as a
        // target, 効果額目標はいくら, asks a target too.)
        var asksTarget = AsksTargetAmount(ctx);
        foreach (var c in Candidates(ctx, doc, guessed ? null : item))
        {
            var text = c.Norm;
            var context = c.NormContext;
            // A target is stated as one (目標, 目指す, 見込み): a result of the last plan, or a sentence about something
            // else, is no answer to 「効果額目標は？」.
            if (asksTarget && c.Kind != FactKind.Target && !StatesTarget(text + c.NormTopic + JaText.Normalize(Label(c)))) continue;
            if (focus is not null && !(focusByAnswer && (!ContentWords.IsPeriod(focus) || Period().IsMatch(c.Text))) && !c.Says(focus) || !anyKind && !Fits(ctx.Intent, c.Kind)) continue;
            // The statement must hold what is asked: a count or amount a figure with its unit, a when a date.
            if (!Holds(asks, c.Text, units)) continue;
            // A statement about another plan of the series (第３次計画では…累計８億円) answers only a question naming that plan.
            if (OtherPlanFacts.AskedOrdinal(text, doc) is { } other && OtherPlanFacts.AskedOrdinal(ctx.Q.Normalized, doc) != other) continue;
            // A statement of another year is no answer: it must be of the asked year or name it (a free passage
            // may also stand for a year the document reports on).
            if (years.Count > 0 && !(c.Year is { } cy && years.Contains(cy)) && !c.Names.Any(years.Contains)
                && !(c.Kind is null && c.Year is null && c.Names.Count == 0 && years.All(reported.Contains))
                // (令和６年度の評価はいつ確定した？: a report on the year dates what was done after it, 令和７年７月１５日.)
                && !(asks == AnswerType.Date && c.Kind is null && c.Names.Count > 0 && years.All(reported.Contains) && c.Names.All(n => years.All(y => n.Year > y.Year)))) continue;
            double said = 0, near = 0;
            for (var i = 0; i < words.Count; i++)
                if (c.Says(words[i])) said += weights[i];
                else if (ContentWords.Matches(context, words[i]) || c.Kind is null && itemTitle.Contains(words[i], StringComparison.Ordinal)) near += weights[i];
            // The statement itself must say a real share of what is asked; its surroundings only support it.
            if (said < total * MinOwnShare) continue;
            var score = (said + ContextWeight * near) / total;
            if (guessed && c.Kind is not null && !own.Contains(c.Citation.Item ?? "")) score -= OtherItemPenalty;
            // A statement that only repeats the question (a heading: 20 選挙投票所の統廃合) tells nothing.
            // What happened is not answered by what was planned (計画10橋、うち4橋完了予定).
            var intended = past && Intended().IsMatch(c.Norm);
            if (intended) score -= 0.2;
            // Between equals, the one that says more beyond the question's words.
            var novelty = Novelty(text, words);
            score += novelty < 4 ? -0.2 : 0.05 * Math.Min(novelty, 20) / 20;
            if (quantity || asks == AnswerType.Date) score += 0.1;
            if (years.Count > 0 && (c.Year is { } y && years.Contains(y) || c.Names.Any(years.Contains))) score += 0.1;
            if (intended) { if (bestIntended is null || score > bestIntended.Score) bestIntended = new Found(c, score); }
            else if (best is null || score > best.Score) best = new Found(c, score);
        }
        // …and a statement of what was done answers before any of what was planned, however many words that one shares.
        if (best is null || best.Score < MinScore) best = bestIntended;
        return best is not null && best.Score >= MinScore ? best : null;
    }

    /// <summary>An amount asked as a target (効果額目標はいくら): only a statement setting one answers it.</summary>
    public static bool AsksTargetAmount(AnswerContext ctx) =>
        ctx.Intent == Intent.Amount && (ctx.Q.Normalized.Contains("目標", StringComparison.Ordinal) || ctx.Q.Spaced.Contains("target", StringComparison.Ordinal));

    /// <summary>True when the text sets a target (目標, 目指す, 見込み) rather than reporting what was done.</summary>
    public static bool StatesTarget(string text) => SetsTarget().IsMatch(JaText.Normalize(text));

    /// <summary>The answer quoting the found statement, or null when nothing answers well enough.</summary>
    public static Answer? Answer(AnswerContext ctx, PlanDocument doc, ItemProfile? item)
    {
        var found = Find(ctx, doc, item);
        return found is null ? null : Quote(ctx, doc, found);
    }

    /// <summary>
    /// The reader could not tie the item's results to it (a progress report's scattered column): the one statement of
    /// the document that says every word the question asks beyond the item's title, and holds the asked figure or date,
    /// is quoted as what the document says — without claiming it is the item's. Two such statements: nothing.
    /// </summary>
    public static Answer? Unique(AnswerContext ctx, PlanDocument doc, ItemProfile item)
    {
        var asks = ContentWords.Asks(ctx.Q.Spaced);
        if (asks is not (AnswerType.Quantity or AnswerType.Date)) return null;
        var title = JaText.Normalize(item.Item.Title);
        // (A measure asked — 事務の数 — is said by the figure, not by its word.)
        var asked = ctx.Words.Where(x => !title.Contains(x, StringComparison.Ordinal) && !ContentWords.IsTimeWord(x)
            && !(asks == AnswerType.Quantity && ContentWords.IsMeasure(x))).ToList();
        // One word beyond the title is too little to single a statement out.
        if (asked.Count < 2 || asked.Sum(x => WordWeight(ctx.Kb.Weights, x)) < MinUniqueWeight) return null;
        var units = ContentWords.AskedUnits(ctx.Q.Spaced);
        var years = ctx.Q.Years;
        var hits = Candidates(ctx, doc, null)
            .Where(c => Fits(ctx.Intent, c.Kind) && Holds(asks, c.Text, units) && asked.All(c.Says)
                && (years.Count == 0 || c.Year is { } y && years.Contains(y) || c.Names.Any(years.Contains)))
            .DistinctBy(c => c.Quote).Take(2).ToList();
        if (hits.Count != 1) return null;
        var c = hits[0];
        return ctx.Make(AnswerStatus.Answered, AnswerTemplates.About(doc, null, ctx.Lang) + "\n" + c.Quote, [c.Citation], doc);
    }

    /// <summary>The least summed weight of the question's words beyond an item's title for <see cref="Unique"/>.</summary>
    private const double MinUniqueWeight = 3;

    /// <summary>
    /// No plan named (002 names no city, so staff do not name it either), or several (山口県農業協同組合 names a city of
    /// another plan): the one document whose statement holds the asked figure or date answers — only when no other
    /// document's statement comes near it.
    /// </summary>
    public static Answer? AnswerFromAny(AnswerContext ctx)
    {
        if (ContentWords.Asks(ctx.Q.Spaced) is not (AnswerType.Quantity or AnswerType.Date)) return null;
        var found = ctx.Plans.Select(d => (Doc: d, Found: Find(ctx, d, null))).Where(x => x.Found is not null)
            .OrderByDescending(x => x.Found!.Score).ToList();
        if (found.Count == 0 || found.Count > 1 && found[0].Found!.Score - found[1].Found!.Score < OtherPlanMargin) return null;
        return Quote(ctx, found[0].Doc, found[0].Found!);
    }

    /// <summary>How far the best document's statement must lead every other document's when no plan is named.</summary>
    private const double OtherPlanMargin = 0.15;

    /// <summary>
    /// The question named no plan and the item its words found does not say what it asks (働き方改革 found 小郡市's item,
    /// the question asks 002's Problem list): a statement of any plan that itself says half of the question's words, and
    /// twice what the whole item prints of them, answers instead — only when no other plan's comes near it.
    /// </summary>
    public static Answer? Instead(AnswerContext ctx, ItemProfile item)
    {
        var found = ctx.Plans.Select(d => (Doc: d, Found: Find(ctx, d, null))).Where(x => x.Found is not null)
            .OrderByDescending(x => x.Found!.Score).ToList();
        if (found.Count == 0 || found.Count > 1 && found[0].Found!.Score - found[1].Found!.Score < OtherPlanMargin) return null;
        // The statement must say far more of the question than everything the item prints does.
        var w = ctx.Kb.Weights;
        var words = ctx.Words.Where(x => !ContentWords.IsTimeWord(x)).ToList();
        var itemText = JaText.Normalize(item.Item.Title + "\n" + string.Join("\n", item.Facts.Select(f => f.Text)));
        var byItem = words.Where(x => ContentWords.Matches(itemText, x)).Sum(x => WordWeight(w, x));
        var c = found[0].Found!.Candidate;
        var byStatement = words.Where(c.Says).Sum(x => WordWeight(w, x));
        return byStatement >= MinInsteadShare * words.Sum(x => WordWeight(w, x)) && byStatement >= 2 * byItem ? Quote(ctx, found[0].Doc, found[0].Found!) : null;
    }

    /// <summary>The least share of the question's word weight a statement answering instead of the found item must say itself.</summary>
    private const double MinInsteadShare = 0.5;

    /// <summary>
    /// A question about a topic of the plan phrased as about the plan (ネーミングライツ事業の実施期間は？ reads like a
    /// question on the plan's period): the plan's statement about that topic that holds the asked span or date answers.
    /// The topic must be named (words beyond the asked noun), or the plan's own period is asked.
    /// </summary>
    public static Answer? OnTopic(AnswerContext ctx)
    {
        if (!ctx.PlanExplicit || ctx.Plans.Count != 1 || ctx.Q.Item is not null || ctx.Focus is not { } focus) return null;
        if (!ContentWords.IsPeriod(focus) && ContentWords.Asks(ctx.Q.Spaced) != AnswerType.Date) return null;
        var doc = ctx.Plans[0];
        // Words of the plan's own name (第４次行財政改革プランの計画期間) name the plan, not a topic in it.
        var names = JaText.Normalize(doc.Title + string.Concat(doc.Aliases));
        var topic = ctx.Words.Where(x => x != focus && !ContentWords.IsTimeWord(x) && !names.Contains(x, StringComparison.Ordinal)).ToList();
        var weight = topic.Sum(x => WordWeight(ctx.Kb.Weights, x));
        if (topic.Count < 2 || weight < MinTopicWeight) return null;
        var found = Find(ctx, doc, null);
        return found is null || topic.Where(found.Candidate.Says).Sum(x => WordWeight(ctx.Kb.Weights, x)) < MinTopicShare * weight ? null : Quote(ctx, doc, found);
    }

    /// <summary>The least share of the topic's words the statement answering a topic's period must say itself.</summary>
    private const double MinTopicShare = 0.8;

    /// <summary>The least summed weight of the words naming a topic in a question phrased as about the whole plan.</summary>
    private const double MinTopicWeight = 12;

    /// <summary>
    /// The item names no department, but the question asks which unit something of it belongs to (行政支援型隊員、どこの
    /// 課の所属で募集してる？): the one statement that says every word the question asks beyond the item's title, and
    /// names a unit (世界ジオパーク推進課), is quoted. Two such statements, or too few words beyond the title: nothing.
    /// </summary>
    public static Answer? NamedUnit(AnswerContext ctx, PlanDocument doc, ItemProfile item)
    {
        var title = JaText.Normalize(item.Item.Title);
        var asked = ctx.Words.Where(x => !title.Contains(x, StringComparison.Ordinal) && !UnitAsk().IsMatch(x)).ToList();
        if (asked.Count < 2 || asked.Sum(x => WordWeight(ctx.Kb.Weights, x)) < MinUniqueWeight) return null;
        var hits = Candidates(ctx, doc, null)
            .Where(c => c.Kind is not (FactKind.Plan or FactKind.Target) && asked.All(c.Says) && UnitName().IsMatch(c.Text))
            .DistinctBy(c => c.Quote).Take(2).ToList();
        if (hits.Count != 1) return null;
        var owner = hits[0].Citation.Item is null ? null : doc.Items.FirstOrDefault(i => (i.Number ?? i.Key) == hits[0].Citation.Item);
        return ctx.Make(AnswerStatus.Answered, AnswerTemplates.About(doc, owner, ctx.Lang) + "\n" + hits[0].Quote, [hits[0].Citation], doc);
    }

    /// <summary>A word that asks for a unit (担当, 課, 部署): the unit's name answers it, no statement needs to say it.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:担当|所管|主管|部署|部局|課|局|部|係|室)$")]
    private static partial System.Text.RegularExpressions.Regex UnitAsk();

    /// <summary>A unit's name in a text (世界ジオパーク推進課, 企画部, 消防局, 公共施設マネジメント推進室).</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"[\p{IsCJKUnifiedIdeographs}\p{IsKatakana}ー]{2,}(?:課|部|局|室|事務所)(?![\p{IsCJKUnifiedIdeographs}])")]
    private static partial System.Text.RegularExpressions.Regex UnitName();

    public static Answer Quote(AnswerContext ctx, PlanDocument doc, Found found)
    {
        var c = found.Candidate;
        var owner = c.Citation.Item is null ? null : doc.Items.FirstOrDefault(i => (i.Number ?? i.Key) == c.Citation.Item);
        var quote = RoleClauses.Keep(ctx.Q.Normalized, OneClause(ctx, ListQuote(ctx, doc, c)));
        var text = AnswerTemplates.About(doc, owner, ctx.Lang) + "\n" + (c.Kind is not null && owner is not null ? AnswerTemplates.Fact(Label(c), quote, ctx.Lang) : quote);
        return ctx.Make(AnswerStatus.Answered, text, [c.Citation], doc);
    }

    /// <summary>
    /// A bullet of a list under a lead line ((主な改正内容) ・…局の新設 ・…局に…部を新設) is quoted with the whole list:
    /// several of its bullets may say the asked words, and which one the question means is not for the finder to pick.
    /// </summary>
    private static string ListQuote(AnswerContext ctx, PlanDocument doc, Candidate c)
    {
        if (c.Topic.Length == 0 || c.Text.Length == 0 || "・○●◆◎■□※".IndexOf(c.Text[0]) < 0) return c.Quote;
        var bullets = Candidates(ctx, doc, null).Where(o => o.Topic == c.Topic && o.Citation == c.Citation && o.Kind == c.Kind && o.Year == c.Year)
            .Select(o => o.Text).Distinct().ToList();
        return bullets.Count <= 1 ? c.Quote : c.Topic + " " + string.Join(" ", bullets);
    }

    private static string Label(Candidate c) => c.Context.Split('\n')[^1];

    /// <summary>
    /// A list run into one statement as parallel clauses (豊田前中学校の大嶺中学校への統合、赤郷小学校の大田小学校への統合、
    /// 城原小学校の大嶺小学校への統合（平成31年4月1日統合）): when one clause alone says a word of the question (城原小学校),
    /// that clause answers, with the remark closing the list; the other clauses are about other things. Clauses are
    /// parallel when there are three or more and all end in the same word.
    /// </summary>
    private static string OneClause(AnswerContext ctx, string quote)
    {
        var remark = ClosingRemark().Match(quote);
        var body = remark.Success ? quote[..remark.Index] : quote;
        var clauses = body.Split('、');
        if (clauses.Length < 3 || clauses.Any(x => x.Length < 3) || clauses.Select(x => x[^2..]).Distinct().Count() != 1) return quote;
        var norms = clauses.Select(JaText.Normalize).ToList();
        var words = ctx.Words.Where(x => !ContentWords.IsTimeWord(x)).ToList();
        var single = words.Select(w => norms.FindIndex(n => ContentWords.Matches(n, w)) is var i and >= 0
            && norms.Count(n => ContentWords.Matches(n, w)) == 1 ? i : -1).Where(i => i >= 0).Distinct().ToList();
        return single.Count == 1 ? clauses[single[0]] + (remark.Success ? remark.Value : "") : quote;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"[（(][^（）()]*[）)]$")]
    private static partial System.Text.RegularExpressions.Regex ClosingRemark();

    /// <summary>
    /// The years a free passage may stand for: those the document's typed facts of the asked kind are of (a progress
    /// report of R2 speaks of R2 only), or its whole period when it has no such facts.
    /// </summary>
    private static HashSet<FiscalYear> Reported(AnswerContext ctx, PlanDocument doc)
    {
        var years = ctx.Kb.ItemsOf(doc).SelectMany(p => p.Facts).Where(f => f.Year is not null && f.Kind is not FactKind.Title && Fits(ctx.Intent, f.Kind))
            .Select(f => f.Year!.Value).ToHashSet();
        if (years.Count == 0 && doc.Period is { } period) years = ctx.Q.Years.Where(period.Contains).ToHashSet();
        return years;
    }

    /// <summary>True when the text holds the kind of answer asked: a figure with its unit for a count or amount, a date for a when.</summary>
    public static bool Holds(AnswerType asks, string text, string? units = null) => asks switch
    {
        AnswerType.Quantity => units is null ? Figure().IsMatch(text) : HoldsUnits(JaText.Nfkc(text), units),
        AnswerType.Date => Date().IsMatch(text),
        _ => true,
    };

    /// <summary>
    /// A figure of one of the units (2回 for 回, a table's 215(人) with the unit it heads its figures with), or
    /// figures under a heading that declares it ((単位:千円) 550,000).
    /// </summary>
    private static bool HoldsUnits(string text, string units) =>
        System.Text.RegularExpressions.Regex.IsMatch(text, @"\d[\d,.]*\s*\(?(?:" + units + ")")
        || System.Text.RegularExpressions.Regex.IsMatch(text, @"単位\s*[:：]?\s*[^)）\n]*(?:" + units + ")") && text.Any(char.IsAsciiDigit);

    /// <summary>The citation keys of the item and its sub-items.</summary>
    private static HashSet<string> OwnKeys(AnswerContext ctx, PlanDocument doc, ItemProfile item) =>
        ctx.Kb.ItemsOf(doc).Where(p => p == item || p.Item.ParentKey == item.Item.Key).Select(p => AnswerContext.CitationKey(p.Item)).ToHashSet();

    /// <summary>True when the asked noun is the category of the answer (どの施設, 施設は？): the answer names one, not the category.</summary>
    public static bool AsksByCategory(string spaced, string focus)
    {
        var q = JaText.Normalize(spaced).TrimEnd('?', '？');
        return q.EndsWith(focus + "は", StringComparison.Ordinal) || q.Contains("どの" + focus, StringComparison.Ordinal) || q.Contains("何の" + focus, StringComparison.Ordinal);
    }

    /// <summary>IDF of the word's bigrams (a one-character word counts as one plain term).</summary>
    /// (A verb's one-character stem weighs what the least telling noun written for it does: 開いた is said by 開催, and
    /// 開催 tells a held meeting from a cancelled one.)
    internal static double WordWeight(TermWeights w, string word)
    {
        var bigrams = JaText.Bigrams(word).Distinct().ToList();
        if (bigrams.Count > 0) return bigrams.Average(w.Weight);
        var nouns = ContentWords.NounsFor(word);
        return nouns.Count == 0 ? 1.0 : nouns.Min(n => WordWeight(w, n));
    }

    /// <summary>A plan or a target is not a result: a statement of one kind answers only its own ask.</summary>
    private static bool Fits(Intent intent, FactKind? kind) => kind is null || intent switch
    {
        Intent.Target => kind is FactKind.Target or FactKind.Section,
        Intent.Plan => kind is FactKind.Plan or FactKind.Section or FactKind.Field,
        Intent.Evaluation => kind is FactKind.Evaluation,
        Intent.Actual or Intent.Baseline => kind is FactKind.Result or FactKind.Actual or FactKind.Baseline or FactKind.Section or FactKind.Note or FactKind.Field,
        _ => kind is not (FactKind.Plan or FactKind.Target or FactKind.Evaluation),
    };

    /// <summary>How many characters of the statement are neither the question's words nor digits and marks.</summary>
    private static int Novelty(string text, IReadOnlyList<string> words)
    {
        foreach (var word in words) text = text.Replace(word, "", StringComparison.Ordinal);
        return text.Count(ch => JaText.IsJapanese(ch) || char.IsAsciiLetterOrDigit(ch));
    }

    /// <summary>Every statement of the document: its items' texts and titles, and its passages.</summary>
    public static IEnumerable<Candidate> All(AnswerContext ctx, PlanDocument doc) =>
        ctx.Kb.ItemsOf(doc).Select(p => new Candidate(p.Item.Title, "", AnswerContext.Cite(doc, p.Item), Kind: FactKind.Title)).Concat(Candidates(ctx, doc, null));

    private static IEnumerable<Candidate> Candidates(AnswerContext ctx, PlanDocument doc, ItemProfile? only)
    {
        // An item asked by name answers with its own texts and its sub-items' (a 取組項目 reports on its 具体的取組).
        var items = only is null ? ctx.Kb.ItemsOf(doc) : [only, .. ctx.Kb.ItemsOf(doc).Where(p => p.Item.ParentKey == only.Item.Key)];
        foreach (var p in items)
            foreach (var c in Cache.GetValue(p, _ => OfItem(doc, p))) yield return c;
        foreach (var c in Cache.GetValue(doc, _ => OfPassages(ctx.Kb, doc))) yield return c;
        foreach (var c in Cache.GetValue(doc.Sections, _ => OfSections(doc))) yield return c;
    }

    /// <summary>
    /// The statements of the document's own labelled chapters (Keep できたこと, Problem 問題だったこと/課題, 計画の目的), each
    /// under its chapter's label as topic: ③ デジタル化により… is what the plan keeps, and a question naming Keep asks it.
    /// </summary>
    private static IReadOnlyList<Candidate> OfSections(PlanDocument doc)
    {
        var list = new List<Candidate>();
        foreach (var section in doc.Sections)
        {
            // Its context: the label, and the headings printed above it (## 前期アクションプランの総括 over ### Problem).
            var above = string.Join("\n", doc.Passages.Where(p => p.Lines.Start <= section.Lines.Start && p.Lines.End >= section.Lines.Start - HeadingsAbove)
                .SelectMany(p => p.Text.Split('\n')).Where(l => l.StartsWith('#')));
            foreach (var s in Statements.OfUnits(Units(section.Text)))
                list.Add(new Candidate(s.Sentence, above + "\n" + section.Label + "\n" + doc.Title, new Citation(doc.File, null, section.Label, section.Lines),
                    Topic: s.Topic.Length > 0 ? section.Label + " " + s.Topic : section.Label));
        }
        return list;
    }

    /// <summary>How many lines above a chapter its headings are looked for.</summary>
    private const int HeadingsAbove = 6;

    /// <summary>Each statement of the item's texts, with the sentence before it, the item's whole text and title and the fact's label as context.</summary>
    private static IReadOnlyList<Candidate> OfItem(PlanDocument doc, ItemProfile p)
    {
        var cite = AnswerContext.Cite(doc, p.Item);
        var list = new List<Candidate>();
        foreach (var f in p.Facts.Where(f => f.Kind is not (FactKind.Title or FactKind.Department)))
        {
            var previous = "";
            foreach (var s in Statements.OfUnits(Units(f.Text)))
            {
                list.Add(new Candidate(s.Sentence, previous + "\n" + p.Body + "\n" + p.Item.Title + "\n" + f.Label, cite, f.Year, f.Kind, s.Topic));
                previous = s.Sentence;
            }
        }
        return list;
    }

    /// <summary>
    /// The passages' statements, without those the reader already typed into an item: a table row's text in a
    /// passage has lost its row label (R4年度実績), and the item's own copy keeps its year and kind.
    /// </summary>
    private static IReadOnlyList<Candidate> OfPassages(KnowledgeBase kb, PlanDocument doc)
    {
        var typed = string.Join("\n", kb.ItemsOf(doc).SelectMany(p => p.Facts).Select(f => f.Normalized));
        // An item's number and title repeated in the text (16 地域活動に対する職員参加の促進) is a heading, not a statement.
        var titles = kb.ItemsOf(doc).Select(p => JaText.Normalize(p.Item.Title)).ToHashSet();
        var lines = Lines(doc.Passages).ToList();
        var blocks = Blocks(lines.Select(l => l.Line).ToList());
        var list = new List<Candidate>();
        foreach (var (unit, (passage, block)) in Units(lines.Select((l, i) => (l.Line, (l.Passage, blocks.Of[i])))))
            foreach (var s in Statements.Of(unit))
                list.Add(new Candidate(s.Sentence, (passage.Heading ?? "") + "\n" + blocks.Texts[block], new Citation(doc.File, null, passage.Heading ?? doc.Title, passage.Lines), Topic: s.Topic));
        return list.Where(c => c.Norm.Length > 0 && !typed.Contains(c.Norm, StringComparison.Ordinal) && !titles.Contains(ItemMarker().Replace(c.Norm, ""))).ToList();
    }

    /// <summary>
    /// The text's blocks — its runs of lines between blank lines (a paragraph, a table's cell) — and, per line, the
    /// block it is in. A statement's block is its context: a passage of a scattered progress report runs cells of other
    /// items together, and their words tell nothing about this one.
    /// </summary>
    private static (IReadOnlyList<string> Texts, int[] Of) Blocks(IReadOnlyList<string> lines)
    {
        var texts = new List<string>();
        var of = new int[lines.Count];
        var run = new List<string>();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 && run.Count > 0)
            {
                texts.Add(string.Join("\n", run));
                run.Clear();
            }
            if (line.Length > 0) run.Add(line);
            of[i] = texts.Count;
        }
        texts.Add(string.Join("\n", run));
        return (texts, of);
    }

    /// <summary>
    /// The passages' lines in order, each with its passage, and a blank line where the text has a gap: a bullet wrapped
    /// over a passage boundary (the splitter takes a short wrapped line for a heading) still reads as one statement.
    /// </summary>
    private static IEnumerable<(string Line, Passage Passage)> Lines(IReadOnlyList<Passage> passages)
    {
        for (var i = 0; i < passages.Count; i++)
        {
            if (i > 0 && passages[i].Lines.Start != passages[i - 1].Lines.End + 1) yield return ("", passages[i]);
            foreach (var line in passages[i].Text.Split('\n')) yield return (line, passages[i]);
        }
    }

    /// <summary>A text's units (see <see cref="TextUnits"/>).</summary>
    internal static IEnumerable<string> Units(string text) => TextUnits.Of(text);

    private static IEnumerable<(string Unit, T Tag)> Units<T>(IEnumerable<(string Line, T Tag)> lines) => TextUnits.Of(lines);
}
