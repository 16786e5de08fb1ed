using Gyokaku.Knowledge.Answering;

namespace Gyokaku.Answers.Tests;

/// <summary>
/// An Excel workbook saved as tab-separated text (eval/extra11's 芽室町): an item sheet with wrapped quoted cells and
/// 推進項目 above each 取組名, an indicator sheet keyed by 取組番号 with a 単位 column, a 財政効果額 sheet with a
/// 計画期間目標 column, progress words (順調 / 概ね順調 / 遅れ) and ※ notes, loaded beside the seeds as the evaluation adds them.
/// </summary>
public sealed class TabWorkbookTests(TabWorkbookTests.Library library) : IClassFixture<TabWorkbookTests.Library>
{
    private const string Memuro = "034_5b1b159bf3351589.txt";

    public sealed class Library() : SeedsBeside("eval/extra11/seeds");

    private Answer Answered(string question) => library.Answered(question, Memuro);

    [Fact]
    public void A_row_whose_content_cell_wraps_keeps_its_department()
    {
        var a = Answered("芽室町で業務委託の推進を所管しているのはどこ？");
        Assert.Contains("学校給食課", a.Text);
    }

    [Fact]
    public void The_second_indicator_of_an_item_answers_with_its_own_figure_and_unit()
    {
        // 2-2-2 has 時間外勤務時間 (155 in R5) and テレワーク実施職員数 (12人 in R5).
        var a = Answered("芽室町のテレワーク実施職員数は令和5年度に何人だった？");
        Assert.Contains("12人", a.Text);
        Assert.DoesNotContain("155", a.Text);
    }

    [Fact]
    public void Items_graded_by_a_progress_word_are_listed()
    {
        var a = Answered("芽室町でR6進捗が「概ね順調」の取組はどれ？");
        Assert.Contains("窓口のワンストップ化", a.Text);
        Assert.DoesNotContain("町民会議の運営", a.Text);
    }

    [Fact]
    public void A_level_under_a_policy_is_listed_by_its_own_titles()
    {
        var a = Answered("芽室町の基本方針3にはどんな推進項目がある？");
        Assert.Contains("歳入の確保", a.Text);
        Assert.Contains("公共施設の最適化", a.Text);
        Assert.DoesNotContain("町有財産の有効活用", a.Text);
    }

    [Fact]
    public void A_total_over_the_plan_period_is_the_period_column_of_the_total_row()
    {
        var a = Answered("芽室町の計画期間を通した効果額の目標は？");
        Assert.Contains("260,000", a.Text);
    }
}
