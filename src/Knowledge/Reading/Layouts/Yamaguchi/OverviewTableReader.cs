using System.Text.RegularExpressions;
using Gyokaku.Knowledge.Model;

namespace Gyokaku.Knowledge.Reading.Layouts.Yamaguchi;

/// <summary>A 推進項目 as the overview table lists it: number, title and the headings above it.</summary>
internal sealed record OverviewEntry(string Number, string Title, IReadOnlyList<PathSegment> Path, int Line);

/// <summary>
/// Reads the overview table near the start (項目一覧): 基本方針 lines, then rows holding 改革の方向性, 施策,
/// item number and title cells. The extraction shifts cells left or right from row to row, so cells are
/// recognised by their form, not by their column.
/// </summary>
internal static partial class OverviewTableReader
{
    public static IReadOnlyList<OverviewEntry> Read(IEnumerable<TabRow> rows, Action<int, string> warn)
    {
        var entries = new List<OverviewEntry>();
        PathSegment? policy = null, direction = null, measure = null;
        foreach (var row in rows)
        {
            if (!row.HasTabs)
            {
                if (Headings.Policy(row.Text) is { } p) (policy, direction, measure) = (p, null, null);
                continue;
            }
            var cells = row.NonEmpty().Select(c => c.Text).ToList();
            for (var i = 0; i < cells.Count; i++)
            {
                var cell = cells[i];
                if (cell is "施策" or "【推進項目】") continue;
                if (ItemNumber().IsMatch(JpText.Norm(cell)))
                {
                    if (i + 1 >= cells.Count)
                    {
                        warn(row.Line, $"overview row lists item {cell} without a title");
                        continue;
                    }
                    var number = JpText.Norm(cell);
                    var path = new[] { policy, direction, measure }.OfType<PathSegment>().ToList();
                    if (path.Count < 3)
                        warn(row.Line, $"overview places item {number} under an incomplete heading path ({Headings.Describe(path)})");
                    if (entries.Any(e => e.Number == number))
                        warn(row.Line, $"overview lists item {number} twice; the first listing is kept");
                    else
                        entries.Add(new OverviewEntry(number, cells[++i], path, row.Line));
                }
                else if (Headings.Measure(cell) is { } m) measure = m;
                else if (Headings.Direction(cell) is { } d) (direction, measure) = (d, null);
                else warn(row.Line, $"overview cell not understood: '{cell}'");
            }
        }
        return entries;
    }

    [GeneratedRegex(@"^\d{1,3}$")]
    private static partial Regex ItemNumber();
}
