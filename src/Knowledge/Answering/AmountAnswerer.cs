using System.Text;
using Gyokaku.Knowledge.Model;
using Gyokaku.Knowledge.Questions;
using Gyokaku.Knowledge.Search;
using Gyokaku.Knowledge.Text;

namespace Gyokaku.Knowledge.Answering;

/// <summary>Figures of the documents' own tables (改革改善効果額): the cell for the asked row and year or total.</summary>
internal static partial class AmountAnswerer
{
    // Not a bare 計: it is also the first character of 計画 (計画策定時点 asks for no total).
    private static readonly string[] TotalWords = ["合計", "total", "累計", "総額"];

    public static Answer Answer(AnswerContext ctx)
    {
        var w = ctx.Kb.Weights;
        var tables = ctx.Plans.SelectMany(d => d.Tables.Select(t => (Doc: d, Table: t))).ToList();
        if (tables.Count == 0) return PassageAnswerer.Answer(ctx);
        var wantsTotal = WantsTotal(ctx);
        var best = tables
            .Select(t => (t.Doc, t.Table, Row: AskedRow(ctx, t.Table),
                TitleScore: TitleScore(ctx, t.Table.Title)))
            .Where(t => t.Row is not null)
            .Select(t => (t.Doc, t.Table, t.Row, Score: t.TitleScore + 2 * w.Coverage(ctx.Content, JaText.Normalize(t.Row!.Label))))
            .OrderByDescending(t => t.Score)
            .ToList();
        if (best.Count == 0) return PassageAnswerer.Answer(ctx);
        var (doc, table, row, _) = best[0];
        // Tables found by their shape in a plan of unknown layout answer only for a row the question names
        // (or its total): an item with no figures must not be answered with a neighbouring row's.
        if (doc.Layout == "structured" && !(wantsTotal && IsTotal(row!.Label)) && Named(ctx, row!.Label) < 0.6) return PassageAnswerer.Answer(ctx);
        // Two tables of the same rows (the original estimate and the revised one) that the question does not tell
        // apart: both figures, each with its table, rather than one picked silently.
        var tied = best.Where(b => b.Doc == doc && b.Row!.Label == row!.Label && !TellsApart(ctx, table.Title, b.Table.Title)).ToList();
        // A year outside the period of the plan whose table answers has no figure: a neighbouring cell would be a wrong number.
        if (doc.Period is { } period && ctx.Q.Years.FirstOrDefault(y => !period.Contains(y)) is { Year: > 0 } outside)
            return ctx.NotFound(AnswerTemplates.About(doc, null, ctx.Lang) + "\n" + AnswerTemplates.YearOutsidePeriod(doc, outside, ctx.Lang), doc);
        var column = ChooseColumn(ctx, table, totalRow: IsTotal(row!.Label));
        // A comparison (計画策定時と比べて / difference) shows the same cell of every table with that row, and the
        // document's own comparison column (計画策定時との比較) when it prints one: the bot quotes, never subtracts.
        if (Compares().IsMatch(ctx.Q.Normalized) || (tied.Count > 1 && column is not null))
        {
            var compares = Compares().IsMatch(ctx.Q.Normalized);
            var same = compares ? best.Where(b => b.Doc == doc && b.Row!.Label == row!.Label).ToList() : tied;
            // The document's comparison column compares the period totals: not shown beside one year's figures.
            var withComparison = compares && (column is null || TotalWords.Any(t => JaText.Normalize(table.Columns[column.Value]).Contains(t)));
            var lines = new List<string>();
            foreach (var b in same)
            {
                var unitOf = b.Table.Unit is null ? "" : $"（{b.Table.Unit}）";
                if (column is not null && column < b.Table.Columns.Count && column < b.Row!.Cells.Count)
                    lines.Add($"{b.Table.Title}：" + AnswerTemplates.Fact($"{b.Row.Label} {b.Table.Columns[column.Value]}", b.Row.Cells[column.Value] + unitOf, ctx.Lang));
                for (var i = 0; withComparison && i < b.Table.Columns.Count && i < b.Row!.Cells.Count; i++)
                    if (ComparisonColumn().IsMatch(JaText.Normalize(b.Table.Columns[i])) && !string.IsNullOrWhiteSpace(b.Row.Cells[i]))
                        lines.Add($"{b.Table.Title}：" + AnswerTemplates.Fact($"{b.Row.Label} {b.Table.Columns[i]}", b.Row.Cells[i] + unitOf, ctx.Lang));
            }
            if (lines.Count > 1)
                return ctx.Make(AnswerStatus.Answered, AnswerTemplates.About(doc, null, ctx.Lang) + "\n" + string.Join("\n", lines.Distinct()),
                    same.Select(b => new Citation(doc.File, null, b.Table.Title, b.Table.Lines)).ToList(), doc);
        }
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
        {
            var note = TableNotes.For(doc, table, table.Columns[column.Value]);
            return ctx.NotFound(header + "\n" + AnswerTemplates.NotInDocuments(ctx.Lang) + (note is null ? "" : "\n" + note), doc, cite);
        }
        return ctx.Make(AnswerStatus.Answered, header + "\n" + AnswerTemplates.Fact($"{row.Label} {table.Columns[column.Value]}", value + unit, ctx.Lang)
            + AlsoTotal(ctx, table, row, column.Value, unit), cite, doc);
    }

