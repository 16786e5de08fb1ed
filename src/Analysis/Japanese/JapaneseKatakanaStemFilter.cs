using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Gyokaku.Analysis.Japanese;

/// <summary>
/// Kuromoji's katakana stemming: drops a final long-vowel mark from katakana words of at least
/// four characters, so コンピューター and コンピュータ index alike.
/// </summary>
public sealed class JapaneseKatakanaStemFilter : TokenFilter
{
    private const char ProlongedSoundMark = '\u30FC';
    public const int DefaultMinimumLength = 4;

    private readonly ICharTermAttribute _term;
    private readonly IKeywordAttribute _keyword;
    private readonly int _minimumLength;

    public JapaneseKatakanaStemFilter(TokenStream input, int minimumLength = DefaultMinimumLength) : base(input)
    {
        if (minimumLength < 1) throw new ArgumentOutOfRangeException(nameof(minimumLength), "must be at least 1");
        _minimumLength = minimumLength;
        _term = AddAttribute<ICharTermAttribute>();
        _keyword = AddAttribute<IKeywordAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken()) return false;
        if (!_keyword.IsKeyword) _term.Length = Stem(_term.Buffer, _term.Length);
        return true;
    }

    private int Stem(char[] term, int length)
    {
        if (length < _minimumLength) return length;
        for (int i = 0; i < length; i++)
            if (term[i] is < '\u30A0' or > '\u30FF') return length;   // only words of the Katakana block
        return term[length - 1] == ProlongedSoundMark ? length - 1 : length;
    }
}
