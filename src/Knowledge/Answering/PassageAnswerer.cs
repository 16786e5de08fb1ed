using Gyokaku.Knowledge.Model;
using Gyokaku.Knowledge.Questions;
using Gyokaku.Knowledge.Search;
using Gyokaku.Knowledge.Text;

namespace Gyokaku.Knowledge.Answering;

/// <summary>
/// The answer of last resort: full-text search over the passages of the plans in question. A passage is
/// cut into blocks (a short heading line and the lines under it); each sentence is scored together with
/// its heading, and the answer quotes the heading and the sentences of its block that hold the question's
/// terms — or says the documents do not contain it.
/// </summary>
internal static partial class PassageAnswerer
{
    /// <summary>A sentence (with its heading) must cover this share of the question's terms to be offered as an answer.</summary>
    public const double MinCoverage = 0.6;

    /// <summary>The least summed term weight of a question searched in full text.</summary>
    public const double MinQueryWeight = 4.0;

    private sealed record Block(string? Heading, IReadOnlyList<string> Sentences)
    {
        public string All => (Heading ?? "") + "\n" + string.Join("\n", Sentences);
    }

    private sealed record Found(SearchHit Hit, Block Block, string Sentence, double Score);

    public static Answer Answer(AnswerContext ctx, IReadOnlyList<string>? mustContain = null, double minCoverage = MinCoverage)
    {
        // A question with hardly any words of its own (その目標は？ with no previous turn) matches noise.
        // Grades are cells of a table: a free-text sentence near a topic is no grade.
        // (評価はいつ確定した？ asks a date, which a statement gives, not a grade.)
        var grade = ctx.Intent == Intent.Evaluation && ContentWords.Asks(ctx.Q.Spaced) != AnswerType.Date;
        var best = grade || ctx.Kb.Weights.TotalWeight(ctx.Content) < MinQueryWeight && (mustContain is null || mustContain.Count == 0) ? null : Find(ctx, mustContain);
        var plan = best is null ? ctx.Plans.FirstOrDefault() : ctx.Kb.Documents.First(d => d.File == best.Hit.File);
        // A statement holding the question's words, its asked noun and year answers before a passage block does
        // (not a grade or an owner: those are a table's cells and a block's 担当 line).
        if (ctx.PlanExplicit && ctx.Plans.Count == 1 && !grade && ctx.Intent is not Intent.Department
            && SentenceFinder.Answer(ctx, ctx.Plans[0], null) is { } found)
            return found;
        // No plan named (or several: 山口県 inside 山口県農業協同組合 names a second one) and no passage covers the
        // question: one plan's statement holding the asked figure or date may.
        if ((best is null || best.Score < minCoverage) && ctx.Plans.Count > 1 && !grade && ctx.Intent is not Intent.Department
            && SentenceFinder.AnswerFromAny(ctx) is { } fromAny)
            return fromAny;
        if (best is null || best.Score < minCoverage)
            return ctx.NotFound((plan is null || ctx.Plans.Count > 1 ? "" : AnswerTemplates.About(plan, null, ctx.Lang) + "\n") + AnswerTemplates.NotInDocuments(ctx.Lang), ctx.Plans.Count == 1 ? plan : null);

        var quote = Quote(ctx, best);
        // A heading with nothing under it names a topic but states no fact; a block without the asked count (何人 with
        // only 2回 in it) or date states another one.
        // (…nor a past result, when a target amount is asked: 前方針の財政効果額は約９億４千万円 is no 効果額目標.)
        if (quote is null || !HoldsAsked(ctx, quote) || SentenceFinder.AsksTargetAmount(ctx) && !SentenceFinder.StatesTarget(quote))
            return ctx.NotFound((plan is null || ctx.Plans.Count > 1 ? "" : AnswerTemplates.About(plan, null, ctx.Lang) + "\n") + AnswerTemplates.NotInDocuments(ctx.Lang), ctx.Plans.Count == 1 ? plan : null);
        var text = AnswerTemplates.About(plan!, null, ctx.Lang) + "\n" + quote;
        var item = best.Hit.ItemKey is null ? null : plan!.Items.FirstOrDefault(i => i.Key == best.Hit.ItemKey);
        return ctx.Make(AnswerStatus.Answered, text, [new Citation(plan!.File, item?.Number ?? best.Hit.ItemKey, item?.Title ?? best.Block.Heading ?? best.Hit.Title, best.Hit.Lines)], plan);
    }

