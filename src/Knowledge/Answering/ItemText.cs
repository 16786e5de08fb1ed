using System.Text.RegularExpressions;
using Gyokaku.Knowledge.Model;
using Gyokaku.Knowledge.Questions;
using Gyokaku.Knowledge.Search;
using Gyokaku.Knowledge.Text;

namespace Gyokaku.Knowledge.Answering;

/// <summary>
/// The piece of one item's own text that answers a question its typed facts do not: which contract was signed,
/// which system was introduced, which bodies the city owns 100% of, what examples a schedule activity lists.
/// A piece is a sentence, one entry of an inline list (・… ○…), a line of a list under its heading
/// (【対象団体(市の出資割合)】 → 山口市文化振興財団(100%) …) or a schedule activity with its bracketed examples.
/// It must hold most of the question's words beyond the item's title, and the asked kind of answer (a figure of
/// the asked unit, a date). Targets and grades are never answered from here: their labels are typed.
/// </summary>
internal static partial class ItemText
{
    /// <summary>One quotable piece of the item's text, with the heading of the list it sits in and the label of its text.</summary>
    public sealed record Piece(string Label, string Topic, string Text, FactKind Kind, FiscalYear? Year)
    {
        /// <summary>What the piece says, with its list heading and its label (R2上半期 実績) as the context it is read in.</summary>
        public string Norm { get; } = JaText.Normalize(Label + " " + Topic + " " + Text);
        public string Quote => Topic.Length == 0 ? Text : Topic + " " + Text;
        public IReadOnlyList<FiscalYear> Names { get; } = FiscalYear.FindAll(Topic + " " + Text).Select(m => m.Year).ToList();
    }

    public sealed record Found(Piece Piece, double Coverage);

    /// <summary>The least share of the question's word weight (beyond the item's title) a piece must hold.</summary>
    public const double MinCoverage = 0.6;

    /// <summary>The least share for a piece that says the question's last noun, what it asks about.</summary>
    public const double MinCoverageWithFocus = 0.5;

    /// <summary>How much more of the question a piece must hold than an answer already given, to replace it.</summary>
    private const double BetterBy = 0.25;

    /// <summary>The least summed weight of the asked words: below it the question asks nothing beyond the item.</summary>
    private const double MinAskedWeight = 2.5;

    /// <summary>What a piece of another kind than the asked one (a plan for a result) loses.</summary>
    private const double OtherKindPenalty = 0.15;

    /// <summary>How a schedule's activity is labelled when quoted (the column plans print it under).</summary>
    private const string ActivityLabel = "取組内容";

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<ItemProfile, IReadOnlyList<Piece>> Cache = new();

    /// <summary>
    /// The answer given, or the item's piece that holds clearly more of what was asked: for a not-found the piece
    /// answers when it holds enough; for an answer, when it holds the asked kind of answer the answer lacks, or
    /// much more of the question's words.
    /// </summary>
    public static Answer Improve(AnswerContext ctx, ItemProfile profile, Answer answer, string header)
    {
        if (ctx.Intent is Intent.Department or Intent.Target or Intent.Evaluation) return answer;
        var notInItem = answer.Status == AnswerStatus.NotFound && answer.Text.Contains(AnswerTemplates.NotInItem(ctx.Lang), StringComparison.Ordinal);
        if (answer.Status != AnswerStatus.Answered && !notInItem) return answer;
        var asked = Asked(ctx, profile);
        if (asked.Total < MinAskedWeight) return answer;
        if (answer.Status == AnswerStatus.Answered && OtherEntrysFigure(ctx, profile, asked, answer, header) is { } absent) return absent;
        var found = Best(ctx, profile, asked);
        if (found is null) return answer;
        if (answer.Status == AnswerStatus.Answered)
        {
            var body = answer.Text.StartsWith(header, StringComparison.Ordinal) ? answer.Text[header.Length..] : answer.Text;
            if (JaText.Normalize(body).Contains(JaText.Normalize(found.Piece.Text), StringComparison.Ordinal)) return answer;
            var given = asked.Coverage(JaText.Normalize(body));
            var (asks, units) = AskedKind(ctx, profile);
            var lacksKind = asks is AnswerType.Quantity or AnswerType.Date && !Holds(asks, units, body);
            // A figure the question prints (100%) that the answer lacks and the piece holds decides it too.
            var normBody = JaText.Normalize(body);
            var figure = asked.Figures.Any(f => !normBody.Contains(f, StringComparison.Ordinal) && found.Piece.Norm.Contains(f, StringComparison.Ordinal));
            if (!lacksKind && !figure && found.Coverage < given + BetterBy) return answer;
        }
        var text = header + "\n" + AnswerTemplates.Fact(found.Piece.Label, found.Piece.Quote, ctx.Lang);
        return ctx.Make(AnswerStatus.Answered, text, answer.Citations, profile.Document) with { FollowUps = answer.FollowUps };
    }

