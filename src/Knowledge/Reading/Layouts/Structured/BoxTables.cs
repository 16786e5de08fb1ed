using System.Text;

namespace Gyokaku.Knowledge.Reading.Layouts.Structured;

/// <summary>
/// A table drawn with box-drawing characters (┌─┬─┐ │指標名│単位│ ├─┼─┤ └─┴─┘), as word processors and some
/// PDF extractions print ruled tables. A row runs from one rule to the next; a cell too wide for its column
/// goes on in the same column of the next │ line (市税収納率（現年課税分 / ）), so those lines are one row.
/// The table is written again as Markdown rows — each row on its first line, rules and its other lines left
/// blank — so the readers of header tables read it like any other; the line count stays.
/// </summary>
internal static class BoxTables
{
    public static IReadOnlyList<string> Rejoin(IReadOnlyList<string> lines)
    {
        if (!lines.Any(IsCellLine)) return lines;
        var output = lines.ToArray();
        var row = new List<int>();
        for (var i = 0; i <= output.Length; i++)
        {
            if (i < output.Length && IsCellLine(output[i])) { row.Add(i); continue; }
            if (row.Count > 0) WriteRow(output, row);
            row.Clear();
            if (i < output.Length && IsRule(output[i])) output[i] = "";
        }
        return output;
    }

    /// <summary>The row's cells, column by column across its lines, on its first line.</summary>
    private static void WriteRow(string[] output, List<int> row)
    {
        var parts = row.Select(i => Cells(output[i])).ToList();
        var width = parts[0].Count;
        // Lines that do not share the first line's columns are no wrapped row: each stands as a row of its own.
        var columns = parts.All(p => p.Count == width) ? Enumerable.Range(0, width).Select(c => Join(parts.Select(p => p[c]))).ToList() : null;
        for (var k = 0; k < row.Count; k++)
        {
            var cells = columns ?? parts[k];
            output[row[k]] = columns is null || k == 0 ? "| " + string.Join(" | ", cells) + " |" : "";
        }
    }

    private static List<string> Cells(string line)
    {
        var s = line.Trim();
        return s[1..^1].Split(Vertical).Select(c => c.Trim().Replace('|', '｜')).ToList();
    }

    // Pieces of one cell: Japanese goes on without a space, words of Latin script with one.
    private static string Join(IEnumerable<string> pieces)
    {
        var sb = new StringBuilder();
        foreach (var piece in pieces.Where(p => p.Length > 0))
        {
            if (sb.Length > 0 && char.IsAsciiLetterOrDigit(sb[^1]) && char.IsAsciiLetterOrDigit(piece[0])) sb.Append(' ');
            sb.Append(piece);
        }
        return sb.ToString();
    }

    private static readonly char[] Vertical = ['│', '┃', '║'];

    /// <summary>│cell│cell│: opens and closes with a vertical rule and holds at least two cells.</summary>
    internal static bool IsCellLine(string line)
    {
        var s = line.Trim();
        return s.Length >= 3 && Vertical.Contains(s[0]) && Vertical.Contains(s[^1]) && s.Count(Vertical.Contains) >= 3;
    }

    /// <summary>┌──┬──┐, ├──┼──┤, └──┴──┘: box-drawing characters only.</summary>
    internal static bool IsRule(string line)
    {
        var s = line.Trim();
        return s.Length >= 2 && s.All(c => c is >= '\u2500' and <= '\u257F') && s.Any(c => c is '─' or '━' or '═');
    }
}
