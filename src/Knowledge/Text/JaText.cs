using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Gyokaku.Knowledge.Text;

/// <summary>
/// The one way text is compared: NFKC, lower case, no whitespace. Full-width digits, Kangxi radicals
/// (⾏ → 行), the radical look-alikes NFKC leaves (⺠ → 民) and spaced-out letters (B P R) all meet on the same form.
/// Answers still quote the original.
/// </summary>
public static partial class JaText
{
    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var s = Nfkc(text).ToLowerInvariant();
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            if (char.IsWhiteSpace(c)) continue;
            sb.Append(c is '〜' or '~' ? '～' : Gyokaku.Analysis.Japanese.RadicalLookalikes.Fold(c));
        }
        return sb.ToString();
    }

    /// <summary>NFKC with whitespace kept (for pattern matching on questions).</summary>
    /// <remarks>Circled numbers (①–⑳) are kept: they are markers (取組項目③), not the digits NFKC would make of them.</remarks>
    public static string Nfkc(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        if (!text.Any(IsCircled)) return text.Normalize(NormalizationForm.FormKC);
        var sb = new StringBuilder(text.Length);
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && !IsCircled(text[i])) continue;
            if (i > start) sb.Append(text[start..i].Normalize(NormalizationForm.FormKC));
            if (i < text.Length) sb.Append(text[i]);
            start = i + 1;
        }
        return sb.ToString();
    }

    public static bool IsCircled(char c) => c is >= '\u2460' and <= '\u2473';

    /// <summary>Hiragana turned into katakana (しゅうなん → シュウナン); other characters kept.</summary>
    public static string ToKatakana(string text) =>
        string.Concat(text.Select(c => c is >= '\u3041' and <= '\u3096' ? (char)(c + 0x60) : c));

    /// <summary>Character bigrams of a normalized text, skipping punctuation: the unit of every overlap score.</summary>
    public static IEnumerable<string> Bigrams(string normalized)
    {
        for (var i = 0; i + 1 < normalized.Length; i++)
        {
            char a = normalized[i], b = normalized[i + 1];
            if (!IsWordChar(a) || !IsWordChar(b)) continue;
            // 保の, の現: a particle glued to a word says nothing about the topic.
            if ((IsParticle(a) && !IsHiragana(b)) || (IsParticle(b) && !IsHiragana(a))) continue;
            yield return normalized.Substring(i, 2);
        }
    }

    public static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == 'ー' || c == '々' || c == '%' || c == '.';

    private static bool IsParticle(char c) => c is 'の' or 'は' or 'が' or 'を' or 'に' or 'で' or 'と' or 'へ' or 'も' or 'や';

    public static bool IsHiragana(char c) => c >= '\u3041' && c <= '\u309F';
    public static bool IsKatakana(char c) => c >= '\u30A0' && c <= '\u30FF';
    public static bool IsKanji(char c) => (c >= '\u4E00' && c <= '\u9FFF') || (c >= '\u3400' && c <= '\u4DBF') || c == '々';
    public static bool IsJapanese(char c) => IsHiragana(c) || IsKatakana(c) || IsKanji(c);

    /// <summary>
    /// How wide a line prints in monospaced output (pdftotext -layout, a fixed-width page): a full-width
    /// character counts two columns.
    /// </summary>
    public static int DisplayWidth(string line) => line.Sum(DisplayWidth);

    /// <summary>Two columns for wide and full-width characters (East Asian Width W/F), one for the rest.</summary>
    public static int DisplayWidth(char c)
    {
        if (char.IsSurrogate(c)) return 1;
        if (c is >= '\u1100' and <= '\u115F' or >= '\u2E80' and <= '\u303E' or >= '\u3041' and <= '\u33FF'
            or >= '\u3400' and <= '\u4DBF' or >= '\u4E00' and <= '\u9FFF' or >= '\uA000' and <= '\uA4CF'
            or >= '\uAC00' and <= '\uD7A3' or >= '\uF900' and <= '\uFAFF' or >= '\uFE30' and <= '\uFE4F'
            or >= '\uFF00' and <= '\uFF60' or >= '\uFFE0' and <= '\uFFE6') return 2;
        return CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark ? 0 : 1;
    }

    /// <summary>True when the text is written mostly in Latin letters (an English question).</summary>
    public static bool LooksEnglish(string text)
    {
        int latin = 0, japanese = 0;
        foreach (var c in Nfkc(text))
        {
            if (c is >= 'a' and <= 'z' or >= 'A' and <= 'Z') latin++;
            else if (IsJapanese(c)) japanese++;
        }
        // Japanese terms quoted inside an English sentence stay English: the words around them decide.
        return latin >= 12 && latin > japanese;
    }

    /// <summary>Removes HTML tags and markdown emphasis left by the PDF extraction, for display.</summary>
    public static string Clean(string text)
    {
        var s = HtmlTag().Replace(text, " ");
        s = s.Replace("&nbsp;", " ").Replace("&amp;", "&").Replace("**", "");
        return Spaces().Replace(s, " ").Trim();
    }

    /// <summary>
    /// Cuts a text into sentences and bullet points (。 ○ ・ ● ◆ list items, line and cell breaks) so an answer can
    /// quote the one that holds the fact instead of the whole cell.
    /// </summary>
    public static IReadOnlyList<string> Sentences(string text)
    {
        var cleaned = HtmlBreak().Replace(text, "\n");
        var result = new List<string>();
        foreach (var piece in SentenceBreak().Split(cleaned))
        {
            var s = Clean(piece).Trim(' ', '|', '\t', '-');
            if (s.Length > 0) result.Add(s);
        }
        return result;
    }

    [GeneratedRegex("<[^>]{0,200}>")]
    private static partial Regex HtmlTag();

    [GeneratedRegex(@"<\s*/?\s*(li|br|p|ul|ol|tr|td)[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlBreak();

    // (Not a ※ inside brackets: (※) marks a footnote, it opens no bullet. Nor a numbered ※ run into a word:
    // 実質公債費比率※４は、１０％未満を… points to glossary note ４ from inside its sentence.)
    [GeneratedRegex(@"(?<=。)|\n|\t|\|(?=\s)|(?=[○●◆◎■□])|(?<![(（\p{L}\p{N}ー])(?=※)|(?<=[\p{L}\p{N}ー])(?=※(?![0-9０-９]))|(?<=^|\s)(?=[・])|(?=\s[・])")]
    private static partial Regex SentenceBreak();

    [GeneratedRegex(@"[ \u3000]{2,}")]
    private static partial Regex Spaces();
}
