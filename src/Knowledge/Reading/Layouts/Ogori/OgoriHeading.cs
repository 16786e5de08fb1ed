using System.Text;
using System.Text.RegularExpressions;

namespace Gyokaku.Knowledge.Reading.Layouts.Ogori;

/// <summary>
/// The heading lines of the 小郡市 layout: chapters "第3 実施方針", headings "2 効果的・効率的な行政運営"
/// and sub-headings "(1) 歳出の抑制". Numbers are read after NFKC, so "第３" and "（１）" count too.
/// </summary>
public sealed partial record OgoriHeading(OgoriHeading.Kind Level, string Number, string Title, int Line)
{
    public enum Kind { Chapter, Heading, SubHeading }

    /// <summary>The heading as printed, e.g. "(1) 歳出の抑制".</summary>
    public string Printed => Level switch
    {
        Kind.Chapter => $"第{Number} {Title}",
        Kind.SubHeading => $"({Number}) {Title}",
        _ => $"{Number} {Title}",
    };

    public static OgoriHeading? Parse(string line, int lineNumber)
    {
        var s = line.Trim();
        // Body text is long or ends a sentence; headings are short phrases.
        if (s.Length == 0 || s.Length > 40 || s.EndsWith('。') || s.Contains('|')) return null;
        var n = s.Normalize(NormalizationForm.FormKC);
        if (Chapter().Match(n) is { Success: true } c) return new(Kind.Chapter, c.Groups[1].Value, c.Groups[2].Value.Trim(), lineNumber);
        if (Sub().Match(n) is { Success: true } p) return new(Kind.SubHeading, p.Groups[1].Value, p.Groups[2].Value.Trim(), lineNumber);
        if (Plain().Match(n) is { Success: true } h) return new(Kind.Heading, h.Groups[1].Value, h.Groups[2].Value.Trim(), lineNumber);
        return null;
    }

    [GeneratedRegex(@"^第(\d{1,2})\s+(\S.*)$")]
    private static partial Regex Chapter();

    [GeneratedRegex(@"^\((\d{1,2})\)\s*(\S.*)$")]
    private static partial Regex Sub();

    // "1 これまでの経過" but not "2024年…" or "10%": a small number, a space, then words.
    [GeneratedRegex(@"^(\d{1,2})\s+([^\d\s].*)$")]
    private static partial Regex Plain();
}
