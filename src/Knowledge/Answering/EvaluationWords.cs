using Gyokaku.Knowledge.Model;
using Gyokaku.Knowledge.Questions;
using Gyokaku.Knowledge.Text;

namespace Gyokaku.Knowledge.Answering;

/// <summary>
/// The words a plan grades its items by when it grades in words, not letters (進捗区分 順調 / 概ね順調 / 遅れ,
/// 完了): a question that names one (「遅れ」の項目, 順調は何項目) asks for the items graded so, as 「Ａ評価の項目」 does.
/// The words are the plan's own, read off its items, so no list of them is kept here.
/// </summary>
internal static class EvaluationWords
{
    /// <summary>
    /// The evaluation word the question names, as the plans print it (normalized); null when it names none.
    /// A quoted word first; else the longest one the question holds, so 概ね順調 wins over the 順調 inside it.
    /// </summary>
    public static string? Named(ParsedQuestion q, IEnumerable<PlanDocument> plans)
    {
        var words = Of(plans);
        if (words.Count == 0) return null;
        var quoted = words.Where(w => q.Quoted.Any(x => JaText.Normalize(x) == w)).OrderByDescending(w => w.Length).FirstOrDefault();
        return quoted ?? words.Where(w => q.Normalized.Contains(w, StringComparison.Ordinal)).OrderByDescending(w => w.Length).FirstOrDefault();
    }

    /// <summary>The distinct word grades the plans' items carry (the first line of a year's evaluation).</summary>
    public static IReadOnlyList<string> Of(IEnumerable<PlanDocument> plans) =>
        plans.SelectMany(d => d.Items).SelectMany(i => i.Years).Select(y => y.Evaluation)
            .OfType<string>()
            .Select(e => JaText.Normalize(e.Split('\n')[0]))
            .Where(IsWord)
            .Distinct()
            .ToList();

    // A word, not a letter (Ａ, handled as a grade), a mark (◎) or a rate (100%): two to eight characters, no digit.
    private static bool IsWord(string e) => e.Length is >= 2 and <= 8 && !e.Any(char.IsDigit) && !e.All(c => c < 128);
}
