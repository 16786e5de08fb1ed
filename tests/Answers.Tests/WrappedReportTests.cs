using Gyokaku.Knowledge.Answering;
using Gyokaku.Knowledge.Search;

namespace Gyokaku.Answers.Tests;

/// <summary>
/// A yearly progress report in a layout no reader was written for (WrappedReport/nishimine_wrapped.txt): a title
/// line naming no 計画 above a body sentence that quotes the plan's name, a grade tally by column, an item table
/// whose tab-separated cells wrap onto following lines, a page of the same table printed one cell per line, and
/// a two-column 効果額 table. Loaded beside the seeds and asked what a reader of such a report asks.
/// </summary>
public sealed class WrappedReportTests(WrappedReportTests.Library library) : IClassFixture<WrappedReportTests.Library>
{
    private const string Report = "nishimine_wrapped.txt";

    /// <summary>The seeds and the report in one temporary folder, loaded once.</summary>
    public sealed class Library() : SeedsBeside("tests/Answers.Tests/WrappedReport");

    private Answer Answered(string question)
    {
        var a = new AnswerService(library.Kb).Ask(question);
        Assert.True(a.Status == AnswerStatus.Answered, $"{question} → {a.Status}: {a.Text}");
        Assert.Contains(a.Citations, c => c.Document == Report);
        return a;
    }

    [Fact]
    public void The_title_is_the_reports_own_line_not_the_sentence_quoting_the_plan()
    {
        var a = Answered("西峰市の相談窓口の集約の担当課は？");
        Assert.StartsWith("【西峰市行政改革の取組状況】", a.Text);
        Assert.DoesNotContain("本報告書", a.Text);
    }

    [Fact]
    public void A_department_cell_wrapped_onto_the_next_line_names_both_units()
    {
        var a = Answered("西峰市の相談窓口の集約の担当課は？");
        Assert.Contains("市民課", a.Text);
        Assert.Contains("福祉課", a.Text);
    }

    [Fact]
    public void Two_grades_asked_together_list_the_items_of_either()
    {
        var a = Answered("西峰市でＣかＤ評価だった取組はどれ？");
        foreach (var title in new[] { "相談窓口の集約", "印刷経費の削減", "施設予約の委託" }) Assert.Contains(title, a.Text);
        Assert.DoesNotContain("窓口予約システムの導入", a.Text);
        Assert.DoesNotContain("職員研修の充実", a.Text);
    }

    [Fact]
    public void A_grade_count_quotes_the_tally_tables_total_row()
    {
        var a = Answered("西峰市でＡ評価は何項目？");
        Assert.Contains("合計 Ａ 2", a.Text);
    }

    [Fact]
    public void A_grade_asked_of_an_item_whose_title_names_a_cost_is_the_grade()
    {
        var a = Answered("西峰市の印刷経費の削減、R6の評価は？");
        Assert.Contains("Ｃ", a.Text);
    }

    [Fact]
    public void A_change_asked_in_the_past_tense_is_the_result_not_the_plan()
    {
        var a = Answered("西峰市の時間外勤務、令和6年度は前年度比で何%減った？");
        Assert.Contains("7.1%", a.Text);
        Assert.DoesNotContain("前年度比5%", a.Text);
    }

    [Fact]
    public void The_effect_total_comes_from_the_two_column_amount_table()
    {
        var a = Answered("西峰市の行政改革、R6年度の効果額の合計は？");
        Assert.Contains("9,920", a.Text);
    }
}
