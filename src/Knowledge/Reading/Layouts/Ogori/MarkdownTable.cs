using Gyokaku.Knowledge.Model;

namespace Gyokaku.Knowledge.Reading.Layouts.Ogori;

/// <summary>One row of a Markdown table: its cells (trimmed, as printed) and its 1-based line.</summary>
public sealed record MarkdownRow(int Line, IReadOnlyList<string> Cells)
{
    /// <summary>The cell at <paramref name="index"/>, or "" when the row is shorter (damaged rows often are).</summary>
    public string Cell(int index) => index >= 0 && index < Cells.Count ? Cells[index] : "";

    /// <summary>The cells that have text, in order.</summary>
    public IEnumerable<string> Filled => Cells.Where(c => c.Length > 0);
}

/// <summary>
/// A pipe table as PDF-to-Markdown extraction prints it: consecutive lines starting with '|',
/// with an optional |---| separator row (dropped). Cells stay text exactly as printed.
/// </summary>
public sealed record MarkdownTable(IReadOnlyList<MarkdownRow> Rows, LineRange Lines)
{
    /// <summary>Every table in the text, in order. A table is a run of lines that start with '|'.</summary>
    public static IReadOnlyList<MarkdownTable> ReadAll(SourceText text)
    {
        var tables = new List<MarkdownTable>();
        var n = 1;
        while (n <= text.Lines.Count)
        {
            if (!IsTableLine(text.Line(n))) { n++; continue; }
            var start = n;
            var rows = new List<MarkdownRow>();
            for (; n <= text.Lines.Count && IsTableLine(text.Line(n)); n++)
                if (!IsSeparator(text.Line(n))) rows.Add(new MarkdownRow(n, SplitCells(text.Line(n))));
            tables.Add(new MarkdownTable(rows, new LineRange(start, n - 1)));
        }
        return tables;
    }

    public static bool IsTableLine(string line) => line.TrimStart().StartsWith('|');

    /// <summary>|---|:--:| rows only align columns; they carry no text.</summary>
    private static bool IsSeparator(string line) =>
        line.Trim().Trim('|').Split('|').All(c => c.Trim().Length > 0 && c.Trim().All(ch => ch is '-' or ':' or ' '));

    /// <summary>Cells between the pipes; a missing closing pipe (a cut-off line) still yields the last cell.</summary>
    private static IReadOnlyList<string> SplitCells(string line)
    {
        var s = line.Trim();
        if (s.StartsWith('|')) s = s[1..];
        if (s.EndsWith('|')) s = s[..^1];
        return s.Split('|').Select(c => c.Trim()).ToList();
    }
}
