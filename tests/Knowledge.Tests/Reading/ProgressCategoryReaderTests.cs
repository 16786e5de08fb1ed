using Gyokaku.Knowledge.Model;
using Gyokaku.Knowledge.Reading;

namespace Gyokaku.Knowledge.Tests.Reading;

/// <summary>
/// A progress report that grades each item by a word (進捗区分 順調 / 概ね順調 / 遅れ) on a row that also gives the
/// item's effect amount, with a two-column table of effect amounts by 区分 (a layout of unknown shape).
/// </summary>
public class ProgressCategoryReaderTests
{
    private const string Report = """
            東峰町行政改革推進計画
            取組状況報告書
            （令和５年度実績）

            １ はじめに

            本町では「東峰町行政改革推進計画」（計画期間：令和３年度～令和７年度）に基づき、６項目の取組を進めています。

            ２ 進捗区分

            進捗区分	内容
            順調	年度計画どおり進んでいる
            遅れ	年度計画に対し遅れている

            ３ 進捗状況の概要

            区分	項目数	割合
            順調	3	50.0％
            概ね順調	2	33.3％
            遅れ	1	16.7％
            計	6	100.0％

            ４ 項目別の進捗状況

            項目1　使用料の見直し
            担当課	財務課
            令和５年度計画	使用料改定案の作成
            令和５年度実績	改定案を作成し、審議会に諮問した。
            進捗区分	順調	効果額（千円）	1,200

            項目2　窓口のオンライン化
            担当課	町民課
            令和５年度計画	電子申請の拡大
            令和５年度実績	電子申請を40手続に拡大した（目標50手続）。
            進捗区分	概ね順調	効果額（千円）	－

            項目3　公用車の削減
            担当課	管財課
            令和５年度計画	公用車５台の削減
            令和５年度実績	売却先が決まらず、削減は２台にとどまった。
            進捗区分	遅れ	効果額（千円）	300

            項目4　職員研修の充実
            担当課	総務課
            令和５年度計画	階層別研修の実施
            令和５年度実績	階層別研修を８講座実施した。
            進捗区分	順調	効果額（千円）	－

            項目5　補助金の見直し
            担当課	財務課
            令和５年度計画	補助金の検証
            令和５年度実績	補助金30件を検証し、２件を廃止した。
            進捗区分	順調	効果額（千円）	－

            項目6　公民館の運営見直し
            担当課	生涯学習課
            令和５年度計画	指定管理者制度の導入検討
            令和５年度実績	導入方針を整理した。
            進捗区分	概ね順調	効果額（千円）	－

            ５ 効果額の内訳（令和５年度）

            （単位：千円）
            区分	効果額
            歳入の確保	1,200
            歳出の削減	300
            合計	1,500
            """;

    private static PlanDocument Load() => new PlanLoader().Load(new SourceText("report.txt", Report));

    [Fact]
    public void A_progress_category_on_a_label_value_row_grades_the_reported_year()
    {
        var items = Load().Items;
        Assert.Equal(["順調", "概ね順調", "遅れ", "順調", "順調", "概ね順調"], items.Select(i => i.Years.Single(y => y.Year == new FiscalYear(2023)).Evaluation));
    }

    [Fact]
    public void The_second_pair_of_the_row_is_a_fact_of_its_own_and_a_dash_is_no_amount()
    {
        var items = Load().Items;
        Assert.Equal("1,200", items[0].Sections.Single(s => s.Label == "効果額（千円）").Text);
        Assert.DoesNotContain(items[1].Sections, s => s.Label.Contains("効果額"));
        Assert.DoesNotContain(items[0].Sections, s => s.Text.Contains("順調"));
    }

    [Fact]
    public void A_two_column_table_of_figures_is_read_with_the_unit_printed_above_it()
    {
        var table = Load().Tables.Single(t => t.Title.Contains("効果額の内訳"));
        Assert.Equal("千円", table.Unit);
        Assert.Equal(["効果額"], table.Columns);
        Assert.Equal(("合計", "1,500"), (table.Rows[^1].Label, table.Rows[^1].Cells[0]));
    }

    [Fact]
    public void A_two_column_table_of_words_is_no_table_of_figures()
    {
        Assert.DoesNotContain(Load().Tables, t => t.Rows.Any(r => r.Cells.Any(c => c?.Contains("年度計画") == true)));
    }
}
