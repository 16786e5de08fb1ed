using System.Text.RegularExpressions;
using Gyokaku.Knowledge.Model;
using Gyokaku.Knowledge.Text;

namespace Gyokaku.Knowledge.Answering;

/// <summary>
/// A chapter about the plan as a whole that no reader made a section of: a heading line that is the asked label
/// ((３)推進体制, ５　計画の進行管理) and the body lines under it, up to the next heading.
/// </summary>
internal static partial class ChapterByHeading
{
    // What a question about the plan as a whole asks, Japanese or English, and the headings that answer it (in order).
    private static readonly (Regex Ask, string[] Labels)[] Asks =
    [
        (new Regex(@"推進体制|promotion system|who manages|manages? the progress"), ["推進体制", "進行管理"]),
        (new Regex(@"進行管理|progress management"), ["進行管理", "推進体制"]),
        (new Regex(@"基本理念|principle"), ["基本理念"]),
        (new Regex(@"位置づけ|位置付け"), ["位置づけ", "位置付け"]),
    ];

    public static (string Label, string Text, LineRange Lines)? Find(PlanDocument doc, string question)
    {
        var labels = Asks.Where(a => a.Ask.IsMatch(question)).SelectMany(a => a.Labels).Distinct().ToList();
        if (labels.Count == 0) return null;
        var lines = doc.Passages.SelectMany(p => p.Text.Split('\n').Select(l => (Text: l.Trim(), p.Lines))).Where(l => l.Text.Length > 0).ToList();
        foreach (var label in labels)
            for (var i = 0; i + 1 < lines.Count; i++)
            {
                var heading = Numbering().Replace(JaText.Normalize(lines[i].Text), "");
                if (!heading.EndsWith(label, StringComparison.Ordinal) || heading.Length > label.Length + 3) continue;
                var body = lines.Skip(i + 1).Take(6).TakeWhile(l => !IsHeading(l.Text)).ToList();
                // A contents line (５　計画の進行管理 15) is followed by more headings, not by text.
                if (body.Count == 0) continue;
                return (lines[i].Text, JaText.Clean(string.Concat(body.Select(b => b.Text))), body[0].Lines);
            }
        return null;
    }

    private static bool IsHeading(string line) => line.Length <= 30 && !line.EndsWith('。') && Numbering().IsMatch(JaText.Normalize(line));

    // (３), ５　, 第2章, 1.: the numbering before a heading.
    [GeneratedRegex(@"^(?:第[0-9一二三四五六七八九十]+[章節]|[(（]?[0-9一二三四五六七八九十]+[)）.．、]?)")]
    private static partial Regex Numbering();
}
