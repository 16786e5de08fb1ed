using System.Text.RegularExpressions;
using Gyokaku.Knowledge.Model;
using Gyokaku.Knowledge.Text;

namespace Gyokaku.Knowledge.Answering;

/// <summary>
/// A plan's own sentence counting its parts (プランに掲げる５つの柱、１６の取組を…, ８つの取組項目について): the
/// answer to 「柱はいくつで取組はいくつ？」 even where the reader did not make items or levels of them.
/// </summary>
internal static partial class CountStatement
{
    /// <summary>The nouns a question counts: 柱 and 取組 in 「柱はいくつで取組はいくつ？」, 項目 in 「何項目？」.</summary>
    public static IReadOnlyList<string> AskedNouns(string normalizedQuestion) =>
        AskedNoun().Matches(normalizedQuestion).Concat(EnglishAskedNoun().Matches(normalizedQuestion))
            .Select(m => m.Groups["n"].Value).Where(n => n.Length > 0).Distinct().ToList();

    /// <summary>The document's sentence that counts the most of <paramref name="nouns"/> (the first such), or null.</summary>
    public static (string Text, LineRange Lines)? Find(PlanDocument doc, IReadOnlyList<string> nouns)
    {
        if (nouns.Count == 0) return null;
        // ５つの柱 / １６の取組, and the noun as its own counter (合計 １８取組) or after a limit (１０人以内の委員).
        var patterns = nouns.Select(n => new Regex($@"(?<![\p{{IsCJKUnifiedIdeographs}}a-z0-9.,])[0-9]+(?:(?:つ|本|件|項目|個|人|名)(?:以内|以上|程度)?の|の)?{Regex.Escape(n)}")).ToList();
        (string Text, LineRange Lines, int Count)? best = null;
        foreach (var passage in doc.Passages)
        {
            var lines = passage.Text.Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                // (Spaces kept: 合計 １８取組 is a count, 合計１８ would not be one.)
                // A line about another plan of the series (第２次実施計画では、３４の取組のうち…) counts that plan's parts.
                // A sentence wrapped over the next lines is read and quoted to its 。: a count cut by the wrap
                // (６つの推進項 / 目、１７の取組) is still a count, of a noun that starts on this line.
                var end = i;
                while (end + 1 < lines.Length && end < i + 2 && !lines[end].TrimEnd().EndsWith('。') && lines[end + 1].Trim().Length > 0) end++;
                var text = string.Concat(lines[i..(end + 1)].Select(l => l.Trim()));
                var own = JaText.Nfkc(lines[i].Trim()).Length;
                var joined = JaText.Nfkc(text).ToLowerInvariant();
                var count = OtherPlanFacts.AskedOrdinal(JaText.Normalize(lines[i]), doc) is not null ? 0
                    : patterns.Count(p => p.Matches(joined).Any(m => m.Index < own));
                if (count == 0 || (best is not null && count <= best.Value.Count)) continue;
                best = (JaText.Clean(text), passage.Lines, count);
            }
        }
        return best is { } b ? (b.Text, b.Lines) : null;
    }

    // English counting a noun it also writes as the document does: "how many initiatives (取組)".
    [GeneratedRegex(@"how ?many[a-z -]{1,30}\((?<n>[\p{IsCJKUnifiedIdeographs}\p{IsKatakana}ー]{1,8})\)")]
    private static partial Regex EnglishAskedNoun();

    // A noun (kanji or katakana run) before いくつ / 何件…, or after 何本の / いくつの; 何項目 counts 項目.
    [GeneratedRegex(@"(?<n>[\p{IsCJKUnifiedIdeographs}\p{IsKatakana}ー]{1,8})(?:は|が)?(?:全部で|全体で|合わせて)?(?:いくつ|幾つ|何件|何個|何本|何つ)|(?:いくつ|幾つ|何本|何個|何つ)の(?<n>[\p{IsCJKUnifiedIdeographs}\p{IsKatakana}ー]{1,8})|何(?<n>項目|取組)")]
    private static partial Regex AskedNoun();
}
