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

    /// <summary>
    /// What a grade letter stands for where the document defines its grades one a line (評価の基準 / Ａ　年度目標を達成した /
    /// Ｂ　… / Ｃ　…): the line of the asked grade. The letter must be asked as a grade — quoted alone (「Ｂ」) or with 評価.
    /// </summary>
    public static Answer? Grade(AnswerContext ctx)
    {
        var q = JaText.Nfkc(ctx.Q.Normalized);
        var letter = ctx.Q.Quoted.Select(JaText.Nfkc).FirstOrDefault(t => t.Trim().Length == 1 && GradeLetters.Contains(char.ToUpperInvariant(t.Trim()[0])))?.Trim()
            ?? (AskedGrade().Match(q) is { Success: true } m ? m.Groups["g"].Value : null);
        if (letter is null || !(AsksMeaning().IsMatch(q) || AsksState().IsMatch(q))) return null;
        var grade = char.ToUpperInvariant(letter[0]);
        foreach (var doc in ctx.Plans)
            foreach (var passage in doc.Passages)
            {
                var lines = passage.Text.Split('\n');
                for (var i = 0; i < lines.Length; i++)
                {
                    if (GradeLine(lines[i]) is not { } g || g.Grade != grade) continue;
                    // A run of three or more graded lines is a scale; one line opening with a letter is not.
                    var run = 1;
                    for (var j = i - 1; j >= 0 && GradeLine(lines[j]) is not null; j--) run++;
                    for (var j = i + 1; j < lines.Length && GradeLine(lines[j]) is not null; j++) run++;
                    if (run < 3) continue;
                    var text = AnswerTemplates.About(doc, null, ctx.Lang) + "\n" + $"{lines[i].Trim()[0]}：{g.Meaning}";
                    return ctx.Make(AnswerStatus.Answered, text, [new Citation(doc.File, null, lines[i].Trim(), passage.Lines)], doc);
                }
            }
        return null;
    }

    private const string GradeLetters = "ABCDES";

    private static (char Grade, string Meaning)? GradeLine(string line)
    {
        var m = GradeDefinition().Match(JaText.Nfkc(line));
        return m.Success ? (char.ToUpperInvariant(m.Groups["g"].Value[0]), line.Trim()[1..].Trim()) : null;
    }

    [GeneratedRegex(@"^\s*(?<g>[A-ES])[\s:：]+(?<t>\S.{2,80})$")]
    private static partial Regex GradeDefinition();

    [GeneratedRegex(@"(?<![A-Za-z])(?<g>[A-ESa-es])(?:評価|判定|ランク)|評価(?:が|は|の)?(?<g>[A-ESa-es])(?![A-Za-z])")]
    private static partial Regex AskedGrade();

    [GeneratedRegex(@"どういう|どんな|基準|状態")]
    private static partial Regex AsksState();

    [GeneratedRegex(@"何を(?:表|示|意味)|意味|とは|って何|なに|what does|stand for|mean")]
    private static partial Regex AsksMeaning();

    [GeneratedRegex(@"[一-龯々ァ-ヶー]{2,}")]
    private static partial Regex Words();
}
