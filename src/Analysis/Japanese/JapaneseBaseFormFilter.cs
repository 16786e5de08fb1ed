using Gyokaku.Analysis.Japanese.TokenAttributes;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Gyokaku.Analysis.Japanese;

/// <summary>Replaces an inflected word by its dictionary form (開か → 開く), so all its forms match; keywords are left alone.</summary>
public sealed class JapaneseBaseFormFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;
    private readonly IBaseFormAttribute _baseForm;
    private readonly IKeywordAttribute _keyword;

    public JapaneseBaseFormFilter(TokenStream input) : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _baseForm = AddAttribute<IBaseFormAttribute>();
        _keyword = AddAttribute<IKeywordAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken()) return false;
        if (!_keyword.IsKeyword && _baseForm.GetBaseForm() is { } baseForm) _term.SetEmpty().Append(baseForm);
        return true;
    }
}
