using Gyokaku.Analysis.Dictionary;

namespace Gyokaku.Analysis.Morphology;

/// <summary>
/// Builds the word lattice of one line and finds its cheapest path, following MeCab 0.996 step by
/// step (Tokenizer::lookup, Viterbi::connect) so that equal-cost ties resolve the same way:
/// nodes at a position are connected newest first, and each end position keeps its nodes newest
/// first. Positions are UTF-16 offsets; MeCab's are UTF-8 bytes, which orders everything alike.
/// Reused between lines; not thread-safe.
/// </summary>
internal sealed class Lattice
{
    /// <summary>MeCab's DEFAULT_MAX_GROUPING_SIZE: longer runs are not proposed as one unknown word.</summary>
    private const int MaxGroupingSize = 24;
    private const int BosNode = 0;

    private readonly IMorphemeDictionary _dictionary;
    private readonly UserDictionary? _user;
    private readonly CharacterDefinition _characters;
    private readonly short[] _matrix;
    private readonly int _leftSize;
    private readonly EntryRange[] _matches = new EntryRange[256];
    private readonly PrefixMatch[] _userMatches = new PrefixMatch[64];

    internal LatticeNode[] Nodes = new LatticeNode[1024];
    internal int NodeCount;
    private int[] _endHeads = new int[256];
    private int[] _firstNodeAt = new int[257];   // first node created at each start position, -1 if none

    public Lattice(IMorphemeDictionary dictionary, UserDictionary? user)
    {
        _dictionary = dictionary;
        _user = user;
        _characters = dictionary.Characters;
        _matrix = dictionary.Connections.Raw;
        _leftSize = dictionary.Connections.LeftSize;
    }

    internal int EndHead(int position) => _endHeads[position];
    internal int FirstNodeAt(int position) => _firstNodeAt[position];
    internal int ConnectionCost(int previousRightId, int nextLeftId) => _matrix[previousRightId + _leftSize * nextLeftId];

    /// <summary>Builds the lattice of <paramref name="text"/> and returns the EOS node, whose Previous chain is the best path.</summary>
    public int Solve(ReadOnlySpan<char> text)
    {
        int length = text.Length;
        Reset(length);
        for (int pos = 0; pos < length; pos++)
        {
            if (_endHeads[pos] < 0) continue;
            int first = NodeCount;
            Lookup(text, pos);
            _firstNodeAt[pos] = first == NodeCount ? -1 : first;
            // MeCab prepends each new node to its begin list, then connects that list in order.
            for (int i = NodeCount - 1; i >= first; i--) Connect(i, pos);
        }
        int eos = NewNode(length, length, length, 0, 0, 0, MorphemeKind.Known, -1);
        for (int pos = length; pos >= 0; pos--)
        {
            if (_endHeads[pos] < 0) continue;
            Nodes[eos].Start = pos;
            Connect(eos, pos, addToEndList: false);
            break;
        }
        return eos;
    }

    private void Reset(int length)
    {
        if (_endHeads.Length < length + 1)
        {
            _endHeads = new int[Math.Max(length + 1, _endHeads.Length * 2)];
            _firstNodeAt = new int[_endHeads.Length + 1];
        }
        Array.Fill(_endHeads, -1, 0, length + 1);
        Array.Fill(_firstNodeAt, -1, 0, length + 1);
        NodeCount = 0;
        NewNode(0, 0, 0, 0, 0, 0, MorphemeKind.Known, -1);   // BOS: context id 0, cost 0
        _endHeads[0] = BosNode;
    }

    private void Connect(int index, int pos, bool addToEndList = true)
    {
        var nodes = Nodes;
        ref var node = ref nodes[index];
        long best = long.MaxValue;
        int bestNode = -1;
        int leftOffset = _leftSize * node.LeftId;
        short[] matrix = _matrix;
        for (int l = _endHeads[pos]; l >= 0; l = nodes[l].NextSameEnd)
        {
            long cost = nodes[l].PathCost + matrix[nodes[l].RightId + leftOffset];
            if (cost < best)
            {
                best = cost;
                bestNode = l;
            }
        }
        node.Previous = bestNode;
        node.PathCost = best + node.WordCost;
        if (!addToEndList) return;
        node.NextSameEnd = _endHeads[node.End];
        _endHeads[node.End] = index;
    }

