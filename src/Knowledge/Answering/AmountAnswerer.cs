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
    // The plan's whole period (計画期間, 期間全体, whole plan period) bounds a total too: a 計画期間目標 column is the period's sum.
    /// <summary>The least share of a row label's bigrams a question must print to name the row.</summary>
    private const double RowNamedShare = 0.6;

    private static readonly string[] TotalWords = ["合計", "total", "累計", "総額", "cumulative", "計画期間", "期間全体", "全期間", "whole", "entire"];

    /// <summary>
    /// A question the intent rules read otherwise that names one of the plan's own figure tables — by its title
    /// (長門市の財政効果、R6の実績は？) or a row (組織・人材マネジメント改革のＲ４～Ｒ９合計額っていくら？) — and asks a
    /// figure of it: the table answers, as for 効果額.
    /// </summary>
    public static bool AsksTableFigure(AnswerContext ctx)
    {
        if (!ctx.PlanExplicit || ctx.Q.Item is not null) return false;
        if (ctx.Intent is not (Intent.Search or Intent.Actual or Intent.Plan or Intent.Lookup or Intent.Evaluation)) return false;
        var q = ctx.Q.Normalized + " " + ctx.Q.Content;
        bool Says(string name) => name.Length >= 4 && q.Contains(name, StringComparison.Ordinal);
        var tables = ctx.Plans.SelectMany(d => d.Tables).ToList();
        var rowNamed = tables.SelectMany(t => t.Rows).Any(r => Says(RowName(r.Label)));
        var titleNamed = tables.Any(t => Says(JaText.Normalize(t.Title)));
        return (rowNamed || titleNamed) && (FigureAsk().IsMatch(q) || (titleNamed && ctx.Q.Years.Count > 0));
    }

    // II 組織・人材マネジメント改革, １　持続可能な財政運営: the numbering is no part of the name a question uses.
    private static string RowName(string label) => JaText.Normalize(RowNumbering().Replace(label, ""));

    [System.Text.RegularExpressions.GeneratedRegex(@"^[\sIVXivxⅠ-Ⅻⅰ-ⅻ0-9０-９.．、)）(（]+")]
    private static partial System.Text.RegularExpressions.Regex RowNumbering();

    [System.Text.RegularExpressions.GeneratedRegex(@"いくら|合計|累計|総額|金額|how much|total|cumulative|amount|sum")]
    private static partial System.Text.RegularExpressions.Regex FigureAsk();

    /// <summary>A total of money asked (効果額の合計, total fiscal effect): a total word and an amount word together.</summary>
    public static bool AsksTotalAmount(string normalizedQuestion) =>
        TotalWords.Any(t => normalizedQuestion.Contains(t, StringComparison.Ordinal)) && AmountWords().IsMatch(normalizedQuestion);

    [System.Text.RegularExpressions.GeneratedRegex(@"効果額|財政効果|金額|いくら|how much|effect|saving|amount")]
    private static partial System.Text.RegularExpressions.Regex AmountWords();

    public static Answer Answer(AnswerContext ctx)
    {
        var w = ctx.Kb.Weights;
        var tables = ctx.Plans.SelectMany(d => d.Tables.Select(t => (Doc: d, Table: t)))
            .Where(t => !(AsksMoney(ctx) && IsMarkTally(t.Table))).ToList();
        if (tables.Count == 0) return PassageAnswerer.Answer(ctx);
        if (NamedItem(ctx) is { } item) return OfItem(ctx, item, tables);
        var wantsTotal = WantsTotal(ctx);
        var best = tables
            .Select(t => (t.Doc, t.Table, Row: AskedRow(ctx, t.Table),
                TitleScore: TitleScore(ctx, t.Table.Title)))
            .Where(t => t.Row is not null)
            .Select(t => (t.Doc, t.Table, t.Row, t.TitleScore, RowNamed: Named(ctx, t.Row!.Label) >= RowNamedShare))
            // Tables found by their shape in a plan of unknown layout answer only for a row the question names
            // (or its total): an item with no figures must not be answered with a neighbouring row's.
            // A question that names nothing but the table (長門市の財政効果、R6は？) asks its total row.
            .Where(t => t.Doc.Layout != "structured" || ((wantsTotal || NamesOnly(ctx, t.Table)) && IsTotal(t.Row!.Label)) || t.RowNamed)
            // A row counts only when the question names it: 財政 of 財政効果額 does not name 財政調整基金残高.
            // A table with a column for what is asked (the year, the period's total) fits better than one without.
            .Select(t => (t.Doc, t.Table, t.Row, Score: t.TitleScore + (t.RowNamed ? 2 * w.Coverage(ctx.Content, JaText.Normalize(t.Row!.Label)) : 0)
                + (ChooseColumn(ctx, t.Table, IsTotal(t.Row!.Label)) is not null ? 1 : 0)))
            .OrderByDescending(t => t.Score)
            .ToList();
        if (best.Count == 0) return PassageAnswerer.Answer(ctx);
        var (doc, table, row, _) = best[0];
        // Two tables of the same rows (the original estimate and the revised one) that the question does not tell
        // apart: both figures, each with its table, rather than one picked silently.
        var tied = best.Where(b => b.Doc == doc && b.Row!.Label == row!.Label && !TellsApart(ctx, table.Title, b.Table.Title)).ToList();
        // A year outside the period of the plan whose table answers has no figure: a neighbouring cell would be a wrong number.
        // A statement of the document naming that year (第３次計画（令和２年度～令和５年度）の効果額は累計…) still answers.
        if (doc.Period is { } period && ctx.Q.Years.FirstOrDefault(y => !period.Contains(y)) is { Year: > 0 } outside)
            return PassageAnswerer.Answer(ctx) is { Status: AnswerStatus.Answered } naming && FiscalYear.FindAll(naming.Text).Any(y => y.Year == outside)
                ? naming
                : ctx.NotFound(AnswerTemplates.About(doc, null, ctx.Lang) + "\n" + AnswerTemplates.YearOutsidePeriod(doc, outside, ctx.Lang), doc);
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
        // A total asked of a table that prints none (年度別の効果額だけ: a row of several figures and no total column): the document's own statement of the total
        // (４年間の効果額は累計…を見込んでいます) answers; adding the cells up would be the bot's figure, not the plan's.
        if (column is null && WantsTotal(ctx) && row!.Cells.Count(c => !string.IsNullOrWhiteSpace(c)) >= 2 && PassageAnswerer.Answer(ctx) is { Status: AnswerStatus.Answered } stated) return stated;
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
        // Other columns the question names are shown beside the cell; failing those, a total asked with one year.
        var named = AlsoNamed(ctx, table, column.Value).Where(i => i < row.Cells.Count && !string.IsNullOrWhiteSpace(row.Cells[i])).ToList();
        return ctx.Make(AnswerStatus.Answered, header + "\n" + AnswerTemplates.Fact($"{row.Label} {table.Columns[column.Value]}", value + unit, ctx.Lang)
            + (named.Count > 0
                ? string.Concat(named.Select(i => "、" + AnswerTemplates.Fact(table.Columns[i], row.Cells[i]!, ctx.Lang)))
                : AlsoTotal(ctx, table, row, column.Value, unit)), cite, doc);
    }

    /// <summary>Other columns the question names by their header (「累計と進捗率は？」): shown beside the asked cell.</summary>
    private static IEnumerable<int> AlsoNamed(AnswerContext ctx, DataTable table, int chosen)
    {
        var q = ctx.Q.Normalized + " " + ctx.Q.Content;
        for (var i = 0; i < table.Columns.Count; i++)
        {
            var header = JaText.Normalize(table.Columns[i]);
            if (i != chosen && header.Length >= 2 && !FiscalYear.FindAll(header).Any() && q.Contains(header, StringComparison.Ordinal)) yield return i;
        }
    }

    /// <summary>True when every word of what the question is about is in the table's title: it names the table, not a row.</summary>
    private static bool NamesOnly(AnswerContext ctx, DataTable table)
    {
        // By words, not bigrams: the particles between them (財政効果額のR6の目標) are in no title.
        var title = JaText.Normalize(table.Title);
        var words = ContentWords.Of(ctx.Q.Content);
        return words.Count > 0 && words.All(w => title.Contains(w, StringComparison.Ordinal));
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
        // (An English question's words are read as the Japanese terms of its content.)
        var q = ctx.Q.Normalized + " " + ctx.Q.Content;
        // A table titled by other years than the one asked (〔令和４年度の実績〕 for R5) is another year's.
        var titleYears = FiscalYear.FindAll(title).Select(y => y.Year).ToList();
        var otherYear = ctx.Q.Years.Count > 0 && titleYears.Count > 0 && !titleYears.Intersect(ctx.Q.Years).Any() ? -1.0 : 0;
        var words = ContentWords.Of(title);
        if (words.Count == 0) return otherYear;
        // …and of the question's own words, the more the title holds the better (財政の状況 holds 財政 of 財政効果額 only).
        var asked = ContentWords.Of(ctx.Q.Content);
        var held = asked.Count == 0 ? 0 : 0.5 * asked.Count(a => JaText.Normalize(title).Contains(a, StringComparison.Ordinal)) / asked.Count;
        return otherYear + held + words.Sum(x => q.Contains(x, StringComparison.Ordinal) ? 1.0 : -0.5) / words.Count;
    }

    /// <summary>The item a question names by its number (No.3の効果額), when the plans hold it.</summary>
    private static ItemProfile? NamedItem(AnswerContext ctx) =>
        ctx.Q.Item is not null && ItemFinder.Find(ctx) is ItemSearch.Found { Item: var found } ? found : null;

    /// <summary>
    /// An amount of an item the question names by number: the row of its own document's tables that carries its
    /// title. Other rows — the plan's total, a neighbour, a ※ note about another item — are no answer: the
    /// question says which item, so a figure it does not have is not_found.
    /// </summary>
    private static Answer OfItem(AnswerContext ctx, ItemProfile named, IReadOnlyList<(PlanDocument Doc, DataTable Table)> tables)
    {
        var title = RowName(named.Item.Title);
        var rows = tables.Where(t => t.Doc == named.Document)
            .Select(t => (t.Doc, t.Table, Row: t.Table.Rows.FirstOrDefault(r => CarriesTitle(RowName(r.Label), title))))
            .Where(t => t.Row is not null).ToList();
        var header = AnswerTemplates.About(named.Document, named.Item, ctx.Lang);
        if (rows.Count == 0)
            return ctx.NotFound(header + "\n" + AnswerTemplates.NoItemAmount(ctx.Lang), named.Document, [AnswerContext.Cite(named.Document, named.Item)]);
        var lines = new List<string>();
        foreach (var (_, table, row) in rows)
        {
            var unit = table.Unit is null ? "" : $"（{table.Unit}）";
            var column = ChooseColumn(ctx, table, totalRow: false);
            if (column is { } c && c < row!.Cells.Count)
                lines.Add($"{table.Title}：" + AnswerTemplates.Fact($"{row.Label} {table.Columns[c]}", row.Cells[c] + unit, ctx.Lang));
            else
                lines.Add($"{table.Title}：{row!.Label}{unit}\n" + string.Join("、", table.Columns.Select((h, i) => $"{h}: {(i < row.Cells.Count ? row.Cells[i] : "")}")));
        }
        IReadOnlyList<Citation> cite = [AnswerContext.Cite(named.Document, named.Item), .. rows.Select(r => new Citation(r.Doc.File, null, r.Table.Title, r.Table.Lines))];
        return ctx.Make(AnswerStatus.Answered, header + "\n" + string.Join("\n", lines.Distinct()), cite, named.Document);
    }

    // (A row label may be the title cut where the cell wrapped, or the title with a note after it.)
    private static bool CarriesTitle(string label, string title) =>
        label == title || (Math.Min(label.Length, title.Length) >= 4 && (label.StartsWith(title, StringComparison.Ordinal) || title.StartsWith(label, StringComparison.Ordinal)));

    /// <summary>
    /// The row the question names; the total row when its words fit no row better than the others
    /// (改革 is in every 基本方針's name: 「効果額のR5は？」 asks for the whole).
    /// </summary>
    private static DataRow? AskedRow(AnswerContext ctx, DataTable table)
    {
        var w = ctx.Kb.Weights;
        // A row labelled by an outline level the question names (基本方針２ of 基本方針２の効果額): the question took
        // the level out of its words, so no word would single the row out.
        var byLevel = table.Rows.Where(r => ctx.Q.Paths.Any(p => JaText.Normalize(r.Label).Replace(" ", "") == JaText.Normalize(p.Level + p.Number))).ToList();
        if (byLevel.Count == 1) return byLevel[0];
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

    /// <summary>
    /// A count of items by grade (Ａ | Ｂ | Ｃ | 計, ◎ | ○ | △ | 計): its 合計 row counts items, never money, so a
    /// question about an amount (効果額の合計) is not answered with it.
    /// </summary>
    private static bool IsMarkTally(DataTable table) =>
        table.Columns.Count >= 3 && table.Columns.All(c => JaText.Normalize(c) is var h && (h.Length <= 1 || h is "計" or "合計"));

    private static bool AsksMoney(AnswerContext ctx) => MoneyAsk().IsMatch(ctx.Q.Normalized + " " + ctx.Q.Content);

    [System.Text.RegularExpressions.GeneratedRegex(@"額|円|amount|yen|how much")]
    private static partial System.Text.RegularExpressions.Regex MoneyAsk();

    private static bool WantsTotal(AnswerContext ctx) => TotalWords.Any(t => ctx.Q.Normalized.Contains(t)) || ctx.Q.Years.Distinct().Count() >= 2;

    private static bool IsTotal(string label) => JaText.Normalize(label) is "合計" or "計" or "総計" or "total";

    /// <summary>
    /// Of a year's columns (Ｒ５目標 | Ｒ５実績), the one of the kind asked: a result asked in the past tense (いくらだった)
    /// or by 実績 is the 実績 column, a target the 目標 one. Asked neither way, the first column printed.
    /// </summary>
    private static int OfAskedKind(AnswerContext ctx, DataTable table, IReadOnlyList<int> columns)
    {
        if (columns.Count == 1) return columns[0];
        var kind = AskedKind(ctx);
        return kind is null ? columns[0] : columns.FirstOrDefault(i => kind.IsMatch(JaText.Normalize(table.Columns[i])), columns[0]);
    }

    /// <summary>The kind of column asked: a target's (目標, 計画) or a result's (実績, or a question about what happened); null for neither.</summary>
    private static System.Text.RegularExpressions.Regex? AskedKind(AnswerContext ctx)
    {
        var q = ctx.Q.Normalized;
        var asksTarget = ctx.Intent == Questions.Intent.Target || TargetColumn().IsMatch(q);
        var asksResult = !asksTarget && (ctx.Intent == Questions.Intent.Actual || ResultColumn().IsMatch(q) || Questions.ContentWords.AsksWhatHappened(q));
        return asksTarget ? TargetColumn() : asksResult ? ResultColumn() : null;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"目標|計画|見込|予定|target|plan")]
    private static partial System.Text.RegularExpressions.Regex TargetColumn();

    [System.Text.RegularExpressions.GeneratedRegex(@"実績|決算|結果|actual|result")]
    private static partial System.Text.RegularExpressions.Regex ResultColumn();

    private static int? ChooseColumn(AnswerContext ctx, DataTable table, bool totalRow)
    {
        // 「令和9年度の合計」: one year asked is that year's column; 合計 then names the row (the sum of the 基本方針).
        // Of two columns of the year (R6目標 | R6実績), the one of the kind the question asks (実績).
        if (ctx.Q.Years.Distinct().Count() == 1)
        {
            var ofYear = Enumerable.Range(0, table.Columns.Count)
                .Where(i => FiscalYear.FindAll(table.Columns[i]).Select(y => y.Year).Distinct().SequenceEqual([ctx.Q.Years[0]])).ToList();
            if (ofYear.Count > 0) return OfAskedKind(ctx, table, ofYear);
        }
        // The total row answers "the total", so one asked year is not a total column (合計 × R10).
        var wantsTotal = WantsTotal(ctx) && !(totalRow && ctx.Q.Years.Distinct().Count() == 1);
        // A header that is only a total word (累計) before one that holds it (目標額（R3～R7累計）).
        var headers = table.Columns.Select(c => JaText.Normalize(c)).ToList();
        var exact = headers.FindIndex(c => c == "計" || TotalWords.Contains(c));
        if (wantsTotal && exact >= 0) return exact;
        for (var i = 0; i < headers.Count; i++)
            // 計 alone heads a total column; inside a longer header it is 計画.
            if (wantsTotal && TotalWords.Any(t => headers[i].Contains(t))) return i;
        if (ctx.Q.Years.Distinct().Count() == 1)
            for (var i = 0; i < table.Columns.Count; i++)
                if (FiscalYear.FindAll(table.Columns[i]).Any(y => y.Year == ctx.Q.Years[0])) return i;
        return OfTitleYear(ctx, table, headers);
    }

    /// <summary>
    /// A table of one year, named in its title (〔令和５年度の財政効果額（実績）〕 over 目標 | 実績): the column of the
    /// kind asked (実績, 目標) when the asked year is the title's.
    /// </summary>
    private static int? OfTitleYear(AnswerContext ctx, DataTable table, List<string> headers)
    {
        if (ctx.Q.Years.Distinct().Count() != 1 || !FiscalYear.FindAll(table.Title).Select(y => y.Year).Distinct().SequenceEqual([ctx.Q.Years[0]])) return null;
        var kind = AskedKind(ctx);
        var matching = kind is null ? [] : Enumerable.Range(0, headers.Count).Where(i => kind.IsMatch(headers[i])).ToList();
        return matching.Count == 1 ? matching[0] : null;
    }
}
