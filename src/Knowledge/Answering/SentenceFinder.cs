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

    /// <summary>A figure with its unit (213件, 99.81%, 19億円, ８橋): what a quantity question wants.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\d[\d,.]*(?:%|％|人|件|回|円|億|万|千|百万|橋|か所|箇所|施設|校|団体|社|名|台|本|枚|時間|者|事業者|ページ|pv|割|業務|か月|ヶ月)")]
    private static partial System.Text.RegularExpressions.Regex Figure();

    /// <summary>A date as plans print it (R2.11月, Ｒ3.4.1, 11月6日, 令和3年4月, 2020年9月): what a when-question wants.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"[RHＲＨ][\d０-９]+[.．][\d０-９]|[\d０-９]+月|(?:令和|平成)[\d０-９元]+年|[RHＲＨ][\d０-９]+年度|\d{4}年")]
    private static partial System.Text.RegularExpressions.Regex Date();

    [System.Text.RegularExpressions.GeneratedRegex(@"^[\d.．()（）①-⑳a-z№no]+")]
    private static partial System.Text.RegularExpressions.Regex ItemMarker();

    [System.Text.RegularExpressions.GeneratedRegex(@"予定|見込み|目指|計画\d")]
    private static partial System.Text.RegularExpressions.Regex Intended();

    /// <summary>The least score for a statement to be offered as the answer.</summary>
    public const double MinScore = 0.62;

    /// <summary>The least share of the question's word weight the statement's own text must hold.</summary>
    public const double MinOwnShare = 0.35;

    /// <summary>The most lines one bullet is read over (its own and those wrapped under it).</summary>
    private const int MaxWrappedLines = 4;

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

    public static Found? Find(AnswerContext ctx, PlanDocument doc, ItemProfile? item)
    {
        var words = ctx.Words;
        if (words.Count == 0) return null;
        var w = ctx.Kb.Weights;
        var weights = words.Select(x => WordWeight(w, x)).ToList();
        var total = weights.Sum();
        if (total < 2) return null;
        var spaced = ctx.Q.Spaced;
        var asks = ContentWords.Asks(spaced);
        var quantity = asks == AnswerType.Quantity;
        var units = ContentWords.AskedUnits(spaced);
        Found? best = null;
        // The word the question ends on names what it asks for (収入額, 職員数, 投票所): the statement must say it.
        // English puts the asked noun anywhere: only Japanese word order makes the last noun the asked one.
        var focus = ctx.Lang == "en" ? null : ctx.Focus ?? words[^1];
        // …unless the answer stands for it: 参加人数 is said by 107人, and the facility asked by どの施設 / 施設は？ by its name.
        var focusByAnswer = focus is not null && (quantity && ContentWords.IsMeasure(focus) || asks == AnswerType.Name && AsksByCategory(spaced, focus));
        var years = ctx.Q.Years;
        var reported = years.Count == 0 ? [] : Reported(ctx, doc);
        // The question named the item: a passage statement near it counts the item's title as its context.
        var itemTitle = item is null ? "" : JaText.Normalize(item.Item.Title);
        var past = ctx.Intent != Intent.Plan && ContentWords.AsksWhatHappened(spaced);
        // An item found by the question's words is a guess: another item's statement holding them better answers
        // instead (キャリア形成支援研修 is reported under 研修の充実, not under the item titled キャリア形成).
        var guessed = item is not null && ctx.Q.Item is null && ctx.ContextItem is null;
        var own = item is null ? [] : OwnKeys(ctx, doc, item);
        foreach (var c in Candidates(ctx, doc, guessed ? null : item))
        {
            var text = c.Norm;
            var context = c.NormContext;
            if (focus is not null && !focusByAnswer && !c.Says(focus) || !Fits(ctx.Intent, c.Kind)) continue;
            // The statement must hold what is asked: a count or amount a figure with its unit, a when a date.
            if (!Holds(asks, c.Text, units)) continue;
            // A statement of another year is no answer: it must be of the asked year or name it (a free passage
            // may also stand for a year the document reports on).
            if (years.Count > 0 && !(c.Year is { } cy && years.Contains(cy)) && !c.Names.Any(years.Contains)
                && !(c.Kind is null && c.Year is null && c.Names.Count == 0 && years.All(reported.Contains))) continue;
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
            if (past && Intended().IsMatch(c.Norm)) score -= 0.2;
            // Between equals, the one that says more beyond the question's words.
            var novelty = Novelty(text, words);
            score += novelty < 4 ? -0.2 : 0.05 * Math.Min(novelty, 20) / 20;
            if (quantity || asks == AnswerType.Date) score += 0.1;
            if (years.Count > 0 && (c.Year is { } y && years.Contains(y) || c.Names.Any(years.Contains))) score += 0.1;
            if (best is null || score > best.Score) best = new Found(c, score);
        }
        return best is not null && best.Score >= MinScore ? best : null;
    }

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
        var asked = ctx.Words.Where(x => !title.Contains(x, StringComparison.Ordinal)).ToList();
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

    private static Answer Quote(AnswerContext ctx, PlanDocument doc, Found found)
    {
        var c = found.Candidate;
        var owner = c.Citation.Item is null ? null : doc.Items.FirstOrDefault(i => (i.Number ?? i.Key) == c.Citation.Item);
        var quote = ListQuote(ctx, doc, c);
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

    /// <summary>A figure of one of the units (2回 for 回), or figures under a heading that declares it ((単位:千円) 550,000).</summary>
    private static bool HoldsUnits(string text, string units) =>
        System.Text.RegularExpressions.Regex.IsMatch(text, @"\d[\d,.]*\s*(?:" + units + ")")
        || System.Text.RegularExpressions.Regex.IsMatch(text, @"単位\s*[:：]?\s*[^)）\n]*(?:" + units + ")") && text.Any(char.IsAsciiDigit);

    /// <summary>The citation keys of the item and its sub-items.</summary>
    private static HashSet<string> OwnKeys(AnswerContext ctx, PlanDocument doc, ItemProfile item) =>
        ctx.Kb.ItemsOf(doc).Where(p => p == item || p.Item.ParentKey == item.Item.Key).Select(p => AnswerContext.CitationKey(p.Item)).ToHashSet();

    /// <summary>True when the asked noun is the category of the answer (どの施設, 施設は？): the answer names one, not the category.</summary>
    private static bool AsksByCategory(string spaced, string focus)
    {
        var q = JaText.Normalize(spaced).TrimEnd('?', '？');
        return q.EndsWith(focus + "は", StringComparison.Ordinal) || q.Contains("どの" + focus, StringComparison.Ordinal) || q.Contains("何の" + focus, StringComparison.Ordinal);
    }

    /// <summary>IDF of the word's bigrams (a one-character word counts as one plain term).</summary>
    private static double WordWeight(TermWeights w, string word)
    {
        var bigrams = JaText.Bigrams(word).Distinct().ToList();
        return bigrams.Count == 0 ? 1.0 : bigrams.Average(w.Weight);
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
    }

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
        var list = new List<Candidate>();
        foreach (var (unit, passage) in Units(Lines(doc.Passages)))
            foreach (var s in Statements.Of(unit))
                list.Add(new Candidate(s.Sentence, (passage.Heading ?? "") + "\n" + passage.Text, new Citation(doc.File, null, passage.Heading ?? doc.Title, passage.Lines), Topic: s.Topic));
        return list.Where(c => c.Norm.Length > 0 && !typed.Contains(c.Norm, StringComparison.Ordinal) && !titles.Contains(ItemMarker().Replace(c.Norm, ""))).ToList();
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

    /// <summary>
    /// A text's units: each line, a bullet (・ ○ ※) taking the lines wrapped under it up to a blank line or the next
    /// bullet — so ・フィルムコミッション事務局を美祢市観光協 / 会へ移管 reads as one statement.
    /// </summary>
    internal static IEnumerable<string> Units(string text) => Units(text.Split('\n').Select(l => (l, 0))).Select(u => u.Unit);

    private static IEnumerable<(string Unit, T Tag)> Units<T>(IEnumerable<(string Line, T Tag)> lines)
    {
        var current = "";
        var count = 0;
        var last = "";
        T tag = default!;
        foreach (var (raw, lineTag) in lines)
        {
            var line = raw.Trim();
            // A bullet wraps over a few lines of its column at most: more lines are the column's next cells, run
            // together where the extraction lost the blank line between them.
            var continues = line.Length > 0 && current.Length is > 0 and < 120 && count < MaxWrappedLines && "・○●◆◎■□※".IndexOf(current[0]) >= 0
                && !current.EndsWith('。') && "・○●◆◎■□※-".IndexOf(line[0]) < 0 && Wraps(current, last, line);
            if (!continues && current.Length > 0)
            {
                yield return (current, tag);
                current = "";
                count = 0;
            }
            if (current.Length == 0) tag = lineTag;
            current += line;
            last = line;
            count++;
        }
        if (current.Length > 0) yield return (current, tag);
    }

    /// <summary>
    /// True when the line goes on with the bullet above it. A wrapped Japanese line goes on in Japanese; a line opening
    /// with R2 / 8 / A is a table's next cell — unless the bullet left a bracket open (…（11月6日、R3. / １月下旬）) or
    /// the line opens with a Latin word run into Japanese after a full line (…。市 / HPへの掲載; not ・MYTとの協議調整 /
    /// MYT放送事業の…, a cell of its own: a wrapped line is never wider than the line it continues).
    /// </summary>
    private static bool Wraps(string current, string last, string line)
    {
        if (!char.IsAsciiLetterOrDigit(JaText.Nfkc(line[..1])[0])) return true;
        var open = current.Count(ch => ch is '(' or '（') - current.Count(ch => ch is ')' or '）');
        return open > 0 || LatinWordIntoJapanese().IsMatch(JaText.Nfkc(line)) && Width(last) > Width(line);
    }

    /// <summary>How wide a line prints: a Japanese (full-width) character counts two.</summary>
    private static int Width(string line) => line.Sum(ch => ch >= '\u2E80' ? 2 : 1);

    [System.Text.RegularExpressions.GeneratedRegex(@"^[A-Za-z]{2,}[\u3040-\u30FF\u4E00-\u9FFF]")]
    private static partial System.Text.RegularExpressions.Regex LatinWordIntoJapanese();
}
