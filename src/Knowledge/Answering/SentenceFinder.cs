using Gyokaku.Knowledge.Model;
using Gyokaku.Knowledge.Questions;
using Gyokaku.Knowledge.Search;
using Gyokaku.Knowledge.Text;

namespace Gyokaku.Knowledge.Answering;

/// <summary>
/// Finds the one statement of a document that answers a question by its content words, wherever it is
/// printed: an item's texts (現状・課題, 実績, notes) or the document's free passages (a progress report's
/// scattered lines, wrapped over several lines). Each candidate is scored by the share of the question's
/// word weight it holds, its context (item title, label, heading) counting half; a question asking a
/// quantity wants a figure, and a named year is preferred.
/// </summary>
internal static partial class SentenceFinder
{
    /// <summary>A ○ bullet the extraction turned into the letter O (OR2年度末): read as the bullet so the year is seen.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![A-Za-z])O(?=[RH]\d)")]
    private static partial System.Text.RegularExpressions.Regex BulletAsLetter();

    /// <summary>A figure with its unit (213件, 99.81%, 19億円, ８橋): what a quantity question wants.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\d[\d,.]*(?:%|％|人|件|回|円|億|万|千|百万|橋|か所|箇所|施設|校|団体|社|名|台|本|枚|時間|者|事業者|ページ|pv)")]
    private static partial System.Text.RegularExpressions.Regex Figure();

    [System.Text.RegularExpressions.GeneratedRegex(@"^[\d.．()（）①-⑳a-z№no]+")]
    private static partial System.Text.RegularExpressions.Regex ItemMarker();

    [System.Text.RegularExpressions.GeneratedRegex(@"予定|見込み|目指|計画\d")]
    private static partial System.Text.RegularExpressions.Regex Intended();

    /// <summary>The least score for a statement to be offered as the answer.</summary>
    public const double MinScore = 0.62;

    /// <summary>The least share of the question's word weight the statement's own text must hold.</summary>
    public const double MinOwnShare = 0.35;

    /// <summary>What a word found only in the statement's context (item, label, heading, page) counts for.</summary>
    private const double ContextWeight = 0.5;

    public sealed record Candidate(string Text, string Context, Citation Citation, FiscalYear? Year = null, FactKind? Kind = null)
    {
        public string Norm { get; } = JaText.Normalize(Text);
        public string NormContext { get; } = JaText.Normalize(Context);
        public IReadOnlyList<FiscalYear> Names { get; } = FiscalYear.FindAll(BulletAsLetter().Replace(Text, "○")).Select(m => m.Year).ToList();
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
        var quantity = ContentWords.AsksQuantity(spaced);
        Found? best = null;
        // The word the question ends on names what it asks for (収入額, 職員数, 投票所): the statement must say it.
        // English puts the asked noun anywhere: only Japanese word order makes the last noun the asked one.
        var focus = ctx.Lang == "en" ? null : ctx.Focus ?? words[^1];
        var years = ctx.Q.Years;
        // The question named the item: a passage statement near it counts the item's title as its context.
        var itemTitle = item is null ? "" : JaText.Normalize(item.Item.Title);
        var past = ctx.Intent != Intent.Plan && ContentWords.AsksWhatHappened(spaced);
        foreach (var c in Candidates(ctx, doc, item))
        {
            var text = c.Norm;
            var context = c.NormContext;
            if (focus is not null && !text.Contains(focus, StringComparison.Ordinal) || !Fits(ctx.Intent, c.Kind)) continue;
            // A statement of another year is no answer: it must be of the asked year or name it (a free passage
            // may also stand for a year of the document's own period).
            if (years.Count > 0 && !(c.Year is { } cy && years.Contains(cy)) && !c.Names.Any(years.Contains)
                && !(c.Kind is null && c.Year is null && c.Names.Count == 0 && doc.Period is { } period && years.All(period.Contains))) continue;
            double own = 0, near = 0;
            for (var i = 0; i < words.Count; i++)
                if (text.Contains(words[i], StringComparison.Ordinal)) own += weights[i];
                else if (context.Contains(words[i], StringComparison.Ordinal) || c.Kind is null && itemTitle.Contains(words[i], StringComparison.Ordinal)) near += weights[i];
            // The statement itself must say a real share of what is asked; its surroundings only support it.
            if (own < total * MinOwnShare) continue;
            var score = (own + ContextWeight * near) / total;
            // A statement that only repeats the question (a heading: 20 選挙投票所の統廃合) tells nothing.
            // What happened is not answered by what was planned (計画10橋、うち4橋完了予定).
            if (past && Intended().IsMatch(c.Norm)) score -= 0.2;
            // Between equals, the one that says more beyond the question's words.
            var novelty = Novelty(text, words);
            score += novelty < 4 ? -0.2 : 0.05 * Math.Min(novelty, 20) / 20;
            // A count or amount is answered only by a statement printing a figure with its unit.
            if (quantity && !Figure().IsMatch(c.Text)) continue;
            if (quantity) score += 0.1;
            if (years.Count > 0 && (c.Year is { } y && years.Contains(y) || c.Names.Any(years.Contains))) score += 0.1;
            if (best is null || score > best.Score) best = new Found(c, score);
        }
        return best is not null && best.Score >= MinScore ? best : null;
    }

