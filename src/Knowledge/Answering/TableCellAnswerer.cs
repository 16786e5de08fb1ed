using System.Text.RegularExpressions;
using Gyokaku.Knowledge.Model;
using Gyokaku.Knowledge.Questions;
using Gyokaku.Knowledge.Text;

namespace Gyokaku.Knowledge.Answering;

/// <summary>
/// A figure asked by what a table prints as a row (経常収支比率, 財政調整基金残高) and a year or a kind of value
/// (令和３年度, 現状値, 目標): the cell where they cross. The table's own years count, even outside the plan's
/// period — a table of past years is data the document prints, not the plan's schedule. Null when no table
/// row is named in full, or no column is picked out: the question is then about items or passages.
/// </summary>
internal static partial class TableCellAnswerer
{
    public static Answer? Answer(AnswerContext ctx)
    {
        if (!ctx.PlanExplicit || ctx.Q.Item is not null) return null;
        if (ctx.Intent is not (Intent.Search or Intent.Actual or Intent.Baseline or Intent.Target)) return null;
        var candidates = ctx.Plans.SelectMany(d => d.Tables.SelectMany(t => t.Rows.Select(r => (Doc: d, Table: t, Row: r))))
            .Select(c => (c.Doc, c.Table, c.Row, Label: RowName(c.Row.Label)))
            // (翌年度４月１日の職員数 names the row 翌年度４月１日職員数: a question's の is no part of the name.)
            .Where(c => c.Label.Length >= 4 && (ctx.Q.Normalized.Contains(c.Label, StringComparison.Ordinal)
                || ctx.Q.Normalized.Replace("の", "").Contains(c.Label.Replace("の", ""), StringComparison.Ordinal)))
            .Select(c => (c.Doc, c.Table, c.Row, c.Label, Column: ChooseColumn(ctx, c.Table)))
            .Where(c => c.Column is not null)
            .OrderByDescending(c => c.Label.Length)
            .ToList();
        if (candidates.Count == 0) return null;
        var (doc, table, row, _, column) = candidates[0];
        var header = AnswerTemplates.About(doc, null, ctx.Lang) + " " + table.Title;
        IReadOnlyList<Citation> cite = [new Citation(doc.File, null, table.Title, table.Lines)];
        var value = column!.Value < row.Cells.Count ? row.Cells[column.Value] : null;
        var label = $"{row.Label} {table.Columns[column.Value]}";
        if (string.IsNullOrWhiteSpace(value))
        {
            var note = TableNotes.For(doc, table, table.Columns[column.Value]);
            return ctx.NotFound(header + "\n" + AnswerTemplates.Fact(label, ctx.Lang == "en" ? "(blank)" : "（記載なし）", ctx.Lang) + (note is null ? "" : "\n" + note), doc, cite);
        }
        var unit = table.Unit is null ? "" : $"（{table.Unit}）";
        return ctx.Make(AnswerStatus.Answered, header + "\n" + AnswerTemplates.Fact(label, value + unit, ctx.Lang), cite, doc);
    }

    // 実質公債費比率（※２）: the note mark is no part of the name.
    private static string RowName(string label) => JaText.Normalize(NoteMark().Replace(label, ""));

    /// <summary>
    /// The column of the asked year — of the asked kind when several share the year (R5目標 / R5実績) — or,
    /// with no year asked, the one column of the asked kind (基準値, 目標値).
    /// </summary>
    private static int? ChooseColumn(AnswerContext ctx, DataTable table)
    {
        var kind = KindWord(ctx);
        var columns = table.Columns.Select((c, i) => (Header: JaText.Normalize(c), Index: i)).ToList();
        if (ctx.Q.Years.Count == 1)
        {
            var ofYear = columns.Where(c => FiscalYear.FindAll(c.Header).Any(y => y.Year == ctx.Q.Years[0])).ToList();
            if (ofYear.Count == 1) return ofYear[0].Index;
            var ofKind = ofYear.Where(c => kind is not null && c.Header.Contains(kind)).ToList();
            return ofKind.Count == 1 ? ofKind[0].Index : null;
        }
        if (ctx.Q.Years.Count > 1 || kind is null) return null;
        var matching = columns.Where(c => c.Header.Contains(kind)).ToList();
        return matching.Count == 1 ? matching[0].Index : null;
    }

    private static string? KindWord(AnswerContext ctx) => ctx.Intent switch
    {
        Intent.Baseline => ctx.Q.Normalized.Contains("現状") ? "現状" : "基準",
        Intent.Target => "目標",
        Intent.Actual => "実績",
        _ => null,
    };

    [GeneratedRegex(@"[（(]※\s*\d*[)）]")]
    private static partial Regex NoteMark();
}
