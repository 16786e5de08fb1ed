using System.Text.RegularExpressions;
using Gyokaku.Knowledge.Model;
using Gyokaku.Knowledge.Text;

namespace Gyokaku.Knowledge.Answering;

/// <summary>
/// What a mark means by the document's legend line (凡例 計画どおり ○ 計画に遅れ △ 未着手 ×; 実施状況：◎実施済 ○実施継続):
/// a legend pairs three or more marks with short labels, the label printed before or after its mark.
/// </summary>
internal static partial class LegendMarks
{
    private const string Marks = "◎○〇△▲×✕●■□◆◇☆★";

    /// <summary>The legend line that best fits the question and the label it gives the asked mark, or null.</summary>
    public static Answer? Answer(AnswerContext ctx)
    {
        var asked = ctx.Q.Normalized.Where(c => Marks.Contains(c)).Distinct().ToList();
        if (asked.Count != 1 || !AsksMeaning().IsMatch(ctx.Q.Normalized)) return null;
        var mark = asked[0];
        (PlanDocument Doc, Passage Passage, string Line, string Label, int Overlap)? best = null;
        foreach (var doc in ctx.Plans)
            foreach (var passage in doc.Passages)
                foreach (var line in passage.Text.Split('\n'))
                {
                    if (Label(line, mark) is not { } label) continue;
                    // (Longer shared words weigh more: 実施状況 names its legend better than a bare 計画.)
                    var overlap = Words().Matches(JaText.Normalize(line)).Select(w => w.Value).Distinct()
                        .Where(w => ctx.Q.Normalized.Contains(w, StringComparison.Ordinal)).Sum(w => w.Length);
                    if (best is null || overlap > best.Value.Overlap) best = (doc, passage, line.Trim(), label, overlap);
                }
        if (best is not { } b) return null;
        var text = AnswerTemplates.About(b.Doc, null, ctx.Lang) + "\n" + $"{mark}：{b.Label}\n（{Regex.Replace(b.Line, @"\s+", " ")}）";
        return ctx.Make(AnswerStatus.Answered, text, [new Citation(b.Doc.File, null, b.Line, b.Passage.Lines)], b.Doc);
    }

    /// <summary>The label a legend line gives the mark; null when the line is no legend (fewer than three marks).</summary>
    internal static string? Label(string line, char mark)
    {
        var text = line.Trim();
        if (text.Count(c => Marks.Contains(c)) < 3 || !text.Contains(mark)) return null;
        // A line that ends with a mark prints each label before its mark; otherwise each label follows its mark.
        var labelFirst = Marks.Contains(text[^1]);
        var pattern = labelFirst ? LabelThenMark() : MarkThenLabel();
        foreach (Match m in pattern.Matches(text))
            if (m.Groups["m"].Value[0] == mark)
            {
                var label = m.Groups["l"].Value.Trim('：', ':', '=', '＝');
                return label.Length is >= 1 and <= 12 ? label : null;
            }
        return null;
    }

    [GeneratedRegex(@"(?<l>[^\s◎○〇△▲×✕●■□◆◇☆★]+)\s*(?<m>[◎○〇△▲×✕●■□◆◇☆★])")]
    private static partial Regex LabelThenMark();

    [GeneratedRegex(@"(?<m>[◎○〇△▲×✕●■□◆◇☆★])\s*(?<l>[^\s◎○〇△▲×✕●■□◆◇☆★]+)")]
    private static partial Regex MarkThenLabel();

    [GeneratedRegex(@"何を(?:表|示|意味)|意味|とは|って何|なに|what does|stand for|mean")]
    private static partial Regex AsksMeaning();

    [GeneratedRegex(@"[一-龯々ァ-ヶー]{2,}")]
    private static partial Regex Words();
}
