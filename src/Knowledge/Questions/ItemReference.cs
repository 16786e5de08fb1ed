using System.Text.RegularExpressions;

namespace Gyokaku.Knowledge.Questions;

/// <summary>
/// An item named by number in a question: 37, ３７, No.37, 37番, 項目37, 推進項目37, 重点取組No.6, 実施項目20番, №37, item 27;
/// with an optional sub-marker (推進項目3②, 取組項目③) or letter (具体的取組 a).
/// </summary>
public sealed record ItemReference(string? Number, string? Marker, string? Letter)
{
    /// <summary>The word the number was written with (推進項目, 実施項目 …), when one: it tells plans apart.</summary>
    public string? Label { get; init; }

    public override string ToString() => $"{Number}{Marker}{(Letter is null ? "" : " " + Letter)}";
}

/// <summary>A level of a plan's hierarchy named with its number: 大分類3, 施策1, 施策(2), 基本方針2.</summary>
public sealed record PathReference(string Level, string Number);

public static partial class ItemReferenceParser
{
    private const string Circled = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳";

    /// <summary>Finds the item reference in an NFKC question (years already masked), and masks it out.</summary>
    public static ItemReference? Find(ref string text)
    {
        string? number = null, marker = null, letter = null, label = null;
        // 1-(1)-①, 1-1-③-a: a compound number is the whole reference, written the way the plan prints it.
        var compound = Compound().Match(text);
        if (compound.Success)
        {
            text = Mask(text, compound);
            // ii-4 (Ⅱ－４) is written as the plan prints it: its Roman part upper case (II-4).
            var n = compound.Groups["n"].Value.Replace(" ", "");
            var dash = n.IndexOf('-');
            return new ItemReference(char.IsAsciiLetter(n[0]) ? n[..dash].ToUpperInvariant() + n[dash..] : n, null, null);
        }
        var m = Labelled().Match(text);
        if (!m.Success) m = Counted().Match(text);
        if (!m.Success) m = Bare().Match(text);
        if (m.Success)
        {
            number = m.Groups["n"].Value.TrimStart('0');
            if (number.Length == 0) number = "0";
            if (m.Groups["c"].Success) marker = m.Groups["c"].Value;
            if (m.Groups["lab"].Success) label = m.Groups["lab"].Value;
            text = Mask(text, m);
        }
        var c = CircledMarker().Match(text);
        if (marker is null && c.Success)
        {
            marker = c.Groups["c"].Value;
            text = Mask(text, c);
        }
        var l = LetterMarker().Match(text);
        if (l.Success)
        {
            letter = l.Groups["l"].Value.ToLowerInvariant();
            text = Mask(text, l);
        }
        return number is null && marker is null && letter is null ? null : new ItemReference(number, marker, letter) { Label = label };
    }

    /// <summary>Finds hierarchy references (大分類3, 小分類2, 施策1, 基本方針 I) and masks them out.</summary>
    public static IReadOnlyList<PathReference> FindPaths(ref string text)
    {
        // 基本方針１～３, 大分類1から4: a range of a level asks the level's entries, not one of them (and its last number
        // is no item's): the level's name is kept for the question's intent, the numbers go. (Not 施策1-2: a hyphen
        // joins the numbers of nested levels as often as it spans a range.)
        text = PathRange().Replace(text, m => " " + m.Groups["level"].Value + " ");
        var found = new List<PathReference>();
        foreach (Match m in PathLevel().Matches(text))
            found.Add(new PathReference(EnglishLevel(m.Groups["level"].Value), m.Groups["n"].Value));
        text = PathLevel().Replace(text, " ");
        return found;
    }

    // "basic policy 3" names the level the documents print as 基本方針３: the level, not item 3.
    private static string EnglishLevel(string level) => level.ToLowerInvariant() switch
    {
        "basic policy" => "基本方針",
        "basic goal" => "基本目標",
        _ => level,
    };

