using Lucene.Net.Util;

namespace Gyokaku.Analysis.Japanese.TokenAttributes;

/// <summary>Reading (読み) and pronunciation (発音) in katakana; null for unknown words, which have none.</summary>
public interface IReadingAttribute : IAttribute
{
    string? GetReading();
    string? GetPronunciation();
    void SetMorpheme(MorphemeInfo? morpheme);
}

public sealed class ReadingAttribute : Lucene.Net.Util.Attribute, IReadingAttribute
{
    private MorphemeInfo? _morpheme;

    public string? GetReading() => _morpheme is null ? null : MorphemeInfo.NullIfStar(_morpheme.Entries.Reading(_morpheme.Entry));
    public string? GetPronunciation() => _morpheme is null ? null : MorphemeInfo.NullIfStar(_morpheme.Entries.Pronunciation(_morpheme.Entry));
    public void SetMorpheme(MorphemeInfo? morpheme) => _morpheme = morpheme;
    public override void Clear() => _morpheme = null;
    public override void CopyTo(IAttribute target) => ((IReadingAttribute)target).SetMorpheme(_morpheme);

    public override void ReflectWith(IAttributeReflector reflector)
    {
        reflector.Reflect(typeof(IReadingAttribute), "reading", GetReading());
        reflector.Reflect(typeof(IReadingAttribute), "pronunciation", GetPronunciation());
    }
}
