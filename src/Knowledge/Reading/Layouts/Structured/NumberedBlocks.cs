using System.Text.RegularExpressions;
using Gyokaku.Knowledge.Model;

namespace Gyokaku.Knowledge.Reading.Layouts.Structured;

/// <summary>
/// Items printed as repeated numbered blocks: a marker line (No.12 窓口改革) and labelled lines under it, up
/// to the next marker of the same kind. Of all kinds of marker in the text, the one whose blocks carry
/// item labels (担当課, 目標, 実績 …) is taken; chapter numbers and inner ①② lists are not items.
/// </summary>
internal static partial class NumberedBlocks
{
    public static IReadOnlyList<ItemBuilder> Read(IReadOnlyList<MappedLine> lines)
    {
        var markers = new List<ItemMarker>();
        for (var i = 0; i < lines.Count; i++)
            if (MayOpenBlock(lines[i]) && ItemMarker.Read(lines[i], i + 1) is { } m) markers.Add(m);

        IReadOnlyList<ItemBuilder> best = [];
        var bestScore = 0;
        foreach (var family in markers.GroupBy(m => m.Family).Where(g => g.Count() >= 2))
        {
            var first = family.First().Line;
            // Kinds of marker printed before this kind's first one are outer (chapters): they end a block.
            var outer = markers.Where(m => m.Family != family.Key && m.Line < first).Select(m => m.Family).ToHashSet();
            var stops = markers.Where(m => m.Family == family.Key || outer.Contains(m.Family)).Select(m => m.Line).ToHashSet();
            var items = family.Select(m => ReadBlock(lines, m, stops)).ToList();
            var good = items.Count(b => b.HasFacts);
            if (good >= 2 && good * 2 >= items.Count && good > bestScore) (best, bestScore) = (items.Where(b => b.HasFacts).ToList(), good);
        }
        return best;
    }

    /// <summary>
    /// A labelled line is an item's part, not a new item, unless its label is itself a marker
    /// (【取組番号　１】　1-(1)-①: the bracket reads as a label, but numbers the block).
    /// </summary>
    private static bool MayOpenBlock(MappedLine line) =>
        LabelledLine.Read(line) is not { } labelled || (!labelled.Label.Known && ItemMarker.Read(new MappedLine(labelled.Label.Text), 0) is not null);

