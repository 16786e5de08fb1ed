using Gyokaku.Knowledge.Text;

namespace Gyokaku.Knowledge.Reading.Layouts.Structured;

/// <summary>A run of non-space characters of a line and the display columns it covers (full-width counts 2).</summary>
internal sealed record LayoutToken(int Start, int End, string Text)
{
    public int Overlap(int start, int end) => Math.Max(0, Math.Min(End, end) - Math.Max(Start, start));

    /// <summary>How far apart two column ranges are; 0 when they touch or overlap.</summary>
    public int Gap(int start, int end) => Math.Max(0, Math.Max(start - End, Start - end));
}

/// <summary>
/// Splits a line of <c>pdftotext -layout</c> output into its tokens with their display columns. The tool pads
/// with spaces so that cells stand under their header; it counts a full-width character as two columns, so
/// only with that count do a cell and its header line up. A word printed letter-spaced to fill its cell
/// (区 分, 合 計: one kanji, one space, one kanji) is one token.
/// </summary>
internal static class LayoutTokens
{
    public static IReadOnlyList<LayoutToken> Of(string line)
    {
        var tokens = new List<LayoutToken>();
        var column = 0;
        var start = -1;
        var text = new System.Text.StringBuilder();
        foreach (var c in line)
        {
            if (c == '\f') continue;
            if (c is ' ' or '\t')
            {
                if (start >= 0) tokens.Add(new LayoutToken(start, column, text.ToString()));
                start = -1;
                text.Clear();
                column += c == '\t' ? 8 - column % 8 : 1;
                continue;
            }
            if (start < 0) start = column;
            text.Append(c);
            column += JaText.DisplayWidth(c);
        }
        if (start >= 0) tokens.Add(new LayoutToken(start, column, text.ToString()));
        return JoinLetterSpaced(tokens);
    }

    /// <summary>
    /// Single kanji or kana one space apart are one word spread over its cell (区 分 → 区分): no column of a
    /// table is one character wide with only a space before the next, and read apart the letters head no column.
    /// </summary>
    private static List<LayoutToken> JoinLetterSpaced(List<LayoutToken> tokens)
    {
        var joined = new List<LayoutToken>();
        var spreading = false;
        foreach (var token in tokens)
        {
            if (IsLetter(token) && joined.Count > 0 && token.Start - joined[^1].End == 1 && (spreading || IsLetter(joined[^1])))
            {
                joined[^1] = new LayoutToken(joined[^1].Start, token.End, joined[^1].Text + token.Text);
                spreading = true;
                continue;
            }
            joined.Add(token);
            spreading = false;
        }
        return joined;
    }

    private static bool IsLetter(LayoutToken token) => token.Text.Length == 1 && JaText.IsJapanese(token.Text[0]);
}
