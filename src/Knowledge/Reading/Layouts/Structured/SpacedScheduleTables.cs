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
            if (ReadHeader(tokens) is { } h) { Flush(); header = h; continue; }
            if (header is null) continue;
            if (tokens[0].StartsWith('【') || tokens[0].StartsWith('※') || HierarchyHeadings.IsHeading(line)) { Flush(); if (!HierarchyHeadings.IsHeading(line)) header = null; continue; }
            if (Code().IsMatch(JaText.Nfkc(tokens[0])) && ReadRow(header, tokens, n) is { } r) { Flush(); row = r; sinceRow = 0; continue; }
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
        return new Header(before, markAt, labels.Skip(first).Take(last - first + 1).Select(l => l.Year!.Value).ToList(),
            tokens.Skip(first).Take(last - first + 1).ToList(), labels.Skip(last + 1).ToList(), label);
    }

    private static Row? ReadRow(Header header, IReadOnlyList<string> tokens, int line)
    {
        var row = new Row(tokens[0], line);
        var rest = tokens.Skip(1).ToList();
        if (rest.Count < header.Years.Count + header.After.Count + 1) return null;
        row.Trailing.AddRange(rest.TakeLast(header.After.Count));
        rest = rest.SkipLast(header.After.Count).ToList();
        row.Steps.AddRange(rest.TakeLast(header.Years.Count));
        rest = rest.SkipLast(header.Years.Count).ToList();
        if (row.Steps.Any(s => s.Length > 6)) return null;
        if (header.MarkAt >= 0 && rest.Count > 0 && Mark().IsMatch(rest[0])) { row.Mark = rest[0]; rest.RemoveAt(0); }
        var texts = header.Before.Count - (header.MarkAt >= 0 ? 1 : 0);
        if (texts <= 0) return null;
        // One token per text column from the left; the last column (the description) takes the rest.
        for (var i = 0; i < texts && rest.Count > 0; i++)
        {
            var take = i == texts - 1 ? rest.Count : 1;
            row.Texts.Add(string.Join(" ", rest.Take(take)));
            rest = rest.Skip(take).ToList();
        }
        return row;
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
