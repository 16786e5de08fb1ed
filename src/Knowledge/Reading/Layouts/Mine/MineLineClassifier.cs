using System.Text;
using System.Text.RegularExpressions;

namespace Gyokaku.Knowledge.Reading.Layouts.Mine;

/// <summary>Recognises the fixed furniture of the 美祢市 report line by line (after NFKC, which also turns the extraction's ⼤/⼩/⾒ radicals into 大/小/見).</summary>
internal static partial class MineLineClassifier
{
    /// <summary>
    /// NFKC, except that № stays № (NFKC would make it "No", and № is how the report marks item numbers).
    /// A CJK Radicals Supplement look-alike NFKC leaves (市⺠との協働) stays as printed: titles quote the document,
    /// and comparison folds it (<see cref="Gyokaku.Analysis.Japanese.RadicalLookalikes"/>).
    /// </summary>
    public static string Nfkc(string s) =>
        s.Replace('№', '\uE000').Normalize(NormalizationForm.FormKC).Replace('\uE000', '№');

    public static bool IsFooter(string line) => Footer().IsMatch(Nfkc(line));

    public static bool IsMajorHeading(string line) => MajorHeading().IsMatch(Nfkc(line));

    public static bool IsMinorHeading(string line) => MinorHeading().IsMatch(Nfkc(line));

    public static bool IsGrade(string line) => Grade().IsMatch(Nfkc(line));

    public static bool IsStatus(string line) => Status().IsMatch(Nfkc(line));

    /// <summary>The column header a line is, or None. "R2" alone is the first half of "R2 / 上半期評価" and is judged by the caller.</summary>
    public static MineHeader HeaderOf(string line)
    {
        var n = Nfkc(line).Trim();
        var plan = n.Contains("年度計画");
        var result = n.Contains("上半期実績");
        if (plan && result) return MineHeader.PlanAndResult;
        // "№ R2年度 年度計画": the № header glued to the plan header on one line.
        var r2 = n.StartsWith("R2年度") || n.StartsWith("№ R2年度");
        if (plan && r2) return MineHeader.Plan;
        if (result && r2) return MineHeader.Result;
        if (n == "上半期評価") return MineHeader.Grade;
        if (n == "実施計画") return MineHeader.Steps;
        if (n == "№") return MineHeader.ItemNumber;
        if (n.StartsWith("実施項目") && n.Contains("行動計画")) return MineHeader.Columns;
        return MineHeader.None;
    }

    /// <summary>An item number on a line of its own, or glued before or after a title.</summary>
    public static NumberMatch? NumberOf(string line)
    {
        var n = line.Trim();
        var m = NumberAlone().Match(n);
        if (m.Success) return new NumberMatch(int.Parse(m.Groups[1].Value), null, n);
        m = NumberFirst().Match(n);
        if (m.Success) return new NumberMatch(int.Parse(m.Groups[1].Value), m.Groups[2].Value.Trim(), n);
        m = NumberLast().Match(n);
        if (m.Success) return new NumberMatch(int.Parse(m.Groups[2].Value), m.Groups[1].Value.Trim(), n);
        return null;
    }

    [GeneratedRegex(@"^\d+\s*実施計画進捗状況報告書")]
    private static partial Regex Footer();

    [GeneratedRegex(@"^大分類\s*\d+\s+\S")]
    private static partial Regex MajorHeading();

    [GeneratedRegex(@"^<小分類\s*\d+\s+.+>$")]
    private static partial Regex MinorHeading();

    [GeneratedRegex(@"^[ABC]$")]
    private static partial Regex Grade();

    [GeneratedRegex(@"^(達成|休止|№\s*\d+\s*に統合)$")]
    private static partial Regex Status();

    [GeneratedRegex(@"^([0-9]{1,2})$")]
    private static partial Regex NumberAlone();

    // "5 人材の確保": ASCII digits, a space, then text that is not itself a header or a count.
    [GeneratedRegex(@"^([0-9]{1,2})[ \u3000]+([^\d\s].*)$")]
    private static partial Regex NumberFirst();

    // "美祢魅力発掘隊の採用8": a Japanese title ending in ASCII digits (the number's cell printed right after it).
    [GeneratedRegex(@"^([^・\s].*[\u3040-\u30FF\u4E00-\u9FFF])([0-9]{1,2})$")]
    private static partial Regex NumberLast();
}

/// <summary>A number found on a line: its value, any text glued to it, and the line as printed.</summary>
internal sealed record NumberMatch(int Value, string? Glued, string Printed);
