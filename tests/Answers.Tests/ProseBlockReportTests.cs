using Gyokaku.Knowledge.Answering;

namespace Gyokaku.Answers.Tests;

/// <summary>
/// A one-year progress report of prose blocks per 取組, numbered under Roman-numbered 推進項目 (eval/extra11's 延岡市:
/// 取組Ⅱ－３ under 推進項目Ⅱ), loaded beside the seeds as the evaluation adds it: its items are asked by their printed
/// numbers, its levels and grades listed, and its table's year columns told apart by what is asked.
/// </summary>
public sealed class ProseBlockReportTests(ProseBlockReportTests.Library library) : IClassFixture<ProseBlockReportTests.Library>
{
    private const string Nobeoka = "033_21f5ee3ab551c629.txt";

    /// <summary>The seeds and eval/extra11's documents in one temporary folder, loaded once.</summary>
    public sealed class Library() : SeedsBeside("eval/extra11/seeds");

    private Answer Answered(string question) => library.Answered(question, Nobeoka);

    [Fact]
    public void An_item_is_asked_by_its_roman_compound_number()
    {
        var a = Answered("延岡市の取組Ⅲ－３、令和５年度はどう評価された？");
        Assert.Contains("使用料・手数料の適正化", a.Text);
        Assert.Contains("Ｃ", a.Text);
        // A number the plan does not have is no other item's.
        Assert.Equal(AnswerStatus.NotFound, library.Ask("延岡市の取組Ⅳ－２の担当課は？").Status);
    }

    [Fact]
    public void The_levels_above_the_items_are_listed_when_the_plan_is_named_by_its_title()
    {
        // 行財政改革推進計画 names the plan: its 計画 asks for no schedule.
        var a = Answered("延岡市の行財政改革推進計画にはどんな推進項目があるの？");
        Assert.Contains("市民サービスの向上", a.Text);
        Assert.Contains("健全な財政基盤の確立", a.Text);
        var under = Answered("延岡市の推進項目Ⅲに入っている取組を教えて");
        Assert.Contains("市債残高の抑制", under.Text);
        Assert.DoesNotContain("職員の人材育成", under.Text);
    }

    [Fact]
    public void Items_are_listed_by_a_grade_written_before_its_word()
    {
        var a = Answered("延岡市でＳ評価になった取組はどれ？");
        Assert.Contains("行政手続のオンライン化", a.Text);
        Assert.DoesNotContain("窓口サービスの改善", a.Text);
    }

    [Fact]
    public void A_wrapped_years_plan_is_answered_whole()
    {
        var a = Answered("延岡市の窓口サービスの改善、Ｒ７は何をする予定？");
        Assert.Contains("運用・効果検証", a.Text);
    }

    [Fact]
    public void A_years_result_and_target_columns_are_told_apart_by_the_ask()
    {
        var done = Answered("延岡市の令和５年度の財政効果額は合計でいくらになった？");
        Assert.Contains("114,600", done.Text);
        var aimed = Answered("延岡市の令和５年度の財政効果額の目標は合計いくら？");
        Assert.Contains("180,000", aimed.Text);
    }

    [Fact]
    public void A_target_of_a_year_past_the_plan_is_not_found()
    {
        Assert.Equal(AnswerStatus.NotFound, library.Ask("延岡市の一般会計市債残高、令和９年度の目標値は？").Status);
    }
}
