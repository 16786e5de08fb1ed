using Gyokaku.Analysis.Dictionary;

namespace Gyokaku.Analysis.Morphology;

/// <summary>
/// Kuromoji's search mode: a long word on the best path (over 2 kanji, or over 7 characters) is
/// penalised, and the cheapest way to spell the same span with other lattice nodes — each
/// penalised by its own length too — replaces it if it costs no more than the word plus its
/// penalty. The word itself is kept beside its parts, so a search for either finds it.
/// </summary>
internal sealed class CompoundSplitter(Lattice lattice, CharacterDefinition characters)
{
    private const int KanjiLength = 2, KanjiPenalty = 3000;
    private const int OtherLength = 7, OtherPenalty = 1700;

    private long[] _cost = new long[256];
    private int[] _previous = new int[256];

    /// <summary>Kuromoji's computePenalty for a span of the text.</summary>
    public int Penalty(ReadOnlySpan<char> text, int start, int length)
    {
        if (length <= KanjiLength) return 0;
        bool allKanji = true;
        for (int i = start; i < start + length; i++)
        {
            if (!characters.IsKanji(text[i])) { allKanji = false; break; }
        }
        if (allKanji) return (length - KanjiLength) * KanjiPenalty;
        return length > OtherLength ? (length - OtherLength) * OtherPenalty : 0;
    }

    /// <summary>
    /// The parts (node indices, in order) that should replace <paramref name="word"/>, or an empty
    /// list when the word stays whole. <paramref name="following"/> is the next node on the best path.
    /// </summary>
    public List<int> Split(ReadOnlySpan<char> text, int word, int following)
    {
        var nodes = lattice.Nodes;
        ref var w = ref nodes[word];
        var parts = new List<int>();
        if (w.Kind == MorphemeKind.User) return parts;
        int penalty = Penalty(text, w.SurfaceStart, w.End - w.SurfaceStart);
        if (penalty == 0) return parts;

        int before = w.Previous;
        int nextLeft = nodes[following].LeftId;
        long limit = w.PathCost + lattice.ConnectionCost(w.RightId, nextLeft) + penalty;

        // Rescore the nodes inside the word's span, in creation order (start positions ascending).
        int firstNode = lattice.FirstNodeAt(w.Start);
        if (_cost.Length < lattice.NodeCount)
        {
            _cost = new long[lattice.NodeCount];
            _previous = new int[lattice.NodeCount];
        }
        long best = long.MaxValue;
        int bestLast = -1;
        for (int i = firstNode; i < lattice.NodeCount && nodes[i].Start < w.End; i++)
        {
            ref var n = ref nodes[i];
            _cost[i] = long.MaxValue;
            if (n.End > w.End || (n.Start == w.Start && n.End == w.End)) continue;
            long reach;
            int from;
            if (n.Start == w.Start)
            {
                from = before;
                reach = nodes[before].PathCost + lattice.ConnectionCost(nodes[before].RightId, n.LeftId);
            }
            else
            {
                (from, reach) = BestInside(n.Start, n.LeftId, w.Start, nodes);
                if (from < 0) continue;
            }
            _cost[i] = reach + n.WordCost + Penalty(text, n.SurfaceStart, n.End - n.SurfaceStart);
            _previous[i] = from;
            if (n.End == w.End)
            {
                long total = _cost[i] + lattice.ConnectionCost(n.RightId, nextLeft);
                if (total < best) { best = total; bestLast = i; }
            }
        }
        if (bestLast < 0 || best > limit) return parts;
        for (int i = bestLast; i != before; i = _previous[i]) parts.Add(i);
        parts.Reverse();
        return parts;
    }

    private (int Node, long Cost) BestInside(int position, int leftId, int spanStart, LatticeNode[] nodes)
    {
        long best = long.MaxValue;
        int bestNode = -1;
        for (int l = lattice.EndHead(position); l >= 0; l = nodes[l].NextSameEnd)
        {
            if (nodes[l].Start < spanStart || _cost[l] == long.MaxValue || l < lattice.FirstNodeAt(spanStart)) continue;
            long cost = _cost[l] + lattice.ConnectionCost(nodes[l].RightId, leftId);
            if (cost < best) { best = cost; bestNode = l; }
        }
        return (bestNode, best);
    }
}
