using System.Text;

namespace Gyokaku.Knowledge.Reading.Layouts.Structured;

/// <summary>
/// A record of a sheet saved as delimited text (CSV, tab-separated): cells apart by the delimiter, a cell in quotes
/// when it holds the delimiter, a quote ("" inside quotes) or a line break — so one record may span lines.
/// </summary>
internal static class QuotedRecords
{
    /// <summary>
    /// The cells of the record starting at line <paramref name="start"/> and the lines it took; null when a quote
    /// is still open after <paramref name="maxLines"/> lines, or a closing quote is followed by text (the quotes were
    /// the text's own, not a cell's).
    /// </summary>
    public static (List<string> Cells, int Lines)? Read(IReadOnlyList<string> lines, int start, char delimiter, int maxLines)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        var line = start;
        var text = lines[line];
        var pos = 0;
        var quoted = false;
        var atCellStart = true;
        while (true)
        {
            if (pos >= text.Length)
            {
                if (!quoted) break;
                // A line break inside quotes belongs to the cell: the record goes on at the next line.
                if (++line >= lines.Count || line - start >= maxLines) return null;
                cell.Append('\n');
                text = lines[line];
                pos = 0;
                continue;
            }
            var c = text[pos++];
            if (quoted)
            {
                if (c != '"') { cell.Append(c); continue; }
                if (pos < text.Length && text[pos] == '"') { cell.Append('"'); pos++; continue; }
                if (pos < text.Length && text[pos] != delimiter) return null;
                quoted = false;
                continue;
            }
            if (c == '"' && atCellStart) { quoted = true; atCellStart = false; continue; }
            if (c == delimiter) { cells.Add(cell.ToString()); cell.Clear(); atCellStart = true; continue; }
            cell.Append(c);
            atCellStart = false;
        }
        cells.Add(cell.ToString());
        return (cells, line - start + 1);
    }
}
