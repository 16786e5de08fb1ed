using System.Text.RegularExpressions;

namespace Gyokaku.Knowledge.Questions;

/// <summary>
/// The bilingual lexicon of reform-plan vocabulary (english-terms.txt, embedded), so English questions can be
/// matched against Japanese documents: English phrase → the Japanese terms documents print for it. Read once.
/// </summary>
public static partial class EnglishTerms
{
    private const string ResourceName = "Gyokaku.Knowledge.english-terms.txt";

    private static readonly Lazy<Lexicon> Loaded = new(() => Load(ReadResource()));

    /// <summary>Phrases keyed by their words' stems joined with a space; an empty list drops the words.</summary>
    public sealed record Lexicon(IReadOnlyDictionary<string, IReadOnlyList<string>> Phrases, int LongestPhrase);

    public static Lexicon Default => Loaded.Value;

    /// <summary>The Latin words of a text, in order ("citizen-service counters" → citizen, service, counters; "don't" stays one word).</summary>
    public static IReadOnlyList<string> Words(string text) =>
        LatinWord().Matches(text.ToLowerInvariant()).Select(m => m.Value.Replace('’', '\'')).ToList();

    /// <summary>
    /// A light English normalisation, the same for lexicon and question: British spellings to American,
    /// then plural, -ing, -ed, -ation, -ate and a final e cut off, so standardising, standardised, standardise and
    /// standardization all meet on "standardiz". Not a real stemmer: both sides only need to agree.
    /// </summary>
    public static string Stem(string word)
    {
        var w = word.ToLowerInvariant();
        if (w.EndsWith("'s", StringComparison.Ordinal)) w = w[..^2]; // mayor's → mayor
        if (w.Length <= 3) return w;
        w = BritishIse().Replace(w, "iz${s}");
        if (w.Length > 5 && w.EndsWith("our", StringComparison.Ordinal)) w = w[..^3] + "or"; // labour → labor
        if (w.Length > 4 && w.EndsWith("tre", StringComparison.Ordinal)) w = w[..^3] + "ter"; // centre → center
        if (w.EndsWith("ies", StringComparison.Ordinal) || w.EndsWith("ied", StringComparison.Ordinal)) return w[..^3] + "y";
        if (w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) && !w.EndsWith("us", StringComparison.Ordinal) && !w.EndsWith("is", StringComparison.Ordinal))
            w = w[..^1];
        var cut = false;
        foreach (var suffix in Suffixes)
        {
            if (!w.EndsWith(suffix, StringComparison.Ordinal) || w.Length - suffix.Length < 3) continue;
            w = w[..^suffix.Length];
            cut = suffix is "ing" or "ed";
            break;
        }
        // planned → plann → plan, bidding → bid; but staffed stays staff, installed install.
        if (cut && w.Length > 2 && w[^1] == w[^2] && w[^1] is not ('l' or 's' or 'f' or 'z')) w = w[..^1];
        // close → clos, but done stays done: a three-letter stem is too short to stay apart (don → donate).
        if (w.Length > 4 && w.EndsWith('e')) w = w[..^1];
        return w;
    }

    private static readonly string[] Suffixes = ["ation", "ating", "ated", "ate", "ing", "ed"];

    public static string Key(IEnumerable<string> words) => string.Join(' ', words.Select(Stem));

    /// <summary>
    /// Reads lines "english words = 日本語 | 日本語"; # starts a comment. Entries whose words normalise alike are
    /// merged; an entry that drops a word and another that translates it are a mistake in the file.
    /// </summary>
    public static Lexicon Load(string text)
    {
        var phrases = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        void Add(IReadOnlyList<string> words, List<string> terms, int lineNumber)
        {
            var key = Key(words);
            if (!phrases.TryGetValue(key, out var known)) { phrases[key] = terms; return; }
            if (known.Count == 0 != (terms.Count == 0))
                throw new InvalidDataException($"english-terms line {lineNumber}: '{string.Join(' ', words)}' is both dropped and translated");
            known.AddRange(terms.Where(t => !known.Contains(t)));
        }

        var lineNumber = 0;
        foreach (var raw in text.Split('\n'))
        {
            lineNumber++;
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            // "drop: the of with …": the words every question is written with, many on one line.
            if (line.StartsWith("drop:", StringComparison.Ordinal))
            {
                foreach (var word in Words(line[5..])) Add([word], [], lineNumber);
                continue;
            }
            var eq = line.IndexOf('=');
            if (eq <= 0) throw new InvalidDataException($"english-terms line {lineNumber}: expected 'english = 日本語', got '{line}'");
            var words = Words(line[..eq]);
            if (words.Count == 0) throw new InvalidDataException($"english-terms line {lineNumber}: no English word in '{line}'");
            Add(words, line[(eq + 1)..].Split('|').Select(t => t.Trim()).Where(t => t.Length > 0).ToList(), lineNumber);
        }
        var longest = phrases.Keys.Max(k => k.Count(c => c == ' ') + 1);
        return new Lexicon(phrases.ToDictionary(p => p.Key, p => (IReadOnlyList<string>)p.Value, StringComparer.Ordinal), longest);
    }

    private static string ReadResource()
    {
        using var stream = typeof(EnglishTerms).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"{ResourceName} is not embedded in {typeof(EnglishTerms).Assembly.GetName().Name}");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    [GeneratedRegex(@"(?:[a-z][a-z0-9]*|[0-9]+[a-z][a-z0-9]*)(?:['’][a-z]+)?")]
    private static partial Regex LatinWord();

    // standardise, standardised, standardising, standardisation → -iz- (promise → promize too: both sides agree).
    [GeneratedRegex(@"(?<=[a-z]{3})is(?<s>e|es|ed|ing|ation|ations|er|ers)$")]
    private static partial Regex BritishIse();
}
