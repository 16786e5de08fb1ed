using System.Text.RegularExpressions;
using Gyokaku.Knowledge.Model;
using Gyokaku.Knowledge.Search;
using Gyokaku.Knowledge.Text;

namespace Gyokaku.Knowledge.Answering;

/// <summary>
/// 「試行するのは何年度？」 of an item whose schedule prints one step a year (検討 試行 実施 → →): the year is the
/// column the asked step is printed in. A step carried on by → is named with the year it started.
/// </summary>
internal static partial class StepYears
{
    public static Answer? Answer(AnswerContext ctx, ItemProfile profile, string header, IReadOnlyList<Citation> cite)
    {
        if (!AsksWhen().IsMatch(ctx.Q.Normalized) || ctx.Q.Years.Count > 0) return null;
        var item = profile.Item;
        // Only a schedule of short steps, one per year: a year's text is no step to look up.
        if (item.Years.Count < 2 || item.Years.Any(y => y.Plan is not { Length: <= 6 })) return null;
        // Several activities (① ②) each have their own schedule: which one is asked is the plan answer's job.
        if (item.Years.Select(y => y.Activity).Distinct().Count() > 1) return null;
        var asked = item.Years.Select(y => y.Plan!).Distinct().Where(step => Names(ctx.Q.Normalized, step)).ToList();
        if (asked.Count != 1) return null;
        var years = item.Years.Where(y => y.Plan == asked[0]).ToList();
        var style = profile.Document.YearStyle;
        var lines = years.Select(y => $"{y.Year.Format(style)}：{y.PrintedPlan ?? y.Plan}");
        return ctx.Make(AnswerStatus.Answered, header + "\n" + string.Join("\n", lines), cite, profile.Document);
    }

    // The step as a word of the question (試行する, 実施は), not inside another word's run of kanji (実施計画).
    private static bool Names(string question, string step)
    {
        var at = question.IndexOf(JaText.Normalize(step), StringComparison.Ordinal);
        if (at < 0) return false;
        var after = at + JaText.Normalize(step).Length;
        return after >= question.Length || !JaText.IsKanji(question[after]) || question[after] == '予';
    }

    [GeneratedRegex(@"何年度|いつ|どの年度|何年に|when|which (?:fiscal )?year", RegexOptions.IgnoreCase)]
    private static partial Regex AsksWhen();
}
