using Lucene.Net.Util;

namespace Gyokaku.Analysis.Japanese.TokenAttributes;

/// <summary>The part of speech as Kuromoji writes it: IPADIC's fields joined by '-', without the "*" ones (e.g. 名詞-固有名詞-組織).</summary>
public interface IPartOfSpeechAttribute : IAttribute
{
    string? GetPartOfSpeech();
    void SetMorpheme(MorphemeInfo? morpheme);
}

public sealed class PartOfSpeechAttribute : Lucene.Net.Util.Attribute, IPartOfSpeechAttribute
{
    private MorphemeInfo? _morpheme;

    public string? GetPartOfSpeech()
    {
        if (_morpheme is null) return null;
        var fields = Enumerable.Range(0, 4).Select(_morpheme.PartOfSpeechField).TakeWhile(f => f != "*");
        return string.Join('-', fields);
    }

    public void SetMorpheme(MorphemeInfo? morpheme) => _morpheme = morpheme;
    public override void Clear() => _morpheme = null;
    public override void CopyTo(IAttribute target) => ((IPartOfSpeechAttribute)target).SetMorpheme(_morpheme);
    public override void ReflectWith(IAttributeReflector reflector) => reflector.Reflect(typeof(IPartOfSpeechAttribute), "partOfSpeech", GetPartOfSpeech());
}
