namespace Gyokaku.Analysis.Dictionary;

/// <summary>A key found by a common-prefix search: its length in UTF-16 units and its value.</summary>
public readonly record struct PrefixMatch(int Length, int Value);

/// <summary>
/// A double-array trie over UTF-16 text. Characters are first mapped to dense codes (1..N, most
/// frequent first) so the arrays stay small; code 0 marks the end of a key and holds its value.
/// </summary>
public sealed class DoubleArrayTrie
{
    private readonly ushort[] _codes;   // char -> code, 0 when no key contains the char
    private readonly int[] _base;
    private readonly int[] _check;      // the base of the parent, -1 when free

    public DoubleArrayTrie(ushort[] codes, int[] @base, int[] check)
    {
        if (codes.Length != 0x10000) throw new ArgumentException("a code for every UTF-16 unit is needed", nameof(codes));
        if (@base.Length != check.Length) throw new ArgumentException("base and check differ in length");
        _codes = codes;
        _base = @base;
        _check = check;
    }

    internal ushort[] Codes => _codes;
    internal int[] Base => _base;
    internal int[] Check => _check;

    /// <summary>Every key that is a prefix of <paramref name="text"/>, shortest first; returns how many were written.</summary>
    public int CommonPrefixSearch(ReadOnlySpan<char> text, Span<PrefixMatch> results)
    {
        int found = 0;
        int b = _base[0];
        int[] bases = _base, checks = _check;
        ushort[] codes = _codes;
        for (int i = 0; i < text.Length; i++)
        {
            int code = codes[text[i]];
            if (code == 0) break;
            int p = b + code;
            if ((uint)p >= (uint)checks.Length || checks[p] != b) break;
            b = bases[p];
            // b + 0 is this node's end-of-key slot.
            if ((uint)b < (uint)checks.Length && checks[b] == b && bases[b] < 0)
            {
                if (found == results.Length) break;
                results[found++] = new PrefixMatch(i + 1, -bases[b] - 1);
            }
        }
        return found;
    }

    /// <summary>The value of exactly <paramref name="key"/>, or -1.</summary>
    public int ExactMatch(ReadOnlySpan<char> key)
    {
        int b = _base[0];
        foreach (char c in key)
        {
            int code = _codes[c];
            if (code == 0) return -1;
            int p = b + code;
            if ((uint)p >= (uint)_check.Length || _check[p] != b) return -1;
            b = _base[p];
        }
        return (uint)b < (uint)_check.Length && _check[b] == b && _base[b] < 0 ? -_base[b] - 1 : -1;
    }
}
