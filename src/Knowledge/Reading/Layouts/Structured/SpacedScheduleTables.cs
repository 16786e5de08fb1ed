using System.Text.RegularExpressions;
using Gyokaku.Knowledge.Model;
using Gyokaku.Knowledge.Text;

namespace Gyokaku.Knowledge.Reading.Layouts.Structured;

/// <summary>
/// A schedule table (工程表) whose cells the extraction joined with single spaces:
/// <c>番号 重点 取組項目 取組内容 R6 R7 R8 R9 所管課</c>, then <c>1-1-1 ◎ 書かない窓口の導入 申請書の記入が… 検討 試行 実施 → 市民課</c>.
/// The columns cannot be told by position, so a row is read from both ends: the number first, then a mark
/// (◎) when the header has a column for one, the title; from the end the trailing columns (所管課) and one step
/// per year; what is left between is the description. Cells too long for their column go on over the next
/// lines: two pieces continue the title and the description, one piece the description.
/// </summary>
internal static partial class SpacedScheduleTables
{
    public static IReadOnlyList<ItemBuilder> Read(IReadOnlyList<MappedLine> lines)
    {
        var items = new List<ItemBuilder>();
        Header? header = null;
        Row? row = null;
        var sinceRow = 0;
        List<string>? headerTop = null;
        (List<string> Tokens, int Line)? started = null;

        void Flush()
        {
            if (row is not null && header is not null) items.Add(Build(header, row));
            row = null;
        }

        for (var n = 1; n <= lines.Count; n++)
        {
            var line = lines[n - 1];
            var tokens = Tokens(line.Original);
            if (tokens.Count == 0) continue;
            // 番号 取組項目 担当課 年度別スケジュール 数値目標 over R7 R8 … 指標 現状値 目標値: one header in two lines.
            if (headerTop is not null && ReadHeader(Below(headerTop, tokens)) is { } two) { Flush(); header = two; headerTop = null; continue; }
            headerTop = null;
            if (ReadHeader(tokens) is { } h) { Flush(); header = h; continue; }
            if (IsHeaderTop(tokens)) { Flush(); headerTop = tokens; continue; }
            if (header is null) continue;
            if (tokens[0].StartsWith('【') || tokens[0].StartsWith('※') || HierarchyHeadings.IsHeading(line)) { Flush(); started = null; if (!HierarchyHeadings.IsHeading(line)) header = null; continue; }
            // A row whose title wrapped before its other cells: its first line and the next are one row.
            if (started is { } s)
            {
                started = null;
                if (!Code().IsMatch(JaText.Nfkc(tokens[0])) && ReadRow(header, Joined(s.Tokens, tokens), s.Line) is { } joined)
                {
                    joined.LastLine = n;
                    Flush(); row = joined; sinceRow = 0; continue;
                }
            }
            if (Code().IsMatch(JaText.Nfkc(tokens[0])))
            {
                if (ReadRow(header, tokens, n) is { } r) { Flush(); row = r; sinceRow = 0; continue; }
                if (tokens.Count <= header.Before.Count + 1) { Flush(); started = (tokens, n); continue; }
            }
            if (row is { AwaitsIndicator: true } && ReadBelow(header, row, tokens, n)) { if (!row.AwaitsIndicator) Flush(); continue; }
            if (row is not null && ++sinceRow <= 3) { Continue(header, row, tokens, n); continue; }
            Flush();
        }
        Flush();
        return items.Count >= 2 ? items : [];
    }

    private sealed record Header(IReadOnlyList<FieldLabel> Before, int MarkAt, IReadOnlyList<FiscalYear> Years, IReadOnlyList<string> YearNames, IReadOnlyList<FieldLabel> After, string ItemLabel);

    private sealed class Row(string number, int line)
    {
        public string Number { get; } = number;
        /// <summary>The trailing columns (指標 現状値 目標値) are printed on a line of their own under the row.</summary>
        public bool AwaitsIndicator { get; set; }
        public int FirstLine { get; } = line;
        public int LastLine { get; set; } = line;
        public string? Mark { get; set; }
        public List<string> Texts { get; } = [];
        public List<string> Steps { get; } = [];
        public List<string> Trailing { get; } = [];
    }

