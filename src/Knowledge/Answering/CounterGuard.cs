using Gyokaku.Knowledge.Questions;
using Gyokaku.Knowledge.Text;

namespace Gyokaku.Knowledge.Answering;

/// <summary>
/// The last check before a figure is stated: a question that asks a count by its counter (何件, 人数, 何回, kW)
/// (or a percentage: 何％, rate (%)) is not answered by figures of another unit. 寄附件数 answered with the 寄附金額 target would be a wrong number,
/// and a wrong number is worse than none, so the answer becomes not_found, naming only the plan and item.
/// Money is left alone: amount tables print their unit once in a heading ((千円)), not beside each figure.
/// </summary>
internal static class CounterGuard
{
    public static Answer Check(AnswerContext ctx, Answer answer)
    {
        if (answer.Status != AnswerStatus.Answered) return answer;
        // (A percentage asked — 何％, rate (%) — is a unit too: 4,703件 is no issuance rate.)
        var units = ItemText.UnitsAsked(ctx.Q.Spaced);
        if (units is null or ContentWords.MoneyUnits) return answer;
        var lines = answer.Text.Split('\n', 2);
        if (lines.Length < 2 || !lines[1].Any(char.IsDigit) || SentenceFinder.Holds(AnswerType.Quantity, lines[1], units)) return answer;
        if (ShareOfCount(ctx, answer, answer.Text) is { } share) return share;
        return answer with
        {
            Status = AnswerStatus.NotFound,
            Text = lines[0] + "\n" + AnswerTemplates.NoCounter(units.Split('|')[0], ctx.Lang),
        };
    }

    /// <summary>
    /// 何取組で全体の何％？: a count asked with its share. The document's own statement of that count with a percentage
    /// beside it (１２取組中６取組（５０．０％）) answers both; it must name the asked grades, so another count's share is not taken.
    /// </summary>
    private static Answer? ShareOfCount(AnswerContext ctx, Answer answer, string counted)
    {
        if (!ItemText.AsksShare(ctx.Q.Spaced) || ctx.Plans.Count != 1 || answer.Citations.Count == 0) return null;
        var count = System.Text.RegularExpressions.Regex.Match(JaText.Nfkc(counted), @"(?<![\d.,])\d+(?=\s*(?:件|取組|項目|事業))");
        if (!count.Success) return null;
        var doc = ctx.Plans[0];
        var share = new System.Text.RegularExpressions.Regex($@"(?<![\d.,]){count.Value}\s*(?:件|取組|項目|事業)?\s*[(（]\s*\d+(?:\.\d+)?\s*[%％]");
        var stated = SentenceFinder.All(ctx, doc).FirstOrDefault(c => share.IsMatch(JaText.Nfkc(c.Text))
            && ctx.Q.Grades.All(g => JaText.Normalize(c.Text).Contains(JaText.Normalize(g), StringComparison.Ordinal)));
        if (stated is null) return null;
        return answer with
        {
            Text = answer.Text + "\n" + AnswerTemplates.Fact(AnswerTemplates.DocumentSays(ctx.Lang), JaText.Clean(stated.Quote), ctx.Lang),
            Citations = [.. answer.Citations, stated.Citation],
        };
    }
}
