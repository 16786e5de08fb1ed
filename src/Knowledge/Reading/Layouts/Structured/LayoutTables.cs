using System.Text.RegularExpressions;
using Gyokaku.Knowledge.Model;
using Gyokaku.Knowledge.Text;

namespace Gyokaku.Knowledge.Reading.Layouts.Structured;

/// <summary>One row of a space-aligned table: a cell per header column, wrapped lines joined in.</summary>
internal sealed record LayoutRow(IReadOnlyList<string> Cells, int FirstLine, int LastLine, string? Group);

/// <summary>A space-aligned table: its header cells, its rows, what it is about and the unit it counts in.</summary>
internal sealed record LayoutTable(IReadOnlyList<string> Header, IReadOnlyList<LayoutRow> Rows, int HeaderLine, string Title, string? Unit);

/// <summary>
/// Tables as <c>pdftotext -layout</c> prints them: a header row of short labels apart by runs of spaces, each
/// body cell under its header's columns (left-aligned text, right-aligned figures), a cell too long for its
/// column wrapped onto the next line under the same column, a group heading ((２)歳出の削減) on a line of its
/// own, and the header printed again on each page. A cell goes to the header it overlaps most, else the nearest.
/// </summary>
internal static partial class LayoutTables
{
    public static IReadOnlyList<LayoutTable> Read(IReadOnlyList<MappedLine> lines)
    {
        var tables = new List<LayoutTable>();
        var n = 0;
        while (n < lines.Count)
        {
            if (Header(lines[n].Original) is { } header) n = ReadTable(lines, n, header, tables);
            else n++;
        }
        return tables;
    }

    /// <summary>Reads the table whose header is at index <paramref name="at"/>; returns the index after it.</summary>
    private static int ReadTable(IReadOnlyList<MappedLine> lines, int at, List<LayoutToken> header, List<LayoutTable> tables)
    {
        var headerText = HeaderKey(header);
        var columns = header.Select(h => (h.Start, h.End)).ToList();
        var names = header.Select(h => h.Text).ToList();
        var n = at + 1;
        if (n < lines.Count && SpanningHeaders.Split(columns, names, LayoutTokens.Of(lines[n].Original))) n++;
        // A header cell printed on two lines (令和５年度 / 目標値) is one name.
        while (n < lines.Count && HeaderGoesOn(columns, LayoutTokens.Of(lines[n].Original)) is { } more)
        {
            foreach (var t in more) { var c = Column(columns, t)!.Value; names[c] += t.Text; }
            n++;
        }
        var numberAt = names.FindIndex(h => FieldLabel.Read(h).Kind == LabelKind.Number);
        var titleAt = names.FindIndex(h => FieldLabel.Read(h).Kind == LabelKind.Title);
        var rows = new List<(string?[] Cells, int First, int Last, string? Group)>();
        string? group = null;
        var lastRowLine = -10;
        var rowTokens = new List<(LayoutToken Token, int Column)>();
        for (; n < lines.Count; n++)
        {
            var text = lines[n].Original;
            if (text.Contains('\t') || TableRow.IsRow(text)) break;
            var tokens = LayoutTokens.Of(text);
            // A rule, or the unit printed again above the header on the next page, is no row.
            if (tokens.Count == 0 || IsRule(text) || tokens.All(t => UnitMark().IsMatch(JaText.Nfkc(t.Text)))) continue;
            if (Header(text) is { } again)
            {
                if (HeaderKey(again) != headerText) break;
                // The header again on the next page, with its second line.
                while (n + 1 < lines.Count && HeaderGoesOn(columns, LayoutTokens.Of(lines[n + 1].Original)) is not null) n++;
                continue;
            }
            // A note (※ …) under the table ends it; one under a column of its own is that cell's remark.
            if (tokens.Any(t => t.End - t.Start > 60) || NoteMark().IsMatch(tokens[0].Text) && tokens[0].Start < columns[Math.Min(1, columns.Count - 1)].Start) break;
            var placed = Place(tokens, columns, null);
            var cells = Cells(tokens, placed, columns.Count);
            var numbered = numberAt >= 0 && cells[numberAt] is { } num && ItemNumber().IsMatch(JaText.Nfkc(num));
            var figures = cells.Any(c => c is not null && IsFigure(c));
            // A group heading starts under the first column; a line alone under the second, just below a row, is its wrapped cell.
            // The heading is one phrase, its words one space apart (柱１ 市民サービスの向上とＤＸの推進); a heading of
            // several words with a blank line under it is the document's next chapter (第４章 推進体制), not a group.
            if (!numbered && IsPhrase(tokens) && (tokens.Count == 1 || n + 1 < lines.Count && lines[n + 1].Original.Trim().Length > 0) && !figures && tokens[0].Start < columns[Math.Min(1, columns.Count - 1)].Start
                && (n - lastRowLine > 1 || tokens[0].Overlap(columns[0].Start, columns[0].End) > 0))
            {
                group = string.Join(" ", tokens.Select(t => t.Text));
                continue;
            }
            if (!numbered && !figures && cells[0] is null && rows.Count > 0 && n - lastRowLine <= 1)
            {
                // A cell wrapped onto the next line, under its own column: the row goes on. Its pieces stand under
                // the row's cells, which may reach past their headers (計画に基 / づく管理 under a narrow R6).
                placed = Place(tokens, columns, rowTokens);
                cells = Cells(tokens, placed, columns.Count);
                rowTokens.AddRange(tokens.Zip(placed).Where(p => p.Second is not null).Select(p => (p.First, p.Second!.Value)));
                var row = rows[^1];
                for (var c = 0; c < cells.Length; c++)
                    if (cells[c] is { } more) row.Cells[c] = row.Cells[c] is { } before ? JoinWrapped(before, more) : more;
                rows[^1] = row with { Last = n + 1 };
                lastRowLine = n;
                continue;
            }
            // Text alone, in a numbered table or in one column only, is no row: the table has ended.
            if (!numbered && !figures && (numberAt >= 0 || cells.Count(c => c is not null) < 2)) break;
            rows.Add((cells, n + 1, n + 1, group));
            rowTokens = tokens.Zip(placed).Where(p => p.Second is not null).Select(p => (p.First, p.Second!.Value)).ToList();
            lastRowLine = n;
        }
        if (rows.Count > 0)
        {
            var (title, unit) = Caption(lines, at);
            tables.Add(new LayoutTable(names, rows.Select(r => new LayoutRow(r.Cells.Select(c => c ?? "").ToList(), r.First, r.Last, r.Group)).ToList(), at + 1, title, unit));
        }
        return Math.Max(n, at + 1);
    }

