using Gyokaku.Knowledge.Model;
using Gyokaku.Knowledge.Reading;

namespace Gyokaku.Knowledge.Tests.Reading;

/// <summary>
/// A 取組一覧 whose header comes in two lines (番号 取組項目 担当課 年度別スケジュール 数値目標 over
/// R7 … R11 指標 現状値 目標値) and whose every item takes two lines: the row (number, title, unit, one step a
/// year) and under it the indicator (name, baseline with its year, target). Titles wrap before the row's other
/// cells; a second unit (企画課, 関係各課) goes on a line of its own.
/// </summary>
public class ScheduleIndicatorTableTests
{
    internal const string Text = """

        東浜市行政改革推進計画
        （令和７年度～令和１１年度）

        １ 計画期間
        令和７年度から令和１１年度までの５年間とします。

        ２ 取組一覧
        現状値は原則として令和５年度実績、目標値は令和１１年度の値です。

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

    private static readonly PlanDocument Doc = new PlanLoader().Load(new SourceText("higashihama.txt", Text));

    private static PlanItem Item(string key) => Doc.Items.Single(i => i.Key == key);

    [Fact]
    public void Every_row_is_an_item_under_its_policy()
    {
        Assert.Equal("structured", Doc.Layout);
        Assert.Equal(["1", "2", "3", "4", "5", "6"], Doc.Items.Select(i => i.Key));
        Assert.Equal("窓口サービスの向上", Assert.Single(Item("3").Path).Title);
        Assert.Equal("財源の確保", Assert.Single(Item("4").Path).Title);
    }

    [Fact]
    public void A_title_wrapped_before_its_cells_is_one_title()
    {
        Assert.Equal("公共施設予約システムの再構築", Item("3").Title);
        Assert.Equal(["検討", "構築", "稼働", "稼働", "稼働"], Item("3").Years.Select(y => y.Plan));
    }

    [Fact]
    public void A_unit_on_its_own_line_under_the_row_is_a_department_of_the_row()
    {
        Assert.Equal(["施設管理課", "関係各課"], Item("3").Departments.Select(d => d.Name));
        Assert.Equal(["管財課", "企画課"], Item("4").Departments.Select(d => d.Name));
        Assert.Equal(["デジタル推進課"], Item("1").Departments.Select(d => d.Name));
    }

    [Fact]
    public void Each_step_sits_in_its_year_column()
    {
        var steps = Item("2").Years.ToDictionary(y => y.Year.Year, y => y.Plan);
        Assert.Equal("準備", steps[2026]);
        Assert.Equal("試行", steps[2027]);
        // → carries the year before on; what was printed stays beside it.
        Assert.Equal(("実施", "→"), (Item("2").Years[4].Plan, Item("2").Years[4].PrintedPlan));
    }

    [Fact]
    public void The_indicator_line_is_split_into_name_baseline_and_target()
    {
        var indicator = Assert.Single(Item("1").Indicators);
        Assert.Equal("電子申請できる手続数", indicator.Name);
        Assert.Equal(("40手続（R5）", "40手続", 2023), (indicator.Baseline, indicator.BaselineValue, indicator.BaselineYear!.Value.Year));
        // The target column names no year: it is the target for the schedule's last year.
        var target = Assert.Single(indicator.Targets);
        Assert.Equal((2029, "150手続"), (target.Year.Year, target.Value));
        Assert.Equal("貸付収入額（年間）", Assert.Single(Item("4").Indicators).Name);
    }

    [Fact]
    public void A_baseline_dated_to_the_day_keeps_its_figure_apart()
    {
        var staff = Assert.Single(Item("6").Indicators);
        Assert.Equal(("980人", "950人"), (staff.BaselineValue, Assert.Single(staff.Targets).Value));
    }

    [Fact]
    public void An_indicator_printed_as_dashes_is_no_indicator()
    {
        Assert.Empty(Item("5").Indicators);
        Assert.Equal(["見直し", "改定", "改定", "見直し", "改定"], Item("5").Years.Select(y => y.Plan));
    }
}
