using System.Text.RegularExpressions;

namespace Gyokaku.Knowledge.Reading.Layouts.Structured;

/// <summary>
/// A line that opens a numbered item: No.12, №12, 項目12, 取組番号12, 12., (12), １２　title, 1-(1)-①, ①, or a
/// title that ends in its number (ア 窓口改革〔No.12〕).
/// <see cref="Family"/> tells the kinds of marker apart, so a block runs to the next marker of its own kind.
/// </summary>
internal sealed partial record ItemMarker(string Family, string Number, string Printed, string Label, string Title, int Line)
{
    public const string DefaultLabel = "項目";

    public static ItemMarker? Read(MappedLine line, int lineNumber)
    {
        var s = line.Normalized;
        var lead = Decoration().Match(s).Length;
        var rest = s[lead..];
        if (rest.Length == 0) return null;
        if (Trailing(line, lead, lineNumber) is { } trailing) return trailing;
        foreach (var (family, pattern) in Patterns)
        {
            var m = pattern.Match(rest);
            if (!m.Success) continue;
            var end = lead + m.Length;
            var title = Clean(line.OriginalFrom(end));
            var printed = line.OriginalRange(lead, m.Length).Trim('【', '】', '[', ']', ' ', '　');
            var word = m.Groups["lab"].Success ? m.Groups["lab"].Value : "";
            var label = word.Length > 0 && !word.StartsWith("No", StringComparison.OrdinalIgnoreCase) ? word.Replace("番号", "") : DefaultLabel;
            if (label.Length == 0) label = DefaultLabel;
            var number = m.Groups["n"].Value;
            return new ItemMarker(family + word, ItemBuilder.NumberOf(number), printed, label, title, lineNumber);
        }
        return null;
    }

    /// <summary>
    /// A title line that ends in its number in brackets (ア 窓口改革〔No.12〕, ① 補助金の見直し（No.3）). The
    /// printed No. numbers the item; an enumerator before the title (ア, ①, （１）) only orders it under its 施策.
    /// A line of cells or a sentence citing items (…の推進（No.16）、…) is no title line.
    /// </summary>
    private static ItemMarker? Trailing(MappedLine line, int lead, int lineNumber)
    {
        var m = TrailingNo().Match(line.Normalized);
        if (!m.Success || line.Original.Contains('\t') || m.Index - lead > 40) return null;
        var before = line.Normalized[lead..m.Index];
        if (before.Contains('、') || before.Contains('。')) return null;
        var title = Clean(Enumerator().Replace(line.OriginalRange(lead, m.Index - lead), "")).TrimEnd();
        if (title.Length == 0) return null;
        var printed = m.Groups["p"].Value;
        return new ItemMarker("trailing-no", ItemBuilder.NumberOf(m.Groups["n"].Value), printed, DefaultLabel, title, lineNumber);
    }

    // What stands between a marker and its title: spaces, ：, ．, 、, closing brackets.
    private static string Clean(string title) => title.TrimStart(' ', '　', ':', '：', '.', '．', '、', ')', '）', '】', ']', '-', '\t').Trim();

    private static readonly (string Family, Regex Pattern)[] Patterns =
    [
        ("no", NoMarker()),
        ("word", WordMarker()),
        ("compound", CompoundMarker()),
        ("paren", ParenMarker()),
        ("dot", DotMarker()),
        ("space", SpaceMarker()),
        ("circled", CircledMarker()),
    ];

    [GeneratedRegex(@"^[\s#■●◆◇□▼▽▪【\[]*")]
    private static partial Regex Decoration();

    [GeneratedRegex(@"\s*[〔\[【（(＜<]\s*(?<p>(?:No|NO|№)\s*\.?\s*(?<n>\d{1,3}))\s*[〕\]】）)＞>]\s*$")]
    private static partial Regex TrailingNo();

    // ア, イ, ①, (1), 1), 1. before a title: the order under its heading, not the item's number.
    [GeneratedRegex(@"^[\s　]*(?:[ア-ンｱ-ﾝ][\s　.．、]|[①-⑳][\s　]*|[(（]\d{1,2}[)）][\s　]*|\d{1,2}[).．、）][\s　]*)")]
    private static partial Regex Enumerator();

    [GeneratedRegex(@"^(?<lab>No|NO)\s*\.?\s*(?<n>\d{1,3})(?![\d.,])\s*[】\]]?")]
    private static partial Regex NoMarker();

    // 取組1-4, 取組Ⅰ－１ (NFKC: I-1): a word marker's number may be compound (柱-取組), its first part a Roman
    // numeral; reading only its first part would merge every item of a 柱 into one and leave the title starting
    // with the rest of the number.
    [GeneratedRegex(@"^(?<lab>[\p{IsCJKUnifiedIdeographs}]{0,4}(?:項目|番号|取組|取り組み))\s*(?:番号|No\.?)?\s*(?<n>(?:[IVX]{1,4}-)?\d{1,3}(?:-\d{1,2})?)(?![\d.,%]|-\d)\s*[】\]]?")]
    private static partial Regex WordMarker();

    // Ⅱ－３ (NFKC: II-3) numbers an item under the outline's Roman-numbered level as 2-3 would.
    [GeneratedRegex(@"^(?<n>(?:\d{1,2}|[IVX]{1,4})-\(?\d{1,2}\)?(?:-(?:\(?\d{1,2}\)?|[①-⑳]))*)(?![\d])")]
    private static partial Regex CompoundMarker();

    [GeneratedRegex(@"^\((?<n>\d{1,3})\)")]
    private static partial Regex ParenMarker();

    [GeneratedRegex(@"^(?<n>\d{1,3})[.、](?![\d])")]
    private static partial Regex DotMarker();

    [GeneratedRegex(@"^(?<n>\d{1,3})\s+(?=\S)")]
    private static partial Regex SpaceMarker();

    [GeneratedRegex(@"^(?<n>[①-⑳])")]
    private static partial Regex CircledMarker();
}