    /// <summary>
    /// A figure asked of one entry of a list (派遣研修の「有意義と回答した割合」) that the list prints for another entry
    /// only (・基本研修 … 有意義と回答した割合 96.4% ・派遣研修 7団体 356人参加): the answer quoted the other entry's
    /// figure, and the item does not state the one asked. The entry that names the asked subject is shown instead.
    /// </summary>
    private static Answer? OtherEntrysFigure(AnswerContext ctx, ItemProfile profile, AskedWords asked, Answer answer, string header)
    {
        var (asks, units) = AskedKind(ctx, profile);
        if (asks != AnswerType.Quantity || !answer.Text.StartsWith(header, StringComparison.Ordinal)) return null;
        var body = JaText.Normalize(answer.Text[header.Length..]);
        var quoted = Pieces(profile).Where(p => p.Text.Length > 0 && body.Contains(JaText.Normalize(p.Text), StringComparison.Ordinal)).ToList();
        // (Only entries of one list, each its own bullet: a lead sentence and the bullets under it are one statement.)
        quoted = quoted.Where(p => IsEntry(p.Text)).ToList();
        var holding = quoted.Where(p => Holds(asks, units, p.Quote)).ToList();
        if (holding.Count == 0) return null;
        for (var i = 0; i < asked.Words.Count; i++)
        {
            var word = asked.Words[i];
            if (asked.Weights[i] < MinSubjectWeight || holding.Any(p => ContentWords.Matches(p.Norm, word))) continue;
            var subject = quoted.FirstOrDefault(p => !Holds(asks, units, p.Quote) && ContentWords.Matches(JaText.Normalize(p.Text), word));
            if (subject is null) continue;
            var text = header + "\n" + AnswerTemplates.NoFigure(ctx.Lang) + "\n" + AnswerTemplates.Fact(subject.Label, subject.Quote, ctx.Lang);
            return ctx.NotFound(text, profile.Document, answer.Citations);
        }
        return null;
    }

    /// <summary>
    /// The item's asked fact holds no figure of the counter asked (17,860人 for 何件, 81手続 for 申請は何件): the piece of
    /// the item's own texts that holds one and says enough of the asked words (道路損傷通報の受付件数は年間312件 in the
    /// year's remarks, 申請件数は3,512件 in 主な取組の状況) answers, or nothing does. A piece naming only another year,
    /// or setting a target when a result is asked, is no answer; nor is any piece to a target or a grade (their labels
    /// are typed: 交付率32.0% of a result is no target rate).
    /// </summary>
    public static Answer? Counted(AnswerContext ctx, ItemProfile profile, string header, IReadOnlyList<Citation> cite)
    {
        if (ctx.Intent is Intent.Target or Intent.Evaluation or Intent.Department) return null;
        if (AskedKind(ctx, profile) is not (AnswerType.Quantity, not null)) return null;
        var found = Best(ctx, profile, Asked(ctx, profile));
        if (found is null) return null;
        var piece = found.Piece;
        var years = ctx.Q.Years;
        if (years.Count > 0 && piece.Year is null && piece.Names.Count > 0 && !piece.Names.Any(years.Contains)) return null;
        if (ctx.Intent == Intent.Actual && (piece.Kind == FactKind.Plan || SentenceFinder.StatesTarget(piece.Label + " " + piece.Quote))) return null;
        return ctx.Make(AnswerStatus.Answered, header + "\n" + AnswerTemplates.Fact(piece.Label, piece.Quote, ctx.Lang), cite, profile.Document);
    }

    private static bool IsEntry(string text) => "・○●◆■□".Contains(text[0]);

    /// <summary>The least weight of a word that names the subject of a list entry (派遣), not a common word.</summary>
    private const double MinSubjectWeight = 2;

