namespace Gyokaku.Knowledge.Model;

/// <summary>
/// One unit of work of a plan (推進項目, 実施項目, 取組, 取組項目, 具体的取組) with everything the document states about it.
/// A field the document does not state stays empty: nothing is inferred from a neighbouring item.
/// </summary>
/// <param name="Key">Unique within the document; equals <see cref="Number"/> when the item is numbered.</param>
/// <param name="Number">The item's own number as a plain string ("37", "5", "1-1-③-a"); null when the plan does not number its items.</param>
/// <param name="Label">What the document calls this kind of item: 推進項目, 実施項目, 取組, 取組項目, 具体的取組.</param>
/// <param name="Title">The item's title as printed.</param>
/// <param name="Path">Where it sits: 基本方針 → 施策 → …, outermost first.</param>
/// <param name="Departments">Who owns it; the lead marked when the document marks one.</param>
/// <param name="Sections">Its labelled texts: 実施目的, 実施内容, 現状・課題, 目標, 概要, 実施計画 …</param>
/// <param name="Years">Per fiscal year (and per activity when the item has several): plan, result, evaluation.</param>
/// <param name="Indicators">Numeric targets with baseline, target per year and actual per year.</param>
/// <param name="Notes">Other remarks printed with the item (統合, 休止, ※ notes …).</param>
/// <param name="Lines">Where the item is in the source file.</param>
public sealed record PlanItem(
    string Key,
    string? Number,
    string Label,
    string Title,
    IReadOnlyList<PathSegment> Path,
    IReadOnlyList<Department> Departments,
    IReadOnlyList<TextSection> Sections,
    IReadOnlyList<YearEntry> Years,
    IReadOnlyList<Indicator> Indicators,
    IReadOnlyList<string> Notes,
    LineRange Lines)
{
    /// <summary>The number as printed, e.g. "No.5", "№ 21", "推進項目 37", "③ a)".</summary>
    public string? PrintedNumber { get; init; }

    /// <summary>Layout-specific facts with a label (大分類, 見直し区分, 前期取組名, 戦略区分 …).</summary>
    public IReadOnlyList<Field> Fields { get; init; } = [];

    /// <summary>The key of the item this one belongs to (a 具体的取組's 取組項目), if any.</summary>
    public string? ParentKey { get; init; }

    public string? Section(string label) =>
        Sections.FirstOrDefault(s => s.Label == label)?.Text;

    public string? Field(string label) =>
        Fields.FirstOrDefault(f => f.Label == label)?.Value;
}

/// <summary>A level of a plan's hierarchy: ("基本方針", "I", "協働・官民連携の推進").</summary>
public sealed record PathSegment(string Level, string? Number, string Title)
{
    public override string ToString() => Number is null ? $"{Level} {Title}" : $"{Level}{Number} {Title}";
}

/// <summary>A unit named as owning an item; <paramref name="Lead"/> marks the lead ((主) in Yamaguchi, 主担当課 in 002).</summary>
public sealed record Department(string Name, bool Lead = false);

/// <summary>A labelled fact of an item that has no typed field of its own.</summary>
public sealed record Field(string Label, string Value);

/// <summary>
/// What an item plans, achieved and was graded for one fiscal year.
/// <paramref name="Activity"/> names the sub-activity (① …) when the item schedules several; null for the item as a whole.
/// </summary>
/// <param name="Year">The fiscal year.</param>
/// <param name="Activity">The sub-activity's title, with its marker (①市政への…), or null.</param>
/// <param name="Plan">The plan for the year with → resolved to the word it continues.</param>
/// <param name="PrintedPlan">The plan cell exactly as printed ("→"), when it differs from <paramref name="Plan"/>.</param>
/// <param name="Result">What was achieved (実績), as printed; null when the document leaves it empty.</param>
/// <param name="Evaluation">The grade or achievement (A/B/C, 達成, 休止, 100%), as printed.</param>
/// <param name="Term">A part of the year the entry covers (上半期), when not the whole year.</param>
public sealed record YearEntry(
    FiscalYear Year,
    string? Activity,
    string? Plan,
    string? PrintedPlan,
    string? Result,
    string? Evaluation,
    string? Term = null);

/// <summary>A numeric target (数値目標, 指標) with its baseline and values per year, all kept as printed (with units).</summary>
/// <param name="Name">The indicator as printed.</param>
/// <param name="Baseline">The baseline text as printed (平成28年度 959人), or null.</param>
/// <param name="BaselineYear">The baseline's year, when stated.</param>
/// <param name="BaselineValue">The baseline's value with its unit (959人), when stated.</param>
/// <param name="Targets">Target per year.</param>
/// <param name="Actuals">Actual per year (empty when the document leaves 実績 blank).</param>
public sealed record Indicator(
    string Name,
    string? Baseline,
    FiscalYear? BaselineYear,
    string? BaselineValue,
    IReadOnlyList<YearValue> Targets,
    IReadOnlyList<YearValue> Actuals,
    LineRange Lines);

/// <summary>A value for one year, as printed; <paramref name="Note"/> carries e.g. the original (当初) value.</summary>
public sealed record YearValue(FiscalYear Year, string Value, string? Note = null);
