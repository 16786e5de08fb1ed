using System.Text.RegularExpressions;
using Gyokaku.Knowledge.Model;
using Gyokaku.Knowledge.Questions.Places;
using Gyokaku.Knowledge.Text;

namespace Gyokaku.Knowledge.Questions;

/// <summary>A plan named in a question, and the text that named it (removed before reading the rest).</summary>
public sealed record PlanMention(PlanDocument Document, string Matched, int Strength)
{
    /// <summary>
    /// The stretch of the plan's title the question also wrote beside its place (延岡市の「行財政改革推進計画」): it
    /// names the plan too, and its words (計画) ask nothing. A year the title shares (令和6年度の) is still the question's.
    /// </summary>
    public string? TitleMatched { get; init; }
}

/// <summary>
/// Recognizes plans in questions by the names the documents give themselves (municipality, title, aliases),
/// plus the readings of the place names (山口 / やまぐち / Yamaguchi) from the national list of places.
/// </summary>
public sealed partial class PlanCatalog
{
    private static readonly string[] NotPlaces = ["本市", "当市", "全市", "各市", "同市", "他市", "都市", "市町村"];

    private readonly List<(PlanDocument Doc, string Name, bool Exact)> _names = [];
    private readonly HashSet<string> _places = [];
    private readonly string _corpus;
    private readonly HashSet<string> _latinWords;
    private readonly HashSet<string> _placeNames = [];
    private readonly Dictionary<PlanDocument, string> _texts = [];
    private readonly Dictionary<PlanDocument, string[]> _lines = [];
    private readonly Dictionary<PlanDocument, HashSet<string>> _bigrams = [];

    public PlanCatalog(IEnumerable<PlanDocument> documents)
    {
        var all = documents.ToList();
        _corpus = JaText.Normalize(string.Join("\n", all.SelectMany(d => d.Passages.Select(p => p.Text))));
        var spaced = JaText.Nfkc(string.Join("\n", all.SelectMany(d => d.Passages.Select(p => p.Text)))).ToLowerInvariant();
        _latinWords = LatinWord().Matches(spaced).Select(m => m.Value).ToHashSet();
        foreach (var doc in all)
        {
            _texts[doc] = JaText.Normalize(string.Join("\n", doc.Passages.Select(p => p.Text)));
            _bigrams[doc] = Pairs(_texts[doc]).ToHashSet(StringComparer.Ordinal);
            _lines[doc] = doc.Passages.SelectMany(p => p.Text.Split('\n')).Select(JaText.Normalize).Where(l => l.Length > 0).ToArray();
        }
        foreach (var doc in all)
        {
            var municipalities = doc.Municipality is { Length: > 0 } m ? [m] : PlacesInOpening(doc);
            foreach (var municipality in municipalities)
            {
                var place = PlaceStem(municipality);
                _places.Add(place);
                foreach (var name in PlaceReadings.Spellings(place).Prepend(municipality))
                {
                    Add(doc, name, exact: true);
                    _placeNames.Add(JaText.Normalize(name));
                }
            }
            Add(doc, doc.Title, exact: false);
            foreach (var alias in doc.Aliases) Add(doc, alias, exact: alias.Length <= 12);
        }
    }

    private void Add(PlanDocument doc, string name, bool exact)
    {
        var n = JaText.Normalize(name);
        if (n.Length >= 2) _names.Add((doc, n, exact));
    }

