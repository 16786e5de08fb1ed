using Gyokaku.Knowledge.Text;

namespace Gyokaku.Knowledge.Reading.Layouts.Structured;

/// <summary>
/// A header cell spanning several columns, with their own labels on the line below it: 年度別計画 over
/// R7 | R8 | R9 | R10, as <c>pdftotext -layout</c> prints a merged cell. Each label below becomes a column of
/// its own, named by both lines (年度別計画R7 reads as that year's plan), so a row's cell under R9 is found
/// as R9's plan and not glued to R7's.
/// </summary>
internal static class SpanningHeaders
{
    /// <summary>
    /// Splits the header's spanning cells by the labels of <paramref name="tokens"/>, the line below the header;
    /// a label alone under its cell is joined to that cell's name. False, and nothing changed, unless every token
    /// is a short label and at least one cell has two or more labels under it.
    /// </summary>
    public static bool Split(List<(int Start, int End)> columns, List<string> names, IReadOnlyList<LayoutToken> tokens)
    {
        if (tokens.Count < 2 || tokens.Any(t => t.Text.Length > 8 || (LayoutTables.IsFigure(t.Text) && FieldLabel.Read(t.Text).Year is null)))
            return false;
        var under = tokens.Select(t => Owner(columns, t)).ToList();
        if (under.Any(c => c < 0) || under.GroupBy(c => c).All(g => g.Count() < 2)) return false;
        // From the right, so that splitting a cell leaves the indexes of those to its left as they are.
        foreach (var group in under.Select((c, i) => (Column: c, Token: tokens[i])).GroupBy(x => x.Column).OrderByDescending(g => g.Key))
        {
            var c = group.Key;
            var parts = group.Select(x => x.Token).ToList();
            if (parts.Count == 1) { names[c] += parts[0].Text; continue; }
            var parent = names[c];
            columns.RemoveAt(c);
            names.RemoveAt(c);
            columns.InsertRange(c, parts.Select(p => (p.Start, p.End)));
            names.InsertRange(c, parts.Select(p => parent + JaText.Nfkc(p.Text)));
        }
        return true;
    }

    /// <summary>The header cell a label stands under: the one it overlaps, else the last one starting before it.</summary>
    private static int Owner(IReadOnlyList<(int Start, int End)> columns, LayoutToken token)
    {
        var overlapping = Enumerable.Range(0, columns.Count).Where(c => token.Overlap(columns[c].Start, columns[c].End) > 0).ToList();
        if (overlapping.Count > 1) return -1;
        if (overlapping.Count == 1) return overlapping[0];
        return Enumerable.Range(0, columns.Count).LastOrDefault(c => columns[c].Start <= token.Start, -1);
    }
}
