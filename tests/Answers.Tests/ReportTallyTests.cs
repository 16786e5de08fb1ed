using Gyokaku.Knowledge.Answering;
using Gyokaku.Knowledge.Search;

namespace Gyokaku.Answers.Tests;

/// <summary>
/// Questions about a plan as a whole on evaluation reports whose shapes no seed has (eval/extra2: a 進捗管理シート with
/// a grade tally, a 評価報告書 graded ◎○△× with a 財政効果 table), loaded beside the seeds as the evaluation adds them.
/// </summary>
public sealed class ReportTallyTests(ReportTallyTests.Library library) : IClassFixture<ReportTallyTests.Library>
{
    private const string Hofu = "008_b7b7dd5a84676455.txt";
    private const string Nagato = "010_93f22b22c6539241.txt";

    /// <summary>The seeds and eval/extra2's documents in one temporary folder, loaded once.</summary>
    public sealed class Library() : SeedsBeside("eval/extra2/seeds");

    private Answer Ask(string question) => library.Ask(question);

    private Answer Answered(string question, string document) => library.Answered(question, document);

    [Fact]
    public void A_grade_tally_quotes_the_reports_own_count()
    {
        // 008 line 339: Ａ　３項目（取組番号１、２、５）.
        var a = Answered("防府市の令和６年度評価の集計で、Ａ評価は何項目あった？", Hofu);
        Assert.Contains("3項目", Corpus.Flat(a));
        Assert.DoesNotContain("Ｂ", a.Text);
    }

    [Fact]
    public void A_tally_of_a_mark_quotes_the_table_row_and_lists_the_items()
    {
        // 010: 評価区分 ◎ ３ 18.8% ; ③ イベント・会議の見直し 評価：◎ …
        var a = Answered("長門市の◎評価は何件？", Nagato);
        Assert.Contains("18.8%", a.Text);
        Assert.Contains("イベント・会議の見直し", a.Text);
        Assert.DoesNotContain("補助金の見直し", a.Text);
    }

    [Fact]
    public void Items_graded_with_a_mark_are_listed()
    {
        var a = Answered("長門市で評価が△だった取組を全部教えて", Nagato);
        foreach (var title in new[] { "補助金の見直し", "遊休財産の売却", "時間外勤務の縮減", "施設の長寿命化" })
            Assert.Contains(title, a.Text);
        Assert.DoesNotContain("使用料の見直し", a.Text);   // ×
        Assert.DoesNotContain("事務事業評価の実施", a.Text); // ○
    }

    [Fact]
    public void A_count_of_parts_no_reader_made_levels_of_quotes_the_plans_sentence()
    {
        // 010 line 37: 令和５年度は、プランに掲げる５つの柱、１６の取組を評価の対象としました。
        var flat = Corpus.Flat(Answered("長門市のプラン、柱はいくつで取組はいくつ？", Nagato));
        Assert.Contains("5つの柱", flat);
        Assert.Contains("16の取組", flat);
    }

    [Fact]
    public void A_cumulative_figure_is_the_cumulative_column_with_the_progress_rate_beside_it()
    {
        // 010: 合計 2,000,000 311,050 400,230 440,200 － － 1,151,480 57.6%
        var a = Answered("Nagato: what is the cumulative fiscal effect from R3 to R5, and the progress rate?", Nagato);
        Assert.Contains("1,151,480", a.Text);
        Assert.Contains("57.6%", a.Text);
        Assert.DoesNotContain("2,000,000", a.Text);
    }

    [Fact]
    public void A_year_the_table_leaves_blank_is_not_found_with_the_tables_note()
    {
        var a = Ask("長門市の財政効果、R6の実績は？");
        Assert.Equal(AnswerStatus.NotFound, a.Status);
        Assert.Contains("実績確定後に計上", a.Text);
    }

    [Fact]
    public void The_next_plan_mentioned_in_passing_has_no_period_in_the_report()
    {
        // 010 names 第４次長門市行財政改革プラン only as to be drafted; its own period is R3～R7.
        var a = Ask("長門市の第４次行財政改革プランの計画期間は？");
        Assert.Equal(AnswerStatus.NotFound, a.Status);
        Assert.DoesNotContain("R7", a.Text);
        Assert.DoesNotContain("令和7", a.Text);
    }

    [Fact]
    public void The_reports_own_plan_still_gets_its_period()
    {
        var a = Answered("長門市の第３次行財政改革プランの計画期間は？", Nagato);
        Assert.Contains("R3", a.Text);
    }
}