    /// <summary>The plans a question names, strongest first; several when the question fits several.</summary>
    /// <param name="normalizedQuestion">The question in <see cref="JaText.Normalize"/> form.</param>
    /// <param name="spacedQuestion">NFKC lower case with spaces kept, where romaji names are whole words ("Mine city").</param>
    public IReadOnlyList<PlanMention> Find(string normalizedQuestion, string? spacedQuestion = null)
    {
        var best = new Dictionary<PlanDocument, PlanMention>();
        // A year is what is asked about, not a plan's name: 令和6年度の合計 shares 令和6年度の with a report titled
        // …令和６年度の取組結果 by chance.
        var withoutYears = YearText().Replace(normalizedQuestion, "\u0001");
        foreach (var (doc, name, exact) in _names)
        {
            PlanMention? mention = null;
            if (exact)
            {
                var text = IsRomaji(name) ? spacedQuestion ?? normalizedQuestion : normalizedQuestion;
                if (ContainsName(text, name)) mention = new PlanMention(doc, name, 100 + name.Length);
            }
            else
            {
                var common = LongestCommonSubstring(withoutYears, name);
                // A long shared stretch of a title names the plan; short generic ones (行政改革) do not.
                if (common.Length >= 6 || (common.Length >= 4 && common.Length == name.Length))
                    mention = new PlanMention(doc, common, common.Length);
            }
            if (mention is not null && (!best.TryGetValue(doc, out var prev) || prev.Strength < mention.Strength))
                best[doc] = mention;
        }
        if (best.Count == 0) return [];
        foreach (var (doc, mention) in best.Where(b => b.Value.Strength >= 100).ToList())
        {
            var title = _names.Where(n => n.Doc == doc && !n.Exact).Select(n => LongestCommonSubstring(normalizedQuestion, n.Name))
                .Where(c => c.Length >= 6 && c != mention.Matched && !FiscalYear.FindAll(c).Any() && EndsWord(normalizedQuestion, c)).MaxBy(c => c.Length);
            if (title is not null) best[doc] = mention with { TitleMatched = title };
        }
        // A municipality beats a shared piece of title: 山口市 + 行政改革大綱 names only Yamaguchi.
        var top = best.Values.Max(m => m.Strength >= 100 ? 1 : 0);
        return best.Values.Where(m => (m.Strength >= 100 ? 1 : 0) == top)
            .OrderByDescending(m => m.Strength).ToList();
    }

    /// <summary>
    /// True when the shared stretch ends where the question's word does (行財政改革推進計画、): in 行財政改革推進委員会 the
    /// stretch 行財政改革 is only the start of what the question is about.
    /// </summary>
    private static bool EndsWord(string question, string stretch)
    {
        var end = question.IndexOf(stretch, StringComparison.Ordinal) + stretch.Length;
        return end >= question.Length || !(JaText.IsKanji(question[end]) || JaText.IsKatakana(question[end]));
    }

    /// <summary>
    /// The one plan whose own wording the question uses, when it names no plan: a stretch of the question (取組み整理表,
    /// 見直し区分, 前期総括, an item's whole title) that one document prints and no other does. Words every plan shares
    /// (効果額, 基金の残高) name none; a rarer, longer stretch printed by one document only is that document's vocabulary.
    /// Null when no such stretch, or when stretches of several documents' own wording meet in one question.
    /// </summary>
    /// <param name="normalizedQuestion">The question in <see cref="JaText.Normalize"/> form.</param>
    public PlanMention? OwnerByWording(string normalizedQuestion)
    {
        if (_texts.Count < 2) return null;
        var q = normalizedQuestion;
        var owned = new List<(PlanDocument Doc, string Phrase)>();
        var covered = 0;
        for (var i = 0; i + 1 < q.Length; i++)
        {
            // The longest stretch from i that some document prints, and which documents print it.
            var docs = _texts.Keys.ToList();
            var end = i + 1;
            while (end < q.Length)
            {
                var stretch = q[i..(end + 1)];
                var pair = q[(end - 1)..(end + 1)];
                var still = docs.Where(d => _bigrams[d].Contains(pair) && (stretch.Length == 2 || _texts[d].Contains(stretch, StringComparison.Ordinal))).ToList();
                if (still.Count == 0) break;
                docs = still;
                end++;
            }
            // (A stretch inside the one found before it is part of that one.)
            if (end <= covered || end - i < 2) continue;
            covered = end;
            // The term is the stretch without the kana it happens to run into (施設の統廃合は: one plan prints は after it,
            // several print 施設の統廃合).
            var phrase = q[i..end].Trim(KanaEdge);
            if (docs.Count != 1 || !Telling(phrase)) continue;
            if (_texts.Keys.Count(d => _texts[d].Contains(phrase, StringComparison.Ordinal)) == 1) owned.Add((docs[0], phrase));
        }
        var owners = owned.Select(o => o.Doc).Distinct().ToList();
        return owners.Count == 1 ? new PlanMention(owners[0], owned.MaxBy(o => o.Phrase.Length).Phrase, 1) : null;
    }

