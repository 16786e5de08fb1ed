using System.Text.RegularExpressions;
using Gyokaku.Analysis.Japanese;
using Gyokaku.Analysis.Japanese.TokenAttributes;
using Gyokaku.Knowledge.Text;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace Gyokaku.Knowledge.Questions;

/// <summary>
/// The words a question is about, read with the IPADIC analyzer: nouns by their surface, verbs and adjectives
/// by their stem (開いた / 開催した → 開, matched against any inflection), without particles, auxiliaries,
/// numbers, pronouns and ask-words (何, いくつ, どう). What sentence search matches a document's text against.
/// </summary>
public static partial class ContentWords
{
    // Ask-words and light verbs: they say how the question asks, not what about.
    private static readonly HashSet<string> AskWords =
    [
        "何", "なに", "なん", "いくつ", "いくら", "どう", "どこ", "どれ", "どの", "いつ", "誰", "だれ", "くらい", "ぐらい",
        "する", "ある", "いる", "なる", "れる", "られる", "できる", "教える", "くださる", "下さる", "いう", "言う", "みる", "こと", "もの",
        "ため", "よう", "とき", "時", "市", "件", "回", "人", "年度", "年", "度", "現在", "場合",
        // Nouns that ask (結んだ相手, 移管先, その内容): the answer names the thing, not these words.
        "相手", "内容", "方法", "理由", "場所", "時期", "名前", "名称", "状況", "具体", "先", "記載", "掲載",
    ];

    private static readonly char[] HiraganaChars = Enumerable.Range(0x3041, 0x309F - 0x3041 + 1).Select(c => (char)c).ToArray();

    private static readonly JapaneseAnalyzer Analyzer = new(LuceneVersion.LUCENE_48);

    public static IReadOnlyList<string> Of(string text) => Read(text).Words;

    /// <summary>The last noun of the text: in a question, what it asks for (収入額 → 収入, 職員数 → 職員, 投票所).</summary>
    public static string? Focus(string text) => Read(text).LastNoun;

    private static (List<string> Words, string? LastNoun) Read(string text)
    {
        var words = new List<string>();
        string? lastNoun = null;
        if (string.IsNullOrWhiteSpace(text)) return (words, null);
        lock (Analyzer)
        {
            using var stream = Analyzer.GetTokenStream("q", text);
            var term = stream.GetAttribute<ICharTermAttribute>();
            var increment = stream.GetAttribute<IPositionIncrementAttribute>();
            var pos = stream.GetAttribute<IPartOfSpeechAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                // Search mode repeats a compound over its parts (increment 0): the parts are enough.
                if (increment.PositionIncrement == 0) continue;
                var tag = pos.GetPartOfSpeech() ?? "";
                var word = Word(term.ToString(), tag);
                if (word is null) continue;
                if (!words.Contains(word)) words.Add(word);
                // 予定していた / 計画では say which kind of statement is asked, not what it is about.
                if (tag.StartsWith("名詞") && word is not ("予定" or "計画" or "実績" or "目標")) lastNoun = word;
            }
            stream.End();
        }
        return (words, lastNoun);
    }

    /// <summary>True when the question asks for a count or a figure (何回 / いくら / 何人 / どのくらい / how many).</summary>
    public static bool AsksQuantity(string question) => Quantity().IsMatch(question);

    /// <summary>True when the question asks what happened (進んだ？ / 開いた？ / did …): a result, not an intention.</summary>
    public static bool AsksWhatHappened(string question) => Past().IsMatch(question);

    [GeneratedRegex(@"(た|だ|でした)(か|の)?[?？]?$|\bdid\b|\bwas\b|\bwere\b")]
    private static partial Regex Past();

    private static string? Word(string surface, string partOfSpeech)
    {
        var w = JaText.Normalize(surface);
        if (w.Length == 0 || AskWords.Contains(w)) return null;
        if (partOfSpeech.StartsWith("名詞-数") || partOfSpeech.StartsWith("名詞-代名詞") || partOfSpeech.StartsWith("名詞-非自立")
            || partOfSpeech.StartsWith("名詞-接尾") && w.Length == 1 || partOfSpeech.StartsWith("接頭詞") || partOfSpeech.Contains("非自立")) return null;
        if (w.All(char.IsAsciiDigit)) return null;
        if (partOfSpeech.StartsWith("動詞") || partOfSpeech.StartsWith("形容詞"))
        {
            // The stem matches every inflection in the text (開く → 開いた, 進む → 進んだ).
            var stem = w.TrimEnd(HiraganaChars);
            return stem.Length == 0 ? null : stem;
        }
        if (w.All(JaText.IsHiragana)) return null;
        return w;
    }

    [GeneratedRegex(@"何回|何人|何件|何か所|何箇所|何校|何橋|何団体|何名|何社|いくら|いくつ|どのくらい|どれくらい|どれだけ|どの程度|何%|何パーセント|件数|人数|回数|金額|予算|費用|経費|額は|率|数は|how many|how much|number of|rate|budget|cost")]
    private static partial Regex Quantity();
}
