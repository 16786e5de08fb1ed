using System.Reflection;
using Gyokaku.Knowledge.Text;

namespace Gyokaku.Knowledge.Questions.Places;

/// <summary>
/// Every Japanese prefecture and municipality with its reading, so a place a document names in kanji
/// (周南市) is also found when a user writes it in kana (しゅうなん) or romaji (Shunan), and a place
/// we have no document for is recognised as a place in any script. Loaded once from the embedded list.
/// </summary>
public static class PlaceReadings
{
    private static readonly Lazy<IReadOnlyDictionary<string, IReadOnlyList<string>>> ByStem = new(Load);

    /// <summary>The place's stem without 市/町/村/県 (周南), or the name itself when it has no such suffix.</summary>
    public static string Stem(string name) =>
        name.Length > 1 && name[^1] is '市' or '町' or '村' or '県' or '府' ? name[..^1] : name;

    /// <summary>True when the name (with or without its suffix) is a real municipality or prefecture.</summary>
    /// <remarks>With its suffix the name must be exact: 原村 is a village, 原市 is nothing.</remarks>
    public static bool IsPlace(string name) => name.Length > 1 && name[^1] is '市' or '町' or '村' or '県' or '府'
        ? Names.Value.Contains(name)
        : ByStem.Value.ContainsKey(name);

    private static readonly Lazy<HashSet<string>> Names = new(() =>
        Lines().Select(l => l.Name).ToHashSet());

    /// <summary>
    /// The real municipality a run of kanji before its suffix ends with, the longest one (第5次光 + 市 → 光市;
    /// 田布施 + 町 → 田布施町, not 布施町), or null. A place name runs straight into the words before it in a title.
    /// </summary>
    public static string? LongestEndingOf(string run, string suffix)
    {
        for (var length = run.Length; length >= 1; length--)
            if (IsPlace(run[^length..] + suffix)) return run[^length..] + suffix;
        return null;
    }

    /// <summary>The stems of all places, for telling a place from other words.</summary>
    public static IEnumerable<string> Stems => ByStem.Value.Keys;

    /// <summary>The hiragana readings of a place's stem (周南 → しゅうなん); empty when the place is not in the list.</summary>
    /// <remarks>A stem may itself end in a suffix character (防府, 大町): it is looked up as given before its suffix is taken off.</remarks>
    public static IReadOnlyList<string> KanaOf(string name) =>
        ByStem.Value.GetValueOrDefault(name) ?? ByStem.Value.GetValueOrDefault(Stem(name), []);

    /// <summary>Every way a user may write the place's stem: kanji, hiragana, katakana and romaji spellings.</summary>
    public static IReadOnlyList<string> Spellings(string name)
    {
        var stem = ByStem.Value.ContainsKey(name) ? name : Stem(name);
        var result = new List<string> { stem };
        foreach (var kana in KanaOf(stem))
        {
            result.Add(kana);
            result.Add(JaText.ToKatakana(kana));
            result.AddRange(Romaji.Spellings(kana));
        }
        return result.Distinct().ToList();
    }

    /// <summary>The stems whose reading is this kana or romaji word (しゅうなん, shunan).</summary>
    public static IReadOnlyList<string> StemsRead(string reading) => ByReading.Value.GetValueOrDefault(reading.ToLowerInvariant(), []);

    private static readonly Lazy<IReadOnlyDictionary<string, IReadOnlyList<string>>> ByReading = new(() =>
        ByStem.Value.SelectMany(p => p.Value.SelectMany(kana => Romaji.Spellings(kana).Append(kana).Append(JaText.ToKatakana(kana))).Distinct()
                .Select(reading => (Reading: reading, Stem: p.Key)))
            .GroupBy(x => x.Reading)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(x => x.Stem).Distinct().ToList()));

    private static IReadOnlyDictionary<string, IReadOnlyList<string>> Load()
    {
        var map = new Dictionary<string, List<string>>();
        foreach (var (name, reading) in Lines())
        {
            var stem = Stem(name);
            var kana = ReadingStem(name, reading);
            if (!map.TryGetValue(stem, out var list)) map[stem] = list = [];
            if (!list.Contains(kana)) list.Add(kana);
        }
        return map.ToDictionary(p => p.Key, p => (IReadOnlyList<string>)p.Value);
    }

    private static IEnumerable<(string Name, string Reading)> Lines()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Gyokaku.Knowledge.Places.municipalities.tsv")
            ?? throw new InvalidOperationException("the embedded municipality list is missing");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var tab = line.IndexOf('\t');
            yield return (line[..tab], line[(tab + 1)..]);
        }
    }

    /// <summary>The reading without the suffix's (しゅうなんし → しゅうなん, たぶせちょう → たぶせ).</summary>
    private static string ReadingStem(string name, string reading)
    {
        if (Stem(name) == name) return reading;
        foreach (var suffix in new[] { "ちょう", "まち", "むら", "そん", "けん", "し", "ふ" })
            if (reading.EndsWith(suffix, StringComparison.Ordinal)) return reading[..^suffix.Length];
        return reading;
    }
}