    /// <summary>
    /// One year and the total asked together (R8はいくら？合計も): the row's total column too, when the table prints
    /// one beside the year's column.
    /// </summary>
    private static string AlsoTotal(AnswerContext ctx, DataTable table, DataRow row, int shown, string unit)
    {
        if (ctx.Q.Years.Distinct().Count() != 1) return "";
        // On a total row (合計) the question's 合計 names the row; only another word (累計) asks for a total column.
        var label = JaText.Normalize(row.Label);
        var words = TotalWords.Where(t => ctx.Q.Normalized.Contains(t) && !label.Contains(t)).ToList();
        if (words.Count == 0 || (IsTotal(row.Label) && words.Contains("合計"))) return "";
        for (var i = 0; i < table.Columns.Count && i < row.Cells.Count; i++)
        {
            var c = JaText.Normalize(table.Columns[i]);
            if (i == shown || !(words.Any(t => c.Contains(t)) || (c == "計" && words.Contains("合計"))) || string.IsNullOrWhiteSpace(row.Cells[i])) continue;
            return "\n" + AnswerTemplates.Fact($"{row.Label} {table.Columns[i]}", row.Cells[i] + unit, ctx.Lang);
        }
        return "";
    }

    /// <summary>
    /// How well a table's title fits the question, read on the whole question: the words that tell two tables
    /// apart (後期アクションプラン策定時点 vs 計画策定時点) may also name the plan and be masked out of its content.
    /// A title word the question lacks counts against the table.
    /// </summary>
    private static double TitleScore(AnswerContext ctx, string title)
    {
        var q = ctx.Q.Normalized;
        var words = ContentWords.Of(title);
        if (words.Count == 0) return 0;
        return words.Sum(x => q.Contains(x, StringComparison.Ordinal) ? 1.0 : -0.5) / words.Count;
    }

    /// <summary>
    /// The row the question names; the total row when its words fit no row better than the others
    /// (改革 is in every 基本方針's name: 「効果額のR5は？」 asks for the whole).
    /// </summary>
    private static DataRow? AskedRow(AnswerContext ctx, DataTable table)
    {
        var w = ctx.Kb.Weights;
        var scored = table.Rows.Select(r => (Row: r, Score: w.Coverage(ctx.Content, JaText.Normalize(r.Label)))).OrderByDescending(r => r.Score).ToList();
        if (scored.Count == 0) return null;
        var total = table.Rows.LastOrDefault(r => IsTotal(r.Label) || TotalWords.Any(t => JaText.Normalize(r.Label).Contains(t)));
        var others = scored.Where(r => r.Row != total).ToList();
        var singled = others.Count < 2 || others[0].Score > others[1].Score + 1e-9;
        return singled || total is null ? scored[0].Row : total;
    }

