using System.Net;
using System.Text.RegularExpressions;

namespace Gyokaku.Knowledge.Reading.Layouts.Yamaguchi;

/// <summary>
/// Some cells came out of the extraction as HTML (&lt;p&gt;…&lt;/p&gt;, a &lt;table&gt; of 対象団体).
/// Turns them into the plain text a reader of the PDF sees: a line per paragraph or table row.
/// </summary>
internal static partial class HtmlText
{
    public static string ToPlain(string cell)
    {
        if (!cell.Contains('<')) return cell;
        var text = LineBreak().Replace(cell, "\n");
        text = CellEnd().Replace(text, " ");
        text = WebUtility.HtmlDecode(AnyTag().Replace(text, ""));
        var lines = text.Split('\n')
            .Select(l => Spaces().Replace(l, " ").Trim())
            .Where(l => l.Length > 0);
        return string.Join("\n", lines);
    }

    [GeneratedRegex(@"</p\s*>|<br\s*/?>|</tr\s*>", RegexOptions.IgnoreCase)]
    private static partial Regex LineBreak();

    [GeneratedRegex(@"</t[dh]\s*>", RegexOptions.IgnoreCase)]
    private static partial Regex CellEnd();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex AnyTag();

    [GeneratedRegex(@"[ \t　]{2,}")]
    private static partial Regex Spaces();
}
