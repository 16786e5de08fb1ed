using System.Text;
using System.Text.RegularExpressions;
using Gyokaku.Knowledge.Model;

namespace Gyokaku.Knowledge.Reading.Layouts.Ogori;

/// <summary>
/// Numeric targets an item states per year, read only where the text leaves no doubt:
/// a 計画 paragraph that is nothing but a name and a figure in brackets ("○返礼品数(900品)"), and, for a year
/// with a result, the sentence "○返礼品数700品との計画に対し、実績は831品。" naming the same indicator.
/// Values are kept exactly as printed. Anything looser stays in the texts only.
/// </summary>
public static partial class OgoriIndicators
{
    public static IReadOnlyList<Indicator> Read(IReadOnlyList<YearEntry> years, LineRange lines)
    {
        var targets = new List<(string Name, YearValue Value)>();
        foreach (var year in years.Where(y => y.Plan is not null))
            foreach (var paragraph in year.Plan!.Split('\n'))
                if (PlanTarget().Match(paragraph.Trim()) is { Success: true } m)
                    targets.Add((m.Groups["name"].Value.Trim(), new YearValue(year.Year, m.Groups["value"].Value)));

        var indicators = new List<Indicator>();
        foreach (var group in targets.GroupBy(t => t.Name))
        {
            var planned = group.Select(t => t.Value).ToList();
            var actuals = new List<YearValue>();
            foreach (var year in years.Where(y => y.Result is not null))
                foreach (Match m in ResultSentence().Matches(year.Result!))
                    if (m.Groups["name"].Value.Trim() == group.Key)
                    {
                        planned.Add(new YearValue(year.Year, m.Groups["target"].Value));
                        actuals.Add(new YearValue(year.Year, m.Groups["actual"].Value));
                    }
            indicators.Add(new Indicator(group.Key, null, null, null, planned.OrderBy(v => v.Year).ToList(), actuals, lines));
        }
        return indicators;
    }

    // "○返礼品数(900品)", "○寄附金額(10億円)": the whole paragraph is a name and one figure with a short unit.
    [GeneratedRegex(@"^○(?<name>[^()（）○]{2,40}?)\s*[(（](?<value>\d[\d,.]*[^\d\s()（）,.]{1,3})[)）]$")]
    private static partial Regex PlanTarget();

    // "○返礼品数700品との計画に対し、実績は831品。"
    [GeneratedRegex(@"○(?<name>[^○\d]{2,40}?)(?<target>\d[\d,.]*[^\d\s、。()（）,.]{1,3})との計画に対し、実績は(?<actual>\d[\d,.]*[^\d\s、。()（）,.]{1,3})")]
    private static partial Regex ResultSentence();
}
