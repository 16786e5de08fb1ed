using System.Text.RegularExpressions;
using Gyokaku.Knowledge.Model;

namespace Gyokaku.Knowledge.Reading.Layouts.Structured;

/// <summary>
/// Terms the plan explains in its ※ notes (※１　経常収支比率：人件費・扶助費…), with the explanation's
/// wrapped lines joined: a line that is neither blank, nor another note, nor a heading goes on the one above
/// (up to three of them).
/// </summary>
internal static partial class NoteDefinitions
{
    public static IReadOnlyList<Definition> Read(IReadOnlyList<MappedLine> lines)
    {
        var found = new List<Definition>();
        for (var i = 0; i < lines.Count; i++)
        {
            var m = Note().Match(lines[i].Normalized);
            if (!m.Success) m = QuotedNote().Match(lines[i].Normalized);
            if (!m.Success && TermLine().Match(lines[i].Normalized) is { Success: true } alone && i + 1 < lines.Count && Continues(lines[i + 1])) m = alone;
            if (!m.Success) continue;
            var term = lines[i].OriginalRange(m.Groups["t"].Index, m.Groups["t"].Length);
            var text = m.Groups["x"].Success ? new List<string> { lines[i].OriginalFrom(m.Groups["x"].Index) } : [];
            var end = i;
            // An explanation runs on for a few lines at most: a longer run is the text after the note.
            while (end + 1 < lines.Count && end - i < 3 && Continues(lines[end + 1])) text.Add(lines[++end].Original.Trim());
            if (text.Count > 0) found.Add(new Definition(term, string.Join("", text), new LineRange(i + 1, end + 1)));
            i = end;
        }
        return found;
    }

    private static bool Continues(MappedLine line)
    {
        var s = line.Original.Trim();
        return s.Length > 0 && !s.StartsWith('※') && !TableRow.IsRow(line.Original) && LabelledLine.Read(line) is null
            && ItemMarker.Read(line, 0) is null && !HierarchyHeadings.IsHeading(line);
    }

    // ※１ 用語：説明 / ※ 用語：説明 — the term is short; a note without a term (※効果額は…) is no definition.
    [GeneratedRegex(@"^\s*※\s*\d{0,2}\s*(?<t>[^\s:：。、][^:：。]{0,24}?)\s*:\s*(?<x>\S.*)$")]
    private static partial Regex Note();

    // ※５ ＰＦＩ on a line of its own, the explanation on the lines below (a glossary chapter of a prose plan).
    // The term is short and no sentence: ※効果額は見込みです。 is a remark, not a term.
    [GeneratedRegex(@"^\s*※\s*\d{0,2}\s*(?<t>[^\s:：。、][^:：。、]{0,40}?)\s*$")]
    private static partial Regex TermLine();

    // ※７　「書かない窓口」とは、…をいいます。 — the term in quotes, the sentence defining it kept whole.
    [GeneratedRegex(@"^\s*※\s*\d{0,2}\s*(?<x>「(?<t>[^」]{1,24})」とは.*)$")]
    private static partial Regex QuotedNote();
}
