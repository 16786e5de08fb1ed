using Gyokaku.Analysis.Japanese.TokenAttributes;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace Gyokaku.Analysis.Japanese;

/// <summary>Drops tokens whose part of speech is in the stop tags (particles, auxiliaries, symbols…).</summary>
public sealed class JapanesePartOfSpeechStopFilter : FilteringTokenFilter
{
    private readonly ISet<string> _stopTags;
    private readonly IPartOfSpeechAttribute _partOfSpeech;

    public JapanesePartOfSpeechStopFilter(LuceneVersion version, TokenStream input, ISet<string> stopTags) : base(version, input)
    {
        _stopTags = stopTags;
        _partOfSpeech = AddAttribute<IPartOfSpeechAttribute>();
    }

    protected override bool Accept()
    {
        var pos = _partOfSpeech.GetPartOfSpeech();
        return pos is null || !_stopTags.Contains(pos);
    }
}