    /// <summary>番号 重点 取組項目 取組内容 R6 R7 R8 R9 所管課: a number column, two years or more in a run, short words.</summary>
    private static Header? ReadHeader(IReadOnlyList<string> tokens)
    {
        if (tokens.Count < 5 || tokens.Any(t => t.Length > 8)) return null;
        var labels = tokens.Select(FieldLabel.Read).ToList();
        if (labels[0].Kind != LabelKind.Number) return null;
        var first = labels.FindIndex(l => l.Year is not null && FiscalYear.TryParse(l.Text, out _));
        if (first < 2) return null;
        var last = first;
        while (last + 1 < labels.Count && labels[last + 1].Year is not null && FiscalYear.TryParse(labels[last + 1].Text, out _)) last++;
        if (last - first < 1) return null;
        var before = labels.Skip(1).Take(first - 1).ToList();
        if (!before.Any(l => l.Kind == LabelKind.Title)) return null;
        // A column named by a word that is neither title nor text (重点) holds a mark: ◎ or nothing.
        var markAt = before.FindIndex(l => l.Kind == LabelKind.Field);
        var label = labels[0].Text.Replace("番号", "") is { Length: >= 2 } word ? word : ItemMarker.DefaultLabel;
        var years = labels.Skip(first).Take(last - first + 1).Select(l => l.Year!.Value).ToList();
        return new Header(before, markAt, years, tokens.Skip(first).Take(last - first + 1).ToList(), TargetsOf(labels.Skip(last + 1).ToList(), years[^1]), label);
    }

    /// <summary>
    /// 指標 現状値 目標値 beside a schedule: a target column that names no year holds the target for the end of
    /// the schedule (a plan's 数値目標 is where it means to be when it ends), so it is read as that year's target.
    /// </summary>
    private static List<FieldLabel> TargetsOf(List<FieldLabel> after, FiscalYear end)
    {
        if (!after.Any(l => l.Kind is LabelKind.IndicatorName or LabelKind.Baseline)) return after;
        return after.Select(l => l.Year is null && l.Kind == LabelKind.Section && JaText.Normalize(l.Text).Contains("目標") ? l with { Kind = LabelKind.Target, Year = end } : l).ToList();
    }

    /// <summary>The upper line of a two-line header: the number column, a title column, no years.</summary>
    private static bool IsHeaderTop(IReadOnlyList<string> tokens)
    {
        if (tokens.Count < 3 || tokens.Any(t => t.Length > 10)) return false;
        var labels = tokens.Select(FieldLabel.Read).ToList();
        return labels[0].Kind == LabelKind.Number && labels.Skip(1).Any(l => l.Kind == LabelKind.Title) && labels.All(l => l.Year is null);
    }

    /// <summary>
    /// The header the two lines make: the upper line's last words name groups (年度別スケジュール, 数値目標), one
    /// over each run of the lower line (the years, the columns after them); its other words are columns of their own.
    /// </summary>
    private static List<string> Below(List<string> top, IReadOnlyList<string> lower)
    {
        if (!FiscalYear.TryParse(JaText.Nfkc(lower[0]), out _)) return [];
        var years = lower.TakeWhile(t => FiscalYear.TryParse(JaText.Nfkc(t), out _)).Count();
        var groups = years < lower.Count ? 2 : 1;
        if (top.Count - groups < 2) return [];
        return [.. top.Take(top.Count - groups), .. lower];
    }

    /// <summary>A row's first line holding only its number and the start of its title, joined to the line it goes on in.</summary>
    private static List<string> Joined(List<string> start, IReadOnlyList<string> next) =>
        [.. start.SkipLast(1), start[^1] + next[0], .. next.Skip(1)];

    private static Row? ReadRow(Header header, IReadOnlyList<string> tokens, int line)
    {
        var row = new Row(tokens[0], line);
        var rest = tokens.Skip(1).ToList();
        var texts = header.Before.Count - (header.MarkAt >= 0 ? 1 : 0);
        if (texts <= 0) return null;
        // 指標 現状値 目標値 printed under the row: the row ends with its steps (拡充 → → → →), no figures.
        var after = header.After.Count;
        if (IndicatorsBelow(header) && (rest.Count < header.Years.Count + after + 1 || rest.TakeLast(after).Any(IsArrow)))
        {
            after = 0;
            row.AwaitsIndicator = true;
        }
        if (rest.Count < header.Years.Count + after + 1) return null;
        row.Trailing.AddRange(rest.TakeLast(after));
        rest = rest.SkipLast(after).ToList();
        row.Steps.AddRange(rest.TakeLast(header.Years.Count));
        rest = rest.SkipLast(header.Years.Count).ToList();
        if (row.Steps.Any(s => s.Length > 6)) return null;
        if (header.MarkAt >= 0 && rest.Count > 0 && Mark().IsMatch(rest[0])) { row.Mark = rest[0]; rest.RemoveAt(0); }
        // One token per column, but the widest (the description, else the title) takes what is left over.
        var wide = WideColumn(header);
        var right = Math.Min(texts - 1 - wide, Math.Max(0, rest.Count - wide - 1));
        var tail = rest.TakeLast(right).ToList();
        rest = rest.SkipLast(right).ToList();
        for (var i = 0; i <= wide && rest.Count > 0; i++)
        {
            var take = i == wide ? rest.Count : 1;
            row.Texts.Add(string.Join(" ", rest.Take(take)));
            rest = rest.Skip(take).ToList();
        }
        row.Texts.AddRange(tail);
        return row;
    }

