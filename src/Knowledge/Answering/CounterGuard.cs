using Gyokaku.Knowledge.Questions;

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
        return answer with
        {
            Status = AnswerStatus.NotFound,
            Text = lines[0] + "\n" + AnswerTemplates.NoCounter(units.Split('|')[0], ctx.Lang),
        };
    }
}
