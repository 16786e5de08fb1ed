using Gyokaku.Knowledge.Text;

namespace Gyokaku.Knowledge.Reading.Layouts.Structured;

/// <summary>
/// Un-columns pages printed in two columns. pdftotext -layout sets such a page's columns side by side, so every
/// line holds a piece of the left column, a gutter of spaces, then a piece of the right column; read whole, items,
/// titles and sentences of both columns mix. A page whose lines all break cleanly at one steady column, with text
/// on both sides on many of them, is rewritten as its left column's lines, then its right column's.
/// Conservative on purpose: a table's column gaps are also steady, so a page is split only when its left side
/// reads as a column of prose (filled to the gutter, no gaps of its own) and its right side is as wide a column.
/// </summary>
internal static class TwoColumnPages
{
    // A gutter is at least this many blank display columns between the two sides of a line.
    private const int MinGutter = 2;

    // The narrowest a column of text is printed, in display columns (twelve full-width characters).
    private const int MinColumn = 24;

    /// <summary>The text with each two-column page un-columned; the same text when no page is.</summary>
    public static SourceText Split(SourceText text)
    {
        var lines = text.Lines;
        var output = new List<string>(lines.Count + 64);
        var changed = false;
        foreach (var page in Pages(lines))
        {
            var split = SplitPage(page);
            changed |= split is not null;
            output.AddRange(split ?? page);
        }
        return changed ? new SourceText(text.FileName, string.Join("\n", output)) : text;
    }

    /// <summary>Pages end at a page-number line (kept on its page) and before a line with a form feed.</summary>
    private static IEnumerable<IReadOnlyList<string>> Pages(IReadOnlyList<string> lines)
    {
        var page = new List<string>();
        foreach (var line in lines)
        {
            if (line.Contains('\f') && page.Count > 0) { yield return page; page = []; }
            page.Add(line);
            if (PageFurniture.IsPageNumber(line.Replace("\f", ""))) { yield return page; page = []; }
        }
        if (page.Count > 0) yield return page;
    }

    /// <summary>
    /// The page's lines with the columns one after the other, or null when the page is not two columns. Lines
    /// above the first with left-column text (a running header set at the right) and the page number stay put.
    /// </summary>
    internal static IReadOnlyList<string>? SplitPage(IReadOnlyList<string> page)
    {
        var feed = page.Count > 0 && page[0].StartsWith('\f');
        var lines = page.Select(l => l.Replace("\f", "")).ToList();
        var end = lines.Count;
        while (end > 0 && (lines[end - 1].Trim().Length == 0 || PageFurniture.IsPageNumber(lines[end - 1]))) end--;
        var gutter = FindGutter(lines.Take(end).ToList(), out var start);
        if (gutter is not { } g) return null;

        var left = new List<string>();
        var right = new List<string>();
        for (var i = start; i < end; i++)
        {
            var (l, r) = Cut(lines[i], g);
            left.Add(l);
            right.Add(r);
        }
        while (right.Count > 0 && right[^1].Trim().Length == 0) right.RemoveAt(right.Count - 1);
        while (left.Count > 0 && left[^1].Trim().Length == 0) left.RemoveAt(left.Count - 1);
        var result = new List<string>(lines.Take(start));
        result.AddRange(left);
        result.Add("");
        result.AddRange(right.SkipWhile(r => r.Trim().Length == 0));
        result.AddRange(lines.Skip(end));
        if (feed) result[0] = "\f" + result[0];
        return result;
    }

    /// <summary>
    /// The display column the right column starts at, if the lines from <paramref name="start"/> on are two
    /// columns: every line breaks cleanly there, many hold text on both sides, the gutter sits near the middle,
    /// the left side is one filled column of prose and the right side is a column as wide.
    /// </summary>
    private static int? FindGutter(List<string> lines, out int start)
    {
        start = lines.FindIndex(l => l.Trim().Length > 0 && JaText.DisplayWidth(l) - JaText.DisplayWidth(l.TrimStart()) < 20);
        if (start < 0) return null;
        var body = lines.Skip(start).Where(l => l.Trim().Length > 0).ToList();
        if (body.Count < 6) return null;
        var width = body.Max(l => JaText.DisplayWidth(l.TrimEnd()));
        int? best = null;
        var bestBoth = 0;
        for (var g = width * 3 / 10; g <= width * 7 / 10; g++)
        {
            var cuts = body.Select(l => Cut(l, g)).ToList();
            if (body.Any(l => !BreaksAt(l, g))) continue;
            var both = cuts.Where(c => c.Left.Trim().Length > 0 && c.Right.Trim().Length > 0).ToList();
            if (both.Count < 4 || both.Count * 10 < body.Count * 4 || both.Count < bestBoth) continue;
            if (!LooksLikeColumns(both, cuts, g)) continue;
            (best, bestBoth) = (g, both.Count);
        }
        return best;
    }

    /// <summary>
    /// Prose set in a column runs to the gutter on most lines and has no wide gaps of its own; a table's first
    /// column stops where its cells stop, and its further columns leave gaps inside what would be the left side.
    /// The right side must reach as far as a column of text does, not just hold a short cell.
    /// </summary>
    private static bool LooksLikeColumns(IReadOnlyList<(string Left, string Right)> both, IReadOnlyList<(string Left, string Right)> all, int gutter)
    {
        var filled = both.Count(c => JaText.DisplayWidth(c.Left.TrimEnd()) >= gutter - 8);
        if (filled * 10 < both.Count * 3) return false;
        var gapped = both.Count(c => c.Left.Trim().Contains("  ") || c.Right.Trim().Contains("  "));
        if (gapped * 10 > both.Count * 2) return false;
        var rightWidths = all.Select(c => JaText.DisplayWidth(c.Right.TrimEnd())).Where(w => w > 0).ToList();
        var rightEdge = rightWidths.Max();
        // A column of text holds a dozen characters a line at the least; a table's last cells (a department) do not.
        if (gutter < MinColumn || rightEdge < MinColumn || rightEdge < gutter * 6 / 10) return false;
        return rightWidths.Count(w => w >= rightEdge - 8) * 10 >= rightWidths.Count * 3;
    }

    /// <summary>True when no character spans the gutter's blank columns (gutter-2 … gutter-1) or starts before and ends after the cut.</summary>
    private static bool BreaksAt(string line, int gutter)
    {
        var column = 0;
        foreach (var c in line)
        {
            var w = JaText.DisplayWidth(c);
            var endsAt = column + w;
            if (c is not (' ' or '\u3000') && endsAt > gutter - MinGutter && column < gutter) return false;
            column = endsAt;
            if (column >= gutter) return true;
        }
        return true;
    }

    /// <summary>The line's text left of the display column and from it on.</summary>
    internal static (string Left, string Right) Cut(string line, int gutter)
    {
        var column = 0;
        for (var i = 0; i < line.Length; i++)
        {
            if (column >= gutter) return (line[..i].TrimEnd(), line[i..].TrimEnd());
            column += JaText.DisplayWidth(line[i]);
        }
        return (line.TrimEnd(), "");
    }
}
