using Gyokaku.Knowledge.Model;

namespace Gyokaku.Knowledge.Reading.Layouts.Structured;

/// <summary>
/// Items printed as tables of labels and values — | 取組番号 | 3 |, | 担当課 | 財政課 |, or several pairs on one row
/// (| 項目番号 | No.1 | 項目名 | … | 担当課 | 財政課 |) — one table per item, or one long table where each item
/// starts again at its number or title row.
/// </summary>
internal static class KeyValueTables
{
    private const int MaxLabelLength = 15;

    public static IReadOnlyList<ItemBuilder> Read(IReadOnlyList<MappedLine> lines)
    {
        var items = new List<ItemBuilder>();
        ItemBuilder? current = null;
        for (var n = 1; n <= lines.Count; n++)
        {
            var line = lines[n - 1];
            if (!TableRow.IsRow(line.Original) && !line.Original.Contains('\t')) { if (line.Original.Trim().Length > 0) Finish(); continue; }
            if (TableRow.IsSeparator(line.Original)) continue;
            // A row that is no label and value (a header of figures) is passed over; the item goes on.
            foreach (var (label, value) in Pairs(TableRow.Cells(line.Original)))
            {
                if (label.Kind is LabelKind.Number or LabelKind.Title && value.Length > 0)
                {
                    // The row that names an item starts it, unless the item so far has only its other name.
                    var sameItem = current is not null && !current.HasFacts
                        && (label.Kind == LabelKind.Number ? current.Number is null : current.Title.Length == 0);
                    if (!sameItem) { Finish(); current = new ItemBuilder(null, null, ItemMarker.DefaultLabel, "", n); }
                }
                current?.Add(label, value, LineRange.At(n));
            }
        }
        Finish();
        return items.Where(i => i.HasFacts && (i.Number is not null || i.Title.Length > 0)).ToList();

        void Finish()
        {
            if (current is not null) items.Add(current);
            current = null;
        }
    }

    /// <summary>
    /// The label/value pairs of a row: label | value; label | value | label | value … when every label is one
    /// this reader knows; or a known label followed by cells that all belong to it.
    /// </summary>
    private static IReadOnlyList<(FieldLabel Label, string Value)> Pairs(IReadOnlyList<string> cells)
    {
        var filled = cells.Where(c => c.Length > 0).ToList();
        if (filled.Count < 2 || cells[0].Length is 0 or > MaxLabelLength) return [];
        if (filled.Count == 2) return [(FieldLabel.Read(filled[0]), filled[1])];
        if (filled.Count % 2 == 0)
        {
            var pairs = Enumerable.Range(0, filled.Count / 2).Select(i => (Label: FieldLabel.Read(filled[2 * i]), Value: filled[2 * i + 1])).ToList();
            if (pairs.All(p => p.Label.Known && p.Label.Text.Length <= MaxLabelLength)) return pairs;
        }
        var first = FieldLabel.Read(filled[0]);
        return first.Known ? [(first, string.Join(" ", filled.Skip(1)))] : [];
    }
}
