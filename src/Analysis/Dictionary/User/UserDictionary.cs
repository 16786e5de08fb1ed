using Gyokaku.Analysis.Dictionary;

namespace Gyokaku.Analysis.Dictionary;

/// <summary>A user dictionary phrase: its surface and the segments it is split into.</summary>
/// <param name="FirstSegment">Index of its first segment in <see cref="UserDictionary.Segments"/>.</param>
public readonly record struct UserPhrase(string Surface, int FirstSegment, int SegmentCount);

/// <summary>
/// Kuromoji's user dictionary: lines <c>surface,segmentation,readings,part-of-speech</c>, where
/// segmentation and readings are space separated. A phrase found in the text wins over the system
/// dictionary at that position and is output as its segments.
/// </summary>
public sealed class UserDictionary
{
    // Kuromoji's constants: a cost no dictionary path can beat, and IPADIC's neutral context id.
    internal const int PhraseCost = -100000;
    internal const int ContextId = 5;

    private readonly DoubleArrayTrie _trie;
    private readonly UserPhrase[] _phrases;
    private readonly int[] _segmentStarts;   // offset of each segment inside its phrase

    internal UserDictionary(DoubleArrayTrie trie, UserPhrase[] phrases, int[] segmentStarts, WordEntries segments)
    {
        _trie = trie;
        _phrases = phrases;
        _segmentStarts = segmentStarts;
        Segments = segments;
    }

    /// <summary>The features of each segment: part of speech as given, base form = surface, reading = pronunciation.</summary>
    public WordEntries Segments { get; }

    public IReadOnlyList<UserPhrase> Phrases => _phrases;

    /// <summary>Offset of segment <paramref name="segment"/> inside its phrase's surface.</summary>
    public int SegmentOffset(int segment) => _segmentStarts[segment];

    public int SegmentLength(int segment) => Segments.BaseForm(segment).Length;

    /// <summary>Phrases that are prefixes of <paramref name="text"/>, shortest first (value = phrase index).</summary>
    public int LookupPrefixes(ReadOnlySpan<char> text, Span<PrefixMatch> matches) => _trie.CommonPrefixSearch(text, matches);

    /// <summary>Reads Kuromoji's CSV format; '#' starts a comment line. Throws with the line number on bad input.</summary>
    public static UserDictionary Parse(TextReader reader) => UserDictionaryParser.Parse(reader);

    /// <summary>The plan vocabulary shipped with Gyokaku (行政改革大綱, マイナンバーカード, department names…).</summary>
    public static UserDictionary PlanVocabulary => s_plan.Value;

    private static readonly Lazy<UserDictionary> s_plan = new(() =>
    {
        using var stream = typeof(UserDictionary).Assembly.GetManifestResourceStream("Gyokaku.Analysis.plan-userdict.csv")
            ?? throw new InvalidOperationException("plan-userdict.csv is not embedded");
        using var reader = new StreamReader(stream);
        return Parse(reader);
    });
}
