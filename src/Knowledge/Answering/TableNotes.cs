using Gyokaku.Knowledge.Model;

namespace Gyokaku.Knowledge.Answering;

/// <summary>
/// The ※ remark printed just under a table about one of its columns (※Ｒ６は基準策定の年度であり…):
/// quoted when that column's cell is empty, as the document's own reason for the gap.
/// </summary>
internal static class TableNotes
{
    public static string? For(PlanDocument doc, DataTable table, string column)
    {
        var years = FiscalYear.FindAll(column).Select(y => y.Year).ToHashSet();
        var label = Text.JaText.Normalize(column);
        return doc.Passages
            .Where(p => p.Lines.End > table.Lines.End && p.Lines.Start <= table.Lines.End + 3)
            .SelectMany(p => p.Text.Split('\n'))
            .Select(l => l.Trim())
            .FirstOrDefault(l => l.StartsWith('※') && (FiscalYear.FindAll(l).Any(y => years.Contains(y.Year)) || Text.JaText.Normalize(l).Contains(label)));
    }
}
