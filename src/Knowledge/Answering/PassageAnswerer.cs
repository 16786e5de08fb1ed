using Gyokaku.Knowledge.Model;
using Gyokaku.Knowledge.Search;
using Gyokaku.Knowledge.Text;

namespace Gyokaku.Knowledge.Answering;

/// <summary>
/// The answer of last resort: full-text search over the passages of the plans in question, quoting the
/// sentence that best covers the question's terms — or saying the documents do not contain it.
/// </summary>
internal static class PassageAnswerer
{
    /// <summary>A sentence must cover this share of the question's terms to be offered as an answer.</summary>
    public const double MinCoverage = 0.5;

    /// <summary>The least summed term weight of a question searched in full text.</summary>
    public const double MinQueryWeight = 4.0;

    public static Answer Answer(AnswerContext ctx, IReadOnlyList<string>? mustContain = null, double minCoverage = MinCoverage)
    {
        // A question with hardly any words of its own (その目標は？ with no previous turn) matches noise.
        var best = ctx.Kb.Weights.TotalWeight(ctx.Content) < MinQueryWeight && (mustContain is null || mustContain.Count == 0) ? null : Find(ctx, mustContain);
        var plan = best is null ? ctx.Plans.FirstOrDefault() : ctx.Kb.Documents.First(d => d.File == best.Value.Hit.File);
        if (best is null || best.Value.Score < minCoverage)
            return ctx.NotFound((plan is null || ctx.Plans.Count > 1 ? "" : AnswerTemplates.About(plan, null, ctx.Lang) + "\n") + AnswerTemplates.NotInDocuments(ctx.Lang), ctx.Plans.Count == 1 ? plan : null);
        var (hit, sentence, _) = best.Value;
        var text = AnswerTemplates.About(plan!, null, ctx.Lang) + (hit.Title is null ? "" : $"（{JaText.Clean(hit.Title)}）") + "\n" + sentence;
        var item = hit.ItemKey is null ? null : plan!.Items.FirstOrDefault(i => i.Key == hit.ItemKey);
        return ctx.Make(AnswerStatus.Answered, text, [new Citation(plan!.File, item?.Number ?? hit.ItemKey, item?.Title ?? hit.Title, hit.Lines)], plan);
    }

    private static bool YearBound(Questions.Intent intent) =>
        intent is Questions.Intent.Target or Questions.Intent.Actual or Questions.Intent.Plan or Questions.Intent.Evaluation or Questions.Intent.Baseline;

    public static (SearchHit Hit, string Sentence, double Score)? Find(AnswerContext ctx, IReadOnlyList<string>? mustContain = null)
    {
        var files = ctx.Plans.Count > 0 && ctx.Plans.Count < ctx.Kb.Documents.Count ? ctx.Plans.Select(p => p.File).ToList() : null;
        var query = ctx.Q.Content + " " + string.Join(" ", ctx.Q.Quoted);
        var hits = ctx.Kb.Index.Search(query, files, "passage", 12);
        var w = ctx.Kb.Weights;
        (SearchHit, string, double)? best = null;
        foreach (var hit in hits)
        {
            foreach (var sentence in JaText.Sentences(hit.Text))
            {
                var norm = JaText.Normalize(sentence);
                if (mustContain is { Count: > 0 } && !mustContain.Any(m => norm.Contains(m, StringComparison.Ordinal))) continue;
                var score = w.Coverage(ctx.Content, norm);
                if (ctx.Q.Years.Count > 0)
                {
                    // A sentence about another year is no answer to a question about this one.
                    var years = FiscalYear.FindAll(sentence).Select(y => y.Year).ToList();
                    if (years.Any(ctx.Q.Years.Contains)) score += 0.1;
                    else if (YearBound(ctx.Intent)) continue;
                }
                if (best is null || score > best.Value.Item3) best = (hit, sentence, score);
            }
        }
        return best;
    }
}
