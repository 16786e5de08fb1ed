using System.Text.RegularExpressions;
using Gyokaku.Knowledge.Model;

namespace Gyokaku.Knowledge.Reading.Layouts.Yamaguchi;

/// <summary>What a 年度別 数値目標 row yields: an indicator, or only notes (no target set, cells that could not be placed).</summary>
internal sealed record IndicatorRead(Indicator? Indicator, IReadOnlyList<string> Notes);

/// <summary>
/// Reads a 年度別 数値目標 row (name with an optional 【baseline】, 目標値, one cell per year) and its 実績値 row.
/// The extraction drops empty leading cells in some tables: a row with fewer cells than years is aligned
/// to the last year (item 3 prints only its R4 target, "令和4年度までに46%").
/// </summary>
internal static partial class IndicatorReader
{
    private const string NoTarget = "設けません";

    public static bool IsTargetRow(TabRow row) => JpText.Key(row.Head).StartsWith("年度別数値目標", StringComparison.Ordinal);

    public static bool IsActualRow(TabRow row) => row.IndexOf(c => c == "実績値") is >= 0 and <= 3;

    public static IndicatorRead Read(TabRow target, TabRow? actual, IReadOnlyList<FiscalYear> years, Action<int, string> warn)
    {
        var label = target.IndexOf(c => c.StartsWith("目標値", StringComparison.Ordinal));
        var nameEnd = label < 0 ? target.Cells.Count : label;
        var printedName = string.Join(" ", target.NonEmpty(1).Where(c => c.Index < nameEnd).Select(c => c.Text));
        if (printedName.Contains(NoTarget, StringComparison.Ordinal))
            return new IndicatorRead(null, [printedName]);
        if (label < 0)
        {
            warn(target.Line, "年度別 数値目標 row has no 目標値 cell; kept as a note");
            return new IndicatorRead(null, [$"年度別 数値目標: {printedName}"]);
        }

        var (name, baseline, baselineYear, baselineValue) = SplitBaseline(printedName);
        var withOriginal = target.Cell(label).Contains("当初", StringComparison.Ordinal);
        var targets = new List<YearValue>();
        foreach (var (year, value) in Align(target, label, years, "目標値", warn))
            targets.Add(withOriginal ? SplitOriginal(year, value) : new YearValue(year, value));

        // This layout is a plan: its 実績値 rows are blank forms. A value found there is far more likely a
        // target the extraction pushed down a row than a result, so it is kept as a note, not as an actual.
        var notes = new List<string>();
        var actualLabel = actual?.IndexOf(c => c == "実績値") ?? -1;
        if (actual is not null && actualLabel >= 0)
            foreach (var (year, value) in Align(actual, actualLabel, years, "実績値", warn))
            {
                warn(actual.Line, $"実績値 row of '{name}' holds '{value}' ({year}) in a plan whose results are blank; kept as a note, not as an actual");
                notes.Add($"年度別 数値目標「{name}」の実績値欄に「{value}」と印字（{year}の列）");
            }

        var lines = new LineRange(target.Line, actual?.Line ?? target.Line);
        return new IndicatorRead(new Indicator(name, baseline, baselineYear, baselineValue, targets, [], lines), notes);
    }

    /// <summary>The non-empty cells after the label, each paired with its year.</summary>
    private static IEnumerable<(FiscalYear Year, string Value)> Align(TabRow row, int label, IReadOnlyList<FiscalYear> years,
        string what, Action<int, string> warn)
    {
        var cells = row.Cells.Skip(label + 1).ToList();
        // Rows of wide tables carry trailing empty cells of columns that are not years.
        while (cells.Count > years.Count && cells[^1].Length == 0) cells.RemoveAt(cells.Count - 1);
        if (cells.All(c => c.Length == 0)) yield break;
        if (cells.Count > years.Count)
        {
            warn(row.Line, $"{what} row has {cells.Count} cells for {years.Count} years; its values were not placed");
            yield break;
        }
        var offset = years.Count - cells.Count;
        if (offset > 0)
            warn(row.Line, $"{what} row has {cells.Count} cells for {years.Count} years; read as {years[offset]}–{years[^1]} (aligned to the last year)");
        for (var i = 0; i < cells.Count; i++)
            if (cells[i].Length > 0) yield return (years[offset + i], cells[i]);
    }

    private static (string Name, string? Baseline, FiscalYear? Year, string? Value) SplitBaseline(string printed)
    {
        var m = BaselinePattern().Match(printed);
        if (!m.Success) return (printed, null, null, null);
        var name = Spaces().Replace(printed.Remove(m.Index, m.Length), " ").Trim();
        var baseline = m.Groups["b"].Value.Trim();
        var parts = BaselineParts().Match(baseline);
        if (!parts.Success) return (name, baseline, null, null);
        FiscalYear? year = FiscalYear.TryParse(parts.Groups["y"].Value, out var y) ? y : null;
        return (name, baseline, year, parts.Groups["v"].Value.Trim());
    }

    /// <summary>"18.4% (16%)" under 目標値 (当初): the revised target, with the original one as a note.</summary>
    private static YearValue SplitOriginal(FiscalYear year, string value)
    {
        var m = OriginalPattern().Match(value);
        return m.Success
            ? new YearValue(year, m.Groups["v"].Value.Trim(), $"当初 {m.Groups["o"].Value.Trim()}")
            : new YearValue(year, value);
    }

    [GeneratedRegex(@"【(?<b>[^】]*)】")]
    private static partial Regex BaselinePattern();

    [GeneratedRegex(@"^(?<y>.*?年度?)\s*(?<v>\S.*)$")]
    private static partial Regex BaselineParts();

    [GeneratedRegex(@"^(?<v>.+?)\s*[(（](?<o>[^()（）]+)[)）]$")]
    private static partial Regex OriginalPattern();

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex Spaces();
}
