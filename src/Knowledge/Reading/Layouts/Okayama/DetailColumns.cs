using System.Text;
using System.Text.RegularExpressions;
using Gyokaku.Knowledge.Model;

namespace Gyokaku.Knowledge.Reading.Layouts.Okayama;

/// <summary>
/// Where each column of the detail table is, read from its two header rows:
/// "後期中期計画… | 取組項目 | 年度ごとの取組 | 令和6年度の取組実績" over "&lt;施策&gt; | &lt;展開&gt; | &lt;項目名&gt; | (具体的取組) | &lt;概要&gt; | R3 … R7".
/// </summary>
internal sealed partial record DetailColumns(
    int Measure,
    int Development,
    int Item,
    int Concrete,
    int Overview,
    IReadOnlyList<(FiscalYear Year, int Column)> Years,
    int Result,
    FiscalYear? ResultYear)
{
    public int Count => new[] { Measure, Development, Item, Concrete, Overview, Result }
        .Concat(Years.Select(y => y.Column)).Max() + 1;

    /// <summary>True for the label row (the one with &lt;施策&gt; and &lt;概要&gt;), in either width of angle brackets.</summary>
    public static bool IsLabelRow(string line) =>
        line.Contains('\t') && Normalize(line) is var n && n.Contains("<施策>") && n.Contains("<概要>");

    /// <summary>True for the row above the labels (年度ごとの取組 / …実績).</summary>
    public static bool IsGroupRow(string line) =>
        line.Contains('\t') && Normalize(line) is var n && n.Contains("年度ごとの取組");

    /// <summary>The columns from the label row and, when present, the group row above it; null when the labels are unreadable.</summary>
    public static DetailColumns? From(string labelRow, string? groupRow)
    {
        var labels = Normalize(labelRow).Split('\t').Select(c => c.Trim()).ToList();
        int Find(Func<string, bool> match) => labels.FindIndex(c => match(c));
        var measure = Find(c => c == "<施策>");
        var development = Find(c => c == "<展開>");
        var item = Find(c => c == "<項目名>");
        var concrete = Find(c => c.Contains("具体的取組"));
        var overview = Find(c => c == "<概要>");
        var years = labels
            .Select((c, i) => (Cell: c, Column: i))
            .Where(x => ShortYear().IsMatch(x.Cell) && FiscalYear.TryParse(x.Cell, out _))
            .Select(x => (FiscalYear.Parse(x.Cell), x.Column))
            .ToList();
        if (measure < 0 || development < 0 || item < 0 || overview < 0 || years.Count == 0) return null;

        // The 実績 column is named only in the group row; without it, it is the column after the last year.
        var result = years[^1].Column + 1;
        FiscalYear? resultYear = null;
        if (groupRow is not null)
        {
            var groups = Normalize(groupRow).Split('\t').Select(c => c.Trim()).ToList();
            var at = groups.FindIndex(c => c.Contains("実績"));
            if (at >= 0)
            {
                result = at;
                resultYear = FiscalYear.FindAll(groups[at]).Select(y => (FiscalYear?)y.Year).FirstOrDefault();
            }
        }
        return new DetailColumns(measure, development, item, concrete, overview, years, result, resultYear);
    }

    private static string Normalize(string s) => s.Normalize(NormalizationForm.FormKC);

    [GeneratedRegex(@"^[RH]\d{1,2}$")]
    private static partial Regex ShortYear();
}
