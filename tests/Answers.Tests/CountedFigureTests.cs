using Gyokaku.Knowledge.Answering;
using Gyokaku.Knowledge.Questions;
using Gyokaku.Knowledge.Search;
using static Gyokaku.Answers.Tests.Corpus;

namespace Gyokaku.Answers.Tests;

/// <summary>
/// A figure asked by its counter (何件, 何分野, いくつの区役所, 何品) that the item prints only inside its free text (a
/// result sentence, the year's remarks, the reasons for a grade), not in its typed target or result: the sentence
/// holding a figure of that counter answers, a figure of another counter never does, and a figure the text says will
/// be calculated later is no figure. Five reports in other layouts are loaded beside the seeds.
/// </summary>
public sealed class CountedFigureTests(CountedFigureTests.Library library) : IClassFixture<CountedFigureTests.Library>
{
    private const string Kurayoshi = "kurayoshi_report.txt";
    private const string Nanao = "nanao_results.txt";
    private const string Isehara = "isehara_csv.txt";
    private const string Tajimi = "tajimi_boxes.txt";
    private const string Hofu = "hofu_blocks.txt";

    /// <summary>The seeds and the fixtures in one temporary folder, loaded once.</summary>
    public sealed class Library() : SeedsBeside("tests/Answers.Tests/CountedFigures");

    private Answer AskHere(string question) => library.Ask(question);

    private Answer AnsweredHere(string question, string document) => library.Answered(question, document);

    [Theory]
    [InlineData("見直しの対象は何分野ある？", "分野")]
    [InlineData("いくつの区役所で始めた？", "区役所")]
    [InlineData("返礼品は何品の予定？", "品")]
    public void A_counter_asked_is_read_off_the_question(string question, string counter) =>
        Assert.StartsWith(counter, ContentWords.AskedUnits(question));

    [Theory]
    [InlineData("実施項目は全部で何項目？")]
    [InlineData("Ｂ評価は何取組？")]
    [InlineData("効果額は何千円？")]
    [InlineData("延床面積はいつまでにどのくらい削減する？")]
    public void The_plans_own_items_thousands_of_yen_and_a_reduction_ask_no_counter(string question) =>
        Assert.Null(ContentWords.AskedUnits(question));

    [Fact]
    public void An_area_and_a_waiting_time_ask_their_own_units()
    {
        Assert.Equal(ContentWords.AreaUnits, ContentWords.AskedUnits("施設の延床面積、基準値はいくら？"));
        Assert.Equal(ContentWords.DurationUnits, ContentWords.AskedUnits("窓口の待ち時間は平均どれくらい？"));
        // "how much" asks money only until it names what it measures: how much time asks hours.
        Assert.Equal(ContentWords.DurationUnits, ContentWords.AskedUnits("in fy2024, how much time did the review of work processes cut?"));
        Assert.Equal(ContentWords.MoneyUnits, ContentWords.AskedUnits("how much did the review save?"));
    }

    [Fact]
    public void Hours_saved_answer_how_much_time_in_english()
    {
        var a = Answered("Okayama, FY2024: how much staff time was freed by reviewing business processes (BPR) across the city?", Okayama);
        Assert.Contains("120,000時間", a.Text);
    }

    [Fact]
    public void A_total_asked_is_a_count_not_a_list() =>
        Assert.NotEqual(Intent.List, IntentClassifier.Classify("見直しが必要な箇所は全部で何件あった？"));

    [Fact]
    public void A_count_of_fields_is_the_results_figure_of_that_counter()
    {
        // 概要 says 8つの見直し対象分野; the R6 result says 見直し対象の8分野.
        var a = Answered("岡山市のアナログ規制の点検、対象になっている分野は何分野？", Okayama);
        Assert.Contains("8分野", a.Text);
    }

    [Fact]
    public void A_count_of_offices_is_the_bullet_with_that_counter()
    {
        // The R6 result's first bullet is a 交付率 (27.0%); the one with 4区役所 answers.
        var a = Answered("岡山市、らくらく窓口の証明書交付は何区役所で始まった？", Okayama);
        Assert.Contains("4区役所", a.Text);
    }

    [Fact]
    public void A_total_asked_with_全部で_is_the_results_count()
    {
        var a = Answered("岡山市のアナログ規制の点検と見直し、見直しを要する箇所は全部で何件？", Okayama);
        Assert.Contains("550件", a.Text);
    }

    [Fact]
    public void A_plan_figure_printed_against_the_years_result_answers_the_years_plan()
    {
        // No.5 has no R4 plan row: its R4 result says ○返礼品数700品との計画に対し、実績は831品。
        var a = Answered("小郡市No.5、令和4年度の計画で返礼品は何品の予定だった？", Ogori);
        Assert.Contains("700品", a.Text);
    }

    [Fact]
    public void A_count_in_the_years_remarks_answers_when_the_result_is_of_another_counter()
    {
        // The result is 17,860人 (LINE friends); the remarks say 道路損傷通報の受付件数は年間312件.
        var a = AnsweredHere("伊勢原市の公式LINE、道路損傷の通報はR6に何件受け付けた？", Isehara);
        Assert.Contains("312件", a.Text);
        Assert.DoesNotContain("17,860人", a.Text);
    }

    [Fact]
    public void A_count_in_the_reasons_for_a_grade_answers()
    {
        // The indicator is 寄附額 (千円); 評価理由 says 寄附件数は31,204件.
        var a = AnsweredHere("多治見市のふるさと納税、R5の寄附の件数は何件？", Tajimi);
        Assert.Contains("31,204件", a.Text);
    }

    [Fact]
    public void A_count_in_the_items_progress_text_answers()
    {
        // The result is 81手続; 主な取組の状況 says 罹災証明書…申請件数は3,512件.
        var a = AnsweredHere("七尾市の罹災証明書、R6のオンライン申請件数は何件？", Nanao);
        Assert.Contains("3,512件", a.Text);
    }

    [Fact]
    public void A_grade_asked_with_its_amount_states_both()
    {
        var a = AnsweredHere("Nanao FY2024 furusato nozei: what grade did it get, and how much was donated?", Nanao);
        Assert.Contains("612百万円", a.Text);
        Assert.Contains("S", a.Text);
    }

    [Fact]
    public void A_baseline_of_a_waiting_time_is_the_indicators_own_in_minutes()
    {
        // 基準値 ２５分（令和３年度）; the R6 result's 臨時窓口を２か所 is a figure of another counter.
        var a = AnsweredHere("防府市の窓口サービス、平均の待ち時間の基準値はどれくらい？", Hofu);
        Assert.Contains("２５分", a.Text);
    }

    [Fact]
    public void A_figure_the_result_says_will_be_calculated_later_is_not_found()
    {
        // R5 実績: 戸別訪問を３１２件… 令和５年度の経費回収率は、決算統計の確定後に算出する。
        var a = AskHere("倉吉市の下水道、令和5年度の経費回収率の実績は？");
        Assert.Equal(AnswerStatus.NotFound, a.Status);
    }

    [Fact]
    public void A_count_is_not_answered_by_a_line_whose_only_digit_is_the_items_number()
    {
        // 取組No.5 prints 数値指標なし.
        var a = AskHere("多治見市で使用料と手数料を見直す取組、R5の指標の実績値はいくつだった？");
        Assert.NotEqual(AnswerStatus.Answered, a.Status);
    }
}
