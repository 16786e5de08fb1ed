using Lucene.Net.Util;

namespace Gyokaku.Analysis.Japanese.TokenAttributes;

/// <summary>The dictionary form of an inflected word (e.g. 開く for 開か); null when it is the surface itself.</summary>
public interface IBaseFormAttribute : IAttribute
{
    string? GetBaseForm();
    void SetMorpheme(MorphemeInfo? morpheme);
}

public sealed class BaseFormAttribute : Lucene.Net.Util.Attribute, IBaseFormAttribute
{
    private MorphemeInfo? _morpheme;

    public string? GetBaseForm()
    {
        if (_morpheme is null) return null;
        var baseForm = MorphemeInfo.NullIfStar(_morpheme.Entries.BaseForm(_morpheme.Entry));
        return baseForm == _morpheme.Surface ? null : baseForm;
    }

    public void SetMorpheme(MorphemeInfo? morpheme) => _morpheme = morpheme;
    public override void Clear() => _morpheme = null;
    public override void CopyTo(IAttribute target) => ((IBaseFormAttribute)target).SetMorpheme(_morpheme);
    public override void ReflectWith(IAttributeReflector reflector) => reflector.Reflect(typeof(IBaseFormAttribute), "baseForm", GetBaseForm());
}
