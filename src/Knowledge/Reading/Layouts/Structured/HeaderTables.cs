using Gyokaku.Knowledge.Model;

namespace Gyokaku.Knowledge.Reading.Layouts.Structured;

/// <summary>
/// Items printed as rows of a table whose header row names the columns (番号 | 取組項目 | 担当課 | 令和5年度実績 | 達成度):
/// one item per row, each cell placed by its column's header. Tab-separated and Markdown tables alike.
/// A row with neither number nor title continues the row above (a cell broken over a page).
/// </summary>
internal static class HeaderTables
{

    public static IReadOnlyList<ItemBuilder> Read(IReadOnlyList<MappedLine> lines)
    {
        var items = new List<ItemBuilder>();
        IReadOnlyList<FieldLabel>? header = null;
        var carried = new Dictionary<int, string>();
        var label = ItemMarker.DefaultLabel;
        for (var n = 1; n <= lines.Count; n++)
        {
            var line = lines[n - 1];
            if (!TableRow.IsRow(line.Original)) { if (line.Original.Trim().Length > 0) header = null; continue; }
            if (TableRow.IsSeparator(line.Original)) continue;
            var cells = TableRow.Cells(line.Original);
            var first = n;
            if (header is not null && cells.Count < header.Count && TableRow.Continued(lines, n, cells, header.Count) is { } whole)
                (cells, n) = whole;
            // Figures by item and year (効果額 | 令和５年度 | …) are read as a table of figures, not as the items again.
            if (ItemFigureTables.Heads(cells, NextRow(lines, n))) { header = null; continue; }
            if (ReadHeader(cells) is { } h)
            {
                // A header printed again on the next page is the same table going on.
                if (header is null || !h.Select(c => c.Text).SequenceEqual(header.Select(c => c.Text))) carried.Clear();
                header = h;
                var numberColumn = h.FirstOrDefault(c => c.Kind == LabelKind.Number)?.Text;
                label = numberColumn is not null && numberColumn.Replace("番号", "").Length >= 2 && !numberColumn.StartsWith("No", StringComparison.OrdinalIgnoreCase)
                    ? numberColumn.Replace("番号", "") : ItemMarker.DefaultLabel;
                continue;
            }
            if (header is null) continue;
            var row = ReadRow(header, cells, first, label, carried, items.LastOrDefault());
            row?.ExtendTo(n);
            if (row is not null) items.Add(row);
        }
        // A row that only names something (an outline of titles) is no item.
        return items.Where(i => i.HasFacts).ToList();
    }

    /// <summary>The column labels of a header row, or null when the row is no header of an item table.</summary>
    internal static IReadOnlyList<FieldLabel>? ReadHeader(IReadOnlyList<string> cells)
    {
        if (cells.Count < 3 || cells.Any(c => c.Length > 20)) return null;
        var labels = cells.Select(FieldLabel.Read).ToList();
        // A header names columns: mostly known words, never a bare number (| 取組番号 | 1 | 取組名 | … is a record).
        var filled = cells.Where(c => c.Length > 0).ToList();
        // (A cell opening with a number is a numbered entry, unless the number is a year: 2024年度実績.)
        if (filled.Any(c => ItemBuilder.NumberOf(c).All(char.IsDigit)) || labels.Any(l => l.Year is null && l.Text.Length > 0 && char.IsDigit(l.Text[0])) || labels.Count(l => l.Known) * 3 < filled.Count * 2) return null;
        // Several title columns (推進項目 | 取組名) run from the outline down to the item, left to right: the last
        // names the item, the ones before it the levels it sits under.
        var lastTitle = labels.FindLastIndex(l => l.Kind == LabelKind.Title);
        for (var i = 0; i < lastTitle; i++)
            if (labels[i].Kind == LabelKind.Title) labels[i] = labels[i] with { Kind = LabelKind.PathLevel };
        var names = labels.Any(l => l.Kind is LabelKind.Number or LabelKind.Title);
        var facts = labels.Count(l => l.Kind is not (LabelKind.Number or LabelKind.Title or LabelKind.Field or LabelKind.PathLevel));
        return names && facts >= 1 ? labels : null;
    }

    private static ItemBuilder? ReadRow(IReadOnlyList<FieldLabel> header, IReadOnlyList<string> cells, int line, string label,
        Dictionary<int, string> carried, ItemBuilder? previous)
    {
        string Cell(int i) => i < cells.Count ? cells[i] : "";
        var numberAt = Index(header, LabelKind.Number);
        var titleAt = Index(header, LabelKind.Title);
        var indicatorAt = Index(header, LabelKind.IndicatorName);
        var number = numberAt >= 0 ? Cell(numberAt) : "";
        var title = titleAt >= 0 ? Cell(titleAt) : "";
        ItemBuilder builder;
        if (number.Length == 0 && title.Length == 0)
        {
            // A total row (… | 合計 | 341,370 |) sums the rows above: it continues none of them.
            if (previous is null || cells.Any(IsTotal)) return null;
            builder = previous;
        }
        // A total printed in the number column (合計 | | 43,960) sums the items: it is none of them.
        else if (IsTotal(number) || IsTotal(title)) return null;
        else builder = new ItemBuilder(number.Length > 0 ? ItemBuilder.NumberOf(number) : null, number.Length > 0 ? number : null, label, title, line);

        for (var i = 0; i < header.Count; i++)
        {
            if (i == numberAt || i == titleAt) continue;
            var value = Cell(i);
            // A hierarchy cell merged over several rows is printed once: it holds for the rows below it.
            if (header[i].Kind == LabelKind.PathLevel)
            {
                if (value.Length > 0) carried[i] = value;
                else if (builder != previous) value = carried.GetValueOrDefault(i, "");
            }
            // A row going on under a 指標名 column is the item's next indicator: a year's 実績 figure on it is that
            // indicator's actual, kept apart instead of joined to the first indicator's figure in one result text.
            // So is every such figure of a table of indicators (取組番号 | 指標名 | R6実績, no title column): its rows name
            // indicators, not items, and an item with two indicators has two figures for the year.
            if ((builder == previous || titleAt < 0) && indicatorAt >= 0 && Cell(indicatorAt).Length > 0 && header[i] is { Kind: LabelKind.Result, Year: { } year } && LayoutTables.IsFigure(value.Trim()))
                builder.AddActual(year, value, LineRange.At(line));
            else builder.Add(header[i], value, LineRange.At(line));
        }
        return builder == previous ? null : builder;
    }

    /// <summary>The cells of the table row after line <paramref name="n"/>, if one follows.</summary>
    private static IReadOnlyList<string>? NextRow(IReadOnlyList<MappedLine> lines, int n)
    {
        for (var m = n; m < lines.Count && TableRow.IsRow(lines[m].Original); m++)
            if (!TableRow.IsSeparator(lines[m].Original)) return TableRow.Cells(lines[m].Original);
        return null;
    }

    internal static bool IsTotal(string cell) => Gyokaku.Knowledge.Text.JaText.Normalize(cell) is "合計" or "総計" or "計";

    private static int Index(IReadOnlyList<FieldLabel> header, LabelKind kind)
    {
        for (var i = 0; i < header.Count; i++) if (header[i].Kind == kind) return i;
        return -1;
    }
}