    private static ItemBuilder ReadBlock(IReadOnlyList<MappedLine> lines, ItemMarker marker, HashSet<int> stops)
    {
        var builder = Titled(marker, marker.Title);
        var headings = new HierarchyHeadings();
        (FieldLabel Label, List<string> Text, int Start, int End)? open = null;
        // Inside an indicator (目標（指標）, 基準値) a line of year/value pairs gives its targets; elsewhere, the year's plan.
        var inIndicator = false;
        var body = new List<string>();
        var bodyStart = 0;
        // An indicator table inside the block (| 指標名 | 基準値 | … |): its rows are the item's indicators.
        IReadOnlyList<FieldLabel>? indicatorColumns = null;

        // The year/value pairs of the last schedule line, kept open: the page may have wrapped the line onto the next.
        var schedule = new List<(FiscalYear Year, string Printed, string Value, LabelKind Kind, int Line)>();

        void CloseSchedule()
        {
            foreach (var (year, printed, value, kind, at) in schedule) builder.Add(new FieldLabel(printed, kind, year), value, LineRange.At(at));
            schedule.Clear();
        }

        void Close()
        {
            CloseSchedule();
            if (open is { } o && !(o.Label.Kind == LabelKind.IndicatorName && AddArrowIndicator(builder, o.Label, o.Text, new LineRange(o.Start, o.End))))
                builder.Add(o.Label, string.Join("\n", o.Text), new LineRange(o.Start, o.End));
            open = null;
        }

        for (var n = marker.Line + 1; n <= lines.Count && !stops.Contains(n); n++)
        {
            var line = lines[n - 1];
            if (line.Original.Trim().Length == 0 || TableRow.IsSeparator(line.Original)) continue;
            if (schedule.Count > 0 && Wrapped(line, schedule[^1].Value) is { } more)
            {
                var last = schedule[^1].Printed;
                for (var i = 0; i < schedule.Count; i++)
                    if (schedule[i].Printed == last) schedule[i] = schedule[i] with { Value = schedule[i].Value + more.Lead };
                foreach (var (year, printed, value, ranged) in more.Pairs)
                    if (!ranged || schedule[^1].Kind == LabelKind.Plan) schedule.Add((year, printed, value, schedule[^1].Kind, n));
                builder.ExtendTo(n);
                continue;
            }
            CloseSchedule();
            if (TableRow.IsRow(line.Original) && TableRow.Cells(line.Original) is var cells && cells.Count >= 3)
            {
                if (ItemIndicatorTables.Header(cells) is { } columns) { Close(); indicatorColumns = columns; builder.ExtendTo(n); continue; }
                if (indicatorColumns is not null) { ItemIndicatorTables.AddRow(builder, indicatorColumns, cells, n); continue; }
            }
            else indicatorColumns = null;
            if (YearPairs.Read(line) is { Count: > 0 } pairs && (pairs.Count >= 2 || inIndicator))
            {
                Close();
                // A range (Ｒ４～Ｒ７：…) plans every year it spans; no target is one for every year of a range.
                foreach (var (year, printed, value, ranged) in pairs)
                    if (!(ranged && inIndicator)) schedule.Add((year, printed, value, inIndicator ? LabelKind.Target : LabelKind.Plan, n));
                builder.ExtendTo(n);
                continue;
            }
            // A remark in brackets under an indicator's figures (（Ｒ６は目標値を設定しない。）) explains them.
            if (inIndicator && open is null && IsRemark(line.Original.Trim()))
            {
                builder.AddNote(line.Original.Trim(), n);
                continue;
            }
            // A header block sets several labels on one line, far apart (担当課 市民課      関係課 福祉課).
            if (Pairs(line.Original) is { Count: >= 2 } several)
            {
                Close();
                foreach (var (label, value) in several) builder.Add(label, value, LineRange.At(n));
                builder.ExtendTo(n);
                continue;
            }
            var labelled = LabelledLine.Read(line);
            if (labelled is { } l && l.Label.Year is null) inIndicator = l.Label.Kind is LabelKind.IndicatorName or LabelKind.Baseline;
            // A heading ends the block, unless it is one of the item's own labels (#### 担当課).
            if (labelled is null && (line.Normalized.TrimStart().StartsWith('#') || headings.Feed(line) || Chapter().IsMatch(line.Normalized))) break;
            if (labelled is not null)
            {
                Close();
                open = (labelled.Value.Label, labelled.Value.Value.Length > 0 ? [labelled.Value.Value] : [], n, n);
                // A number, title or department is one line: the next label may follow at once.
                if (labelled.Value.Value.Length > 0 && labelled.Value.Label.Kind is LabelKind.Number or LabelKind.Title or LabelKind.Department) Close();
                builder.ExtendTo(n);
                continue;
            }
            var text = line.Original.Trim();
            if (open is { } current)
            {
                current.Text.Add(text);
                open = current with { End = n };
                if (current.Label.Kind is LabelKind.Number or LabelKind.Title or LabelKind.Department) Close();
            }
            else if (builder.Title.Length == 0) builder = Retitled(builder, marker, text);
            else
            {
                if (body.Count == 0) bodyStart = n;
                body.Add(text);
            }
            builder.ExtendTo(n);
        }
        Close();
        // Text under the title before any label: the item's own description, kept as such.
        if (body.Count > 0 && builder.HasFacts)
            builder.Add(new FieldLabel("内容", LabelKind.Section, null), string.Join("\n", body), new LineRange(bodyStart, bodyStart + body.Count - 1));
        return builder;
    }

    /// <summary>
    /// The rest of a schedule line the page wrapped onto this one: text that opens no label, heading or pairs of its
    /// own before its first pair (大（150手続）　Ｒ７：…), or a line alone under a year left empty (Ｒ７： / →) or with a
    /// bracket left open. Null when the line is a text of its own.
    /// </summary>
    private static (string Lead, IReadOnlyList<(FiscalYear Year, string Printed, string Value, bool Ranged)> Pairs)? Wrapped(MappedLine line, string last)
    {
        // Under a year left empty, a short line of words (運用・効果検証) is its plan, though it reads as a label alone.
        if (LabelledLine.Read(line) is { Label.Known: true } labelled && (labelled.Value.Length > 0 || last.Length > 0)
            || line.Normalized.TrimStart().StartsWith('【') || HierarchyHeadings.IsHeading(line)
            || line.Normalized.TrimStart().StartsWith('※') || TableRow.IsRow(line.Original)) return null;
        var (lead, pairs) = YearPairs.Continued(line);
        if (lead.Length == 0 || lead.Contains('。')) return null;
        var open = last.Count(c => c is '(' or '（') > last.Count(c => c is ')' or '）');
        return pairs.Count > 0 && lead.Length <= 20 || last.Length == 0 || open || lead is "→" or "⇒" ? (lead, pairs) : null;
    }

