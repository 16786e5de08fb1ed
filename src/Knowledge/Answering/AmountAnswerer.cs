using System.Text;
using Gyokaku.Knowledge.Model;
using Gyokaku.Knowledge.Questions;
using Gyokaku.Knowledge.Search;
using Gyokaku.Knowledge.Text;

namespace Gyokaku.Knowledge.Answering;

/// <summary>Figures of the documents' own tables (改革改善効果額): the cell for the asked row and year or total.</summary>
internal static class AmountAnswerer
{
    private static readonly string[] TotalWords = ["合計", "total", "累計", "計"];

    public static Answer Answer(AnswerContext ctx)
    {
        var w = ctx.Kb.Weights;
        var tables = ctx.Plans.SelectMany(d => d.Tables.Select(t => (Doc: d, Table: t))).ToList();
        if (tables.Count == 0) return PassageAnswerer.Answer(ctx);
        var best = tables
            .Select(t => (t.Doc, t.Table, Row: t.Table.Rows.OrderByDescending(r => w.Coverage(ctx.Content, JaText.Normalize(r.Label))).FirstOrDefault(),
                TitleScore: w.Coverage(ctx.Content, JaText.Normalize(t.Table.Title))))
            .Where(t => t.Row is not null)
            .OrderByDescending(t => t.TitleScore + 2 * w.Coverage(ctx.Content, JaText.Normalize(t.Row!.Label)))
            .ToList();
        if (best.Count == 0) return PassageAnswerer.Answer(ctx);
        var (doc, table, row, _) = best[0];
        var column = ChooseColumn(ctx, table);
        var header = AnswerTemplates.About(doc, null, ctx.Lang) + " " + table.Title;
        IReadOnlyList<Citation> cite = [new Citation(doc.File, null, table.Title, table.Lines)];
        var unit = table.Unit is null ? "" : $"（{table.Unit}）";
        if (column is null)
        {
            var cells = table.Columns.Select((c, i) => $"{c}: {(i < row!.Cells.Count ? row.Cells[i] : "")}");
            return ctx.Make(AnswerStatus.Answered, header + "\n" + row!.Label + unit + "\n" + string.Join("、", cells), cite, doc);
        }
        var value = column.Value < row!.Cells.Count ? row.Cells[column.Value] : null;
        if (string.IsNullOrWhiteSpace(value))
            return ctx.NotFound(header + "\n" + AnswerTemplates.NotInDocuments(ctx.Lang), doc, cite);
        return ctx.Make(AnswerStatus.Answered, header + "\n" + AnswerTemplates.Fact($"{row.Label} {table.Columns[column.Value]}", value + unit, ctx.Lang), cite, doc);
    }

    private static int? ChooseColumn(AnswerContext ctx, DataTable table)
    {
        var q = ctx.Q.Normalized;
        var wantsTotal = TotalWords.Any(t => q.Contains(t)) || ctx.Q.Years.Count >= 2;
        for (var i = 0; i < table.Columns.Count; i++)
        {
            var c = JaText.Normalize(table.Columns[i]);
            if (wantsTotal && TotalWords.Any(t => c.Contains(t))) return i;
        }
        if (ctx.Q.Years.Count == 1)
            for (var i = 0; i < table.Columns.Count; i++)
                if (FiscalYear.FindAll(table.Columns[i]).Any(y => y.Year == ctx.Q.Years[0])) return i;
        return null;
    }
}
