namespace Gyokaku.Analysis.Morphology;

/// <summary>Where a morpheme's features come from.</summary>
public enum MorphemeKind : byte
{
    /// <summary>A system dictionary entry.</summary>
    Known,
    /// <summary>An unk.def entry proposed from the characters' category.</summary>
    Unknown,
    /// <summary>A segment of a user dictionary entry.</summary>
    User,
}

/// <summary>
/// One morpheme of an analysis: its surface as a span of the analysed text, and the entry
/// carrying its features. <paramref name="PositionLength"/> is above 1 only for a compound that
/// search mode keeps beside its parts; it then spans that many following parts.
/// </summary>
public readonly record struct Morpheme(int Start, int Length, MorphemeKind Kind, int Entry, int PositionLength = 1)
{
    public int End => Start + Length;
    public bool IsCompound => PositionLength > 1;
}

/// <summary>How text is segmented.</summary>
public enum AnalysisMode
{
    /// <summary>MeCab's segmentation: the cheapest path through the lattice.</summary>
    Normal,
    /// <summary>Also splits long kanji/katakana compounds into their parts, keeping the compound (Kuromoji's search mode).</summary>
    Search,
    /// <summary>Search mode, with unknown words further split into single characters.</summary>
    Extended,
}