    /// <summary>
    /// An indicator printed on one line from its baseline to its target (普通会計職員数　基準値 1,012人（Ｒ２）→ 目標値
    /// 985人（Ｒ７）): its name, baseline and target, each where it belongs. False when the text is no such line.
    /// </summary>
    private static bool AddArrowIndicator(ItemBuilder builder, FieldLabel label, IReadOnlyList<string> text, LineRange lines)
    {
        if (text.Count == 0 || ArrowIndicators.Read(text) is not { } read) return false;
        builder.Add(label, read.Name, lines);
        if (read.Baseline is not null) builder.Add(new FieldLabel("基準値", LabelKind.Baseline, null), read.Baseline, lines);
        if (read.Target is not null) builder.Add(new FieldLabel("目標値", LabelKind.Target, read.TargetYear), read.Target, lines);
        return true;
    }

    /// <summary>Each wide-apart part of a line read as a label and its value, when every part is one of a label this reader knows.</summary>
    private static IReadOnlyList<(FieldLabel Label, string Value)> Pairs(string text)
    {
        var parts = WideGaps.Parts(text);
        if (parts.Count < 2) return [];
        var pairs = new List<(FieldLabel, string)>();
        var known = false;
        foreach (var part in parts)
        {
            var pair = LabelAndValue(part);
            known |= pair is not null;
            // Beside known labels, a part that sets its label off with a colon (R5効果額（千円）：21,600) is one too.
            pair ??= ColonPart(part);
            if (pair is null) return AlternatingCells(parts);
            pairs.Add(pair.Value);
        }
        return known ? pairs : [];
    }

    /// <summary>
    /// A row of cells that alternate label and value (進捗区分	順調	効果額（千円）	3,420): each known label with the
    /// cell after it. Every second cell must be a label and no value one, so a header row of labels is not paired.
    /// </summary>
    private static IReadOnlyList<(FieldLabel Label, string Value)> AlternatingCells(IReadOnlyList<string> parts)
    {
        if (parts.Count < 4 || parts.Count % 2 != 0) return [];
        var pairs = new List<(FieldLabel, string)>();
        for (var i = 0; i < parts.Count; i += 2)
        {
            var label = FieldLabel.Read(parts[i]);
            if (!label.Known || label.Kind is LabelKind.Title or LabelKind.Number || parts[i].Length > 15 || FieldLabel.Read(parts[i + 1]).Known) return [];
            pairs.Add((label, parts[i + 1]));
        }
        return pairs;
    }

    /// <summary>
    /// A part of a header block: a known label and its value (担当課 市民課, 取組項目：窓口改善). A title label counts
    /// here too, since a part set apart in a header block is no sentence of prose.
    /// </summary>
    private static (FieldLabel Label, string Value)? LabelAndValue(string part)
    {
        if (LabelledLine.Read(new MappedLine(part)) is { Label.Known: true, Value.Length: > 0 } read) return read;
        var split = part.IndexOfAny([' ', '　', ':', '：']);
        if (split <= 0) return null;
        var label = FieldLabel.Read(part[..split]);
        var value = part[(split + 1)..].Trim(' ', '　', ':', '：');
        return label.Known && value.Length > 0 ? (label, value) : null;
    }

    private static (FieldLabel Label, string Value)? ColonPart(string part) =>
        (part.Contains('：') || part.Contains(':')) && LabelledLine.Read(new MappedLine(part)) is { Value.Length: > 0 } read
            && read.Label.Text.Length > 0 && !read.Label.Text.Contains(' ') ? read : null;

    private static bool IsRemark(string text) =>
        (text.StartsWith('（') && text.EndsWith('）')) || (text.StartsWith('(') && text.EndsWith(')')) || text.StartsWith('※');

    private static ItemBuilder Retitled(ItemBuilder old, ItemMarker marker, string title) => Titled(marker, title);