    /// <summary>
    /// A header row: three or more short labels, apart by runs of spaces, most of them words a plan heads its
    /// columns with (番号, 取組項目, 担当課, 基準値, R6, 合計).
    /// </summary>
    private static List<LayoutToken>? Header(string line)
    {
        // Tab and pipe tables say where their cells end: they are read as such, not by position.
        if (line.Contains('\t') || line.Contains('|')) return null;
        var tokens = LayoutTokens.Of(line).ToList();
        if (tokens.Count < 3 || tokens.Any(t => t.Text.Length > 12 || t.Text.Contains('。') || t.Text.Contains('：'))) return null;
        var wideGaps = tokens.Zip(tokens.Skip(1)).Count(p => p.Second.Start - p.First.End >= 2);
        if (wideGaps < 2 || tokens.Any(t => IsFigure(t.Text) && FieldLabel.Read(t.Text).Year is null)) return null;
        var known = tokens.Count(t => FieldLabel.Read(t.Text).Known || AxisWords.Contains(JaText.Nfkc(t.Text)));
        return known * 3 >= tokens.Count * 2 ? tokens : null;
    }

    /// <summary>
    /// The second line of a header (目標値 under 令和５年度): short words each under one header cell only. A group
    /// heading reaching across columns ((１)歳入の確保), or one phrase of words a space apart (方針Ⅱ 歳出の削減), is no
    /// part of the header: the header's cells stand apart.
    /// </summary>
    private static IReadOnlyList<LayoutToken>? HeaderGoesOn(IReadOnlyList<(int Start, int End)> columns, IReadOnlyList<LayoutToken> tokens) =>
        tokens.Count > 0 && !(tokens.Count > 1 && IsPhrase(tokens))
        && tokens.All(t => t.Text.Length <= 8 && !IsFigure(t.Text) && columns.Count(c => t.Overlap(c.Start, c.End) > 0) == 1) ? tokens : null;

    // Words heading a column of row names or totals, besides the words items are labelled with.
    private static readonly string[] AxisWords = ["区分", "年度", "合計", "計", "内訳", "年月日", "開催日", "回", "単位", "比較", "増減"];

    private static string HeaderKey(IEnumerable<LayoutToken> header) => string.Join("|", header.Select(h => JaText.Nfkc(h.Text)));

    /// <summary>
    /// The column of each token. A word one space after the last, under no header of its own, goes on in the last
    /// one's cell (柱１ 市民サービスの向上: a row name wider than its header): cells stand two spaces apart or more.
    /// A line wrapped from a row puts each piece under the row's cell it overlaps, when it overlaps one.
    /// </summary>
    private static int?[] Place(IReadOnlyList<LayoutToken> tokens, IReadOnlyList<(int Start, int End)> columns, IReadOnlyList<(LayoutToken Token, int Column)>? row)
    {
        var placed = new int?[tokens.Count];
        for (var k = 0; k < tokens.Count; k++)
        {
            var t = tokens[k];
            var (under, most) = (-1, 0);
            foreach (var (cell, column) in row ?? [])
                if (t.Overlap(cell.Start, cell.End) > most) (under, most) = (column, t.Overlap(cell.Start, cell.End));
            placed[k] = under >= 0 ? under
                : k > 0 && placed[k - 1] is { } p && t.Start - tokens[k - 1].End <= 1 && !columns.Any(h => t.Overlap(h.Start, h.End) > 0) ? p
                : Column(columns, t);
        }
        return placed;
    }

