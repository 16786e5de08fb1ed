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
        // Adverbs of talk (結局いつ開いた？, 実際どうだった？): how staff ask, nothing a statement prints.
        "結局", "一体", "実際",
    ];

    // When a question's words are read, these say when, not what: never the asked noun (何回開いた … 上半期は).
    private static readonly HashSet<string> TimeWords = ["上半期", "下半期", "半期", "上期", "下期", "年度末", "期末", "当初"];

    /// <summary>True for a word that says when (上半期, 年度末), like a year: no statement needs to print it to answer.</summary>
    public static bool IsTimeWord(string word) => TimeWords.Contains(word);

    /// <summary>
    /// Verbs as staff say them and the nouns plans write for them (載せた ~ 掲載, 開いた ~ 開催, やった ~ 実施), by the
    /// verb's stem (its base form when the stem is all kana: やる). A word matches a text holding it or one of these.
    /// </summary>
    private static readonly Dictionary<string, string[]> VerbNouns = new()
    {
        ["載"] = ["掲載"],
        ["開"] = ["開催", "開設", "開始"],
        ["やる"] = ["実施", "行"],
        ["行"] = ["実施"],
        ["作"] = ["作成", "策定", "制作"],
        ["決"] = ["決定", "策定"],
        ["閉"] = ["閉校", "閉園", "閉館", "閉鎖"],
        ["始"] = ["開始", "導入"],
        ["入"] = ["導入"],
        ["使"] = ["活用", "利用"],
        ["増"] = ["増加", "拡大", "拡充"],
        ["減"] = ["削減", "減少"],
        ["調"] = ["調査"],
        ["選"] = ["選定"],
        ["配"] = ["配布", "配付", "配置"],
        ["結"] = ["締結"],
        ["変"] = ["変更", "改正"],
        ["売"] = ["売却"],
        ["終"] = ["終了", "完了"],
        ["送"] = ["派遣", "送付"],
        // どこを統合した: plans write the merging of facilities as 統廃合 (or 集約).
        ["統合"] = ["統廃合", "集約"],
        ["分"] = ["わか"],
    };

    /// <summary>The nouns plans write for a verb's stem (開 → 開催, 開設, 開始); none for any other word.</summary>
    public static IReadOnlyList<string> NounsFor(string word) => VerbNouns.TryGetValue(word, out var nouns) ? nouns : [];

    /// <summary>True when the normalized text holds the word or a noun written for it (載 → 掲載).</summary>
    public static bool Matches(string text, string word) =>
        text.Contains(word, StringComparison.Ordinal)
        || VerbNouns.TryGetValue(word, out var nouns) && nouns.Any(n => text.Contains(n, StringComparison.Ordinal));

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
            var offset = stream.GetAttribute<IOffsetAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                // Search mode repeats a compound over its parts (increment 0): the parts are enough.
                if (increment.PositionIncrement == 0) continue;
                var tag = pos.GetPartOfSpeech() ?? "";
                var word = Word(term.ToString(), tag);
                if (word is null || AsksLevel(text, offset.StartOffset, word)) continue;
                if (!words.Contains(word)) words.Add(word);
                // 予定していた / 計画では say which kind of statement is asked, not what it is about.
                if (tag.StartsWith("名詞") && word is not ("予定" or "計画" or "実績" or "目標") && !TimeWords.Contains(word)) lastNoun = word;
            }
            stream.End();
        }
        return (words, lastNoun);
    }

    /// <summary>True when the question asks for a count or a figure (何回 / いくら / 何人 / どのくらい / how many).</summary>
    /// (Not a how-question: 予算編成では事業費をどうやって精査した？ asks a method, its 予算 and 事業費 are its topic.)
    public static bool AsksQuantity(string question) => Quantity().IsMatch(question) && !AsksHow(question) && !QuantityIsTopic(question);

    /// <summary>
    /// 経費削減のために何を見直す: a measure's name (経費, 件数, 予算) with a what-ask (何を, 何が, どんな) after it is
    /// what the question is about; the ask comes last in Japanese and asks a statement, not a figure.
    /// (Any real count word — いくら, 何件, how many — keeps it a quantity question.)
    /// </summary>
    private static bool QuantityIsTopic(string question)
    {
        var matches = Quantity().Matches(question);
        if (matches.Any(m => !MeasureName().IsMatch(m.Value))) return false;
        var last = matches[^1];
        return WhatAsk().IsMatch(question[(last.Index + last.Length)..]);
    }

    [GeneratedRegex(@"^(件数|人数|回数|金額|予算|費用|経費|率)$")]
    private static partial Regex MeasureName();

    [GeneratedRegex(@"何を|何が|何に|どんな|どういう")]
    private static partial Regex WhatAsk();

    /// <summary>True when the question asks a way of doing (どうやって / どのように / in what way): a statement of the method answers.</summary>
    public static bool AsksHow(string question) => How().IsMatch(question);

    [GeneratedRegex(@"どうやって|どのように|どのような方法|どんな方法|どういう方法|\bwhat method\b|\bin what way\b|\bby what means\b", RegexOptions.IgnoreCase)]
    private static partial Regex How();

    /// <summary>What kind of answer the question asks for: a figure, a date, a name, or any statement.</summary>
    public static AnswerType Asks(string question) =>
        AsksQuantity(question) ? AnswerType.Quantity
        : When().IsMatch(question) ? AnswerType.Date
        : Which().IsMatch(question) ? AnswerType.Name
        : AnswerType.Any;

    /// <summary>
    /// The units a count question names (何人 → 人 or 名, 何回 → 回, いくら → 円 …) as a regex alternation, or null
    /// when any figure may answer: 2回 is no answer to 何人.
    /// </summary>
    public static string? AskedUnits(string question) => UnitsOf(Unquoted(question));

    /// <summary>The question without what it quotes: 「職員数の適正化」 names an item, it asks no count of people.</summary>
    public static string Unquoted(string question) => QuotedName().Replace(question, " ");

    [GeneratedRegex(@"「[^「」]*」|『[^『』]*』")]
    private static partial Regex QuotedName();

    private static string? UnitsOf(string question) =>
        // A share of something counted (件数の割合, 人数の増加率) asks a rate, not the count.
        Rate().IsMatch(question) ? null
        // 施策は何本: the plan's own parts, counted by the bot from its outline, not a figure printed with 本.
        : PartsCount().IsMatch(question) ? null
        : Persons().IsMatch(question) ? "人|名" : Times().IsMatch(question) ? "回" : Cases().IsMatch(question) ? "件"
        : Schools().IsMatch(question) ? "校" : Places().IsMatch(question) ? "か所|箇所|ヶ所|カ所" : Power().IsMatch(question) ? "kw|kW|キロワット"
        : Area().IsMatch(question) ? AreaUnits : Duration().IsMatch(question) ? DurationUnits
        : Money().IsMatch(question) ? MoneyUnits : Counter().Match(question) is { Success: true } c ? c.Groups[1].Value
        : AnyCounter().Match(question) is { Success: true } any ? CounterUnits(any.Groups[1].Value) : null;

    /// <summary>
    /// The units of a counter read off the question; a power of ten (何千円, 何万人) says no counter of its own: an
    /// amount table prints its 千円 once, in a heading.
    /// </summary>
    private static string? CounterUnits(string run) => "千万億百十".Contains(run[0]) ? null : CounterParts(run);

    /// <summary>
    /// A counter read off the question (分野 of 何分野, 区役所 of いくつの区役所) as units: the counter as asked, and its
    /// leading parts of two characters or more, since a run of kanji may carry the verb's noun on (品目追加 of 何品目追加).
    /// (Not one character alone: 分 of 分野 would take 48分 for 8分野.)
    /// </summary>
    private static string CounterParts(string run) =>
        string.Join("|", Enumerable.Range(0, run.Length).Select(i => run.Length - i).Where(n => n == run.Length || n >= 2).Select(n => Regex.Escape(run[..n])));

    /// <summary>The units <see cref="AskedUnits"/> gives for a floor area asked (延床面積はいくら): 412,300㎡ answers, not yen.</summary>
    public const string AreaUnits = "㎡|m2|m²|平方メートル|ha|ヘクタール";

    /// <summary>The units of a span of time asked (待ち時間はどれくらい): 25分 answers, 2か所 does not.</summary>
    public const string DurationUnits = "分(?!の)|時間|秒";

    // (Not a reduction asked, どのくらい削減する: that is as often a rate, 20%削減.)
    [GeneratedRegex(@"^(?!.*(?:削減|縮減|減ら|減少|増や|増加|reduc|cut)).*(?:面積|延床|延べ床|floor area)[^?？]*(?:いくら|どれ(?:くらい|ぐらい|だけ)|どのくらい|何㎡|何平方|how (?:much|large|big))")]
    private static partial Regex Area();

    // (how much time: English asks a span with the word that otherwise asks money; 120,000時間 answers, not yen.)
    [GeneratedRegex(@"(?:待ち時間|待時間|所要時間|処理時間|waiting time)[^?？]*(?:いくら|どれ(?:くらい|ぐらい|だけ)|どのくらい|何分|how long)|\bhow much (?:[a-z-]+ )?time\b")]
    private static partial Regex Duration();

    /// <summary>
    /// Any counter asked as 何X or いくつのX (何分野, 何品, 何区役所, いくつの区役所): the figure must be of that counter.
    /// Not a date (何年, 何月, 何日, 何時), an order (何番, 何位), a share (何割), a unit of the city (何課, 何局), nor the plan's
    /// own items (何項目, 何取組: counted by the bot from the items, not printed as figures of that counter).
    /// </summary>
    [GeneratedRegex(@"(?:何|いくつの)(?!年|月|日|時(?!間)|故|処|事|等|割|番|位|課|部|局|室|係|項目|取組)([\p{IsCJKUnifiedIdeographs}\p{IsKatakana}ー]{1,4})")]
    private static partial Regex AnyCounter();

    [GeneratedRegex(@"(?:施策|方針|柱|項目|取組|目標|重点|分野)(?:は|が|って|の数は)?\s*(?:全部で|全体で)?\s*(?:何|いくつ)(?:本|つ|個)?(?:あ|で|\?|？|$)")]
    private static partial Regex PartsCount();

    /// <summary>The units <see cref="AskedUnits"/> gives for an amount of money.</summary>
    public const string MoneyUnits = "円|億|万|千|百万";

    [GeneratedRegex(@"割合|率|%|パーセント")]
    private static partial Regex Rate();

    /// <summary>Other counters asked as 何X (何団体, 何社, 何施設): the figure must be of that counter.</summary>
    [GeneratedRegex(@"何(団体|社|施設|橋|台|業務|品)")]
    private static partial Regex Counter();

    [GeneratedRegex(@"何校|学校数")]
    private static partial Regex Schools();

    [GeneratedRegex(@"何か所|何箇所|何ヶ所|何カ所|箇所数")]
    private static partial Regex Places();

    [GeneratedRegex(@"kw|キロワット")]
    private static partial Regex Power();

    [GeneratedRegex(@"何人|何名|人数|参加者数|職員数|how many (people|persons|staff|employees|participants)|headcount|staff (?:count|numbers?)|number of (?:staff|employees)")]
    private static partial Regex Persons();

    [GeneratedRegex(@"何回|回数|how many times")]
    private static partial Regex Times();

    [GeneratedRegex(@"何件|件数")]
    private static partial Regex Cases();

    [GeneratedRegex(@"いくら|金額|費用|経費|予算額|how much")]
    private static partial Regex Money();

    /// <summary>A noun of measure (人数, 回数, 件数, 金額): what the figure's unit says, not a word the statement must print.</summary>
    /// <summary>A noun of a span of time (実施期間 → 期間): a span of years printed (R2-R4) says it without the word.</summary>
    public static bool IsPeriod(string word) => word is "期間" or "期限" or "年限";

    public static bool IsMeasure(string word) => word is "人数" or "回数" or "件数" or "金額" or "額" or "数" or "割合" or "率" or "数値" or "規模";

    // (4月1日付の機構改正 names a date, it does not ask one.)
    [GeneratedRegex(@"いつ|何月|何日|(?<![\d０-９])日付|時期|\bwhen\b|what date")]
    private static partial Regex When();

    // …and a noun the question's own verb describes (統合された投票所は？, 実施した施設は？, 協議するとしている事項は？): which one it was.
    [GeneratedRegex(@"どこ|どの|どれ|誰|だれ|何という|(?:た|れる|する|している)[\p{IsCJKUnifiedIdeographs}\p{IsKatakana}ー]+は?[?？]?$|\bwhich\b|\bwho\b|\bwhere\b")]
    private static partial Regex Which();

    /// <summary>True when the question asks what happened (進んだ？ / 開いた？ / did …): a result, not an intention.</summary>
    public static bool AsksWhatHappened(string question) => Past().IsMatch(question);

    [GeneratedRegex(@"(た|だ|でした)(か|の)?[?？]?$|\bdid\b|\bwas\b|\bwere\b")]
    private static partial Regex Past();

    // どの水準を維持する / どの程度: the level asked for is the figure that answers (１０％未満), never a word printed.
    private static readonly HashSet<string> LevelWords = ["水準", "レベル", "程度"];

    private static bool AsksLevel(string text, int start, string word) =>
        LevelWords.Contains(word) && start >= 2 && start <= text.Length && text[..start].TrimEnd().EndsWith("どの", StringComparison.Ordinal);

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
            // 書いてある / 書かれている say that the document says it, as 記載 does: nothing a statement prints.
            if (stem == "書") return null;
            // やる has no kanji stem: it stands for itself so its nouns (実施) can be matched.
            return stem.Length > 0 ? stem : VerbNouns.ContainsKey(w) ? w : null;
        }
        if (w.All(JaText.IsHiragana)) return null;
        return w;
    }

    [GeneratedRegex(@"何(?!年|月|日|時(?!間)|故|処|事|等|番|位|課|部|局|室|係|千|万|億|百|十)[\p{IsCJKUnifiedIdeographs}]|何か所|何ヶ所|何カ所|いくら|いくつ|どのくらい|どれくらい|どれだけ|どの程度|何%|何パーセント|何割|何業務|件数|人数|回数|金額|予算|費用|経費|額は|率|数は|how many|how much|number of|headcount|staff (?:count|numbers?)|rate|budget|cost")]
    private static partial Regex Quantity();
}

/// <summary>The kind of answer a question asks for, which the quoted statement must hold.</summary>
public enum AnswerType { Any, Quantity, Date, Name }
