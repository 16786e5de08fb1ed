using Gyokaku.Knowledge.Questions;
using Gyokaku.Knowledge.Search;
using Gyokaku.Knowledge.Text;

namespace Gyokaku.Knowledge.Answering;

/// <summary>
/// A result whose sentence about the asked measure says the figure is not known yet (令和５年度の経費回収率は、決算統計の
/// 確定後に算出する。): the other figures of the same text (戸別訪問を３１２件) are about something else, and the asked
/// one is absent. The answer says there is no figure and quotes what the item does say.
/// </summary>
internal static partial class DeferredFigure
{
    public static Answer Check(AnswerContext ctx, ItemProfile profile, Answer answer, string header)
    {
        if (answer.Status != AnswerStatus.Answered || ctx.Intent is not (Intent.Actual or Intent.Search) || ctx.Q.Years.Count == 0
            || !answer.Text.StartsWith(header, StringComparison.Ordinal)) return answer;
        var body = answer.Text[header.Length..].Trim();
        var title = JaText.Normalize(profile.Item.Title);
        // The measure asked: the question's words beyond the item's title (経費回収率 of 下水道事業の経営健全化).
        var asked = ctx.Words.Where(w => w.Length >= 2 && !title.Contains(w, StringComparison.Ordinal) && !ContentWords.IsTimeWord(w)
            && w is not ("実績" or "結果" or "計画" or "予定" or "目標")).ToList();
        if (asked.Count == 0) return answer;
        // (A sentence wrapped after its comma is one sentence: 経費回収率は、\n決算統計の確定後に算出する。)
        foreach (var sentence in Statements.Sentences(TextUnits.Unwrapped(body.Replace("、\n", "、", StringComparison.Ordinal))))
        {
            var norm = JaText.Normalize(sentence);
            if (Deferred().IsMatch(norm) && asked.All(w => ContentWords.Matches(norm, w)))
                return ctx.NotFound(header + "\n" + AnswerTemplates.NoFigure(ctx.Lang) + "\n" + body, profile.Document, answer.Citations);
        }
        return answer;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"算出する|算出予定|算出します|確定後|確定次第|集計中|未確定|算定中|判明次第|公表予定")]
    private static partial System.Text.RegularExpressions.Regex Deferred();
}
