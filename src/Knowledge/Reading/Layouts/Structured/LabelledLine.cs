using System.Text.RegularExpressions;

namespace Gyokaku.Knowledge.Reading.Layouts.Structured;

/// <summary>
/// A line that gives a label and its value: 担当課：財政課, 【取組内容】…, 担当課	財政課, | 担当課 | 財政課 |.
/// A label without ： counts only when it is a label this reader knows (担当課 財政課), so prose is not cut up.
/// </summary>
internal static partial class LabelledLine
{
    public static (FieldLabel Label, string Value)? Read(MappedLine line)
    {
        var s = line.Normalized;
        if (s.TrimStart().StartsWith('|'))
        {
            var cells = TableRow.Cells(s);
            if (cells.Count == 2 && cells[0].Length is > 0 and <= 15)
            {
                var originalCells = TableRow.Cells(line.Original);
                return (FieldLabel.Read(cells[0]), originalCells.Count == 2 ? originalCells[1] : cells[1]);
            }
            return null;
        }
        foreach (var pattern in new[] { Bracketed(), Bold(), Colon() })
        {
            var m = pattern.Match(s);
            // A colon inside brackets (５ 財政効果額の状況（単位：千円）) sets a unit off in a heading; it ends no label.
            if (m.Success && !m.Groups["l"].Value.Contains('。') && !m.Groups["l"].Value.Contains('、') && !LeftOpen(m.Groups["l"].Value))
                return (FieldLabel.Read(m.Groups["l"].Value), line.OriginalFrom(m.Groups["v"].Index));
        }
        var w = Spaced().Match(s);
        if (w.Success)
        {
            var label = FieldLabel.Read(w.Groups["l"].Value);
            if (label.Known && label.Kind is not (LabelKind.Title or LabelKind.Number)) return (label, line.OriginalFrom(w.Groups["v"].Index));
        }
        var alone = Alone().Match(s);
        if (alone.Success)
        {
            var label = FieldLabel.Read(alone.Groups["l"].Value);
            if (label.Known) return (label, "");
        }
        return null;
    }

    private static bool LeftOpen(string label) => label.Count(c => c is '(' or '（') > label.Count(c => c is ')' or '）');

    [GeneratedRegex(@"^\s*[【\[〈<]\s*(?<l>[^】\]〉>]{1,15}?)\s*[】\]〉>]\s*:?\s*(?<v>.*)$")]
    private static partial Regex Bracketed();

    // **評価** S（達成率124.8％）: a page converted to Markdown prints its labels bold where a PDF brackets them.
    [GeneratedRegex(@"^\s*\*\*\s*(?<l>[^*]{1,15}?)\s*\*\*\s*:?\s*(?<v>.*)$")]
    private static partial Regex Bold();

    [GeneratedRegex(@"^\s*(?:[■●◆◇□・○◎▪]|#{1,6}\s)?\s*(?<l>[^:\s][^:]{0,14}?)\s*:\s*(?<v>.*)$")]
    private static partial Regex Colon();

    [GeneratedRegex(@"^\s*(?:[■●◆◇□・○◎▪]|#{1,6}\s)?\s*(?<l>[^\s:]{1,12})(?:\t|\s+)\s*(?<v>\S.*)$")]
    private static partial Regex Spaced();

    [GeneratedRegex(@"^\s*(?:[■●◆◇□・○◎▪]|#{1,6}\s)?\s*(?<l>[^\s:]{1,12})\s*$")]
    private static partial Regex Alone();
}
