using System.Text.RegularExpressions;
using Gyokaku.Knowledge.Model;
using Gyokaku.Knowledge.Text;

namespace Gyokaku.Knowledge.Reading.Layouts.Structured;

/// <summary>
/// What the space-aligned tables of a <c>pdftotext -layout</c> text say: items from a table whose header names
/// items (番号 | 取組項目 | 担当課 | 基準値 | 令和５年度実績値 | 評価), and a <see cref="DataTable"/> of every table
/// holding figures, so a figure is found by its row and column (累計効果額 × R8).
/// </summary>
internal static partial class LayoutTableReading
{
    /// <summary>（２）歳出の削減 → 区分 2 歳出の削減: the group's number apart from its name, so the name is asked by itself.</summary>
    private static PathSegment Group(string heading)
    {
        var m = GroupHeading().Match(heading);
        return m.Success ? new PathSegment("区分", ItemBuilder.NumberOf(m.Groups["n"].Value), m.Groups["t"].Value) : new PathSegment("区分", null, heading);
    }

    [GeneratedRegex(@"^[（(]?(?<n>[0-9０-９]{1,2})[)）.．、]?[\s　]*(?<t>\S.*)$")]
    private static partial Regex GroupHeading();

    public static IReadOnlyList<ItemBuilder> Items(IReadOnlyList<MappedLine> lines)
    {
        var items = new List<ItemBuilder>();
        foreach (var table in LayoutTables.Read(lines))
        {
            var labels = table.Header.Select(FieldLabel.Read).ToList();
            var numberAt = labels.FindIndex(l => l.Kind == LabelKind.Number);
            var titleAt = labels.FindIndex(l => l.Kind == LabelKind.Title);
            // No 取組名 column: in a numbered table the 重点取組 (or 施策) column names the numbered item itself.
            // Its items are then of that kind: 重点取組 6 is asked for by that name.
            var namedBy = titleAt < 0 && numberAt >= 0 ? labels.FindIndex(l => l.Kind == LabelKind.PathLevel) : -1;
            if (namedBy >= 0) titleAt = namedBy;
            var facts = labels.Count(l => l.Kind is not (LabelKind.Number or LabelKind.Title or LabelKind.Field or LabelKind.PathLevel));
            if ((numberAt < 0 && titleAt < 0) || facts == 0) continue;
            var label = namedBy >= 0 && ItemLabel(table.Header[numberAt]) == ItemMarker.DefaultLabel
                ? FieldLabel.Read(table.Header[namedBy]).Text : ItemLabel(numberAt >= 0 ? table.Header[numberAt] : null);
            var rows = table.Rows.Select(r => (Row: r, Number: numberAt >= 0 ? r.Cells[numberAt] : "")).ToList();
            // Numbers met again under another group ((1)-① under each 基本方針) are told apart by the group's number.
            var repeated = rows.Where(r => r.Number.Length > 0).GroupBy(r => r.Number).Any(g => g.Count() > 1);
            foreach (var (row, printed) in rows)
            {
                // In a numbered table a row without a number is a total (単年度効果額 計), not an item.
                if (numberAt >= 0 && printed.Length == 0) continue;
                var title = titleAt >= 0 ? row.Cells[titleAt] : "";
                var number = printed.Length > 0 ? ItemBuilder.NumberOf(printed) : null;
                if (number is not null && repeated && GroupNumber(row.Group) is { } g) number = $"{g}-{number}";
                var builder = new ItemBuilder(number, printed.Length > 0 ? printed : null, label, title, row.FirstLine);
                var lineRange = new LineRange(row.FirstLine, row.LastLine);
                // A group heading the hierarchy reader knows (基本方針１ …) is placed by it already.
                if (row.Group is { } group && HierarchyHeadings.ReadCell(group) is null) builder.PlaceUnder([Group(group)]);
                for (var c = 0; c < labels.Count; c++)
                    if (c != numberAt && c != titleAt) builder.Add(labels[c], row.Cells[c], lineRange);
                builder.ExtendTo(row.LastLine);
                items.Add(builder);
            }
        }
        // Beside a table of numbered items, an unnumbered one is an outline (基本方針 | 推進項目 | 取組数): no items.
        var numbered = items.Any(i => i.Number is not null);
        return items.Where(i => i.HasFacts && (!numbered || i.Number is not null)).ToList();
    }

    /// <summary>Every table with figures, its rows named by their title (or first) cell.</summary>
    public static IReadOnlyList<DataTable> Figures(IReadOnlyList<MappedLine> lines)
    {
        var tables = new List<DataTable>();
        foreach (var table in LayoutTables.Read(lines))
        {
            var kinds = table.Header.Select(h => FieldLabel.Read(h).Kind).ToList();
            var numberAt = kinds.IndexOf(LabelKind.Number);
            var labelAt = kinds.IndexOf(LabelKind.Title) is >= 0 and var t ? t : numberAt == 0 ? 1 : 0;
            if (labelAt >= table.Header.Count) continue;
            var keep = Enumerable.Range(0, table.Header.Count).Where(c => c != labelAt && c != numberAt).ToList();
            var rows = table.Rows.Where(r => r.Cells[labelAt].Length > 0)
                .Select(r => new DataRow(r.Cells[labelAt], keep.Select(c => Cell(r.Cells[c])).ToList())).ToList();
            if (!rows.Any(r => r.Cells.Any(c => c is not null && c.Any(char.IsDigit)))) continue;
            var title = table.Title.Length > 0 ? table.Title : table.Header[labelAt];
            tables.Add(new DataTable(title, table.Unit, keep.Select(c => table.Header[c]).ToList(), rows,
                new LineRange(table.HeaderLine, table.Rows[^1].LastLine)));
        }
        return tables;
    }

    // －/― in a cell: the document prints that there is no figure; the cell is empty.
    private static string? Cell(string cell) => cell.Trim() is "" or "-" or "－" or "―" or "ー" or "—" or "‐" ? null : cell.Trim();

    // 取組番号 names the kind of item; No. and 番号 name none.
    private static string ItemLabel(string? numberColumn) =>
        numberColumn is not null && numberColumn.Replace("番号", "").Length >= 2 && !numberColumn.StartsWith("No", StringComparison.OrdinalIgnoreCase)
            ? numberColumn.Replace("番号", "") : ItemMarker.DefaultLabel;

    /// <summary>The number a group heading carries: 基本方針２ → 2; none for a heading without one.</summary>
    private static string? GroupNumber(string? group)
    {
        if (group is null) return null;
        var digits = new string(JaText.Nfkc(group).SkipWhile(c => !char.IsDigit(c)).TakeWhile(char.IsDigit).ToArray());
        return digits.Length is > 0 and <= 2 ? digits : null;
    }
}
