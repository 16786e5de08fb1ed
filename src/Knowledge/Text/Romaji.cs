using System.Text;

namespace Gyokaku.Knowledge.Text;

/// <summary>
/// Hiragana to romaji the ways people type a Japanese place name in English: Hepburn with the long vowels
/// doubled (shuunan), dropped (shunan, the usual signage spelling) or with macrons (shūnan).
/// </summary>
public static class Romaji
{
    private static readonly Dictionary<string, string> Syllables = Build();

    /// <summary>The spellings of a hiragana word, the commonest first; empty when it holds a character that is not hiragana.</summary>
    public static IReadOnlyList<string> Spellings(string hiragana)
    {
        var doubled = Hepburn(hiragana);
        if (doubled is null) return [];
        var dropped = doubled.Replace("ou", "o").Replace("uu", "u").Replace("oo", "o");
        var macron = doubled.Replace("ou", "ō").Replace("uu", "ū").Replace("oo", "ō");
        return new[] { dropped, doubled, macron }.Distinct().ToList();
    }

    /// <summary>Hepburn romaji with long vowels written out (しゅうなん → shuunan), or null.</summary>
    public static string? Hepburn(string hiragana)
    {
        var sb = new StringBuilder();
        var geminate = false;
        for (var i = 0; i < hiragana.Length; i++)
        {
            var c = hiragana[i];
            if (c == 'っ') { geminate = true; continue; }
            string? syllable = null;
            if (i + 1 < hiragana.Length && Syllables.TryGetValue(hiragana.Substring(i, 2), out var two)) { syllable = two; i++; }
            else if (Syllables.TryGetValue(c.ToString(), out var one)) syllable = one;
            if (syllable is null) return null;
            if (geminate) sb.Append(syllable.StartsWith("ch", StringComparison.Ordinal) ? 't' : syllable[0]);
            geminate = false;
            // ん before a vowel or y is written n' in strict Hepburn; place names drop the apostrophe.
            sb.Append(syllable);
        }
        return sb.ToString();
    }

    private static Dictionary<string, string> Build()
    {
        var table = new Dictionary<string, string>();
        const string kana = "あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろわゐゑをん"
            + "がぎぐげござじずぜぞだぢづでどばびぶべぼぱぴぷぺぽ";
        string[] roman =
        [
            "a", "i", "u", "e", "o", "ka", "ki", "ku", "ke", "ko", "sa", "shi", "su", "se", "so", "ta", "chi", "tsu", "te", "to",
            "na", "ni", "nu", "ne", "no", "ha", "hi", "fu", "he", "ho", "ma", "mi", "mu", "me", "mo", "ya", "yu", "yo",
            "ra", "ri", "ru", "re", "ro", "wa", "i", "e", "o", "n",
            "ga", "gi", "gu", "ge", "go", "za", "ji", "zu", "ze", "zo", "da", "ji", "zu", "de", "do",
            "ba", "bi", "bu", "be", "bo", "pa", "pi", "pu", "pe", "po",
        ];
        for (var i = 0; i < kana.Length; i++) table[kana[i].ToString()] = roman[i];
        // Contracted syllables: きゃ kya, しゃ sha, ちゃ cha, じゃ ja …
        foreach (var (first, stem) in new[] { ("き", "ky"), ("ぎ", "gy"), ("し", "sh"), ("じ", "j"), ("ち", "ch"), ("ぢ", "j"), ("に", "ny"),
                     ("ひ", "hy"), ("び", "by"), ("ぴ", "py"), ("み", "my"), ("り", "ry") })
            foreach (var (small, vowel) in new[] { ("ゃ", "a"), ("ゅ", "u"), ("ょ", "o") })
                table[first + small] = stem + vowel;
        table["ー"] = "";
        return table;
    }
}