    /// <summary>MeCab's Tokenizer::lookup: dictionary words at <paramref name="pos"/>, then unknown words by character category.</summary>
    private void Lookup(ReadOnlySpan<char> text, int pos)
    {
        int end = text.Length;
        // Skip characters of the space kind; the word starts after them but is looked up from pos.
        int begin = pos;
        var previous = _characters.Space;
        CharacterClass info = previous;
        int width = 0;
        while (begin != end)
        {
            var c = _characters.ClassAt(text, begin, out width);
            info = c;
            if (!previous.IsKindOf(c)) break;
            begin += width;
            previous = c;
        }
        if (begin == end) return;   // only spaces remain: MeCab's node would end past the text and never reach EOS
        int firstWidth = width;
        int created = NodeCount;

        var rest = text[begin..];
        bool userMatched = _user is not null && AddUserPhrases(rest, pos, begin);
        if (!userMatched) AddKnownWords(rest, pos, begin);

        if (NodeCount > created && !info.Invoke) return;

        int category = info.DefaultType;
        int next = begin + firstWidth;
        int groupEnd = -1;
        if (info.Group)
        {
            int p = next, count = 0;
            var c = info;
            while (p != end)
            {
                var f = _characters.ClassAt(text, p, out int w);
                if (!c.IsKindOf(f)) break;
                p += w;
                count++;
                c = f;
            }
            if (count <= MaxGroupingSize) AddUnknown(category, pos, begin, p);
            groupEnd = p;
        }
        for (int i = 1; i <= info.Length; i++)
        {
            if (next > end || next == groupEnd) break;
            AddUnknown(category, pos, begin, next);
            if (next == end || !info.IsKindOf(_characters.ClassAt(text, next, out int w))) break;
            next += w;
        }
        if (NodeCount == created) AddUnknown(category, pos, begin, begin + firstWidth);
    }

    private void AddKnownWords(ReadOnlySpan<char> rest, int pos, int begin)
    {
        int n = _dictionary.LookupPrefixes(rest, _matches);
        var words = _dictionary.Words;
        for (int i = 0; i < n; i++)
        {
            var m = _matches[i];
            for (int e = m.Start, last = m.Start + m.Count; e < last; e++)
                NewNode(pos, begin, begin + m.Length, words.LeftIds[e], words.RightIds[e], words.Costs[e], MorphemeKind.Known, e);
        }
    }

    /// <summary>Like Kuromoji, only the longest user phrase starting here enters the lattice.</summary>
    private bool AddUserPhrases(ReadOnlySpan<char> rest, int pos, int begin)
    {
        int n = _user!.LookupPrefixes(rest, _userMatches);
        if (n == 0) return false;
        var longest = _userMatches[n - 1];
        NewNode(pos, begin, begin + longest.Length, UserDictionary.ContextId, UserDictionary.ContextId,
            UserDictionary.PhraseCost, MorphemeKind.User, longest.Value);
        return true;
    }

    private void AddUnknown(int category, int pos, int begin, int end)
    {
        var range = _dictionary.UnknownEntries(category);
        var unknown = _dictionary.UnknownWords;
        for (int e = range.Start, last = range.Start + range.Count; e < last; e++)
            NewNode(pos, begin, end, unknown.LeftIds[e], unknown.RightIds[e], unknown.Costs[e], MorphemeKind.Unknown, e);
    }

    private int NewNode(int start, int surfaceStart, int end, int leftId, int rightId, int cost, MorphemeKind kind, int entry)
    {
        if (NodeCount == Nodes.Length) Array.Resize(ref Nodes, Nodes.Length * 2);
        ref var node = ref Nodes[NodeCount];
        node.Start = start;
        node.SurfaceStart = surfaceStart;
        node.End = end;
        node.LeftId = leftId;
        node.RightId = rightId;
        node.WordCost = cost;
        node.PathCost = 0;
        node.Previous = -1;
        node.NextSameEnd = -1;
        node.Kind = kind;
        node.Entry = entry;
        return NodeCount++;
    }
}
