using Gyokaku.Analysis.Dictionary;

namespace Gyokaku.Analysis.Morphology;

/// <summary>
/// Splits Japanese text into morphemes with a MeCab-compatible lattice and Viterbi search.
/// One instance reuses its buffers between calls: use one per thread.
/// </summary>
public sealed class MorphologicalAnalyzer
{
    private readonly IMorphemeDictionary _dictionary;
    private readonly UserDictionary? _user;
    private readonly Lattice _lattice;
    private readonly CompoundSplitter _splitter;
    private readonly List<int> _path = [];

    public MorphologicalAnalyzer(IMorphemeDictionary dictionary, UserDictionary? userDictionary = null,
        AnalysisMode mode = AnalysisMode.Normal)
    {
        _dictionary = dictionary;
        _user = userDictionary;
        Mode = mode;
        _lattice = new Lattice(dictionary, userDictionary);
        _splitter = new CompoundSplitter(_lattice, dictionary.Characters);
    }

    /// <summary>An analyzer on the embedded IPADIC.</summary>
    public static MorphologicalAnalyzer CreateDefault(AnalysisMode mode = AnalysisMode.Normal, UserDictionary? userDictionary = null) =>
        new(SystemDictionary.Ipadic, userDictionary, mode);

    public AnalysisMode Mode { get; }
    public IMorphemeDictionary Dictionary => _dictionary;

    /// <summary>The entries a morpheme of <paramref name="kind"/> refers to.</summary>
    public WordEntries EntriesOf(MorphemeKind kind) => kind switch
    {
        MorphemeKind.Known => _dictionary.Words,
        MorphemeKind.Unknown => _dictionary.UnknownWords,
        _ => _user?.Segments ?? throw new InvalidOperationException("no user dictionary"),
    };

    /// <summary>The morpheme's feature as MeCab prints it (品詞,細分類1,…,原形[,読み,発音]).</summary>
    public string Feature(Morpheme m) => EntriesOf(m.Kind).Feature(m.Entry);

    public List<Morpheme> Analyze(string text)
    {
        var result = new List<Morpheme>();
        Analyze(text, result);
        return result;
    }

    /// <summary>Appends the morphemes of <paramref name="text"/> (one line; newlines are characters like any other) to <paramref name="output"/>.</summary>
    public void Analyze(ReadOnlySpan<char> text, List<Morpheme> output)
    {
        if (text.IsEmpty) return;
        int eos = _lattice.Solve(text);
        var nodes = _lattice.Nodes;
        _path.Clear();
        for (int n = nodes[eos].Previous; n > 0; n = nodes[n].Previous) _path.Add(n);
        _path.Reverse();
        _path.Add(eos);
        for (int i = 0; i < _path.Count - 1; i++)
        {
            int node = _path[i];
            if (Mode != AnalysisMode.Normal)
            {
                var parts = _splitter.Split(text, node, _path[i + 1]);
                if (parts.Count > 1)
                {
                    int firstAt = output.Count;
                    foreach (var part in parts) Emit(text, part, output);
                    // Kuromoji keeps the compound after its first part, spanning all the parts.
                    int partCount = output.Count - firstAt;
                    output.Insert(firstAt + 1, ToMorpheme(node) with { PositionLength = partCount });
                    continue;
                }
            }
            Emit(text, node, output);
        }
    }

    private void Emit(ReadOnlySpan<char> text, int node, List<Morpheme> output)
    {
        ref var n = ref _lattice.Nodes[node];
        if (n.Kind == MorphemeKind.User)
        {
            var phrase = _user!.Phrases[n.Entry];
            for (int s = phrase.FirstSegment; s < phrase.FirstSegment + phrase.SegmentCount; s++)
                output.Add(new Morpheme(n.SurfaceStart + _user.SegmentOffset(s), _user.SegmentLength(s), MorphemeKind.User, s));
            return;
        }
        if (n.Kind == MorphemeKind.Unknown && Mode == AnalysisMode.Extended)
        {
            // Extended mode indexes unknown words as unigrams.
            for (int i = n.SurfaceStart; i < n.End;)
            {
                int width = char.IsHighSurrogate(text[i]) && i + 1 < n.End && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
                output.Add(new Morpheme(i, width, n.Kind, n.Entry));
                i += width;
            }
            return;
        }
        output.Add(ToMorpheme(node));
    }

    private Morpheme ToMorpheme(int node)
    {
        ref var n = ref _lattice.Nodes[node];
        return new Morpheme(n.SurfaceStart, n.End - n.SurfaceStart, n.Kind, n.Entry);
    }
}