    private static string?[] Cells(IReadOnlyList<LayoutToken> tokens, int?[] placed, int count)
    {
        var cells = new string?[count];
        for (var k = 0; k < tokens.Count; k++)
            if (placed[k] is { } c) cells[c] = cells[c] is null ? tokens[k].Text : cells[c] + " " + tokens[k].Text;
        return cells;
    }

    /// <summary>The column a token belongs to: the one it overlaps most, else the nearest.</summary>
    private static int? Column(IReadOnlyList<(int Start, int End)> columns, LayoutToken token)
    {
        var best = -1;
        var score = int.MinValue;
        for (var c = 0; c < columns.Count; c++)
        {
            var overlap = token.Overlap(columns[c].Start, columns[c].End);
            var s = overlap > 0 ? overlap * 1000 : -token.Gap(columns[c].Start, columns[c].End);
            // Halfway between two columns, a cell belongs to the right one: text stands left-aligned, before its header.
            if (s > score || (s == score && s <= 0)) { score = s; best = c; }
        }
        return best < 0 ? null : best;
    }

    // Japanese wraps without a space; an English word (or a figure) after another keeps one.
    // A second office printed below the first (税務課 / 収納対策課) is one more name, not the first one's tail.
    private static string JoinWrapped(string before, string after) =>
        before.Length > 0 && after.Length > 0 && (char.IsAsciiLetterOrDigit(before[^1]) && char.IsAsciiLetterOrDigit(after[0]) || OfficeNames.EndsOne(before) && OfficeNames.StartsOne(after))
            ? before + " " + after : before + after;

    /// <summary>A figure or the mark of an empty figure: 3,200, 98.62%, 312,450千円, －.</summary>
    public static bool IsFigure(string cell)
    {
        var s = JaText.Nfkc(cell).Trim();
        return s is "-" or "－" or "―" or "ー" or "—" or "‐" || Figure().IsMatch(s);
    }

    /// <summary>Tokens one space apart at most: one cell's words, not cells of their own.</summary>
    private static bool IsPhrase(IReadOnlyList<LayoutToken> tokens) => tokens.Zip(tokens.Skip(1)).All(p => p.Second.Start - p.First.End <= 1);

    private static bool IsRule(string line)
    {
        if (BoxTables.IsRule(line)) return true;
        var s = line.Trim();
        return s.Length >= 3 && s.All(c => c is '─' or '━' or '-' or '=' or '_' or '―' or '－' or '═');
    }

    /// <summary>
    /// What the table is about and its unit: a （単位：千円） line above or beside the header, and the nearest
    /// short heading above (５  財政健全化の取組と効果額), passing over sentences.
    /// </summary>
    private static (string Title, string? Unit) Caption(IReadOnlyList<MappedLine> lines, int headerAt)
    {
        string? unit = null, title = null;
        for (var i = headerAt - 1; i >= 0 && i >= headerAt - 10 && title is null; i--)
        {
            var tokens = LayoutTokens.Of(lines[i].Original);
            if (tokens.Count == 0) continue;
            // A row of another table above: this one has no caption of its own.
            if (tokens.Count >= 3 && tokens.Zip(tokens.Skip(1)).Count(p => p.Second.Start - p.First.End >= 2) >= 2) break;
            var rest = new List<string>();
            foreach (var t in tokens)
            {
                if (UnitMark().Match(JaText.Nfkc(t.Text)) is { Success: true } m) unit ??= m.Groups["u"].Value;
                else rest.Add(t.Text);
            }
            // The heading as printed; joined from its pieces only when a unit stood beside it.
            var text = rest.Count == tokens.Count ? lines[i].Original.Replace("\f", "").Trim() : string.Join(" ", rest);
            if (text.Length is > 0 and <= 30 && !text.EndsWith('。') && !text.EndsWith('、')) title = text;
        }
        return (title ?? "", unit);
    }

    // The unit after a figure may hold a digit once normalized (㎡ → m2).
    [GeneratedRegex(@"^[-−▲△+±]?\d[\d,.]*\s*(?:[^\d\s][^\s]{0,3})?$")]
    private static partial Regex Figure();

    [GeneratedRegex(@"^(?:No\.?|№)?\s*\d{1,3}$|^\(?\d{1,2}\)?[-‐ー－]\S{1,6}$|^[①-⑳]$")]
    private static partial Regex ItemNumber();

    [GeneratedRegex(@"^(?:※|注\d*[.:：)）]?$|\(注)")]
    private static partial Regex NoteMark();

    [GeneratedRegex(@"^[(（]単位[:：]\s*(?<u>[^)）]+)[)）]$")]
    private static partial Regex UnitMark();
}
