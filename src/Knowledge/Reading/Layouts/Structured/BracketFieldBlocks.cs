using System.Text.RegularExpressions;
using Gyokaku.Knowledge.Model;
using Gyokaku.Knowledge.Text;

namespace Gyokaku.Knowledge.Reading.Layouts.Structured;

/// <summary>
/// Items printed as pages of 【label】value fields, several to a line (【取組番号】１　【取組名】…　【所管】…), each
/// field's text running on under it until the next 【label】. An item opens at the field that numbers it; a
/// hierarchy field printed above it (【基本目標】Ⅰ …) is the next item's. A small table of years inside
/// (区分 令和４年度 令和５年度 … / 目標 18.0％ 24.0％ … / 実績 … / 達成率 …) gives targets, results and rates per year.
/// </summary>
internal static partial class BracketFieldBlocks
{
    public static IReadOnlyList<ItemBuilder> Read(IReadOnlyList<MappedLine> lines)
    {
        var items = new List<ItemBuilder>();
        var block = (ItemBuilder?)null;
        var pendingPath = new List<(FieldLabel, string, int)>();
        (FieldLabel Label, List<string> Text, int Start, int End)? open = null;
        List<FiscalYear>? years = null;
        var rates = new List<string>();
        FiscalYear? resultYear = null;
        var grades = new List<(FieldLabel Label, string Value, int Line)>();

        void Close()
        {
            if (open is { } o && block is not null && o.Text.Count > 0) block.Add(o.Label, string.Join("\n", o.Text), new LineRange(o.Start, o.End));
            open = null;
        }

        void Finish()
        {
            Close();
            if (block is null) return;
            if (rates.Count > 0) block.Add(new FieldLabel("達成率", LabelKind.Section, null), string.Join("、", rates), LineRange.At(block.FirstLine));
            // A grade without a year, on a page reporting one year's results (【令和５年度の取組実績】), grades that year.
            foreach (var (label, value, line) in grades)
                block.Add(resultYear is { } y ? new FieldLabel(label.Text, LabelKind.Evaluation, y) : label, value, LineRange.At(line));
            items.Add(block);
            (block, years, resultYear) = (null, null, null);
            rates.Clear();
            grades.Clear();
        }

        for (var n = 1; n <= lines.Count; n++)
        {
            var line = lines[n - 1];
            var fields = Fields(line);
            if (fields.Count == 0)
            {
                if (line.Normalized.Trim().Length == 0 || block is null) continue;
                if (YearHeader(line.Normalized) is { } header) { Close(); years = header; continue; }
                if (years is not null && YearRow(line, years) is { } row)
                {
                    Close();
                    AddYearRow(block, row.Label, row.Values, years, n, rates);
                    continue;
                }
                years = null;
                if (open is { } current) { current.Text.Add(line.Original.Trim()); open = current with { End = n }; block.ExtendTo(n); }
                continue;
            }
            years = null;
            foreach (var (label, value) in fields)
            {
                if (label.Kind == LabelKind.Number)
                {
                    Finish();
                    block = new ItemBuilder(ItemBuilder.NumberOf(value), value, ItemLabel(label.Text), "", n);
                    foreach (var (l, v, at) in pendingPath) block.Add(l, v, LineRange.At(at));
                    pendingPath.Clear();
                    continue;
                }
                if (label.Kind == LabelKind.PathLevel) { Close(); pendingPath.Add((label, value, n)); continue; }
                if (block is null) continue;
                Close();
                if (label.Year is null && IsGrade(label.Text)) { grades.Add((label, value, n)); continue; }
                if (label.Kind == LabelKind.Result && label.Year is { } y) resultYear = y;
                if (label.Kind is LabelKind.Title or LabelKind.Department && value.Length > 0) block.Add(label, value, LineRange.At(n));
                else open = (label, value.Length > 0 ? [value] : [], n, n);
                block.ExtendTo(n);
            }
        }
        Finish();
        return items.Count >= 2 ? items.Where(i => i.HasFacts).ToList() : [];
    }

    /// <summary>The 【label】value fields of a line, when it opens with one; each value runs to the next 【.</summary>
    private static List<(FieldLabel Label, string Value)> Fields(MappedLine line)
    {
        var found = new List<(FieldLabel, string)>();
        var s = line.Original.Trim();
        if (!s.StartsWith('【')) return found;
        foreach (Match m in Field().Matches(s))
            found.Add((FieldLabel.Read(m.Groups["l"].Value), m.Groups["v"].Value.Trim().Trim('　')));
        return found;
    }

    private static void AddYearRow(ItemBuilder block, string label, IReadOnlyList<string> values, IReadOnlyList<FiscalYear> years, int line, List<string> rates)
    {
        for (var i = 0; i < values.Count && i < years.Count; i++)
        {
            // 達成率 is a rate, not a grade: kept as the item's text of rates, year by year.
            if (JaText.Normalize(label).Contains("達成率")) { if (!IsEmpty(values[i])) rates.Add($"{years[i].Format(FiscalYearStyle.Japanese)} {values[i]}"); continue; }
            block.Add(FieldLabel.Read(years[i].Format(FiscalYearStyle.Japanese) + label), values[i], LineRange.At(line));
        }
        block.ExtendTo(line);
    }

    /// <summary>区分 令和４年度 令和５年度 …: a word, then two fiscal years or more, apart by spaces.</summary>
    private static List<FiscalYear>? YearHeader(string normalized)
    {
        var tokens = normalized.Split([' ', '\t', '　'], StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length < 3 || FiscalYear.TryParse(tokens[0], out _)) return null;
        var years = new List<FiscalYear>();
        foreach (var t in tokens.Skip(1))
        {
            if (!FiscalYear.TryParse(t, out var y)) return null;
            years.Add(y);
        }
        return years;
    }

    /// <summary>目標 18.0％ 24.0％ …: a short label, then one figure (or －) per year from the first.</summary>
    private static (string Label, List<string> Values)? YearRow(MappedLine line, IReadOnlyList<FiscalYear> years)
    {
        var tokens = line.Original.Split([' ', '\t', '　'], StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length < 2 || tokens.Length - 1 > years.Count || tokens[0].Length > 8) return null;
        var values = tokens.Skip(1).ToList();
        return values.All(LayoutTables.IsFigure) ? (tokens[0], values) : null;
    }

    private static bool IsEmpty(string value) => JaText.Nfkc(value).Trim() is "-" or "－" or "―" or "ー" or "—";

    private static bool IsGrade(string label)
    {
        var n = JaText.Normalize(label);
        return n.Contains("評価") || n.Contains("達成度");
    }

    // 取組番号 names the kind of item (取組); 番号 alone names none.
    private static string ItemLabel(string numberLabel) => numberLabel.Replace("番号", "") is { Length: >= 2 } word ? word : ItemMarker.DefaultLabel;

    [GeneratedRegex(@"【(?<l>[^】]{1,15})】(?<v>[^【]*)")]
    private static partial Regex Field();
}
