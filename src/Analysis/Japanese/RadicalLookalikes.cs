namespace Gyokaku.Analysis.Japanese;

/// <summary>
/// PDF extraction sometimes prints a kanji as its look-alike from the CJK Radicals Supplement (市⺠ for 市民, ⻑期 for
/// 長期). NFKC folds the Kangxi radicals (⼤ → 大) but not these, so text is compared through this fold as well.
/// It is for matching only: answers quote the document's own characters.
/// </summary>
public static class RadicalLookalikes
{
    // Only the radicals whose glyph is a whole kanji in everyday use; component forms (⺮, ⻖) stand for no word.
    private static readonly Dictionary<char, char> Kanji = new()
    {
        ['\u2EA0'] = '民', ['\u2ED1'] = '長', ['\u2EC4'] = '西', ['\u2ED8'] = '青', ['\u2EDD'] = '食',
        ['\u2EE4'] = '鬼', ['\u2EA9'] = '王', ['\u2EC1'] = '虎', ['\u2EC6'] = '角', ['\u2EF2'] = '亀',
        ['\u2EED'] = '歯', ['\u2EE9'] = '黄', ['\u2EEB'] = '斉', ['\u2EE8'] = '麦',
    };

    public static char Fold(char c) => c is >= '\u2E80' and <= '\u2EFF' && Kanji.TryGetValue(c, out var k) ? k : c;

    /// <summary>The text with each look-alike replaced by its kanji (same length, so offsets still hold).</summary>
    public static string Fold(string text)
    {
        if (!text.Any(c => c is >= '\u2E80' and <= '\u2EFF')) return text;
        return string.Create(text.Length, text, (span, s) => { for (var i = 0; i < s.Length; i++) span[i] = Fold(s[i]); });
    }
}
