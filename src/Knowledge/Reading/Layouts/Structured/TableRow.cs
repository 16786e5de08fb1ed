using Gyokaku.Knowledge.Reading.Text;

namespace Gyokaku.Knowledge.Reading.Layouts.Structured;

/// <summary>Cells of a table line as extraction prints it: Markdown pipes, or tabs.</summary>
internal static class TableRow
{
    private const int MaxWrappedLines = 6;

    /// <summary>
    /// A row broken inside its cells (a line break in 実績) goes on over the next lines: a line without tabs
    /// carries on the cell it broke in, a line with tabs carries on that cell and then opens the next ones.
    /// The row and the last line it took (1-based, as <paramref name="n"/>, the row's own line), or null when
    /// they never add up to the header's cells.
    /// </summary>
    public static (IReadOnlyList<string> Cells, int LastLine)? Continued(IReadOnlyList<MappedLine> lines, int n, IReadOnlyList<string> cells, int width)
    {
        var joined = cells.ToList();
        var last = n;
        // A cell wraps over a few lines, not a page: further on, the text is no longer the row's.
        while (joined.Count < width && last < lines.Count && last - n < MaxWrappedLines)
        {
            var next = lines[last].Original;
            // A blank line, a separator or a Markdown row ends the broken row: only wrapped text goes on.
            if (next.Trim().Length == 0 || next.TrimStart().StartsWith('|')) return null;
            var more = next.Contains('\t') ? Cells(next) : [next.Trim()];
            if (joined.Count + more.Count - 1 > width) return null;
            joined[^1] += "\n" + more[0];
            joined.AddRange(more.Skip(1));
            last++;
        }
        return joined.Count == width ? (joined, last) : null;
    }

    /// <summary>The cells of a '|' line (outer pipes dropped) or of a tab-separated line; one cell for any other line.</summary>
    public static IReadOnlyList<string> Cells(string line)
    {
        var s = line.Trim();
        if (s.StartsWith('|'))
        {
            s = s[1..];
            if (s.EndsWith('|')) s = s[..^1];
            return s.Split('|').Select(Plain).ToList();
        }
        if (IsBarePipeRow(line)) return s.Split('|').Select(Plain).ToList();
        return line.Split('\t').Select(Plain).ToList();
    }

    /// <summary>
    /// A Markdown row written without outer pipes (No. | 取組名 | 所管課, ---|:---:), as web pages converted to
    /// Markdown print them: short cells only, so a sentence that happens to hold a | is no row.
    /// </summary>
    private static bool IsBarePipeRow(string line)
    {
        var s = line.Trim();
        if (s.Length == 0 || s.StartsWith('|') || !s.Contains('|') || s.Contains('\t')) return false;
        var cells = s.Split('|');
        return !s.Contains('。') && cells.All(c => c.Trim().Length <= 40) && (cells.Length >= 3 || !s.StartsWith('['));
    }

    // Cells sometimes carry the HTML of the PDF's table (<br>, <li>): read as the text it shows.
    private static string Plain(string cell) => cell.Contains('<') ? HtmlFragments.ToPlainText(cell).Text : cell.Trim();

    public static bool IsRow(string line) => line.TrimStart().StartsWith('|') || line.Count(c => c == '\t') >= 2 || IsBarePipeRow(line);

    /// <summary>|---|:--:| only aligns columns.</summary>
    public static bool IsSeparator(string line) =>
        (line.TrimStart().StartsWith('|') || IsBarePipeRow(line)) && Cells(line).All(c => c.Length == 0 || c.All(ch => ch is '-' or ':' or ' '));
}
