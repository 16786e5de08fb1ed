using Gyokaku.Knowledge.Model;
using Gyokaku.Knowledge.Text;

namespace Gyokaku.Knowledge.Answering;

/// <summary>What kind of statement a fact is, so an intent can pick the facts that may answer it.</summary>
public enum FactKind { Title, Department, Section, Plan, Result, Evaluation, Target, Baseline, Actual, Note, Field }

/// <summary>
/// One statement the document makes about an item, as printed (<see cref="Text"/>), with what it is
/// about: its kind, label, year, activity and indicator. Answers quote facts; they never compose numbers.
/// </summary>
public sealed record Fact(FactKind Kind, string Label, string Text, FiscalYear? Year = null, string? Activity = null, string? Indicator = null, string? Term = null)
{
    public string Normalized { get; } = JaText.Normalize(Text);
}

/// <summary>Flattens every typed part of a <see cref="PlanItem"/> into facts, whatever reader produced it.</summary>
public static class ItemFacts
{
    public static IReadOnlyList<Fact> Of(PlanItem item)
    {
        var facts = new List<Fact> { new(FactKind.Title, "項目名", item.Title) };
        if (item.Departments.Count > 0)
            facts.Add(new Fact(FactKind.Department, "担当", FormatDepartments(item.Departments)));
        foreach (var s in item.Sections) facts.Add(FromLabelled(s.Label, s.Text, FactKind.Section));
        foreach (var y in item.Years)
        {
            var label = y.Year + (y.Term ?? "");
            if (!string.IsNullOrWhiteSpace(y.Plan)) facts.Add(new Fact(FactKind.Plan, label + " 計画", y.Plan!, y.Year, y.Activity, Term: y.Term));
            if (!string.IsNullOrWhiteSpace(y.Result)) facts.Add(new Fact(FactKind.Result, label + " 実績", y.Result!, y.Year, y.Activity, Term: y.Term));
            if (!string.IsNullOrWhiteSpace(y.Evaluation)) facts.Add(new Fact(FactKind.Evaluation, label + " 評価", y.Evaluation!, y.Year, y.Activity, Term: y.Term));
        }
        foreach (var ind in item.Indicators)
        {
            if (!string.IsNullOrWhiteSpace(ind.Baseline) || ind.BaselineValue is not null)
                facts.Add(new Fact(FactKind.Baseline, "基準値", ind.Baseline ?? ind.BaselineValue!, ind.BaselineYear, Indicator: ind.Name));
            foreach (var t in ind.Targets)
                facts.Add(new Fact(FactKind.Target, t.Year + " 目標値", t.Note is null ? t.Value : $"{t.Value}（{t.Note}）", t.Year, Indicator: ind.Name));
            foreach (var a in ind.Actuals)
                facts.Add(new Fact(FactKind.Actual, a.Year + " 実績値", a.Value, a.Year, Indicator: ind.Name));
        }
        foreach (var note in item.Notes) facts.Add(new Fact(FactKind.Note, "備考", note));
        foreach (var f in item.Fields) facts.Add(FromLabelled(f.Label, f.Value, FactKind.Field));
        return facts;
    }

    public static string FormatDepartments(IEnumerable<Department> departments) =>
        string.Join("、", departments.Select(d => d.Lead ? $"{d.Name}（主）" : d.Name));

    /// <summary>A labelled text whose label says what it is (R4年度実績, 年度計画達成度, 目標) is typed by its label.</summary>
    private static Fact FromLabelled(string label, string text, FactKind fallback)
    {
        var norm = JaText.Normalize(label);
        var year = FiscalYear.FindAll(label).Select(m => (FiscalYear?)m.Year).FirstOrDefault();
        var kind = norm switch
        {
            _ when norm.Contains("評価") || norm.Contains("達成度") => FactKind.Evaluation,
            _ when norm.Contains("実績") => FactKind.Result,
            _ when norm.Contains("計画") && year is not null => FactKind.Plan,
            _ when norm.Contains("担当") => FactKind.Department,
            _ => fallback,
        };
        return new Fact(kind, label, text, year);
    }
}