    /// <summary>The heading (when it is not the sentence itself) and the block's sentences that cover the question.</summary>
    private static string? Quote(AnswerContext ctx, Found best)
    {
        var w = ctx.Kb.Weights;
        var heading = best.Block.Heading is null ? "" : JaText.Normalize(best.Block.Heading);
        var residual = ctx.Content.Where(b => !heading.Contains(b, StringComparison.Ordinal)).ToList();
        var body = string.Join("\n", best.Block.Sentences);
        IReadOnlyList<string> lines;
        if (best.Block.Heading is not null && best.Sentence == best.Block.Heading)
            // The heading names the topic: its block says the facts (short blocks whole, long ones by the question's words).
            lines = body.Length <= 200 || residual.Count == 0 ? best.Block.Sentences.Take(4).ToList() : SentencePicker.Cover(body, residual, w, ctx.Q.Quoted);
        else
        {
            var rest = SentencePicker.Cover(body, ctx.Content, w, ctx.Q.Quoted);
            lines = rest.Contains(best.Sentence) ? rest : [best.Sentence, .. rest];
        }
        lines = WithListed(best.Block.Sentences, lines);
        var facts = lines.Select(JaText.Clean).Where(l => l.Length > 0 && l != JaText.Clean(best.Block.Heading ?? "\0")).ToList();
        if (facts.Count == 0) return null;
        var head = best.Block.Heading is not null ? JaText.Clean(best.Block.Heading) + "\n" : "";
        return head + RoleClauses.Keep(ctx.Q.Normalized, string.Join("\n", facts));
    }

    /// <summary>The most lines a 次のとおり sentence's list or table is quoted with.</summary>
    private const int MaxListed = 8;

    /// <summary>
    /// A sentence that announces a list (令和５年度は次のとおり２回開催しました。) says its facts in the lines under it (第１回
    /// 令和５年８月２２日 …): they are quoted with it, up to the block's end.
    /// </summary>
    private static IReadOnlyList<string> WithListed(IReadOnlyList<string> block, IReadOnlyList<string> picked)
    {
        var result = new List<string>();
        foreach (var line in picked)
        {
            if (result.Contains(line)) continue;
            result.Add(line);
            var at = Announces().IsMatch(line) ? IndexOf(block, line) : -1;
            if (at < 0) continue;
            foreach (var next in block.Skip(at + 1).Take(MaxListed).Where(n => !result.Contains(n))) result.Add(next);
        }
        return result;
    }

    private static int IndexOf(IReadOnlyList<string> list, string value)
    {
        for (var i = 0; i < list.Count; i++) if (list[i] == value) return i;
        return -1;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?:次|以下|下記)の(?:とおり|通り)")]
    private static partial System.Text.RegularExpressions.Regex Announces();

    private static Found? Find(AnswerContext ctx, IReadOnlyList<string>? mustContain)
    {
        var files = ctx.Plans.Count > 0 && ctx.Plans.Count < ctx.Kb.Documents.Count ? ctx.Plans.Select(p => p.File).ToList() : null;
        var query = ctx.Q.Content + " " + string.Join(" ", ctx.Q.Quoted);
        var hits = ctx.Kb.Index.Search(query, files, "passage", 12);
        var w = ctx.Kb.Weights;
        Found? best = null;
        foreach (var hit in hits)
            foreach (var block in Blocks(WithNext(ctx, hit)))
            {
                var blockYears = ctx.Q.Years.Count == 0 ? [] : FiscalYear.FindAll(block.All).Select(y => y.Year).ToList();
                // A block about other years is no answer to a question about this one.
                if (ctx.Q.Years.Count > 0 && YearBound(ctx.Intent) && !blockYears.Any(ctx.Q.Years.Contains)) continue;
                var heading = block.Heading ?? "";
                foreach (var sentence in block.Heading is null ? block.Sentences : [block.Heading, .. block.Sentences])
                {
                    // A sentence dated by other years (令和１０年度単年度で約…) is no answer for the asked year, whatever
                    // years its block's table heads; years it spans (令和６年度から令和１０年度まで) include those between.
                    if (ctx.Q.Years.Count > 0 && sentence != heading && !Spans(sentence, ctx.Q.Years)) continue;
                    var norm = JaText.Normalize(sentence == heading ? sentence : heading + sentence);
                    if (mustContain is { Count: > 0 } && !mustContain.Any(m => norm.Contains(m, StringComparison.Ordinal))) continue;
                    var score = w.Coverage(ctx.Content, norm);
                    if (ctx.Q.Years.Count > 0 && FiscalYear.FindAll(sentence).Any(y => ctx.Q.Years.Contains(y.Year))) score += 0.1;
                    if (best is null || score > best.Score) best = new Found(hit, block, sentence, score);
                }
            }
        return best;
    }