    public static int CircledValue(string marker) => Circled.IndexOf(marker, StringComparison.Ordinal) + 1;

    public static string CircledFor(int n) => n >= 1 && n <= Circled.Length ? Circled[n - 1].ToString() : n.ToString();

    private static string Mask(string text, Match m) => text[..m.Index] + " " + text[(m.Index + m.Length)..];

    [GeneratedRegex(@"(?<lab>重点取組|重点項目|推進項目|実施項目|取組項目|項目番号|項目|番号|No\.?|NO\.?|no\.?|Nr\.?|№|#|item\s*(?:No\.?|no\.?|number|#)?|Item\s*(?:No\.?|no\.?|#)?)\s*(?:(?<=[\p{IsCJKUnifiedIdeographs}]\s*)(?:No\.?|NO\.?|no\.?|№)\s*)?(?<n>\d{1,3})(?![\d.,])(?:\s*番(?!目標))?\s*(?<c>[①-⑳])?")]
    private static partial Regex Labelled();

    // A bracket is part of a number only as a pair: 1-(1)-①, but 取組3-3) in "(取組3-3)" is 3-3.
    // Ⅱ－４ (NFKC ii-4): a Roman numeral opens a compound number as a digit does.
    [GeneratedRegex(@"(?<![\d.,A-Za-z-])(?<n>(?:\d{1,2}|[ivxIVX]{1,4})\s*-\s*(?:\(\d{1,2}\)|\d{1,2})(?:\s*-\s*(?:\(\d{1,2}\)|\d{1,2}|[①-⑳]|[a-z](?![a-z])))*)(?![\d])")]
    private static partial Regex Compound();

    [GeneratedRegex(@"(?<![\d.,A-Za-z])(?<n>\d{1,3})\s*番(?!目標)(?<c>[①-⑳])?")]
    private static partial Regex Counted();

    // A bare number standing alone before a particle or the end: 「37の担当は？」. Not 2基金, 20業務, 3%.
    [GeneratedRegex(@"(?<![\d.,A-Za-z\p{IsCJKUnifiedIdeographs}])(?<n>\d{1,3})(?=\s*(?:の|は|って|について|[、,?？]|$))")]
    private static partial Regex Bare();

    [GeneratedRegex(@"(?:取組項目|取組)?\s*(?<c>[①-⑳])")]
    private static partial Regex CircledMarker();

    [GeneratedRegex(@"(?:具体的取組|具体的な取組)\s*[\(（]?(?<l>[a-zA-Z])[\)）]?(?![a-zA-Z])")]
    private static partial Regex LetterMarker();

    [GeneratedRegex(@"(?<level>大分類|小分類|基本方針|基本目標|施策|展開|戦略区分|実施方針|方針)\s*[\(（]?(?:\d{1,2}|[IVXivx]{1,4}|[ⅠⅡⅢⅣⅤ])[\)）]?\s*(?:[~～〜]|から)\s*[\(（]?(?:\d{1,2}|[IVXivx]{1,4}|[ⅠⅡⅢⅣⅤ])[\)）]?(?:まで)?")]
    private static partial Regex PathRange();

    // 推進項目 numbered by a Roman numeral or in brackets (推進項目Ⅱ, 推進項目(3)) is a level above the items; with a plain
    // number (推進項目37) it is an item.
    [GeneratedRegex(@"(?<level>大分類|小分類|基本方針|施策|展開|戦略区分|実施方針|方針|(?i:basic policy|basic goal)(?=\s*\d))\s*(?:\((?<n>\d{1,2})\)|(?<n>\d{1,2}|[IVXivx]{1,4}(?![a-z])|[ⅠⅡⅢⅣⅤ]))|(?<level>推進項目)\s*(?:\((?<n>\d{1,2})\)|(?<n>[IVXivx]{1,4}(?![a-z-])))")]
    private static partial Regex PathLevel();
}
