using Lucene.Net.Util;

namespace Gyokaku.Analysis.Japanese.TokenAttributes;

/// <summary>Conjugation type (活用型, e.g. 五段・カ行イ音便) and form (活用形, e.g. 未然形); null for words that do not inflect.</summary>
public interface IInflectionAttribute : IAttribute
{
    string? GetInflectionType();
    string? GetInflectionForm();
    void SetMorpheme(MorphemeInfo? morpheme);
}

public sealed class InflectionAttribute : Lucene.Net.Util.Attribute, IInflectionAttribute
{
    private MorphemeInfo? _morpheme;

    public string? GetInflectionType() => _morpheme is null ? null : MorphemeInfo.NullIfStar(_morpheme.PartOfSpeechField(4));
    public string? GetInflectionForm() => _morpheme is null ? null : MorphemeInfo.NullIfStar(_morpheme.PartOfSpeechField(5));
    public void SetMorpheme(MorphemeInfo? morpheme) => _morpheme = morpheme;
    public override void Clear() => _morpheme = null;
    public override void CopyTo(IAttribute target) => ((IInflectionAttribute)target).SetMorpheme(_morpheme);

    public override void ReflectWith(IAttributeReflector reflector)
    {
        reflector.Reflect(typeof(IInflectionAttribute), "inflectionType", GetInflectionType());
        reflector.Reflect(typeof(IInflectionAttribute), "inflectionForm", GetInflectionForm());
    }
}
