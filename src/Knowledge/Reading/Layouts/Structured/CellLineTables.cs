using System.Text.RegularExpressions;
using Gyokaku.Knowledge.Text;

namespace Gyokaku.Knowledge.Reading.Layouts.Structured;

/// <summary>
/// A table the extraction printed one cell per line (pdftotext of a ruled table): the header cells first
/// (番号 / 取組名 / 担当課 / 関係課), then each row's cells in the same order, each row opening with its number.
/// A cell too wide for its column is broken over two lines (公有財産の売却・貸付の推 / 進). The table is
/// rewritten as Markdown rows — each row on its number's line, the lines it took left blank — so the readers
/// of header tables read it like any other; the text keeps its line count, so line numbers stay true.
/// </summary>
internal static partial class CellLineTables
{
    private const int MaxHeaderCell = 12;

    public static IReadOnlyList<string> Rejoin(IReadOnlyList<string> lines)
    {
        var output = lines.ToArray();
        var i = 0;
        while (i < output.Length)
            i = TryTable(output, i) ?? i + 1;
        return output;
    }

    /// <summary>The line after the table starting at <paramref name="start"/>, or null when no table starts there.</summary>
    private static int? TryTable(string[] lines, int start)
    {
        if (FieldLabel.Read(Trim(lines[start])).Kind != LabelKind.Number || !IsHeaderCell(lines[start])) return null;
        var header = new List<int>();
        var n = start;
        while (n < lines.Length && IsHeaderCell(lines[n]) && !IsRowNumber(lines[n]) && !IsGroupHeading(lines[n])) header.Add(n++);
        if (header.Count < 3) return null;
        // Group headings (柱Ⅰ　財政基盤の強化) may stand between the header and the first row.
        var groupAt = new List<int>();
        while (n < lines.Length && !IsRowNumber(lines[n]) && IsGroupHeading(lines[n])) groupAt.Add(n++);
        if (n >= lines.Length || !IsRowNumber(lines[n])) return null;
        var headerCells = header.Select(h => Trim(lines[h])).ToList();
        var headerKey = Key(header.Select(h => lines[h]));
        var groupStart = groupAt.Count > 0 ? Trim(lines[groupAt[0]]).FirstOrDefault() : '\0';

        // Each row: its number's line, then its cell lines up to the next row's number.
        var rows = new List<(int At, List<string> Cells)>();
        var groups = new List<(int At, string Text)>();
        while (n < lines.Length)
        {
            var text = Trim(lines[n]);
            if (text.Length == 0) { n++; continue; }
            if (IsRowNumber(lines[n]) || IsTotal(text)) { rows.Add((n, [text])); n++; continue; }
            if (rows.Count == 0 || text.StartsWith('※') || EndsTable(text, rows[^1].Cells.Count >= headerCells.Count)) break;
            // The header printed again at the top of the next page: the same table goes on.
            if (text == Trim(lines[header[0]]) && n + header.Count <= lines.Length && Key(lines.Skip(n).Take(header.Count)) == headerKey)
            {
                for (var h = 0; h < header.Count; h++) lines[n + h] = "";
                n += header.Count;
                continue;
            }
            if ((text[0] == groupStart || rows[^1].Cells.Count >= headerCells.Count) && IsGroupHeading(lines[n])) { groups.Add((n, text)); n++; continue; }
            rows[^1].Cells.Add(text);
            n++;
        }
        if (rows.Count(r => !IsTotal(r.Cells[0])) < 2) return null;
        // A header cell broken over two lines (基準値 / （R3）): rows tell how many cells there are.
        var width = Math.Min(headerCells.Count, rows.Where(r => !IsTotal(r.Cells[0])).Min(r => r.Cells.Count));
        headerCells = JoinBroken(headerCells, width);
        if (width < 3 || headerCells.Count != width) return null;
        // A row may hold fewer cells than the header names: a total row printed without a number (合計 | 178,000 | …).
        var fitting = rows.Where(r => r.Cells.Count >= width || IsTotal(r.Cells[0])).ToList();
        if (fitting.Count < rows.Count) return null;

        // The table is written again from its first line on, one row a line: the rows stand together, as a
        // table's rows do, and group headings keep their place between them with the header printed again
        // after each, so the table reads on under the heading.
        var written = new List<string>();
        written.AddRange(groupAt.Select(g => Trim(lines[g])));
        written.Add(Markdown(headerCells));
        for (var r = 0; r < rows.Count; r++)
        {
            var (at, cells) = rows[r];
            foreach (var (_, text) in groups.Where(g => g.At < at && (r == 0 || g.At > rows[r - 1].At))) { written.Add(text); written.Add(Markdown(headerCells)); }
            written.Add(Markdown(IsTotal(cells[0]) && cells.Count < width ? ["", .. JoinBroken(cells, width - 1)] : JoinBroken(cells, width)));
        }
        for (var k = start; k < n; k++) lines[k] = k - start < written.Count ? written[k - start] : "";
        return n;
    }

