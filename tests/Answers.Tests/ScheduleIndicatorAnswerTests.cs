using Gyokaku.Knowledge.Answering;
using Gyokaku.Knowledge.Search;

namespace Gyokaku.Answers.Tests;

/// <summary>
/// Questions about a 取組一覧 of two-line items (row: number, title, unit, a step per year; under it: indicator,
/// baseline with its year, target): the year of a step, only the asked cell of the indicator, every unit.
/// </summary>
public sealed class ScheduleIndicatorAnswerTests(ScheduleIndicatorAnswerTests.Library library) : IClassFixture<ScheduleIndicatorAnswerTests.Library>
{
    private const string Text = """
        東浜市行政改革推進計画
        （令和７年度～令和１１年度）

        １ 計画期間
        令和７年度から令和１１年度までの５年間とします。

        ２ 取組一覧
        基本方針１ 窓口サービスの向上
        番号 取組項目 担当課 年度別スケジュール 数値目標
        R7 R8 R9 R10 R11 指標 現状値 目標値
        1 電子申請の拡大 デジタル推進課 拡充 → → → →
        電子申請できる手続数 40手続（R5） 150手続

        2 おくやみ窓口の設置 市民課 検討 準備 試行 実施 →
        おくやみ窓口の利用件数 0件（R5） 600件

        3 公共施設予約システムの
        再構築 施設管理課 検討 構築 稼働 → →
        関係各課
        オンライン予約率 35.0%（R5） 80.0%

        基本方針２ 財源の確保
        番号 取組項目 担当課 年度別スケジュール 数値目標
        R7 R8 R9 R10 R11 指標 現状値 目標値
        4 遊休地の利活用 管財課 調査 実施 → → →
        企画課
        貸付収入額（年間） 1,200万円（R5） 2,000万円

        5 手数料の見直し 財政課 見直し 改定 → 見直し 改定
        － － －

        6 職員数の適正化 人事課 実施 → → → →
        正職員数 980人（R6.4.1） 950人
        """;

    /// <summary>The seeds and this plan in one folder, as the evaluation adds a document beside them; loaded once.</summary>
    public sealed class Library() : SeedsBeside("higashihama.txt", Text);

    private Answer Answered(string question)
    {
        var a = new AnswerService(library.Kb).Ask(question);
        Assert.True(a.Status == AnswerStatus.Answered, $"{question} → {a.Status}: {a.Text}");
        return a;
    }

    [Fact]
    public void The_year_of_a_step_is_the_column_it_is_printed_in()
    {
        var a = Answered("東浜市のおくやみ窓口、試行するのは何年度？");
        Assert.Contains("R9", a.Text);
        Assert.DoesNotContain("R8", a.Text);
    }

    [Fact]
    public void A_target_answer_gives_the_target_and_not_the_baseline()
    {
        var a = Answered("東浜市のオンライン予約率の目標値は？");
        Assert.Contains("80.0%", a.Text);
        Assert.DoesNotContain("35.0%", a.Text);
    }

    [Fact]
    public void A_baseline_answer_gives_the_baseline_and_not_the_target()
    {
        var a = Answered("東浜市の正職員数の現状値は？");
        Assert.Contains("980人", a.Text);
        Assert.DoesNotContain("950人", a.Text);
    }

    [Fact]
    public void Both_units_of_a_row_whose_unit_cell_wrapped()
    {
        var a = Answered("東浜市の遊休地の利活用の担当課は？");
        Assert.Contains("管財課", a.Text);
        Assert.Contains("企画課", a.Text);
    }

    [Fact]
    public void A_target_printed_as_a_dash_is_not_found_and_no_plan_step_stands_in_for_it()
    {
        var a = new AnswerService(library.Kb).Ask("東浜市の項目5（手数料の見直し）の数値目標の目標値は？");
        Assert.True(a.Status == AnswerStatus.NotFound, a.Text);
    }

}