    /// <summary>
    /// Whether the question holds a word one title has and the other lacks. A plan name that no table title uses
    /// (行革推進プラン) is left out: its プラン does not point to 後期アクションプラン策定時点.
    /// </summary>
    private static bool TellsApart(AnswerContext ctx, string titleA, string titleB)
    {
        if (titleA == titleB) return false;
        var q = ctx.Q.Normalized;
        foreach (var m in ctx.Q.Plans)
        {
            var name = JaText.Normalize(m.Matched);
            if (!JaText.Normalize(titleA).Contains(name, StringComparison.Ordinal) && !JaText.Normalize(titleB).Contains(name, StringComparison.Ordinal))
                q = q.Replace(name, " ", StringComparison.Ordinal);
        }
        var a = ContentWords.Of(titleA);
        var b = ContentWords.Of(titleB);
        return a.Except(b).Concat(b.Except(a)).Any(w => q.Contains(w, StringComparison.Ordinal));
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"比べ|比較|差|違い|変わ|増減|compared|difference|change")]
    private static partial System.Text.RegularExpressions.Regex Compares();

    [System.Text.RegularExpressions.GeneratedRegex(@"比較|増減|差")]
    private static partial System.Text.RegularExpressions.Regex ComparisonColumn();

    /// <summary>The share of a row label's character pairs the question prints (歳出の削減 in 「歳出の削減」の効果額 → 1).</summary>
    private static double Named(AnswerContext ctx, string label)
    {
        var l = JaText.Normalize(label);
        if (l.Length < 2) return ctx.Q.Normalized.Contains(l, StringComparison.Ordinal) && l.Length > 0 ? 1 : 0;
        var pairs = Enumerable.Range(0, l.Length - 1).Select(i => l.Substring(i, 2)).ToList();
        return pairs.Count(p => ctx.Q.Normalized.Contains(p, StringComparison.Ordinal)) / (double)pairs.Count;
    }

    private static bool WantsTotal(AnswerContext ctx) => TotalWords.Any(t => ctx.Q.Normalized.Contains(t)) || ctx.Q.Years.Distinct().Count() >= 2;

    private static bool IsTotal(string label) => JaText.Normalize(label) is "合計" or "計" or "総計" or "total";

    private static int? ChooseColumn(AnswerContext ctx, DataTable table, bool totalRow)
    {
        // 「令和9年度の合計」: one year asked is that year's column; 合計 then names the row (the sum of the 基本方針).
        if (ctx.Q.Years.Distinct().Count() == 1)
            for (var i = 0; i < table.Columns.Count; i++)
                if (FiscalYear.FindAll(table.Columns[i]).Select(y => y.Year).Distinct().SequenceEqual([ctx.Q.Years[0]])) return i;
        // The total row answers "the total", so one asked year is not a total column (合計 × R10).
        var wantsTotal = WantsTotal(ctx) && !(totalRow && ctx.Q.Years.Distinct().Count() == 1);
        for (var i = 0; i < table.Columns.Count; i++)
        {
            var c = JaText.Normalize(table.Columns[i]);
            // 計 alone heads a total column; inside a longer header it is 計画.
            if (wantsTotal && (TotalWords.Any(t => c.Contains(t)) || c == "計")) return i;
        }
        if (ctx.Q.Years.Distinct().Count() == 1)
            for (var i = 0; i < table.Columns.Count; i++)
                if (FiscalYear.FindAll(table.Columns[i]).Any(y => y.Year == ctx.Q.Years[0])) return i;
        return null;
    }
}
