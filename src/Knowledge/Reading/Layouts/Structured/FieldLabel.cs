using Gyokaku.Knowledge.Model;
using Gyokaku.Knowledge.Text;

namespace Gyokaku.Knowledge.Reading.Layouts.Structured;

/// <summary>What a label (of a labelled line, or of a table column) says its value is.</summary>
internal enum LabelKind
{
    Number, Title, Department, PathLevel, IndicatorName, Baseline,
    Target, Result, Evaluation, Plan, Section, Field,
}

/// <summary>A label read: its kind, and the fiscal year it names (R6目標, 令和5年度実績), if any.</summary>
internal sealed record FieldLabel(string Text, LabelKind Kind, FiscalYear? Year)
{
    // Words by which Japanese reform plans label an item's parts, whatever the layout.
    private static readonly string[] NumberWords = ["no", "no.", "番号", "項目番号", "取組番号", "通番", "#", "整理番号"];
    private static readonly string[] TitleWords = ["取組名", "取組項目", "取組項目名", "項目名", "事業名", "名称", "実施項目", "推進項目", "取組", "項目", "事業", "取組事項", "改革項目", "取り組み", "取組み"];
    private static readonly string[] DepartmentWords = ["担当", "所管", "部署", "部局", "主管", "推進課", "実施課", "関係課", "関係部署", "関連課", "協力課"];
    private static readonly string[] PathWords = ["基本方針", "施策", "基本目標", "重点項目", "重点取組", "分野", "改革の柱", "柱", "大分類", "中分類", "小分類", "取組方針", "推進方針", "方針"];
    private static readonly string[] SectionWords = ["内容", "概要", "現状", "課題", "目的", "目標", "効果", "方針", "手法", "方法", "背景", "スケジュール", "実績", "評価", "達成", "計画", "進捗", "成果", "取組状況", "今後"];

    /// <summary>Whether a short text is a label this reader knows (used where no ：separates label and value).</summary>
    public bool Known => Kind != LabelKind.Field;

    public static FieldLabel Read(string label)
    {
        var n = Clean(label);
        var year = FiscalYear.FindAll(n).Select(m => (FiscalYear?)m.Year).FirstOrDefault();
        return new FieldLabel(label.Trim(), Classify(n, year), year);
    }

    /// <summary>
    /// What this label would hold in a column of one year: 計画値 under 令和５年度 is that year's plan,
    /// 達成率 its grade. Used where a label's values run across year columns printed apart from it.
    /// </summary>
    public FieldLabel ForYear(FiscalYear year) => this with { Kind = Classify(Clean(Text), year), Year = year };

    /// <summary>A label that heads the year columns themselves (年度 | 令和５年度 | 令和６年度 …).</summary>
    public bool IsYearHeader => Clean(Text) is "年度" or "年度別" or "年次" or "区分";

    private static string Clean(string label) => JaText.Normalize(label).Trim('【', '】', '[', ']', '<', '>', '(', ')', '■', '●', '◆', '○', '・');

    private static LabelKind Classify(string n, FiscalYear? year)
    {
        if (n.Length == 0) return LabelKind.Field;
        if (year is not null)
        {
            // A year column says what it holds by one word; grades before results (実績評価 is a grade).
            if (n.Contains("基準") || n.Contains("現状値")) return LabelKind.Baseline;
            if (n.Contains("評価") || n.Contains("達成") || n.Contains("進捗")) return LabelKind.Evaluation;
            // 令和６年度の取組状況: what was done that year is its result.
            if (n.Contains("実績") || n.Contains("結果") || n.Contains("取組状況") || n.Contains("成果")) return LabelKind.Result;
            if (n.Contains("目標")) return LabelKind.Target;
            if (n.Contains("計画") || n.Contains("予定") || n.Contains("取組内容")) return LabelKind.Plan;
            // A column headed by a year alone (R6 | R7 | R8) is a plan's schedule, as reform plans print it.
            if (FiscalYear.TryParse(n, out _)) return LabelKind.Plan;
            return LabelKind.Field;
        }
        if (NumberWords.Contains(n)) return LabelKind.Number;
        if (TitleWords.Contains(n)) return LabelKind.Title;
        if (DepartmentWords.Any(n.Contains) && n.Length <= 6 && !n.Contains('者')) return LabelKind.Department;
        if (PathWords.Contains(n)) return LabelKind.PathLevel;
        // 指標No. numbers the indicator, not the item, and names nothing: the 指標名 beside it does.
        if (n.Contains("指標") && (n.EndsWith("no", StringComparison.Ordinal) || n.EndsWith("no.", StringComparison.Ordinal) || n.EndsWith("番号", StringComparison.Ordinal))) return LabelKind.Field;
        if (n.Contains("指標") && !n.Contains("値")) return LabelKind.IndicatorName;
        if (n is "基準値" or "現状値" or "基準" or "基準年度" || n.StartsWith("基準値", StringComparison.Ordinal)) return LabelKind.Baseline;
        if (SectionWords.Any(n.Contains)) return LabelKind.Section;
        return LabelKind.Field;
    }
}