    /// <summary>The piece holding most of the asked words and the asked kind of answer, if it holds enough of them.</summary>
    public static Found? Best(AnswerContext ctx, ItemProfile profile, AskedWords asked)
    {
        var (asks, units) = AskedKind(ctx, profile);
        var years = ctx.Q.Years;
        var questionNorm = JaText.Normalize(ctx.Q.Normalized);
        Found? best = null;
        foreach (var piece in Pieces(profile))
        {
            if (!Holds(asks, units, piece.Quote)) continue;
            // A piece the question already says in full (指標名：改定済み料金区分数) answers nothing.
            if (JaText.Normalize(piece.Quote) is { Length: > 0 } said && questionNorm.Contains(said, StringComparison.Ordinal)) continue;
            // A piece of another year is no answer; one of no year (実施内容) or naming the asked year may be.
            if (years.Count > 0 && piece.Year is { } y && !years.Contains(y) && !piece.Names.Any(years.Contains)) continue;
            var coverage = asked.Coverage(piece.Norm);
            if (!Fits(ctx.Intent, piece.Kind)) coverage -= OtherKindPenalty;
            if (best is null || coverage > best.Coverage) best = new Found(piece, coverage);
        }
        if (best is null) return null;
        // A piece saying the noun the question ends on (…何が追加された → 追加) needs a little less of the rest.
        var least = ctx.Focus is { } focus && ContentWords.Matches(JaText.Normalize(best.Piece.Text), focus) ? MinCoverageWithFocus : MinCoverage;
        return best.Coverage >= least ? best : null;
    }

    /// <summary>
    /// What kind of answer the question asks, read without the item's title: 徴収率の向上 names the item, it does not
    /// ask a rate. A rate asked (何％, 割合は) wants a percentage, not any figure.
    /// </summary>
    private static (AnswerType Asks, string? Units) AskedKind(AnswerContext ctx, ItemProfile profile)
    {
        var q = ctx.Q.Spaced;
        if (profile.Title.Length >= 2 && JaText.Normalize(q) is var norm && norm.Contains(profile.Title, StringComparison.Ordinal))
            q = norm.Replace(profile.Title, " ", StringComparison.Ordinal);
        var asks = ContentWords.Asks(q);
        var units = asks == AnswerType.Quantity ? UnitsAsked(q) ?? (AsksRate().IsMatch(q) ? RateUnits : null) : null;
        return (asks, units);
    }

    /// <summary>
    /// The units a count question names (<see cref="ContentWords.AskedUnits"/>), and a percentage for 何％ / 何割:
    /// 「R3 計画：・交付手数料引き下げ」 holds a digit, not the rate asked.
    /// </summary>
    public static string? UnitsAsked(string question) =>
        ContentWords.AskedUnits(question) ?? (AsksPercent().IsMatch(ContentWords.Unquoted(question)) ? RateUnits : null);

    /// <summary>Whether the question asks a percentage (何％, what percent).</summary>
    public static bool AsksShare(string question) => AsksPercent().IsMatch(question);

    private const string RateUnits = "%|％|割|ポイント";

    [GeneratedRegex(@"何\s*[%％]|何パーセント|何割|what percent|[(（]\s*[%％]\s*[)）]|\bpercentage\b")]
    private static partial Regex AsksPercent();

    [GeneratedRegex(@"割合|率は|率って")]
    private static partial Regex AsksRate();

    /// <summary>The text holds the asked kind of answer; a share printed as a fraction (3分の1) is a figure too.</summary>
    private static bool Holds(AnswerType asks, string? units, string text) =>
        SentenceFinder.Holds(asks, text, units) || asks == AnswerType.Quantity && Fraction().IsMatch(JaText.Nfkc(text));

    [GeneratedRegex(@"\d+\s*分の\s*\d+")]
    private static partial Regex Fraction();

    /// <summary>A result is not answered by a plan, nor a plan by a result; texts without a kind of their own fit both.</summary>
    private static bool Fits(Intent intent, FactKind kind) => intent switch
    {
        Intent.Actual => kind is not FactKind.Plan,
        Intent.Plan => kind is not FactKind.Result,
        _ => true,
    };

    /// <summary>The question's content words that the item's title does not already say, with their weights.</summary>
    public sealed record AskedWords(IReadOnlyList<string> Words, IReadOnlyList<double> Weights, IReadOnlyList<string> Figures)
    {
        public double Total { get; } = Weights.Sum();

        /// <summary>The share of the words' weight the normalized text holds.</summary>
        public double Coverage(string norm)
        {
            if (Total <= 0) return 0;
            double said = 0;
            for (var i = 0; i < Words.Count; i++)
                if (ContentWords.Matches(norm, Words[i])) said += Weights[i];
            return said / Total;
        }
    }

