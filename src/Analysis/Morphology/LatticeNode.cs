namespace Gyokaku.Analysis.Morphology;

/// <summary>A candidate word in the lattice; plain fields because the Viterbi loop touches millions of them.</summary>
internal struct LatticeNode
{
    /// <summary>Where the node was looked up (before skipped spaces); its predecessors end here.</summary>
    public int Start;
    /// <summary>Where the surface begins, after spaces MeCab skips.</summary>
    public int SurfaceStart;
    public int End;
    public int LeftId;
    public int RightId;
    public int WordCost;
    public long PathCost;
    public int Previous;
    /// <summary>Next node ending at the same position; the list is newest first, as in MeCab.</summary>
    public int NextSameEnd;
    public MorphemeKind Kind;
    public int Entry;
}
