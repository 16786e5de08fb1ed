namespace Gyokaku.Knowledge.Reading.Layouts.Structured;

/// <summary>
/// Tables printed with spaces for rules (pdftotext -layout): a header row whose words stand apart by wide
/// gaps (取組番号   取組項目      担当課   R5   R6), rows whose cells start under those words. Each such row is
/// rewritten as a tab-separated line, so the header-table reader reads it like any other table. A line
/// with no number under the number column carries on the row above (a title or text wrapped in its cell).
/// </summary>
internal static class SpacedTables
{
    public static IReadOnlyList<MappedLine> AsTabs(IReadOnlyList<MappedLine> lines)
    {
        List<MappedLine>? rewritten = null;
        for (var i = 0; i < lines.Count; i++)
        {
            if (TableRow.IsRow(lines[i].Original)) continue;
            var header = Spans(lines[i].Original);
            if (header.Count < 3 || HeaderTables.ReadHeader(header.Select(h => h.Text).ToList())?.ToList() is not { } labels) continue;
            rewritten ??= lines.ToList();
            rewritten[i] = new MappedLine(string.Join('\t', header.Select(h => h.Text)));
            var numberAt = labels.FindIndex(l => l.Kind == LabelKind.Number);
            var keyAt = numberAt >= 0 ? numberAt : labels.FindIndex(l => l.Kind == LabelKind.Title);
            i = ReadRows(lines, rewritten, i + 1, header, keyAt) - 1;
        }
        return rewritten ?? lines;
    }

    /// <summary>Rewrites the rows under a header; returns the line where the table ended.</summary>
    private static int ReadRows(IReadOnlyList<MappedLine> lines, List<MappedLine> rewritten, int from, IReadOnlyList<Span> header, int keyAt)
    {
        (int Line, string?[] Cells)? row = null;
        var blanks = 0;
        var n = from;
        for (; n < lines.Count; n++)
        {
            var spans = Spans(lines[n].Original);
            if (spans.Count == 0)
            {
                // Rows may stand a blank line apart; two blank lines end the table.
                if (++blanks >= 2) break;
                continue;
            }
            blanks = 0;
            var cells = Place(spans, header);
            if (cells is null) break;
            var continues = keyAt >= 0 && string.IsNullOrEmpty(cells[keyAt]) && row is not null;
            if (!continues && spans.Count < 2) break;
            if (continues)
            {
                var current = row!.Value;
                for (var c = 0; c < cells.Length; c++)
                    if (!string.IsNullOrEmpty(cells[c])) current.Cells[c] = current.Cells[c] is { Length: > 0 } before ? before + Joiner(before) + cells[c] : cells[c];
                rewritten[current.Line] = Tabbed(current.Cells);
                rewritten[n] = new MappedLine("");
                continue;
            }
            row = (n, cells);
            rewritten[n] = Tabbed(cells);
        }
        return n;
    }

    // A wrapped Japanese title goes on without a break; a wrapped text keeps its line.
    private static string Joiner(string before) => before.EndsWith('。') || before.EndsWith('、') ? "\n" : "";

    private static MappedLine Tabbed(string?[] cells) => new(string.Join('\t', cells.Select(c => c ?? "")));

    /// <summary>
    /// Each span goes to the header column it starts under (the nearest column start). A row of exactly as
    /// many spans as columns is read in order; a span far left of every column is no part of the table.
    /// </summary>
    private static string?[]? Place(IReadOnlyList<Span> spans, IReadOnlyList<Span> header)
    {
        var cells = new string?[header.Count];
        if (spans.Count == header.Count)
        {
            for (var i = 0; i < spans.Count; i++) cells[i] = spans[i].Text;
            return cells;
        }
        if (spans.Count > header.Count) return null;
        foreach (var span in spans)
        {
            var at = Enumerable.Range(0, header.Count).MinBy(c => Math.Abs(header[c].Start - span.Start));
            cells[at] = cells[at] is null ? span.Text : cells[at] + " " + span.Text;
        }
        return cells;
    }

    private sealed record Span(int Start, string Text);

    /// <summary>The parts of a line that stand apart by wide gaps (two spaces or more, a tab).</summary>
    public static IReadOnlyList<string> Parts(string line) => SpansOf(line).Select(s => s.Text).ToList();

    /// <summary>The runs of text of a line that stand apart by two or more spaces (or a full-width one beside a space).</summary>
    private static IReadOnlyList<Span> Spans(string line) => SpansOf(line).ToList();

    /// <remarks>
    /// A span's start is its column as the eye sees it: a full-width character takes two columns, as it does
    /// in the monospaced output the columns were aligned for.
    /// </remarks>
    private static IEnumerable<Span> SpansOf(string line)
    {
        var start = -1;
        var column = 0;
        var startColumn = 0;
        for (var i = 0; i <= line.Length; i++)
        {
            var gap = i == line.Length || (IsSpace(line[i]) && (i + 1 == line.Length || IsSpace(line[i + 1]) || line[i] == '\t'));
            if (gap && start >= 0)
            {
                yield return new Span(startColumn, line[start..i].Trim());
                start = -1;
            }
            else if (!gap && start < 0 && !IsSpace(line[i])) (start, startColumn) = (i, column);
            if (i < line.Length) column += IsWide(line[i]) ? 2 : 1;
        }
    }

    private static bool IsWide(char c) => c is (>= '\u1100' and <= '\u115F') or (>= '\u2E80' and <= '\uA4CF') or (>= '\uAC00' and <= '\uD7A3')
        or (>= '\uF900' and <= '\uFAFF') or (>= '\uFE30' and <= '\uFE4F') or (>= '\uFF00' and <= '\uFF60') or (>= '\uFFE0' and <= '\uFFE6');

    private static bool IsSpace(char c) => c is ' ' or '\t' or '　';
}
