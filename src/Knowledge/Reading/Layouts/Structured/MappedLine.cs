using System.Text;
using Gyokaku.Knowledge.Text;

namespace Gyokaku.Knowledge.Reading.Layouts.Structured;

/// <summary>
/// A line in NFKC form for matching (Ｎｏ．１２ and No.12 meet), that still knows where each character came
/// from, so what a pattern finds is cut out of the line as printed: answers quote the document's own text.
/// </summary>
internal sealed class MappedLine
{
    private readonly int[] _origin;

    public MappedLine(string original)
    {
        Original = original;
        var sb = new StringBuilder(original.Length);
        var origin = new List<int>(original.Length + 1);
        for (var i = 0; i < original.Length; i++)
        {
            // A surrogate pair is one character; it is kept whole.
            var width = char.IsHighSurrogate(original[i]) && i + 1 < original.Length ? 2 : 1;
            var piece = JaText.Nfkc(original.Substring(i, width));
            foreach (var c in piece) { sb.Append(c); origin.Add(i); }
            i += width - 1;
        }
        origin.Add(original.Length);
        Normalized = sb.ToString();
        _origin = origin.ToArray();
    }

    public string Original { get; }

    /// <summary>NFKC with circled numbers kept; same whitespace as the original.</summary>
    public string Normalized { get; }

    /// <summary>The printed text from normalized index <paramref name="start"/> to the end, trimmed.</summary>
    public string OriginalFrom(int start) => Original[_origin[Math.Min(start, _origin.Length - 1)]..].Trim();

    /// <summary>The printed text of a normalized range, trimmed.</summary>
    public string OriginalRange(int start, int length)
    {
        var from = _origin[Math.Min(start, _origin.Length - 1)];
        var to = _origin[Math.Min(start + length, _origin.Length - 1)];
        return Original[from..to].Trim();
    }
}
