using Gyokaku.Analysis.Dictionary;
using Gyokaku.Analysis.Japanese.TokenAttributes;
using Gyokaku.Analysis.Morphology;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Gyokaku.Analysis.Japanese;

/// <summary>
/// Lucene tokenizer over the morphological analyzer: each line of the input is analysed as MeCab
/// would analyse it, and each morpheme becomes a token carrying base form, part of speech,
/// reading and inflection attributes. In search mode a compound is emitted after its first part
/// with position increment 0 and a position length spanning its parts (as Kuromoji does).
/// </summary>
public sealed class JapaneseTokenizer : Tokenizer
{
    private readonly MorphologicalAnalyzer _analyzer;
    private readonly bool _discardPunctuation;
    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly IPositionIncrementAttribute _increment;
    private readonly IPositionLengthAttribute _length;
    private readonly IBaseFormAttribute _baseForm;
    private readonly IPartOfSpeechAttribute _partOfSpeech;
    private readonly IReadingAttribute _reading;
    private readonly IInflectionAttribute _inflection;

    private readonly List<Morpheme> _morphemes = [];
    private readonly List<int> _lineStarts = [];   // for each morpheme, where its line starts in _text
    private string _text = "";
    private int _next;

    /// <param name="discardPunctuation">Drop tokens made only of punctuation and symbols (Kuromoji's default).</param>
    public JapaneseTokenizer(TextReader input, UserDictionary? userDictionary = null,
        AnalysisMode mode = AnalysisMode.Search, bool discardPunctuation = true)
        : base(input)
    {
        _analyzer = MorphologicalAnalyzer.CreateDefault(mode, userDictionary);
        _discardPunctuation = discardPunctuation;
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _increment = AddAttribute<IPositionIncrementAttribute>();
        _length = AddAttribute<IPositionLengthAttribute>();
        _baseForm = AddAttribute<IBaseFormAttribute>();
        _partOfSpeech = AddAttribute<IPartOfSpeechAttribute>();
        _reading = AddAttribute<IReadingAttribute>();
        _inflection = AddAttribute<IInflectionAttribute>();
    }

    public override void Reset()
    {
        base.Reset();
        _text = m_input.ReadToEnd();
        _morphemes.Clear();
        _lineStarts.Clear();
        _next = 0;
        AnalyzeLines();
    }

    /// <summary>MeCab analyses line by line, so a sentence never spans a line break.</summary>
    private void AnalyzeLines()
    {
        int start = 0;
        while (start <= _text.Length)
        {
            int end = _text.AsSpan(start).IndexOfAny('\r', '\n');
            end = end < 0 ? _text.Length : start + end;
            int before = _morphemes.Count;
            _analyzer.Analyze(_text.AsSpan(start, end - start), _morphemes);
            for (int i = before; i < _morphemes.Count; i++) _lineStarts.Add(start);
            start = end + 1;
        }
    }

    public override bool IncrementToken()
    {
        while (_next < _morphemes.Count)
        {
            int index = _next++;
            var m = _morphemes[index];
            int at = _lineStarts[index] + m.Start;
            var surface = _text.AsSpan(at, m.Length);
            if (_discardPunctuation && IsPunctuation(surface)) continue;

            ClearAttributes();
            _term.SetEmpty().Append(surface.ToString());
            _offset.SetOffset(CorrectOffset(at), CorrectOffset(at + m.Length));
            // A compound shares the position of its first part, which was emitted just before it.
            _increment.PositionIncrement = m.IsCompound ? 0 : 1;
            _length.PositionLength = m.PositionLength;
            var info = new MorphemeInfo(surface.ToString(), _analyzer.EntriesOf(m.Kind), m.Entry, m.Kind == MorphemeKind.Unknown);
            _baseForm.SetMorpheme(info);
            _partOfSpeech.SetMorpheme(info);
            _reading.SetMorpheme(info);
            _inflection.SetMorpheme(info);
            return true;
        }
        return false;
    }

    public override void End()
    {
        base.End();
        int final = CorrectOffset(_text.Length);
        _offset.SetOffset(final, final);
    }

    /// <summary>Kuromoji's isPunctuation, applied to every character of the token.</summary>
    private static bool IsPunctuation(ReadOnlySpan<char> surface)
    {
        foreach (char c in surface)
        {
            switch (char.GetUnicodeCategory(c))
            {
                case System.Globalization.UnicodeCategory.SpaceSeparator:
                case System.Globalization.UnicodeCategory.LineSeparator:
                case System.Globalization.UnicodeCategory.ParagraphSeparator:
                case System.Globalization.UnicodeCategory.Control:
                case System.Globalization.UnicodeCategory.Format:
                case System.Globalization.UnicodeCategory.DashPunctuation:
                case System.Globalization.UnicodeCategory.OpenPunctuation:
                case System.Globalization.UnicodeCategory.ClosePunctuation:
                case System.Globalization.UnicodeCategory.ConnectorPunctuation:
                case System.Globalization.UnicodeCategory.OtherPunctuation:
                case System.Globalization.UnicodeCategory.MathSymbol:
                case System.Globalization.UnicodeCategory.CurrencySymbol:
                case System.Globalization.UnicodeCategory.ModifierSymbol:
                case System.Globalization.UnicodeCategory.OtherSymbol:
                case System.Globalization.UnicodeCategory.InitialQuotePunctuation:
                case System.Globalization.UnicodeCategory.FinalQuotePunctuation:
                    continue;
                default:
                    return false;
            }
        }
        return surface.Length > 0;
    }
}
