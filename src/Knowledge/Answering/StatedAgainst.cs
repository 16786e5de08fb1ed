using Gyokaku.Knowledge.Model;
using Gyokaku.Knowledge.Questions;
using Gyokaku.Knowledge.Search;
using Gyokaku.Knowledge.Text;

namespace Gyokaku.Knowledge.Answering;

/// <summary>
/// A year's plan or target that the item prints only inside the year's result, as what the result is measured
/// against (○返礼品数700品との計画に対し、実績は831品。): the item has no plan row for that year, yet its result
/// states the plan's figure. That sentence answers a plan asked of the year (R4の計画では何品); a target is stated
/// the same way with 目標. The sentence must hold a figure of the asked counter, before the 対し.
/// </summary>
internal static partial class StatedAgainst
{
    public static Answer? Answer(AnswerContext ctx, ItemProfile profile, string header, IReadOnlyList<Citation> cite)
    {
        var years = ctx.Q.Years;
        var pattern = ctx.Intent switch
        {
            Intent.Plan => PlanAgainst(),
            Intent.Target => TargetAgainst(),
            _ => null,
        };
        if (pattern is null || years.Count == 0) return null;
        var units = ItemText.UnitsAsked(ctx.Q.Spaced);
        // (Only a sentence saying what the question is about: 寄附金額8億円との計画 does not answer 返礼品数.)
        var title = JaText.Normalize(profile.Item.Title);
        var words = ctx.Words.Where(w => w.Length >= 2 && !ContentWords.IsTimeWord(w) && w is not ("計画" or "予定" or "目標" or "実績")
            && !title.Contains(w, StringComparison.Ordinal)).ToList();
        foreach (var fact in profile.Facts.Where(f => f.Kind is FactKind.Result or FactKind.Actual && f.Year is { } y && years.Contains(y)))
            foreach (var sentence in Statements.Sentences(TextUnits.Unwrapped(fact.Text)))
            {
                var text = JaText.Nfkc(sentence);
                var m = pattern.Match(text);
                if (!m.Success || !SentenceFinder.Holds(AnswerType.Quantity, text[..m.Index], units)) continue;
                var norm = JaText.Normalize(text[..(m.Index + m.Length)]);
                if (words.Count > 0 && !words.Any(w => ContentWords.Matches(norm, w))) continue;
                return ctx.Make(AnswerStatus.Answered, header + "\n" + AnswerTemplates.Fact(fact.Label, sentence, ctx.Lang), cite, profile.Document, ctx.Intent);
            }
        return null;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?:との|の|という)?計画(?:値)?に対し")]
    private static partial System.Text.RegularExpressions.Regex PlanAgainst();

    [System.Text.RegularExpressions.GeneratedRegex(@"(?:との|の|という)?目標(?:値)?に対し")]
    private static partial System.Text.RegularExpressions.Regex TargetAgainst();
}