    /// <summary>
    /// The passage's text followed by the next passage's: a block (heading, figures, 担当 line) may straddle the
    /// passage boundary, and its last lines belong to it.
    /// </summary>
    private static string WithNext(AnswerContext ctx, SearchHit hit)
    {
        var doc = ctx.Kb.Documents.FirstOrDefault(d => d.File == hit.File);
        if (doc is null) return hit.Text;
        for (var i = 0; i + 1 < doc.Passages.Count; i++)
            if (doc.Passages[i].Lines == hit.Lines) return hit.Text + "\n" + doc.Passages[i + 1].Text;
        return hit.Text;
    }

    /// <summary>
    /// Cuts a passage at its short heading lines ((2) 職員研修の充実, ### Keep …); each block keeps its sentences, read
    /// with the page's wraps undone (…５年間 / で約１８億４千万円の… is one sentence, quoted and scored whole).
    /// </summary>
    private static IEnumerable<Block> Blocks(string text)
    {
        string? heading = null;
        var body = new List<string>();
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length > 0 && IsHeading(line))
            {
                if (heading is not null || body.Any(l => l.Length > 0)) yield return new Block(heading, Sentences(body));
                heading = line.TrimStart('#', ' ');
                body = [];
                continue;
            }
            body.Add(line);
        }
        if (heading is not null || body.Any(l => l.Length > 0)) yield return new Block(heading, Sentences(body));
    }

    private static List<string> Sentences(List<string> lines) =>
        TextUnits.Of(string.Join("\n", lines)).SelectMany(JaText.Sentences).ToList();

    private static bool IsHeading(string line) =>
        line.Length <= 30 && !line.EndsWith('。') && !line.Contains('\t') && !line.Contains('|')
        && !line.Contains('：') && !line.Contains(':') && !line.Contains('、')
        && "-・○●◆※*".IndexOf(line[0]) < 0;

    private static bool Spans(string sentence, IReadOnlyList<FiscalYear> asked)
    {
        var years = FiscalYear.FindAll(sentence).Select(y => y.Year).ToList();
        return years.Count == 0 || asked.Any(a => a >= years.Min() && a <= years.Max());
    }

    private static bool HoldsAsked(AnswerContext ctx, string quote)
    {
        // Who is in charge is answered only by a text that names someone (a 課, 室, 本部 …): a statement of the work alone
        // names no owner.
        if (ctx.Intent == Intent.Department && !NamesUnit().IsMatch(JaText.Nfkc(quote))) return false;
        var asks = ContentWords.Asks(ctx.Q.Spaced);
        var units = ContentWords.AskedUnits(ctx.Q.Spaced);
        return asks == AnswerType.Date ? SentenceFinder.Holds(asks, quote) : asks != AnswerType.Quantity || units is null || SentenceFinder.Holds(asks, quote, units);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"[\p{IsCJKUnifiedIdeographs}\p{IsKatakana}ー・]{2,}(?:課|室|局|部|係|所|センター|委員会|本部|チーム|班)")]
    private static partial System.Text.RegularExpressions.Regex NamesUnit();

    private static bool YearBound(Intent intent) =>
        intent is Intent.Target or Intent.Actual or Intent.Plan or Intent.Evaluation or Intent.Baseline;
}
