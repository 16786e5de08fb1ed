using Gyokaku.Knowledge.Model;

namespace Gyokaku.Knowledge.Reading.Layouts.Okayama;

/// <summary>
/// A detail row's 年度ごとの取組 (R3 … R7) and its 実績 as year entries: each year's plan with → resolved
/// against the year before, the 実績 on the year it reports.
/// </summary>
internal static class OkayamaYears
{
    public static IReadOnlyList<YearEntry> Read(DetailRow row, FiscalYear? resultYear, string file, ICollection<ReadWarning> warnings)
    {
        var entries = new List<YearEntry>();
        var result = Clean(row.Result, "実績", row, file, warnings);
        string? previous = null;
        foreach (var (year, cell) in row.Plans)
        {
            var resolved = PlanArrows.Resolve(Clean(cell, year.ToString(), row, file, warnings), previous);
            if (resolved.Problem is not null)
                warnings.Add(new ReadWarning(file, row.Lines.Start, $"{row.Name} {year}: {resolved.Problem}"));
            previous = resolved.Plan;
            var yearResult = year == resultYear && result.Length > 0 ? result : null;
            if (resolved.Plan is null && resolved.Printed is null && yearResult is null) continue;
            entries.Add(new YearEntry(year, null, resolved.Plan, resolved.Printed, yearResult, null));
        }
        // A 実績 for a year with no plan column still belongs to its year.
        if (result.Length > 0 && resultYear is { } y && entries.All(e => e.Year != y) && row.Plans.All(p => p.Year != y))
            entries.Add(new YearEntry(y, null, null, null, result, null));
        return entries;
    }

    /// <summary>The cell without HTML; a tag cut off by the extraction is reported.</summary>
    public static string Clean(string cell, string column, DetailRow row, string file, ICollection<ReadWarning> warnings)
    {
        var clean = HtmlCell.Clean(cell);
        if (clean.HadBrokenTag)
            warnings.Add(new ReadWarning(file, row.Lines.Start, $"{row.Name} {column}: unclosed HTML tag removed"));
        return clean.Text;
    }
}