    /// <summary>
    /// A stretch long enough to be a term rather than a chance run of characters: four or more, three of them kanji,
    /// katakana or letters (not the kana of particles and endings that any text repeats).
    /// </summary>
    private static bool Telling(string phrase) =>
        phrase.Length >= 4 && phrase.Count(c => JaText.IsKanji(c) || JaText.IsKatakana(c) || char.IsAsciiLetter(c)) >= 3;

    private static readonly char[] KanaEdge = [.. Enumerable.Range(0x3041, 0x309F - 0x3041 + 1).Select(c => (char)c), '\u0001', '、', '。', ',', '.', '?', '!', ' '];

    private static IEnumerable<string> Pairs(string text)
    {
        for (var i = 0; i + 1 < text.Length; i++) yield return text.Substring(i, 2);
    }

    /// <summary>
    /// A place (…市, …町) named in the question that no document is about, e.g. 北九州市. A place the corpus
    /// mentions anywhere is not called unknown: its facts may still be in a passage.
    /// </summary>
    /// <summary>True when a mention was made by the plan's place name (山口, やまぐち), not by its title or alias.</summary>
    public bool IsPlaceName(string matched) => _placeNames.Contains(matched);

    /// <param name="nfkcQuestion">The question in NFKC with case and spaces kept, where romaji names are capitalised whole words.</param>
    public string? UnknownPlace(string normalizedQuestion, string? nfkcQuestion = null)
    {
        foreach (Match m in PlaceName().Matches(normalizedQuestion))
        {
            var name = m.Value;
            if (NotPlaces.Any(n => name.EndsWith(n, StringComparison.Ordinal))) continue;
            var stem = PlaceStem(name);
            if (_places.Any(p => stem.EndsWith(p, StringComparison.Ordinal) || p.EndsWith(stem, StringComparison.Ordinal))) continue;
            if (_corpus.Contains(name, StringComparison.Ordinal)) continue;
            return name;
        }
        // ふくおか市: a place written in kana that is none of ours.
        foreach (Match m in PlaceNameInKana().Matches(normalizedQuestion))
        {
            var stem = m.Groups["stem"].Value;
            var ours = PlaceReadings.StemsRead(stem).Any(_places.Contains);
            if (!ours && !_corpus.Contains(m.Value, StringComparison.Ordinal)) return m.Value;
        }
        // "Fukuoka City", "the city of Fukuoka": a real place in romaji that none of our documents is about.
        var lower = (nfkcQuestion ?? "").ToLowerInvariant();
        foreach (var m in PlaceNameInRomaji().Matches(lower).Concat(CityOfPlaceInRomaji().Matches(lower)))
            if (IsOtherPlace(m.Groups["p"].Value)) return nfkcQuestion!.Substring(m.Index, m.Length);  // as written: Fukuoka City
        // "What is Kurume's R6 target?": a capitalised name alone, where English capitalises only names. The first
        // word of a sentence is capitalised anyway, so it counts only as a possessive or a heading (Kurume: …).
        foreach (Match m in CapitalisedWord().Matches(nfkcQuestion ?? ""))
            if ((m.Index > 0 || m.Groups["mark"].Success) && m.Groups["w"].Length >= 4 && IsOtherPlace(m.Groups["w"].Value.ToLowerInvariant()))
                return m.Groups["w"].Value;
        return null;
    }

