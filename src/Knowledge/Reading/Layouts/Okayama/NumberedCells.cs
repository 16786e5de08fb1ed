using System.Text;
using System.Text.RegularExpressions;

namespace Gyokaku.Knowledge.Reading.Layouts.Okayama;

/// <summary>A cell that starts with its number: "1 健全で…", "1) 財政運営…", "③ 税金等…", "a) 口座振替…".</summary>
/// <param name="Number">The number in plain form: "1", "③" (circled numbers are kept: they are the printed key), "a".</param>
/// <param name="Printed">The number as printed: "1", "1)", "③", "a)", "○".</param>
/// <param name="Title">The rest of the cell, as printed.</param>
internal sealed record NumberedTitle(string? Number, string Printed, string Title);

/// <summary>Splits the numbered cells of the 岡山市 tables (施策, 展開, 取組項目, 具体的取組) into number and title.</summary>
internal static partial class NumberedCells
{
    /// <summary>施策: "1 健全で持続可能な財政運営".</summary>
    public static NumberedTitle? Measure(string cell) => Split(MeasurePattern().Match(cell));

    /// <summary>展開: "1) 財政運営の健全性確保" or "1)財政運営の健全性確保".</summary>
    public static NumberedTitle? Development(string cell) => Split(DevelopmentPattern().Match(cell));

    /// <summary>取組項目: "① 財政の健全性の維持・確保", "④新たな財源の確保".</summary>
    public static NumberedTitle? Item(string cell) => Split(CircledPattern().Match(cell), keepPrinted: true);

    /// <summary>
    /// 具体的取組: "a) 口座振替…" (numbered a, b, …) or "○働き方改革…" (a bullet: printed, but no number).
    /// </summary>
    public static NumberedTitle? Concrete(string cell)
    {
        var m = LetterPattern().Match(cell);
        if (m.Success) return Split(m);
        m = BulletPattern().Match(cell);
        return m.Success ? new NumberedTitle(null, m.Groups["printed"].Value, m.Groups["title"].Value) : null;
    }

    private static NumberedTitle? Split(Match m, bool keepPrinted = false)
    {
        if (!m.Success) return null;
        // Full-width digits and letters (１, ａ) are the same number; circled ones stay as printed
        // (NFKC would turn ③ into 3, and "1-1-③" is how the document's numbering reads).
        var n = m.Groups["n"].Value;
        var number = keepPrinted ? n : n.Normalize(NormalizationForm.FormKC).ToLowerInvariant();
        return new NumberedTitle(number, Regex.Replace(m.Groups["printed"].Value, @"\s", ""), m.Groups["title"].Value);
    }

    [GeneratedRegex(@"^\s*(?<printed>(?<n>[0-9０-９]{1,2}))\s*(?<title>[^\s)）].*?)\s*$")]
    private static partial Regex MeasurePattern();

    [GeneratedRegex(@"^\s*(?<printed>(?<n>[0-9０-９]{1,2})\s*[)）])\s*(?<title>\S.*?)\s*$")]
    private static partial Regex DevelopmentPattern();

    [GeneratedRegex(@"^\s*(?<printed>(?<n>[\u2460-\u2473\u3251-\u325F\u32B1-\u32BF]))\s*(?<title>\S.*?)\s*$")]
    private static partial Regex CircledPattern();

    [GeneratedRegex(@"^\s*(?<printed>(?<n>[a-zA-Zａ-ｚＡ-Ｚ])\s*[)）])\s*(?<title>\S.*?)\s*$")]
    private static partial Regex LetterPattern();

    [GeneratedRegex(@"^\s*(?<printed>[○〇◯●◎])\s*(?<title>\S.*?)\s*$")]
    private static partial Regex BulletPattern();
}
