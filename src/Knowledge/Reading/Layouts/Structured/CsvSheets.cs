
namespace Gyokaku.Knowledge.Reading.Layouts.Structured;

/// <summary>
/// A sheet saved as CSV (an Excel progress table exported as text): comma-separated records whose quoted cells
/// may hold commas, "" and line breaks (RFC 4180). The text is written again in the shape the readers of
/// header tables already read — each record with cells as one Markdown row on its first line (a line break
/// inside a cell as &lt;br&gt;), the lines it spanned left blank — and a record with one cell filled (a title
/// or a note padded with commas to the sheet's width) as that cell's text alone. The line count stays, so
/// line numbers stay true. Lines of a workbook that are no records (=== シート: … ===) are kept as printed.
/// </summary>
internal static class CsvSheets
{
    private const int MinRecordCells = 4;
    private const int MinRecords = 5;

    /// <summary>The text rewritten when it is a CSV export; else the text itself.</summary>
    public static SourceText Rewrite(SourceText text)
    {
        var lines = text.Lines;
        var records = Records(lines);
        var wide = records.Count(r => r.Cells.Count >= MinRecordCells);
        var nonBlank = lines.Count(l => l.Trim().Length > 0);
        // Most of the text must be records of several cells: prose with a comma or two is no sheet.
        if (wide < MinRecords || wide * 2 < Math.Max(1, records.Count(r => r.Cells.Any(c => c.Trim().Length > 0)))) return text;
        if (records.Sum(r => r.LineCount) < nonBlank / 2) return text;
        var output = lines.ToArray();
        foreach (var block in Blocks(records))
        {
            // A block of rows is as wide as its widest filled row: the padding Excel adds to the sheet's width goes.
            var width = block.Max(r => LastFilled(r.Cells) + 1);
            // A line of fewer cells is text with a comma or two (1,234千円), not a record: it stays as printed.
            var rows = block.Where(r => r.Cells.Count >= MinRecordCells || r.LineCount > 1)
                .Select(r => r with { Cells = [.. r.Cells.Take(width), .. Enumerable.Repeat("", Math.Max(0, width - r.Cells.Count))] }).ToList();
            for (var i = 0; i < rows.Count; i++)
            {
                if (i + 1 < rows.Count && JoinedHeader(rows[i].Cells, rows[i + 1].Cells) is { } joined)
                {
                    // The two header lines become one, on the first line; the second is left blank so line numbers stay.
                    Write(rows[i] with { Cells = joined }, output);
                    for (var k = 0; k < rows[i + 1].LineCount; k++) output[rows[i + 1].Line + k] = "";
                    i++;
                    continue;
                }
                Write(rows[i], output);
            }
        }
        return new SourceText(text.FileName, string.Join("\n", output));
    }

    /// <summary>Records between blank ones: a table, a note, a title.</summary>
    private static IEnumerable<List<Record>> Blocks(IReadOnlyList<Record> records)
    {
        var block = new List<Record>();
        foreach (var record in records)
        {
            if (record.Cells.All(c => c.Trim().Length == 0))
            {
                if (block.Count > 0) yield return block;
                block = [];
                if (record.Cells.Count >= MinRecordCells) yield return [record];
                continue;
            }
            block.Add(record);
        }
        if (block.Count > 0) yield return block;
    }

    /// <summary>
    /// A header of two rows, as Excel prints merged cells: 令和5年度 over 目標 | 実績 | 評価, the cell it spans
    /// left blank in the top row, and the columns the top row names alone (No. | 改革項目) blank in the row below.
    /// Read as one header, each column named by both rows when the top one names a year (令和5年度目標), else by
    /// the lower one alone (成果指標 over 指標名 | 基準値: 指標名 says what the column holds). Null when
    /// <paramref name="below"/> is no row of short labels under spanning cells of <paramref name="top"/>.
    /// </summary>
    private static IReadOnlyList<string>? JoinedHeader(IReadOnlyList<string> top, IReadOnlyList<string> below)
    {
        static bool Filled(string c) => c.Trim().Length > 0;
        var labels = below.Where(Filled).ToList();
        if (labels.Count < 2 || Filled(below[0]) || top.Count(Filled) < 3) return null;
        // Header cells are short single-line words; a figure or a long cell makes a row of data.
        if (top.Concat(below).Any(c => c.Contains('\n') || c.Trim().Length > 20)) return null;
        if (labels.Any(c => c.Trim().Length > 8 || c.Any(char.IsDigit))) return null;
        var spanned = false;
        var names = new List<string>();
        var parent = "";
        for (var j = 0; j < top.Count; j++)
        {
            if (Filled(top[j])) parent = top[j].Trim();
            else if (Filled(below[j])) spanned = true;
            if (!Filled(below[j])) { if (!Filled(top[j])) parent = ""; names.Add(top[j].Trim()); continue; }
            // A label under no header cell at all is no header of two rows.
            if (parent.Length == 0) return null;
            names.Add(FieldLabel.Read(parent).Year is not null ? parent + below[j].Trim() : below[j].Trim());
        }
        return spanned ? names : null;
    }

    private static int LastFilled(IReadOnlyList<string> cells)
    {
        for (var i = cells.Count - 1; i >= 0; i--) if (cells[i].Trim().Length > 0) return i;
        return 0;
    }

    /// <summary>One record: the line it starts on (0-based), how many lines it spans, and its cells.</summary>
    internal sealed record Record(int Line, int LineCount, IReadOnlyList<string> Cells);

    /// <summary>Every line read as the start of a record; a quote left open to the end of the text is a plain character.</summary>
    internal static IReadOnlyList<Record> Records(IReadOnlyList<string> lines)
    {
        var records = new List<Record>();
        var i = 0;
        while (i < lines.Count)
        {
            var (cells, used) = QuotedRecords.Read(lines, i, ',', lines.Count) ?? ([.. lines[i].Split(',')], 1);
            records.Add(new Record(i, used, cells));
            i += used;
        }
        return records;
    }

    private static void Write(Record record, string[] output)
    {
        var filled = record.Cells.Where(c => c.Trim().Length > 0).ToList();
        string[] written;
        if (filled.Count <= 1)
            // A title or note padded to the sheet's width: its own text, line for line.
            written = (filled.Count == 0 ? "" : filled[0]).Split('\n');
        else
            written = ["| " + string.Join(" | ", record.Cells.Select(Cell)) + " |"];
        for (var k = 0; k < record.LineCount; k++)
            output[record.Line + k] = k < written.Length ? written[k] : "";
        // A cell with more lines than the record spanned cannot happen: each of its breaks is one of the record's.
    }

    // A cell as a Markdown cell: its breaks as <br> (read back as breaks), a pipe that would split it as a full-width one.
    private static string Cell(string cell) => cell.Trim().Replace("\n", "<br>").Replace('|', '｜');
}