    /// <summary>The text column that takes a row's leftover pieces: the last description column, else the title.</summary>
    private static int WideColumn(Header header)
    {
        var columns = header.Before.Where((_, i) => i != header.MarkAt).ToList();
        var description = columns.FindLastIndex(l => l.Kind is LabelKind.Section or LabelKind.Field);
        return description >= 0 ? description : Math.Max(0, columns.FindIndex(l => l.Kind == LabelKind.Title));
    }

    private static bool IndicatorsBelow(Header header) =>
        header.After.Count > 0 && header.After.All(l => l.Kind is LabelKind.IndicatorName or LabelKind.Baseline or LabelKind.Target);

    private static bool IsArrow(string token) => token is "→" or "⇒" or "↓";

    /// <summary>
    /// A line under a row whose indicator is printed below it: a unit name alone goes on the department cell
    /// (資産経営課 / 地域振興課, 会計課 / 関係各課); a line of as many cells as the indicator columns is the indicator,
    /// read from the end (the figures), its name what is left. True when the line was taken.
    /// </summary>
    private static bool ReadBelow(Header header, Row row, IReadOnlyList<string> tokens, int line)
    {
        var columns = header.Before.Where((_, i) => i != header.MarkAt).ToList();
        var department = columns.FindIndex(l => l.Kind == LabelKind.Department);
        if (tokens.Count == 1 && department >= 0 && department < row.Texts.Count && ItemBuilder.IsUnitName(tokens[0]))
        {
            row.Texts[department] += " " + tokens[0];
            row.LastLine = line;
            return true;
        }
        var after = header.After.Count;
        if (tokens.Count < after) return false;
        row.Trailing.Add(string.Join(" ", tokens.SkipLast(after - 1)));
        row.Trailing.AddRange(tokens.TakeLast(after - 1));
        row.AwaitsIndicator = false;
        row.LastLine = line;
        return true;
    }

    private static void Continue(Header header, Row row, IReadOnlyList<string> tokens, int line)
    {
        var texts = row.Texts;
        if (texts.Count == 0) return;
        // Pieces for as many text columns as the row has go on each; fewer go on the last (the description).
        var start = tokens.Count >= texts.Count ? 0 : texts.Count - 1;
        for (var i = 0; i < tokens.Count; i++)
        {
            var at = Math.Min(start + i, texts.Count - 1);
            texts[at] = at == texts.Count - 1 && i > at - start ? texts[at] + " " + tokens[i] : texts[at] + tokens[i];
        }
        row.LastLine = line;
    }

    private static ItemBuilder Build(Header header, Row row)
    {
        var textLabels = header.Before.Where((_, i) => i != header.MarkAt).ToList();
        var titleAt = textLabels.FindIndex(l => l.Kind == LabelKind.Title);
        var range = new LineRange(row.FirstLine, row.LastLine);
        var builder = new ItemBuilder(ItemBuilder.NumberOf(row.Number), row.Number, header.ItemLabel, titleAt < row.Texts.Count ? row.Texts[titleAt] : "", row.FirstLine);
        for (var i = 0; i < row.Texts.Count && i < textLabels.Count; i++)
            if (i != titleAt) builder.Add(textLabels[i], row.Texts[i], range);
        if (row.Mark is not null) builder.Add(new FieldLabel(header.Before[header.MarkAt].Text, LabelKind.Field, null), row.Mark, range);
        for (var i = 0; i < row.Steps.Count; i++) builder.Add(new FieldLabel(header.YearNames[i], LabelKind.Plan, header.Years[i]), row.Steps[i], range);
        for (var i = 0; i < row.Trailing.Count; i++) builder.Add(header.After[i], row.Trailing[i], range);
        builder.ExtendTo(row.LastLine);
        return builder;
    }

    private static List<string> Tokens(string line) => line.Split([' ', '\t', '\u3000'], StringSplitOptions.RemoveEmptyEntries).ToList();

    [GeneratedRegex(@"^(?:\d{1,2}(?:-\d{1,2}){1,3}|\d{1,3})$")]
    private static partial Regex Code();

    [GeneratedRegex(@"^[◎○●◯★☆]$")]
    private static partial Regex Mark();
}
