using System.Text.RegularExpressions;
using Gyokaku.Knowledge.Text;

namespace Gyokaku.Knowledge.Reading.Layouts.Structured;

/// <summary>
/// A table the extraction printed one cell per line column by column (pdftotext without -layout of a ruled
/// table): the number column first (No. / 1 / 2 / 3 / 4), then each column's header and its cells in row order
/// (実施項目 / 窓口… / 電子申請… …, 所管課 / 市民課 …, 基準値 / （R2） / 18分 …). The number column tells how many
/// rows there are, so each column holds that many cells; a cell too wide for its column is broken over two
/// lines and joined back. The table is rewritten as Markdown rows on the lines it took — header on the No. line,
/// each row on its number's line, the rest left blank — so the readers of header tables read it, and line
/// numbers stay true.
/// </summary>
internal static partial class ColumnMajorTables
{
    private const int MaxHeaderLine = 12;

    private static readonly string[] ValueWords = ["目標", "目標値", "実績", "実績値", "計画", "計画値", "見込", "見込み", "評価", "決算", "予算", "達成率", "達成度", "進捗", "当初", "見直し後"];

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
        if (FieldLabel.Read(lines[start].Trim()).Kind != LabelKind.Number) return null;
        var numbers = new List<string>();
        var n = start + 1;
        int? last = null;
        while (n < lines.Length && RowNumber(lines[n]) is { } number && (last is null || number == last + 1))
        {
            numbers.Add(lines[n].Trim());
            last = number;
            n++;
        }
        var rows = numbers.Count;
        if (rows < 2) return null;

        var columns = new List<(string Header, List<string> Cells)>();
        while (n < lines.Length)
        {
            var headerAt = n;
            var header = new List<string>();
            while (n < lines.Length && IsHeaderLine(lines[n].Trim(), header.Count > 0)) header.Add(lines[n++].Trim());
            if (header.Count == 0) break;
            // Cells: at least one a row; after that, lines up to the next header are broken cells' ends.
            var cells = new List<string>();
            while (n < lines.Length && lines[n].Trim() is { Length: > 0 } text && !EndsTable(text)
                   && (cells.Count < rows || !IsHeaderLine(text, false)))
            {
                cells.Add(text);
                n++;
            }
            // Far more lines than rows: this was no column of the table but the text after it.
            if (cells.Count < rows || cells.Count > rows * 2) return columns.Count >= 2 ? Write(lines, start, headerAt, numbers, columns) : null;
            var joined = Join(cells, rows);
            if (joined.Count != rows) return columns.Count >= 2 ? Write(lines, start, headerAt, numbers, columns) : null;
            columns.Add((string.Concat(header), joined));
        }
        return columns.Count >= 2 ? Write(lines, start, n, numbers, columns) : null;
    }

    private static int Write(string[] lines, int start, int end, List<string> numbers, List<(string Header, List<string> Cells)> columns)
    {
        var table = new string[end - start];
        table[0] = Markdown([lines[start].Trim(), .. columns.Select(c => c.Header)]);
        for (var r = 0; r < numbers.Count; r++)
            table[1 + r] = Markdown([numbers[r], .. columns.Select(c => c.Cells[r])]);
        for (var k = 0; k < table.Length; k++) lines[start + k] = table[k] ?? "";
        return end;
    }

    /// <summary>
    /// A column's lines joined to one cell a row. A line that opens with a bracket, or follows one left open,
    /// carries on the line above (業務プロセスの見直し（ＢＰ / Ｒ）); otherwise the break is where a line falls
    /// shortest after a long one (マイナンバーカード交付 / 率): the long line reached the column's width.
    /// </summary>
    private static List<string> Join(List<string> cells, int count)
    {
        var joined = cells.ToList();
        while (joined.Count > count)
        {
            var at = -1;
            for (var i = 1; i < joined.Count && at < 0; i++)
                if (Opens(joined[i - 1]) || joined[i][0] is '（' or '(' or '）' or ')' or '、' or '。') at = i;
            if (at < 0)
            {
                var drop = int.MinValue;
                for (var i = 1; i < joined.Count; i++)
                    if (!joined[i - 1].EndsWith('。') && joined[i - 1].Length - joined[i].Length > drop) (drop, at) = (joined[i - 1].Length - joined[i].Length, i);
            }
            if (at < 0) break;
            joined[at - 1] += joined[at];
            joined.RemoveAt(at);
        }
        return joined;
    }

    private static bool Opens(string text) => text.Count(c => c is '（' or '(') > text.Count(c => c is '）' or ')') || text.EndsWith('、');

    /// <summary>
    /// A line of a column's header: a label (実施項目, 所管課, 成果指標, 評価), a year (令和５年度) or, under one,
    /// what the year's column holds or the year a baseline is of (目標, （R2）).
    /// </summary>
    private static bool IsHeaderLine(string text, bool continuing)
    {
        if (text.Length is 0 or > MaxHeaderLine || text.Contains('。') || text.Contains('、')) return false;
        var n = JaText.Normalize(text);
        // Under a year or a label: what the column holds (目標, 実績) or what the label is of (（R2）, （単位：千円））.
        // Any other line there (現状分析, 計画策定) is the column's first cell.
        if (continuing) return Bracketed().IsMatch(n) || ValueWords.Contains(n);
        // A year, alone or heading a column of text (令和５年度, 令和５年度の主な取組).
        if (YearLed().IsMatch(n)) return true;
        return FieldLabel.Read(text).Known && !IsFigure(n);
    }

    // A blank line, page furniture cleared to one, a note or another table ends the last column.
    private static bool EndsTable(string text) => text.StartsWith('※') || text.Contains('\t') || text.Contains('|');

    private static int? RowNumber(string line) => RowNumberLine().Match(JaText.Nfkc(line)) is { Success: true } m ? int.Parse(m.Groups[1].Value) : null;

    private static bool IsFigure(string text) => Figure().IsMatch(text);

    private static string Markdown(IEnumerable<string> cells) => "| " + string.Join(" | ", cells) + " |";

    [GeneratedRegex(@"^\s*(\d{1,3})\s*$")]
    private static partial Regex RowNumberLine();

    [GeneratedRegex(@"^(?:(?:令和|平成|R|H)\s*(?:\d{1,2}|元)\s*年度?|\d{4}\s*年度)(?:の?[^\d,.%％]{0,8})?$")]
    private static partial Regex YearLed();

    [GeneratedRegex(@"^[(（].{1,8}[)）]$")]
    private static partial Regex Bracketed();

    [GeneratedRegex(@"^[\d,.]+")]
    private static partial Regex Figure();
}
