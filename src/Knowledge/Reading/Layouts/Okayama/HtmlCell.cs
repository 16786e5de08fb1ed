using System.Net;
using System.Text.RegularExpressions;

namespace Gyokaku.Knowledge.Reading.Layouts.Okayama;

/// <summary>A table cell's text once HTML is gone: one line per list item / "・" bullet.</summary>
/// <param name="Text">The cleaned text; lines separated by "\n"; empty when the cell was empty.</param>
/// <param name="HadBrokenTag">A tag was cut off (no closing '&gt;'): removed, but worth a warning.</param>
internal readonly record struct CleanCell(string Text, bool HadBrokenTag);

/// <summary>
/// Cleans one cell of the 岡山市 tables. The PDF extraction left HTML fragments in some cells
/// (<c>&lt;ul style="…"&gt; ・…</c>); the list structure they carried is kept as separate lines,
/// everything else (figures, units, spacing inside a line) stays as printed.
/// </summary>
internal static partial class HtmlCell
{
    public static CleanCell Clean(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw)) return new CleanCell("", false);
        var text = raw;
        var hadHtml = false;
        if (CompleteTag().IsMatch(text))
        {
            hadHtml = true;
            // A list item or line break starts a new line; any other tag is just a separator.
            text = CompleteTag().Replace(text, m => LineTags.Contains(m.Groups["name"].Value.ToLowerInvariant()) ? "\n" : " ");
        }
        var broken = BrokenTag().IsMatch(text);
        if (broken)
        {
            hadHtml = true;
            text = BrokenTag().Replace(text, " ");
        }
        // Entities only matter in cells that were HTML; plain text keeps a bare '&' as printed.
        if (hadHtml) text = WebUtility.HtmlDecode(text);
        return new CleanCell(SplitBullets(text), broken);
    }

    /// <summary>"・a ・b" printed on one flattened line becomes one line per bullet.</summary>
    private static string SplitBullets(string text)
    {
        var lines = BeforeBullet().Replace(text, "\n")
            .Split('\n')
            .Select(l => Spaces().Replace(l, " ").Trim())
            .Where(l => l.Length > 0);
        return string.Join("\n", lines);
    }

    private static readonly HashSet<string> LineTags = ["li", "br", "p", "div", "tr"];

    // Only real HTML tag names: "R5<R6" or "<施策>" in a cell are text, not markup.
    private const string TagName = "(?:ul|ol|li|br|p|div|span|table|tbody|thead|tr|td|th|b|i|u|em|strong|font|a|sup|sub)";

    [GeneratedRegex(@"</?(?<name>" + TagName + @")(?:\s[^<>]*)?/?>", RegexOptions.IgnoreCase)]
    private static partial Regex CompleteTag();

    // What is left of a tag whose '>' was lost: the name and any attributes, e.g. <ul style="list-style-type: none"
    [GeneratedRegex(@"</?" + TagName + @"(?![A-Za-z0-9])(?:\s+[A-Za-z-]+\s*=\s*""[^""<>]*""?)*", RegexOptions.IgnoreCase)]
    private static partial Regex BrokenTag();

    [GeneratedRegex(@"\s+(?=・)")]
    private static partial Regex BeforeBullet();

    [GeneratedRegex(@"[ \t]{2,}")]
    private static partial Regex Spaces();
}