    /// <summary>The answer quoting the found statement, or null when nothing answers well enough.</summary>
    public static Answer? Answer(AnswerContext ctx, PlanDocument doc, ItemProfile? item)
    {
        var found = Find(ctx, doc, item);
        if (found is null) return null;
        var c = found.Candidate;
        var owner = c.Citation.Item is null ? null : doc.Items.FirstOrDefault(i => (i.Number ?? i.Key) == c.Citation.Item);
        var text = AnswerTemplates.About(doc, owner, ctx.Lang) + "\n" + (c.Kind is not null && owner is not null ? AnswerTemplates.Fact(Label(c), c.Text, ctx.Lang) : c.Text);
        return ctx.Make(AnswerStatus.Answered, text, [c.Citation], doc);
    }

    private static string Label(Candidate c) => c.Context.Split('\n')[^1];

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
        var items = only is null ? ctx.Kb.ItemsOf(doc) : [only];
        foreach (var p in items)
            foreach (var c in Cache.GetValue(p, _ => OfItem(doc, p))) yield return c;
        foreach (var c in Cache.GetValue(doc, _ => OfPassages(ctx.Kb, doc))) yield return c;
    }

    /// <summary>Each sentence of the item's texts, with the sentence before it, the item's whole text and title and the fact's label as context.</summary>
    private static IReadOnlyList<Candidate> OfItem(PlanDocument doc, ItemProfile p)
    {
        var cite = AnswerContext.Cite(doc, p.Item);
        var list = new List<Candidate>();
        foreach (var f in p.Facts.Where(f => f.Kind is not (FactKind.Title or FactKind.Department)))
        {
            var previous = "";
            foreach (var sentence in JaText.Sentences(f.Text))
            {
                // A bracketed aside after a sentence annotates it: (R2年度決算 約19億円) is that sentence's figure.
                var s = previous.Length > 0 && sentence[0] is '(' or '（' ? previous + sentence : sentence;
                list.Add(new Candidate(s, previous + "\n" + p.Body + "\n" + p.Item.Title + "\n" + f.Label, cite, f.Year, f.Kind));
                previous = sentence;
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
        return doc.Passages.SelectMany(passage => Units(passage.Text).Select(unit =>
                new Candidate(unit, (passage.Heading ?? "") + "\n" + passage.Text, new Citation(doc.File, null, passage.Heading ?? doc.Title, passage.Lines))))
            .Where(c => c.Norm.Length > 0 && !typed.Contains(c.Norm, StringComparison.Ordinal) && !titles.Contains(ItemMarker().Replace(c.Norm, ""))).ToList();
    }

    /// <summary>
    /// A passage's statements: each line, a bullet (・ ○ ※) taking the lines wrapped under it up to a blank
    /// line or the next bullet — so ・フィルムコミッション事務局を美祢市観光協 / 会へ移管 reads as one statement.
    /// </summary>
    internal static IEnumerable<string> Units(string text)
    {
        var current = "";
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            var continues = line.Length > 0 && current.Length is > 0 and < 120 && "・○●◆◎■□※".IndexOf(current[0]) >= 0
                && !current.EndsWith('。') && "・○●◆◎■□※-".IndexOf(line[0]) < 0
                // A wrapped Japanese line goes on in Japanese; a line opening with R2 / 8 / A is a table's next cell.
                && !char.IsAsciiLetterOrDigit(line[0]);
            if (!continues && current.Length > 0)
            {
                foreach (var s in JaText.Sentences(current)) yield return s;
                current = "";
            }
            current += line;
        }
        if (current.Length > 0) foreach (var s in JaText.Sentences(current)) yield return s;
    }
}
