using Gyokaku.Knowledge.Answering;
using Gyokaku.Knowledge.Search;

namespace Gyokaku.Answers.Tests;

/// <summary>
/// Questions on a progress report that grades items by words (進捗区分 順調 / 概ね順調 / 遅れ), tallies them in a
/// summary table and sums its effect amounts in a table of its own, loaded beside the seeds as the evaluation adds it.
/// </summary>
public sealed class ProgressCategoryTests(ProgressCategoryTests.Library library) : IClassFixture<ProgressCategoryTests.Library>
{
    private const string File = "tohoh_progress.txt";

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

    /// <summary>The seeds and the report in one temporary folder, loaded once.</summary>
    public sealed class Library() : SeedsBeside(File, Report);

    private Answer Answered(string question)
    {
        var a = new AnswerService(library.Kb).Ask(question);
        Assert.True(a.Status == AnswerStatus.Answered, $"{question} → {a.Status}: {a.Text}");
        Assert.Contains(a.Citations, c => c.Document == File);
        return a;
    }

    [Fact]
    public void Items_of_a_progress_category_are_listed_and_no_others()
    {
        var a = Answered("東峰町で進捗区分が「遅れ」の項目を全部教えて");
        Assert.Contains("公用車の削減", a.Text);
        Assert.DoesNotContain("使用料の見直し", a.Text);
        Assert.DoesNotContain("窓口のオンライン化", a.Text);
    }

    [Fact]
    public void A_count_of_a_category_quotes_the_summary_tables_row_not_the_longer_category_holding_it()
    {
        var a = Answered("東峰町の計画で「順調」は何項目？");
        Assert.Contains("項目数 3", a.Text);
        Assert.DoesNotContain("項目数 2", a.Text);
    }

    [Fact]
    public void An_items_category_for_a_year_is_its_evaluation_in_english_too()
    {
        var a = Answered("What progress rating did 東峰町 give item 2 (窓口のオンライン化) for FY2023?");
        Assert.Contains("概ね順調", a.Text);
    }

    [Fact]
    public void The_effect_total_comes_from_the_effect_tables_total_row()
    {
        var a = Answered("東峰町の令和5年度の効果額の合計はいくら？");
        Assert.Contains("1,500", a.Text);
        Assert.DoesNotContain("100.0", a.Text);
    }

    [Fact]
    public void A_total_over_the_plan_period_asks_the_amount_not_the_period()
    {
        var a = Answered("What is the total effect amount 東峰町 reports over the whole plan period?");
        Assert.Contains("1,500", a.Text);
        Assert.DoesNotContain("R3", a.Text);
    }

    [Fact]
    public void An_actual_is_shown_without_the_target_printed_beside_it()
    {
        var a = Answered("東峰町の窓口のオンライン化、令和5年度の実績は？");
        Assert.Contains("40手続", a.Text);
        Assert.DoesNotContain("50手続", a.Text);
    }
}
