using System.Text.RegularExpressions;
using Gyokaku.Knowledge.Model;
using Gyokaku.Knowledge.Text;

namespace Gyokaku.Knowledge.Reading.Layouts.Structured;

/// <summary>
/// Plan-wide figures printed as a numbered list, each entry's values on labelled lines under its name:
/// ①経常収支比率（※１） / 基準値 94.1%（令和４年度決算） / 目標値 92.0%以下（令和８年度決算）. Read as one table
/// (a row per entry, a column per label), so 経常収支比率の目標 is the cell where they cross.
/// </summary>
internal static partial class LabelledFigureLists
{
    public static IReadOnlyList<DataTable> Read(IReadOnlyList<MappedLine> lines)
    {
        var tables = new List<DataTable>();
        var entries = new List<(string Name, List<(string Label, string Value)> Values)>();
        int first = 0, last = 0;
        string title = "";
        void Flush()
        {
            if (entries.Count >= 2)
            {
                var columns = entries.SelectMany(e => e.Values.Select(v => v.Label)).Distinct().ToList();
                var rows = entries.Select(e => new DataRow(e.Name, columns.Select(c => e.Values.FirstOrDefault(v => v.Label == c).Value).ToList())).ToList();
                tables.Add(new DataTable(title, null, columns, rows, new LineRange(first, last)));
            }
            entries.Clear();
        }
        for (var i = 0; i < lines.Count; i++)
        {
            var text = lines[i].Original.Trim();
            if (text.Length == 0) continue;
            var entry = Entry().Match(lines[i].Normalized);
            if (entry.Success && i + 1 < lines.Count && Value().IsMatch(lines[i + 1].Original.Trim()))
            {
                if (entries.Count == 0) (first, title) = (i + 1, TitleAbove(lines, i));
                entries.Add((lines[i].OriginalFrom(entry.Groups["t"].Index), []));
                last = i + 1;
                continue;
            }
            var value = Value().Match(text);
            if (value.Success && entries.Count > 0 && last == PreviousNonBlank(lines, i) + 1)
            {
                entries[^1].Values.Add((value.Groups["l"].Value, value.Groups["v"].Value.Trim()));
                last = i + 1;
                continue;
            }
            Flush();
        }
        Flush();
        return tables;
    }

    private static int PreviousNonBlank(IReadOnlyList<MappedLine> lines, int i)
    {
        for (var k = i - 1; k >= 0; k--) if (lines[k].Original.Trim().Length > 0) return k;
        return -1;
    }

    // The heading the list stands under (第４　計画全体の数値目標): the nearest line above that is not a sentence.
    private static string TitleAbove(IReadOnlyList<MappedLine> lines, int i)
    {
        var k = PreviousNonBlank(lines, i);
        var text = k >= 0 ? lines[k].Original.Trim() : "";
        return text.Length is > 0 and <= 30 && !text.EndsWith('。') ? text : "";
    }

    [GeneratedRegex(@"^\s*[①-⑳]\s*(?<t>\S.{1,40})$")]
    private static partial Regex Entry();

    // 基準値　94.1%（令和４年度決算）: a short label of the kind of figure, a gap, the figure.
    [GeneratedRegex(@"^(?<l>(?:基準|目標|現状|実績|現在)値?|(?:基準|目標|現状|実績)(?:年度)?値)[\s　:：]+(?<v>\S*[0-9０-９]\S*.*)$")]
    private static partial Regex Value();
}
