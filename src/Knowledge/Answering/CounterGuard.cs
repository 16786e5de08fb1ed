using System.Text.RegularExpressions;

namespace Gyokaku.Knowledge.Answering;

/// <summary>
/// The last check before a figure is stated: a question that asks a count by its counter (何件, 人数, 何回, kW)
/// is not answered by figures of another unit. 寄附件数 answered with the 寄附金額 target would be a wrong number,
/// and a wrong number is worse than none, so the answer becomes not_found, naming only the plan and item.
/// </summary>
internal static partial class CounterGuard
{
    public static Answer Check(AnswerContext ctx, Answer answer)
    {
        if (answer.Status != AnswerStatus.Answered) return answer;
        var counter = AskedCounter(ctx.Q.Spaced);
        if (counter is null) return answer;
        var lines = answer.Text.Split('\n', 2);
        if (lines.Length < 2 || !lines[1].Any(char.IsDigit)) return answer;
        var body = Text.JaText.Nfkc(lines[1]).ToLowerInvariant();
        if (Regex.IsMatch(body, @"\d\s*(?:" + counter + ")")) return answer;
        return answer with
        {
            Status = AnswerStatus.NotFound,
            Text = lines[0] + "\n" + AnswerTemplates.NoCounter(counter.Split('|')[0], ctx.Lang),
        };
    }

    /// <summary>The counter the question asks a figure in, as a pattern of its printed forms, or null.</summary>
    internal static string? AskedCounter(string spacedQuestion)
    {
        // A share or an amount of something counted (件数の割合, 人数の増加率) asks a rate, not the count.
        if (RateOrAmount().IsMatch(spacedQuestion)) return null;
        var m = Counter().Match(spacedQuestion);
        if (!m.Success) return null;
        return m.Groups["c"].Value switch
        {
            "件" => "件",
            "人" or "名" => "人|名",
            "回" => "回",
            "校" => "校",
            "か所" or "箇所" or "ヶ所" or "カ所" => "か所|箇所|ヶ所|カ所",
            _ => "kw|キロワット",
        };
    }

    [GeneratedRegex(@"何(?<c>件|人|名|回|校|か所|箇所|ヶ所|カ所)|(?<c>件|人|回)数|(?<c>kw|キロワット)")]
    private static partial Regex Counter();

    [GeneratedRegex(@"割合|率|%|額|金|円")]
    private static partial Regex RateOrAmount();
}