    /// <summary>
    /// A real municipality the question names that no document is about though some text mentions it (防府市, named in a
    /// list of partner cities): only a statement that names it can be about it — no plan of another city answers for it.
    /// </summary>
    public string? MentionedOnlyPlace(string normalizedQuestion)
    {
        foreach (Match m in PlaceName().Matches(normalizedQuestion))
        {
            var name = PlaceReadings.LongestEndingOf(m.Value[..^1], m.Value[^1..]);
            if (name is null || NotPlaces.Any(n => name.EndsWith(n, StringComparison.Ordinal))) continue;
            var stem = PlaceStem(name);
            if (_places.Any(p => stem.EndsWith(p, StringComparison.Ordinal) || p.EndsWith(stem, StringComparison.Ordinal))) continue;
            if (_corpus.Contains(name, StringComparison.Ordinal)) return name;
        }
        return null;
    }

    /// <summary>True when the romaji word reads as a real place and none of ours.</summary>
    private bool IsOtherPlace(string romaji)
    {
        var stems = PlaceReadings.StemsRead(romaji);
        return stems.Count > 0 && !stems.Any(_places.Contains) && !_latinWords.Contains(romaji);
    }

    private static bool ContainsName(string text, string name)
    {
        var i = text.IndexOf(name, StringComparison.Ordinal);
        if (i < 0) return false;
        if (!IsRomaji(name)) return true;
        // Romaji must be a whole word: "mine" in "determine" is no city.
        while (i >= 0)
        {
            var before = i == 0 || !char.IsAsciiLetter(text[i - 1]);
            var after = i + name.Length >= text.Length || !char.IsAsciiLetter(text[i + name.Length]);
            if (before && after) return true;
            i = text.IndexOf(name, i + 1, StringComparison.Ordinal);
        }
        return false;
    }

    /// <summary>
    /// For a document whose reader named no municipality: the places (…市) printed in its first lines, where a
    /// plan prints its title and author. Several are kept; a question naming any of them means this document.
    /// </summary>
    private static IReadOnlyList<string> PlacesInOpening(PlanDocument doc)
    {
        var opening = string.Concat(doc.Passages.Take(2).Select(p => JaText.Normalize(p.Text)).Select(t => t.Length > 300 ? t[..300] : t));
        // The place runs straight into the title around it (委員会小郡市行政経営…): take the two and three
        // characters before 市/町/村 as candidate names; a wrong one is simply never asked for.
        var names = new List<string>();
        foreach (Match m in PlaceInTitle().Matches(opening))
        {
            if (PlaceReadings.LongestEndingOf(m.Groups["p"].Value, m.Groups["s"].Value) is { } place) names.Add(place);
            for (var length = 2; length <= 3; length++)
                if (m.Groups["p"].Length >= length) names.Add(m.Groups["p"].Value[^length..] + m.Groups["s"].Value);
        }
        names = names.Where(n => !NotPlaces.Any(x => n.EndsWith(x, StringComparison.Ordinal)) && !n.Contains('次')).Distinct().ToList();
        // Where a candidate is a real municipality (田布施町, not 布施町), that one is the place.
        var real = names.Where(PlaceReadings.IsPlace).ToList();
        return real.Count > 0 ? real.Where(n => !real.Any(r => r.Length > n.Length && r.EndsWith(n, StringComparison.Ordinal))).ToList() : names;
    }

    /// <summary>True when the corpus uses this Latin word (ICT, DX, SNS): English words it never uses cannot match it.</summary>
    public bool UsesLatinWord(string word) => _latinWords.Contains(word);

    /// <summary>
    /// True when every place our documents are about has a romaji reading: only then is a romaji place name that
    /// names none of them (Fukuoka City) known to be outside the documents.
    /// </summary>
    /// <summary>True when one of the documents (all when none given) prints this normalized term.</summary>
    public bool UsesTerm(string normalized, IReadOnlyCollection<PlanDocument>? within = null) =>
        normalized.Length > 0 && (within is not { Count: > 0 } ? _corpus.Contains(normalized, StringComparison.Ordinal)
            : within.Any(d => _texts.TryGetValue(d, out var t) && t.Contains(normalized, StringComparison.Ordinal)));

