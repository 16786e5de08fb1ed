using System.Text.RegularExpressions;
using Gyokaku.Knowledge.Text;

namespace Gyokaku.Knowledge.Reading.Layouts.Structured;

/// <summary>
/// What a printed page repeats around its content — a page number (－ ３ －, - 3 -, 3 / 10) and a running
/// header (the plan's title again at the top of each page) — and the form feed between pages. None of it is
/// part of an item or a table: such lines read as blank, so a table or a cell broken by a page goes on.
/// </summary>
internal static partial class PageFurniture
{
    /// <summary>The lines with page furniture blanked and form feeds dropped; as many lines as given.</summary>
    public static IReadOnlyList<string> Clean(IReadOnlyList<string> lines)
    {
        var texts = lines.Select(AfterPageBreak).ToList();
        var counts = texts.Select(Key).Where(k => k.Length > 0).GroupBy(k => k).ToDictionary(g => g.Key, g => g.Count());
        var clean = new string[texts.Count];
        var pageStart = true;
        for (var i = 0; i < texts.Count; i++)
        {
            var newPage = lines[i].Contains('\f');
            if (IsPageNumber(texts[i])) { clean[i] = ""; pageStart = true; continue; }
            // A line opening a page that the document prints at the top of other pages too is a running header:
            // twice after a form feed, three times after a page number.
            if ((pageStart || newPage) && texts[i].Trim().Length > 0 && counts.GetValueOrDefault(Key(texts[i])) >= (newPage ? 2 : 3) && !texts[i].TrimStart().StartsWith('【'))
            {
                clean[i] = "";
                pageStart = false;
                continue;
            }
            clean[i] = texts[i];
            if (texts[i].Trim().Length > 0) pageStart = false;
        }
        return clean;
    }

    /// <summary>
    /// A line with its form feed dropped. A page number printed on the same line before the form feed
    /// (- 3 -\f花巻市行財政改革推進計画) ends the page above: only what follows the form feed is the line.
    /// </summary>
    private static string AfterPageBreak(string line)
    {
        var feed = line.IndexOf('\f');
        if (feed > 0 && IsPageNumber(line[..feed])) return line[(feed + 1)..].Replace("\f", "");
        return line.Replace("\f", "");
    }

    private static string Key(string line) => JaText.Nfkc(line).Replace(" ", "").Replace("\u3000", "");

    internal static bool IsPageNumber(string line) => PageNumber().IsMatch(JaText.Nfkc(line));

    [GeneratedRegex(@"^\s*(?:[-―—–ー‐]\s*\d{1,3}\s*[-―—–ー‐]|\d{1,3}\s*/\s*\d{1,3}|[-―—–ー‐]\s*[一二三四五六七八九十]{1,3}\s*[-―—–ー‐]|[pP]\.\s*\d{1,3})\s*$")]
    private static partial Regex PageNumber();
}
