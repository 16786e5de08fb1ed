using System.Text.RegularExpressions;
using Gyokaku.Knowledge.Reading.Text;

namespace Gyokaku.Knowledge.Reading.Layouts.Ogori;

/// <summary>
/// Turns a table cell as extracted (HTML fragments such as &lt;p&gt; and &lt;u&gt;, several ○ paragraphs
/// run together on one line) into plain text with one ○ paragraph per line. Words are never changed.
/// </summary>
public static partial class CellText
{
    public static string Clean(string cell)
    {
        var s = HtmlFragments.ToPlainText(cell).Text;
        var lines = new List<string>();
        foreach (var paragraph in s.Split('\n'))
            lines.AddRange(SplitBullets(paragraph));
        return string.Join("\n", lines);
    }

    /// <summary>
    /// "○A ○B" → "○A", "○B". A short bracketed label in front of a bullet ("(活用) ○…") stays on the
    /// bullet's line, because it names that paragraph.
    /// </summary>
    private static IEnumerable<string> SplitBullets(string paragraph)
    {
        var pieces = BeforeBullet().Split(paragraph).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        string? label = null;
        foreach (var piece in pieces)
        {
            if (Label().IsMatch(piece)) { label = label is null ? piece : label + " " + piece; continue; }
            yield return label is null ? piece : label + " " + piece;
            label = null;
        }
        if (label is not null) yield return label;
    }

    [GeneratedRegex(@"\s+(?=○)")]
    private static partial Regex BeforeBullet();

    [GeneratedRegex(@"^[（(][^（()）]{1,8}[)）]$")]
    private static partial Regex Label();
}
