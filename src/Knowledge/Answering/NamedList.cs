using Gyokaku.Knowledge.Model;
using Gyokaku.Knowledge.Text;

namespace Gyokaku.Knowledge.Answering;

/// <summary>
/// A list the document prints under a heading of its own (a Try heading's 新規の取組, the 取組 folded into one, the review's
/// Try list), asked by that heading's words: 「風通しが良い職場環境の構築」で新規の取組は？. The list is quoted whole — which
/// of its entries the question means is not for us to pick — or only its entry the question marks (方向性の④は？).
/// Only a heading the question names almost wholly, and clearly better than any other, is taken.
/// </summary>
internal static class NamedList
{
    /// <summary>The least share of a heading's character pairs (by how telling each is) the question must print.</summary>
    private const double MinNamed = 0.7;

    /// <summary>How far the named heading must lead the next one.</summary>
    private const double Margin = 0.1;

    public static Answer? Answer(AnswerContext ctx)
    {
        var q = ctx.Q.Normalized;
        var quoted = ctx.Q.Quoted.Select(JaText.Normalize).Where(x => x.Length >= 2).ToList();
        var scored = ctx.Plans.SelectMany(doc => doc.Sections.Where(IsList).Select(s => (Doc: doc, Section: s, Label: WithoutPlanNames(doc, Bare(s.Label)))))
            // A phrase the question quotes is a name: the heading must print it.
            .Where(x => x.Label.Length >= 4 && quoted.All(p => x.Label.Contains(p, StringComparison.Ordinal)))
            .Select(x => (x.Doc, x.Section, Score: ctx.Kb.Weights.Coverage(JaText.Bigrams(x.Label).Distinct().ToList(), q)))
            .OrderByDescending(x => x.Score).ToList();
        if (scored.Count == 0 || scored[0].Score < MinNamed || scored.Count > 1 && scored[0].Score - scored[1].Score < Margin) return null;
        var (doc, section, _) = scored[0];
        var lines = section.Text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        if (ctx.Q.Item is { Number: null, Marker: { } marker })
        {
            lines = lines.Where(l => l.TrimStart('-', '・', '○', ' ').StartsWith(marker, StringComparison.Ordinal)).ToList();
            if (lines.Count != 1) return null;
        }
        else if (ctx.Q.Item is not null) return null;
        var text = AnswerTemplates.About(doc, null, ctx.Lang) + "\n" + section.Label + "\n" + string.Join("\n", lines.Select(JaText.Clean));
        return ctx.Make(AnswerStatus.Answered, text, [new Citation(doc.File, null, section.Label, section.Lines)], doc);
    }

    /// <summary>A text that is a list: two or more of its lines are entries (- …, ・…, ○…, ①…).</summary>
    private static bool IsList(TextSection s) =>
        s.Text.Split('\n').Count(l => l.TrimStart().Length > 0 && "-・○●◎①②③④⑤⑥⑦⑧⑨⑩".Contains(l.TrimStart()[0])) >= 2;

    /// <summary>
    /// The heading without the plan's own names (後期アクションプランの方向性 → の方向性): a question naming the plan
    /// does not name every heading that repeats it.
    /// </summary>
    private static string WithoutPlanNames(PlanDocument doc, string label)
    {
        foreach (var name in doc.Aliases.Append(doc.Title).Select(JaText.Normalize).Where(n => n.Length >= 3).OrderByDescending(n => n.Length))
            label = label.Replace(name, "", StringComparison.Ordinal);
        return label;
    }

    /// <summary>The heading without its own number (③) and spaces: what a question calls it by.</summary>
    private static string Bare(string label) => JaText.Normalize(label).TrimStart('①', '②', '③', '④', '⑤', '⑥', '⑦', '⑧', '⑨', '⑩');
}
