using System.Text.RegularExpressions;
using Gyokaku.Knowledge.Model;
using Gyokaku.Knowledge.Questions;
using Gyokaku.Knowledge.Text;

namespace Gyokaku.Knowledge.Answering;

/// <summary>
/// The period of a thing the question names that is not the plan itself (下水道事業の次期経営計画, 第3期中期目標期間):
/// the statement of the document that names it and prints a span of years (R8～R17, 令和4年度～令和7年度). The plan's
/// own period is no answer to it.
/// </summary>
internal static partial class NamedPeriod
{
    /// <summary>The least share of the named thing's word weight the statement must hold.</summary>
    private const double MinCoverage = 0.6;

    private const double ContextWeight = 0.5;

    /// <summary>The least weight of the words that name something beyond the plan: below it the plan's period is asked.</summary>
    private const double MinNamedWeight = 3;

    // Words that ask for a period, not what it is of.
    private static readonly HashSet<string> PeriodWords = ["計画", "期間", "計画期間", "いつ", "から", "まで", "年度", "年", "cover", "period"];

    public static Answer? Answer(AnswerContext ctx, PlanDocument doc)
    {
        var title = JaText.Normalize(doc.Title + (doc.Municipality ?? ""));
        // (English words the lexicon did not turn into the document's terms are not in its text.)
        var words = ctx.Words.Where(w => !PeriodWords.Contains(w) && !title.Contains(w, StringComparison.Ordinal) && !w.All(char.IsAscii)).ToList();
        var weights = words.Select(w => Weight(ctx, w)).ToList();
        var total = weights.Sum();
        if (total < MinNamedWeight) return null;
        SentenceFinder.Candidate? best = null;
        var bestScore = 0.0;
        foreach (var c in SentenceFinder.All(ctx, doc))
        {
            if (!Span().IsMatch(JaText.Nfkc(c.Quote))) continue;
            // A word said only by what surrounds the statement (its item's title) counts half.
            var norm = JaText.Normalize(c.Quote);
            var said = words.Select((w, i) => ContentWords.Matches(norm, w) ? weights[i] : ContentWords.Matches(c.NormContext, w) ? ContextWeight * weights[i] : 0).Sum() / total;
            if (said > bestScore) (best, bestScore) = (c, said);
        }
        if (best is null || bestScore < MinCoverage) return null;
        var owner = AnswerContext.CitedItem(doc, best.Citation.Item);
        return ctx.Make(AnswerStatus.Answered, AnswerTemplates.About(doc, owner, ctx.Lang) + "\n" + best.Quote, [best.Citation], doc);
    }

    private static double Weight(AnswerContext ctx, string word)
    {
        var bigrams = JaText.Bigrams(word).Distinct().ToList();
        return bigrams.Count == 0 ? 1.0 : bigrams.Average(ctx.Kb.Weights.Weight);
    }

    /// <summary>A span of fiscal years as plans print it: R8～R17, 令和4年度～令和7年度, H30-R4.</summary>
    [GeneratedRegex(@"(?:令和|平成|[RH])\s*[\d元]+\s*(?:年度|年)?\s*[～~〜\-－―]\s*(?:令和|平成|[RH])?\s*\d+")]
    private static partial Regex Span();
}
