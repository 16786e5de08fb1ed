using System.Text.RegularExpressions;
using Gyokaku.Knowledge.Reading.Text;

namespace Gyokaku.Knowledge.Reading.Layouts.Okayama;

/// <summary>
/// Cleans one cell of the 岡山市 tables. The PDF extraction left HTML fragments in some cells
/// (<c>&lt;ul style="…"&gt; ・…</c>); the list structure they carried is kept as separate lines,
/// everything else (figures, units, spacing inside a line) stays as printed.
/// </summary>
internal static partial class HtmlCell
{
    public static PlainCell Clean(string? raw)
    {
        var plain = HtmlFragments.ToPlainText(raw);
        return plain with { Text = SplitBullets(plain.Text) };
    }

    /// <summary>"・a ・b" printed on one flattened line becomes one line per bullet.</summary>
    private static string SplitBullets(string text)
    {
        var lines = BeforeBullet().Replace(text, "\n")
            .Split('\n')
            .Select(l => l.Trim())
            .Where(l => l.Length > 0);
        return string.Join("\n", lines);
    }

    [GeneratedRegex(@"\s+(?=・)")]
    private static partial Regex BeforeBullet();
}
