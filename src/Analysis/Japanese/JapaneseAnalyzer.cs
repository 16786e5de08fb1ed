using Gyokaku.Analysis.Dictionary;
using Gyokaku.Analysis.Morphology;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace Gyokaku.Analysis.Japanese;

/// <summary>
/// Kuromoji's analysis chain on Gyokaku's tokenizer: NFKC → tokenizer (search mode, plan
/// vocabulary user dictionary) → base forms → part-of-speech stop tags → stop words → katakana
/// long-vowel stemming → lower case.
/// </summary>
public sealed class JapaneseAnalyzer : Analyzer
{
    private readonly LuceneVersion _version;
    private readonly UserDictionary? _userDictionary;
    private readonly AnalysisMode _mode;
    private readonly CharArraySet _stopWords;
    private readonly ISet<string> _stopTags;

    /// <summary>The default chain: search mode with the shipped plan vocabulary.</summary>
    public JapaneseAnalyzer(LuceneVersion version)
        : this(version, UserDictionary.PlanVocabulary, AnalysisMode.Search, DefaultStopWords, DefaultStopTags) { }

    public JapaneseAnalyzer(LuceneVersion version, UserDictionary? userDictionary, AnalysisMode mode,
        CharArraySet stopWords, ISet<string> stopTags)
    {
        _version = version;
        _userDictionary = userDictionary;
        _mode = mode;
        _stopWords = stopWords;
        _stopTags = stopTags;
    }

    /// <summary>Kuromoji's stopwords.txt.</summary>
    public static CharArraySet DefaultStopWords { get; } =
        new CharArraySet(LuceneVersion.LUCENE_48, ResourceLines("stopwords.txt").ToList(), false).AsReadOnly();

    /// <summary>Kuromoji's stoptags.txt (parts of speech written like 助詞-格助詞-一般).</summary>
    public static ISet<string> DefaultStopTags { get; } = ResourceLines("stoptags.txt").ToHashSet(StringComparer.Ordinal);

    protected override TextReader InitReader(string fieldName, TextReader reader) => new NfkcCharFilter(reader);

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new JapaneseTokenizer(reader, _userDictionary, _mode);
        TokenStream stream = new JapaneseBaseFormFilter(tokenizer);
        stream = new JapanesePartOfSpeechStopFilter(_version, stream, _stopTags);
        stream = new StopFilter(_version, stream, _stopWords);
        stream = new JapaneseKatakanaStemFilter(stream);
        stream = new LowerCaseFilter(_version, stream);
        return new TokenStreamComponents(tokenizer, stream);
    }

    private static IEnumerable<string> ResourceLines(string name)
    {
        using var stream = typeof(JapaneseAnalyzer).Assembly.GetManifestResourceStream("Gyokaku.Analysis." + name)
            ?? throw new InvalidOperationException($"{name} is not embedded");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            line = line.Trim();
            if (line.Length > 0 && line[0] != '#') lines.Add(line);
        }
        return lines;
    }
}