    /// <summary>
    /// Cell lines joined to <paramref name="count"/> cells: a line opening with （ goes with the line above it
    /// (指定管理者制度の活用 / （※２）); otherwise the line after the longest line does (the column's width was reached).
    /// </summary>
    internal static List<string> JoinBroken(List<string> cells, int count)
    {
        var joined = cells.ToList();
        while (joined.Count > count)
        {
            var at = Wrapped(joined);
            if (at < 0)
            {
                var longest = -1;
                for (var i = 1; i < joined.Count; i++)
                    if (!IsFigure(joined[i]) && joined[i - 1].Length > longest) { longest = joined[i - 1].Length; at = i; }
            }
            if (at < 0) break;
            joined[at - 1] += joined[at];
            joined.RemoveAt(at);
        }
        return joined;
    }

    /// <summary>
    /// The first line that plainly carries on the line above it, or -1: the line above left a bracket open
    /// (前年度比6.2%削減（年間総時間 / 41,870時間）。), the line opens with one (指定管理者制度の活用 / （※２）),
    /// a sentence broken after a particle ends on this line (記載項目を / 24項目から15項目に削減。), or a second
    /// sentence follows the first of a cell.
    /// </summary>
    private static int Wrapped(List<string> cells)
    {
        for (var i = 1; i < cells.Count; i++)
            if (cells[i - 1].Count(c => c is '（' or '(') > cells[i - 1].Count(c => c is '）' or ')')) return i;
        for (var i = 1; i < cells.Count; i++)
            if (cells[i].StartsWith('（') || cells[i].StartsWith('(')) return i;
        for (var i = 1; i < cells.Count; i++)
            if (BrokenSentence(cells[i - 1]) && cells[i].EndsWith('。')) return i;
        // A cell of two sentences (受講率 93.5%。 / オンライン研修を新たに導入。): a plan or title cell ends in none.
        for (var i = 2; i < cells.Count; i++)
            if (cells[i - 1].EndsWith('。') && cells[i].EndsWith('。') && !cells[i - 2].EndsWith('。')) return i;
        return -1;
    }

    // Prose cut short: a sentence with a comma in it that stops on a particle (…ため、検討を).
    private static bool BrokenSentence(string text) =>
        text.Contains('、') && !text.EndsWith('。') && JaText.IsHiragana(text[^1]);

    /// <summary>
    /// Whether a line ends the table: another table (tabs, pipes), a numbered chapter heading (5. 効果額の内訳),
    /// or — once the row has all its cells — a sentence. A sentence inside a row is a cell's.
    /// </summary>
    private static bool EndsTable(string text, bool rowComplete) =>
        text.Contains('\t') || text.Contains('|') || ChapterHeading().IsMatch(JaText.Nfkc(text)) || rowComplete && text.Contains('。');

    private static string Markdown(IEnumerable<string> cells) => "| " + string.Join(" | ", cells) + " |";

    private static string Trim(string line) => line.Trim();

    private static string Key(IEnumerable<string> lines) => string.Join("\n", lines.Select(Trim));

    private static bool IsHeaderCell(string line)
    {
        var t = Trim(line);
        return t.Length is > 0 and <= MaxHeaderCell && !t.Contains('。') && !t.Contains('、') && !t.StartsWith('※') && !t.Contains('|') && !t.Contains('\t');
    }

    private static bool IsRowNumber(string line) => RowNumber().IsMatch(JaText.Nfkc(line));

    private static bool IsFigure(string cell) => Figure().IsMatch(JaText.Nfkc(cell).Trim());

    private static bool IsTotal(string text) => JaText.Normalize(text) is "合計" or "計" or "総計";

    // A heading over a group of rows: a short line with a full-width space between its number and its name.
    private static bool IsGroupHeading(string line)
    {
        var t = Trim(line);
        return t.Length is > 2 and <= 30 && t.Contains('\u3000') && !t.Contains('。');
    }

    [GeneratedRegex(@"^\d{1,2}[.．]\s*[^\d\s]")]
    private static partial Regex ChapterHeading();

    [GeneratedRegex(@"^\s*\d{1,3}\s*$")]
    private static partial Regex RowNumber();

    [GeneratedRegex(@"^[-－―]$|^[\d,.]+\s*[%％]?")]
    private static partial Regex Figure();
}