    /// <summary>An item from its marker; a unit printed at the title's end (窓口改革（担当：市民課）) is its department.</summary>
    private static ItemBuilder Titled(ItemMarker marker, string title)
    {
        // A report line carrying the grade after the title (① 補助金の見直し ［財政課］ 評価：△): the grade is the item's.
        var grade = InlineGrade().Match(title);
        if (grade.Success) title = title[..grade.Index].TrimEnd();
        // …and the unit in square brackets at the title's end (［財政課］) is its department.
        var unit = BracketedUnit().Match(title);
        if (unit.Success) title = title[..unit.Index].TrimEnd();
        var builder = TitledWithin(marker, title);
        if (unit.Success) builder.Add(new FieldLabel("担当課", LabelKind.Department, null), unit.Groups["u"].Value, LineRange.At(marker.Line));
        if (grade.Success) builder.Add(new FieldLabel("評価", LabelKind.Section, null), grade.Groups["g"].Value, LineRange.At(marker.Line));
        return builder;
    }

    private static ItemBuilder TitledWithin(ItemMarker marker, string title)
    {
        // 取組番号 4      取組項目 ふるさと納税の推進      担当課 財政課: the marker line is a header block of its own.
        var parts = WideGaps.Parts(title);
        var labelled = parts.Select(LabelAndValue).ToList();
        if (parts.Count >= 1 && labelled.All(l => l is not null) && labelled.Any(l => l!.Value.Label.Kind == LabelKind.Title))
        {
            var named = labelled.First(l => l!.Value.Label.Kind == LabelKind.Title)!.Value;
            var block = new ItemBuilder(marker.Number, marker.Printed, marker.Label, named.Value, marker.Line);
            foreach (var (label, value) in labelled.Select(l => l!.Value).Where(l => l.Label.Kind != LabelKind.Title))
                block.Add(label, value, LineRange.At(marker.Line));
            return block;
        }
        // 証明書コンビニ交付の推進      所管課：市民課: labelled parts set apart after the title are the item's.
        if (parts.Count >= 2 && LabelAndValue(parts[0]) is null && parts.Skip(1).Select(LabelAndValue).ToList() is var after && after.All(l => l is not null))
        {
            var block = new ItemBuilder(marker.Number, marker.Printed, marker.Label, parts[0], marker.Line);
            foreach (var (label, value) in after.Select(l => l!.Value)) block.Add(label, value, LineRange.At(marker.Line));
            return block;
        }

        var inline = InlineDepartment().Match(title);
        // A marker followed only by the item's code (【取組番号 1】 1-(1)-①): the title comes on a later line.
        var code = CodeOnly().IsMatch(Gyokaku.Knowledge.Text.JaText.Nfkc(title).Trim()) ? title.Trim() : null;
        if (code is not null) title = "";
        var builder = new ItemBuilder(marker.Number, marker.Printed, marker.Label, inline.Success ? title[..inline.Index].Trim() : title, marker.Line);
        if (inline.Success)
            builder.Add(FieldLabel.Read(inline.Groups["l"].Value), inline.Groups["v"].Value, LineRange.At(marker.Line));
        if (code is not null) builder.Add(new FieldLabel("体系番号", LabelKind.Field, null), code, LineRange.At(marker.Line));
        return builder;
    }

    // 第６章 効果額の見込み: a chapter ends whatever block was open.
    [GeneratedRegex(@"^\s*第\s*[0-9一二三四五六七八九十]{1,3}\s*[章部編]")]
    private static partial Regex Chapter();

    [GeneratedRegex(@"^\d{1,2}-\(?\d{1,2}\)?(?:-(?:\(?\d{1,2}\)?|[①-⑳]))*$")]
    private static partial Regex CodeOnly();

    [GeneratedRegex(@"\s*(?:評価|達成度)\s*[：:]\s*(?<g>[◎○△×ＡＢＣＤABCDＳS])\s*$")]
    private static partial Regex InlineGrade();

    [GeneratedRegex(@"\s*[［\[](?<u>[^［\[\]］]{1,20}(?:課|室|局|部|係|センター|事務所))[\]］]\s*$")]
    private static partial Regex BracketedUnit();

    [GeneratedRegex(@"[（(【\[]\s*(?<l>(?:主)?(?:担当|所管)[^：:）)】\]]{0,4})\s*[：:]\s*(?<v>[^）)】\]]+)[）)】\]]\s*$")]
    private static partial Regex InlineDepartment();
}