    /// <summary>
    /// The question's words beyond the item's title and the plan's name, and the figures it prints (100%): a figure
    /// the question names must be in the piece. When the title says nearly all (電子決裁率、R6はどのくらい？) and a
    /// figure or date is asked, the title's words are what the piece must say.
    /// </summary>
    public static AskedWords Asked(AnswerContext ctx, ItemProfile profile)
    {
        var plan = JaText.Normalize(profile.Document.Title + (profile.Document.Municipality ?? ""));
        var words = ctx.Words.Where(w => !plan.Contains(w, StringComparison.Ordinal) && !KindWords.Contains(w)).ToList();
        var beyond = words.Where(w => !profile.Title.Contains(w, StringComparison.Ordinal)).ToList();
        var figures = QuestionFigure().Matches(JaText.Nfkc(ctx.Q.Text)).Select(m => JaText.Normalize(m.Value)).Distinct().ToList();
        var w = ctx.Kb.Weights;
        var asked = new AskedWords([.. beyond, .. figures], [.. beyond.Select(x => Weight(w, x)), .. figures.Select(_ => FigureWeight)], figures);
        if (asked.Total >= MinAskedWeight || AskedKind(ctx, profile).Asks is not (AnswerType.Quantity or AnswerType.Date)) return asked;
        return new AskedWords([.. words, .. figures], [.. words.Select(x => Weight(w, x)), .. figures.Select(_ => FigureWeight)], figures);
    }

    /// <summary>Words that say which kind of statement is asked (R7は何をする予定？): the typed facts answer those, no piece says them.</summary>
    private static readonly HashSet<string> KindWords = ["予定", "計画", "実績", "目標", "取組", "取り組み", "進捗"];

    /// <summary>What a figure printed in the question (100%) weighs: as much as a rare word.</summary>
    private const double FigureWeight = 5;

    [GeneratedRegex(@"\d[\d,.]*\s*(?:%|人|件|回|億円|万円|千円|円|団体|校|か所|箇所)")]
    private static partial Regex QuestionFigure();

    /// <summary>IDF of the word's bigrams (a one-character word counts as one plain term).</summary>
    private static double Weight(TermWeights w, string word)
    {
        var bigrams = JaText.Bigrams(word).Distinct().ToList();
        return bigrams.Count == 0 ? 1.0 : bigrams.Average(w.Weight);
    }

    /// <summary>The item's pieces, cut once.</summary>
    public static IReadOnlyList<Piece> Pieces(ItemProfile profile) => Cache.GetValue(profile, Cut);

    private static IReadOnlyList<Piece> Cut(ItemProfile profile)
    {
        var list = new List<Piece>();
        // (And the reasons given for a grade, 評価理由: they report what was done, 寄附件数は31,204件; the grade itself is typed.)
        foreach (var fact in profile.Facts.Where(f => f.Kind is FactKind.Section or FactKind.Result or FactKind.Plan or FactKind.Note or FactKind.Field or FactKind.Baseline
            || f.Kind == FactKind.Evaluation && GradeReason().IsMatch(f.Label)))
            list.AddRange(OfText(fact));
        // The groups the item sits in (戦略区分(3) ワーク・ライフ・バランスの推進): どの戦略区分 is answered by its own level.
        foreach (var level in profile.Item.Path)
            list.Add(new Piece(level.Level, "", level.ToString(), FactKind.Field, null));
        // A schedule's activities name what is done, with examples in brackets (滞納処分の強化(タイヤロック、…)).
        foreach (var activity in profile.Item.Years.Select(y => y.Activity).OfType<string>().Distinct())
            list.Add(new Piece(ActivityLabel, "", activity, FactKind.Plan, null));
        return list;
    }

    /// <summary>A text's pieces: its sentences and inline-list entries, each line under a list heading with that heading.</summary>
    private static IEnumerable<Piece> OfText(Fact fact)
    {
        var topic = "";
        foreach (var raw in fact.Text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0) { topic = ""; continue; }
            if (ListHeading().IsMatch(line)) { topic = line; continue; }
            foreach (var sentence in Statements.Sentences(line))
                foreach (var entry in InlineBullet().Split(sentence).Select(e => e.Trim()).Where(e => e.Length > 0))
                    yield return new Piece(fact.Label, topic, entry, fact.Kind, fact.Year);
        }
    }

    [GeneratedRegex(@"理由|所見|説明|コメント")]
    private static partial Regex GradeReason();

    /// <summary>A line that heads a list: a bracketed caption (【対象団体(市の出資割合)】) or a short line ending in a colon.</summary>
    [GeneratedRegex(@"^(?:【[^】]{1,40}】|[^。]{1,30}[:：])$")]
    private static partial Regex ListHeading();

    /// <summary>Where a line runs its bullets together (○…。 ○…, ・基本研修 … ・派遣研修 …): a bullet after a space starts an entry.</summary>
    [GeneratedRegex(@"\s+(?=[・○●◆■□])")]
    private static partial Regex InlineBullet();
}
