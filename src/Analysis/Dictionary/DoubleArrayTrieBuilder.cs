namespace Gyokaku.Analysis.Dictionary;

/// <summary>
/// Builds a <see cref="DoubleArrayTrie"/> from distinct keys (Aoe's double array, placed the way
/// Darts does: first free slot that fits all children, skipping dense regions).
/// </summary>
public static class DoubleArrayTrieBuilder
{
    /// <summary>Builds a trie mapping each key to its value. Keys must be distinct and non-empty.</summary>
    public static DoubleArrayTrie Build(IReadOnlyList<string> keys, IReadOnlyList<int> values)
    {
        if (keys.Count != values.Count) throw new ArgumentException("one value per key is needed");
        var codes = AssignCodes(keys);
        var encoded = new ushort[keys.Count][];
        for (int i = 0; i < keys.Count; i++)
        {
            if (keys[i].Length == 0) throw new ArgumentException("empty key");
            encoded[i] = keys[i].Select(c => codes[c]).ToArray();
        }
        var order = Enumerable.Range(0, keys.Count).ToArray();
        Array.Sort(order, (a, b) => CompareCodes(encoded[a], encoded[b]));
        var sortedKeys = order.Select(i => encoded[i]).ToArray();
        var sortedValues = order.Select(i => values[i]).ToArray();
        for (int i = 1; i < sortedKeys.Length; i++)
            if (CompareCodes(sortedKeys[i - 1], sortedKeys[i]) == 0) throw new ArgumentException("duplicate key");

        var placer = new Placer(sortedKeys, sortedValues);
        return placer.Run(codes);
    }

    /// <summary>Most frequent characters get the smallest codes, which keeps the arrays dense.</summary>
    private static ushort[] AssignCodes(IReadOnlyList<string> keys)
    {
        var counts = new int[0x10000];
        foreach (var key in keys) foreach (char c in key) counts[c]++;
        var used = Enumerable.Range(0, 0x10000).Where(c => counts[c] > 0).OrderByDescending(c => counts[c]).ThenBy(c => c).ToArray();
        if (used.Length >= 0xFFFF) throw new InvalidOperationException("too many distinct characters");
        var codes = new ushort[0x10000];
        for (int i = 0; i < used.Length; i++) codes[used[i]] = (ushort)(i + 1);
        return codes;
    }

    private static int CompareCodes(ushort[] a, ushort[] b)
    {
        int n = Math.Min(a.Length, b.Length);
        for (int i = 0; i < n; i++) if (a[i] != b[i]) return a[i].CompareTo(b[i]);
        return a.Length.CompareTo(b.Length);
    }

    private readonly record struct Sibling(int Code, int Depth, int Left, int Right);

    private sealed class Placer(ushort[][] keys, int[] values)
    {
        private int[] _base = new int[1 << 16];
        private int[] _check = CreateFree(1 << 16);
        private bool[] _usedBase = new bool[1 << 16];
        private int _size = 1;
        private int _nextCheckPos;

        private static int[] CreateFree(int n)
        {
            var a = new int[n];
            Array.Fill(a, -1);
            return a;
        }

        public DoubleArrayTrie Run(ushort[] codes)
        {
            _check[0] = int.MaxValue;   // the root's slot is never a child
            _usedBase[0] = true;
            var root = Fetch(new Sibling(0, 0, 0, keys.Length));
            int rootBase = Insert(root);   // may grow the arrays, so index _base afterwards
            _base[0] = rootBase;
            Array.Resize(ref _base, _size);
            Array.Resize(ref _check, _size);
            return new DoubleArrayTrie(codes, _base, _check);
        }

        private List<Sibling> Fetch(Sibling parent)
        {
            var siblings = new List<Sibling>();
            int previous = -1;
            for (int i = parent.Left; i < parent.Right; i++)
            {
                var key = keys[i];
                if (key.Length < parent.Depth) continue;
                int code = key.Length == parent.Depth ? 0 : key[parent.Depth];
                if (code != previous || siblings.Count == 0)
                {
                    if (siblings.Count > 0) siblings[^1] = siblings[^1] with { Right = i };
                    siblings.Add(new Sibling(code, parent.Depth + 1, i, parent.Right));
                }
                previous = code;
            }
            return siblings;
        }

        private int Insert(List<Sibling> siblings)
        {
            int first = siblings[0].Code, last = siblings[^1].Code;
            int pos = Math.Max(first + 1, _nextCheckPos) - 1;
            int occupied = 0;
            bool seenFree = false;
            int begin;
            while (true)
            {
                pos++;
                Ensure(pos + 1);
                if (_check[pos] != -1) { occupied++; continue; }
                if (!seenFree) { _nextCheckPos = pos; seenFree = true; }
                begin = pos - first;
                Ensure(begin + last + 1);
                if (_usedBase[begin]) continue;
                bool fits = true;
                for (int i = 1; i < siblings.Count; i++)
                    if (_check[begin + siblings[i].Code] != -1) { fits = false; break; }
                if (fits) break;
            }
            // A region almost full is not worth scanning again.
            if (1.0 * occupied / (pos - _nextCheckPos + 1) >= 0.95) _nextCheckPos = pos;
            _usedBase[begin] = true;
            _size = Math.Max(_size, begin + last + 1);
            foreach (var s in siblings) _check[begin + s.Code] = begin;
            foreach (var s in siblings)
            {
                if (s.Code == 0)
                {
                    _base[begin] = -values[s.Left] - 1;
                    continue;
                }
                // Insert may grow the arrays: evaluate it before indexing _base.
                int childBase = Insert(Fetch(s));
                _base[begin + s.Code] = childBase;
            }
            return begin;
        }

        private void Ensure(int size)
        {
            if (size <= _base.Length) return;
            int n = Math.Max(size, _base.Length * 2);
            int old = _base.Length;
            Array.Resize(ref _base, n);
            Array.Resize(ref _check, n);
            Array.Resize(ref _usedBase, n);
            Array.Fill(_check, -1, old, n - old);
        }
    }
}
