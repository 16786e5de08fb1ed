using System.Net;
using System.Text.RegularExpressions;

namespace Gyokaku.Knowledge.Reading.Text;

/// <summary>A cell's text once its HTML is gone.</summary>
/// <param name="Text">Plain text, one line per paragraph / list item / table row, spaces inside a line collapsed; "" for an empty cell.</param>
/// <param name="HadBrokenTag">A tag was cut off (no closing '&gt;'): removed, but worth a warning.</param>
public readonly record struct PlainCell(string Text, bool HadBrokenTag);

/// <summary>
/// The PDF extractions left HTML fragments in some table cells (&lt;p&gt;, &lt;ul&gt;&lt;li&gt;, &lt;br&gt;,
/// a whole &lt;table&gt;, sometimes a tag missing its '&gt;'). Every layout turns them into the text a
/// reader of the PDF sees the same way: block tags become line breaks, other tags a space, entities
/// are decoded, and words and figures are never changed. Only real HTML tag names count as markup:
/// "R5&lt;R6" or "&lt;施策&gt;" in a cell are text.
/// </summary>
public static partial class HtmlFragments
{
    public static PlainCell ToPlainText(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw)) return new PlainCell("", false);
        var text = raw;
        var hadHtml = false;
        if (CompleteTag().IsMatch(text))
        {
            hadHtml = true;
            text = CompleteTag().Replace(text, m => Replacement(m.Groups["name"].Value));
        }
        var broken = BrokenTag().IsMatch(text);
        if (broken)
        {
            hadHtml = true;
            text = BrokenTag().Replace(text, " ");
        }
        // Entities only matter in cells that were HTML; plain text keeps a bare '&' as printed.
        if (hadHtml) text = WebUtility.HtmlDecode(text);
        var lines = text.Split('\n')
            .Select(l => Spaces().Replace(l, " ").Trim())
            .Where(l => l.Length > 0);
        return new PlainCell(string.Join("\n", lines), broken);
    }

    // Block tags end a line; table cells are separated by a space; inline formatting (<u>, <b> …)
    // sits inside a sentence and disappears without a trace.
    private static readonly HashSet<string> LineTags = ["li", "br", "p", "div", "tr", "ul", "ol", "table", "tbody", "thead"];
    private static readonly HashSet<string> CellTags = ["td", "th"];

    private static string Replacement(string tagName)
    {
        var name = tagName.ToLowerInvariant();
        return LineTags.Contains(name) ? "\n" : CellTags.Contains(name) ? " " : "";
    }

    private const string TagName = "(?:ul|ol|li|br|p|div|span|table|tbody|thead|tr|td|th|b|i|u|em|strong|font|a|sup|sub)";

    [GeneratedRegex(@"</?(?<name>" + TagName + @")(?:\s[^<>]*)?/?>", RegexOptions.IgnoreCase)]
    private static partial Regex CompleteTag();

    // What is left of a tag whose '>' was lost: the name and any attributes, e.g. <ul style="list-style-type: none"
    [GeneratedRegex(@"</?" + TagName + @"(?![A-Za-z0-9])(?:\s+[A-Za-z-]+\s*=\s*""[^""<>]*""?)*", RegexOptions.IgnoreCase)]
    private static partial Regex BrokenTag();

    [GeneratedRegex(@"[ \t　]{2,}")]
    private static partial Regex Spaces();
}
