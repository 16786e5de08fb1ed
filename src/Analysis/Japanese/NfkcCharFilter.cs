using System.Globalization;
using System.Text;
using Lucene.Net.Analysis.CharFilters;

namespace Gyokaku.Analysis.Japanese;

/// <summary>
/// Unicode NFKC before tokenizing: full-width letters and digits become ASCII, half-width katakana
/// full-width, ㈱ becomes (株), and a radical look-alike its kanji (⺠ → 民). Offsets still point into the original text.
/// </summary>
public sealed class NfkcCharFilter : BaseCharFilter
{
    private string? _normalized;
    private int _position;

    public NfkcCharFilter(TextReader input) : base(input) { }

    public override int Read(char[] buffer, int index, int count)
    {
        _normalized ??= Normalize(m_input.ReadToEnd());
        int n = Math.Min(count, _normalized.Length - _position);
        if (n <= 0) return 0;   // TextReader's end of input
        _normalized.CopyTo(_position, buffer, index, n);
        _position += n;
        return n;
    }

    /// <summary>
    /// Normalizes one base character (with any marks that combine with it) at a time, so each
    /// change of length can be recorded where it happens.
    /// </summary>
    private string Normalize(string text)
    {
        var output = new StringBuilder(text.Length);
        int difference = 0;
        int i = 0;
        while (i < text.Length)
        {
            int end = ClusterEnd(text, i);
            var piece = text.Substring(i, end - i);
            var normalized = IsAscii(piece) ? piece : RadicalLookalikes.Fold(piece.Normalize(NormalizationForm.FormKC));
            output.Append(normalized);
            if (normalized.Length != piece.Length)
            {
                difference += piece.Length - normalized.Length;
                AddOffCorrectMap(output.Length, difference);
            }
            i = end;
        }
        return output.ToString();
    }

    private static bool IsAscii(string s) => s.Length == 1 && s[0] < 0x80;

    /// <summary>A character with its low surrogate and the marks that may combine with it (including half-width ﾞﾟ).</summary>
    private static int ClusterEnd(string text, int i)
    {
        int end = i + (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1);
        while (end < text.Length && IsCombining(text[end])) end++;
        return end;
    }

    private static bool IsCombining(char c) =>
        c is '\uFF9E' or '\uFF9F' or '\u3099' or '\u309A' ||
        CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
}
