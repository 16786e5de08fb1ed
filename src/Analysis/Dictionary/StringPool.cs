namespace Gyokaku.Analysis.Dictionary;

/// <summary>Every distinct feature string stored once, back to back; an id is an index into the offsets.</summary>
public sealed class StringPool
{
    private readonly char[] _chars;
    private readonly int[] _offsets;   // Count + 1 entries

    public StringPool(char[] chars, int[] offsets)
    {
        _chars = chars;
        _offsets = offsets;
    }

    public int Count => _offsets.Length - 1;

    internal char[] Chars => _chars;
    internal int[] Offsets => _offsets;

    public ReadOnlySpan<char> Span(int id) => _chars.AsSpan(_offsets[id], _offsets[id + 1] - _offsets[id]);

    public string Get(int id) => new(Span(id));

    /// <summary>Collects strings while compiling, giving each distinct one a single id.</summary>
    public sealed class Builder
    {
        private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
        private readonly List<string> _strings = [];

        public int Add(string value)
        {
            if (_ids.TryGetValue(value, out int id)) return id;
            id = _strings.Count;
            _strings.Add(value);
            _ids.Add(value, id);
            return id;
        }

        public StringPool Build()
        {
            var offsets = new int[_strings.Count + 1];
            int total = 0;
            for (int i = 0; i < _strings.Count; i++)
            {
                offsets[i] = total;
                total += _strings[i].Length;
            }
            offsets[_strings.Count] = total;
            var chars = new char[total];
            for (int i = 0; i < _strings.Count; i++) _strings[i].CopyTo(0, chars, offsets[i], _strings[i].Length);
            return new StringPool(chars, offsets);
        }
    }
}
