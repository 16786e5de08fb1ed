namespace Gyokaku.Analysis.Dictionary;

/// <summary>What char.def says about one character: its categories and how unknown words start there.</summary>
/// <param name="TypeMask">One bit per category the character belongs to.</param>
/// <param name="DefaultType">The first category listed for the character; its unk.def entries are used.</param>
/// <param name="Length">Unknown words of 1..Length characters are proposed (char.def's LENGTH).</param>
/// <param name="Group">Whether the whole run of same-category characters is proposed (GROUP).</param>
/// <param name="Invoke">Whether unknown words are proposed even when the dictionary matched (INVOKE).</param>
public readonly record struct CharacterClass(int TypeMask, byte DefaultType, byte Length, bool Group, bool Invoke)
{
    /// <summary>MeCab's isKindOf: the two share at least one category.</summary>
    public bool IsKindOf(CharacterClass other) => (TypeMask & other.TypeMask) != 0;
}

/// <summary>
/// char.def compiled: the category names and a class for each UCS-2 code point. Characters outside
/// the BMP are looked up as code 0, as MeCab's utf8_to_ucs2 does, so they fall into DEFAULT.
/// </summary>
public sealed class CharacterDefinition
{
    private readonly CharacterClass[] _classes;   // indexed by UCS-2 code
    private readonly string[] _categoryNames;

    public CharacterDefinition(string[] categoryNames, CharacterClass[] classes)
    {
        if (classes.Length != 0x10000) throw new ArgumentException("a class for every UCS-2 code is needed", nameof(classes));
        _categoryNames = categoryNames;
        _classes = classes;
        Space = classes[0x20];
        KanjiType = IndexOf("KANJI");
        KanjiNumericType = IndexOf("KANJINUMERIC");
    }

    public IReadOnlyList<string> CategoryNames => _categoryNames;

    /// <summary>The class of U+0020, whose kind MeCab skips before every word.</summary>
    public CharacterClass Space { get; }

    internal int KanjiType { get; }
    internal int KanjiNumericType { get; }

    internal CharacterClass[] Classes => _classes;

    public int IndexOf(string category) => Array.IndexOf(_categoryNames, category);

    /// <summary>The class of the character at <paramref name="index"/> and how many UTF-16 units it takes.</summary>
    public CharacterClass ClassAt(ReadOnlySpan<char> text, int index, out int width)
    {
        char c = text[index];
        if (char.IsHighSurrogate(c) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
        {
            width = 2;
            return _classes[0];
        }
        width = 1;
        return _classes[c];
    }

    /// <summary>Kuromoji's isKanji: the character's own category is KANJI or KANJINUMERIC.</summary>
    public bool IsKanji(char c)
    {
        int type = _classes[c].DefaultType;
        return type == KanjiType || type == KanjiNumericType;
    }
}
