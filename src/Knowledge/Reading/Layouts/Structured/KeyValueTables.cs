using Gyokaku.Knowledge.Model;

namespace Gyokaku.Knowledge.Reading.Layouts.Structured;

/// <summary>
/// Items printed as two-column tables of label and value (| 取組番号 | 3 |, | 担当課 | 財政課 |), one table per
/// item or one long table where each item starts again at its number or title row.
/// </summary>
internal static class KeyValueTables
{
    public static IReadOnlyList<ItemBuilder> Read(IReadOnlyList<MappedLine> lines)
    {
        var items = new List<ItemBuilder>();
        ItemBuilder? current = null;
        for (var n = 1; n <= lines.Count; n++)
        {
            var line = lines[n - 1];
            if (!TableRow.IsRow(line.Original) && !line.Original.Contains('\t')) { if (line.Original.Trim().Length > 0) Finish(); continue; }
            if (TableRow.IsSeparator(line.Original)) continue;
            var cells = TableRow.Cells(line.Original);
            if (cells.Count != 2 || cells[0].Length is 0 or > 15) { Finish(); continue; }
            var label = FieldLabel.Read(cells[0]);
            var value = cells[1];
            if (label.Kind is LabelKind.Number or LabelKind.Title && value.Length > 0)
            {
                // The row that names an item starts it, unless the item so far has only its other name row.
                var sameItem = current is not null && !current.HasFacts
                    && (label.Kind == LabelKind.Number ? current.Number is null : current.Title.Length == 0);
                if (!sameItem) { Finish(); current = new ItemBuilder(null, null, ItemMarker.DefaultLabel, "", n); }
            }
            current?.Add(label, value, LineRange.At(n));
        }
        Finish();
        return items.Where(i => i.HasFacts && (i.Number is not null || i.Title.Length > 0)).ToList();

        void Finish()
        {
            if (current is not null) items.Add(current);
            current = null;
        }
    }
}
