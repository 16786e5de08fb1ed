using System.Text.RegularExpressions;
using Gyokaku.Knowledge.Model;
using Gyokaku.Knowledge.Text;

namespace Gyokaku.Knowledge.Answering;

/// <summary>
/// A report's own count of the items that got a grade (Ａ評価は何項目あった？): a table row headed by the grade
/// (◎ ３ 18.8%) or a line that starts with it and a count (Ａ　３項目（取組番号１、２、５）, ◎が３取組). The
/// document's own figure is quoted: it holds items a reader may not have tied to their grades.
/// </summary>
internal static partial class GradeTally
{
    /// <summary>True when the question asks how many, not which.</summary>
    public static bool Asked(string normalizedQuestion) => CountAsk().IsMatch(normalizedQuestion);

    /// <summary>The document's tally lines for <paramref name="grade"/>, each with the passage it is printed in; empty when it prints none.</summary>
    public static IReadOnlyList<(string Text, LineRange Lines)> Find(PlanDocument doc, string grade)
    {
        var g = JaText.Normalize(grade);
        var found = new List<(string, LineRange)>();
        foreach (var table in doc.Tables)
            foreach (var row in table.Rows.Where(r => JaText.Normalize(r.Label) == g))
            {
                var cells = table.Columns.Select((c, i) => i < row.Cells.Count && !string.IsNullOrWhiteSpace(row.Cells[i]) ? $"{c} {row.Cells[i]}" : null).OfType<string>();
                found.Add(($"{table.Title}：{row.Label} " + string.Join("、", cells), table.Lines));
            }
        // A table of counts by grade (基本方針 | Ａ | Ｂ | Ｃ | 計): the grade's column in its total row.
        foreach (var table in doc.Tables)
        {
            var column = table.Columns.ToList().FindIndex(c => JaText.Normalize(c) == g);
            var total = table.Rows.LastOrDefault(r => JaText.Normalize(r.Label) is "合計" or "計" or "総計" or "total");
            if (column < 0 || total is null || column >= total.Cells.Count || string.IsNullOrWhiteSpace(total.Cells[column])) continue;
            found.Add(($"{table.Title}：{total.Label} {table.Columns[column]} {total.Cells[column]}", table.Lines));
        }
        var pattern = TallyLine(g);
        foreach (var passage in doc.Passages)
        {
            var lines = passage.Text.Split('\n');
            for (var i = 0; i < lines.Length; i++)
                if (pattern.IsMatch(JaText.Normalize(lines[i])))
                    found.Add((JaText.Clean(lines[i]), passage.Lines));
        }
        return found.DistinctBy(f => f.Item1).ToList();
    }

    // The grade heads the line (Ａ　３項目), or is followed by が and a count in a sentence (◎が３取組、○が８取組);
    // a letter inside a word is no grade.
    private static Regex TallyLine(string grade)
    {
        var g = Regex.Escape(grade);
        var count = @"[0-9]+(?:つの)?(?:項目|件|取組|事業|施策|本)";
        return new Regex($@"^{g}(?:評価)?[:：]?{count}|(?<![a-z0-9]){g}(?:評価)?が{count}");
    }

    [GeneratedRegex(@"何項目|何件|何取組|何個|いくつ|幾つ|件数|項目数|how many|number of")]
    private static partial Regex CountAsk();
}
