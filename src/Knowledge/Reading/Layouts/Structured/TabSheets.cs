using System.Text;

namespace Gyokaku.Knowledge.Reading.Layouts.Structured;

/// <summary>
/// A workbook saved as tab-separated text (Excel's テキスト（タブ区切り）): a cell holding a line break is written in
/// quotes over several lines ("給食センター配送業務、窓口業務の / 民間委託を進める" ⇥ 学校給食課 ⇥ …), so the row's
/// later cells land on a line of their own and every reader of tab rows sees two broken rows. Each such record is
/// joined onto its first line, tabs kept, its cells unquoted and their breaks read as the wraps they are; the lines
/// it spanned are left blank, so line numbers stay true. A line with no open quoted cell stays as printed.
/// </summary>
internal static class TabSheets
{
    // A cell wraps over a few lines; a quote still open further on is a quotation mark, not a cell.
    private const int MaxRecordLines = 8;

    public static SourceText Rejoin(SourceText text)
    {
        var lines = text.Lines;
        string[]? output = null;
        for (var i = 0; i < lines.Count; i++)
        {
            if (!lines[i].Contains('"') || Record(lines, i) is not { } record) continue;
            output ??= lines.ToArray();
            output[i] = string.Join("\t", record.Cells.Select(Unwrapped));
            for (var k = 1; k < record.Lines; k++) output[i + k] = "";
            i += record.Lines - 1;
        }
        return output is null ? text : new SourceText(text.FileName, string.Join("\n", output));
    }

    /// <summary>
    /// The cells of a tab-separated record starting at <paramref name="start"/> that spans lines, and the lines it
    /// took; null when the line opens no quoted cell that closes on a later line, or the quotes are no cell's
    /// (a closing quote not followed by a tab or the line's end), or the record has a single cell.
    /// </summary>
    internal static (List<string> Cells, int Lines)? Record(IReadOnlyList<string> lines, int start) =>
        QuotedRecords.Read(lines, start, '\t', MaxRecordLines) is { Lines: > 1, Cells.Count: >= 2 } record ? record : null;

    /// <summary>
    /// A cell's lines as one: a break inside a cell mostly wraps its text to the column's width (…窓口業務の / 民間委託を進める),
    /// so Japanese joins without a space. A break between entries of a list keeps a space: two units (会計課 / 市民課),
    /// an entry opening with its mark (・, ①), a sentence ended (。), two words of Latin letters or figures.
    /// </summary>
    private static string Unwrapped(string cell)
    {
        var parts = cell.Split('\n').Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        var joined = new StringBuilder();
        foreach (var part in parts)
        {
            if (joined.Length > 0 && KeepsApart(joined.ToString(), part)) joined.Append(' ');
            joined.Append(part);
        }
        return joined.ToString();
    }

    private static bool KeepsApart(string before, string after) =>
        char.IsAsciiLetterOrDigit(before[^1]) && char.IsAsciiLetterOrDigit(after[0])
        || OfficeNames.EndsOne(before) && OfficeNames.StartsOne(after)
        || before.EndsWith('。') || "・●○◆■□※-－①②③④⑤⑥⑦⑧⑨⑩".Contains(after[0]);
}