    /// <summary>
    /// How many lines of the documents (all when none given) print the normalized term together with one of the
    /// others: which sense of an English word the documents use.
    /// </summary>
    public int LinesWithBoth(string term, IReadOnlyCollection<string> others, IReadOnlyCollection<PlanDocument>? within = null) =>
        others.Count == 0 ? 0 : _lines.Where(d => within is not { Count: > 0 } || within.Contains(d.Key)).SelectMany(d => d.Value)
            .Count(l => l.Contains(term, StringComparison.Ordinal) && others.Any(o => l.Contains(o, StringComparison.Ordinal)));


    [GeneratedRegex(@"(?:令和|平成|昭和)(?:[0-9]{1,2}|元)年度?|(?<![a-z])[rh][0-9]{1,2}(?:年度?)?|[0-9]{4}年度?")]
    private static partial Regex YearText();

    [GeneratedRegex(@"[a-z][a-z0-9]*")]
    private static partial Regex LatinWord();

    private static bool IsRomaji(string name) => name.All(c => c is >= 'a' and <= 'z' or 'ō' or 'ū');

    private static string PlaceStem(string municipality) => PlaceReadings.Stem(JaText.Normalize(municipality));

    internal static string LongestCommonSubstring(string a, string b)
    {
        if (a.Length == 0 || b.Length == 0) return "";
        var lengths = new int[b.Length + 1];
        int bestLength = 0, bestEnd = 0;
        for (var i = 1; i <= a.Length; i++)
        {
            var prevDiagonal = 0;
            for (var j = 1; j <= b.Length; j++)
            {
                var saved = lengths[j];
                lengths[j] = a[i - 1] == b[j - 1] ? prevDiagonal + 1 : 0;
                if (lengths[j] > bestLength) (bestLength, bestEnd) = (lengths[j], i);
                prevDiagonal = saved;
            }
        }
        return a.Substring(bestEnd - bestLength, bestLength);
    }

    // Kanji immediately before 市/町/村 and not followed by another kanji (移動市長室 is no city).
    // Kana runs on from the words before it (作ったのはどこの市), so a name counts only where it starts the
    // question or follows punctuation, and never as a question word (どこの市, どの市).
    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?!どこ|どの|なに|なん)(?<stem>[\p{IsHiragana}\p{IsKatakana}ー]{2,8})[市町村]")]
    private static partial Regex PlaceNameInKana();

    // Fukuoka City, Fukuoka-shi.
    [GeneratedRegex(@"\b(?<p>[a-z]{2,20})(?:\s+(?:city|town|village)|-(?:shi|cho|machi|mura))\b")]
    private static partial Regex PlaceNameInRomaji();

    // A capitalised word that is not part of an acronym (Kurume, not ICT), possibly followed by 's or a colon.
    [GeneratedRegex(@"(?<![\p{L}])(?<w>\p{Lu}\p{Ll}+)(?![\p{L}])(?<mark>'s|:)?")]
    private static partial Regex CapitalisedWord();

    // The city of Fukuoka.
    [GeneratedRegex(@"\b(?:city|town|village)\s+of\s+(?<p>[a-z]{2,20})\b")]
    private static partial Regex CityOfPlaceInRomaji();

    [GeneratedRegex(@"[\p{IsCJKUnifiedIdeographs}]{1,5}[市町村](?![\p{IsCJKUnifiedIdeographs}])")]
    private static partial Regex PlaceName();

    // In a title a place runs straight into the plan's name: 小郡市行政経営行動計画.
    [GeneratedRegex(@"(?<p>[\p{IsCJKUnifiedIdeographs}]{1,5})(?<s>[市町村])")]
    private static partial Regex PlaceInTitle();
}
