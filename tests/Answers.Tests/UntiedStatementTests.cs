using Gyokaku.Knowledge.Answering;
using Gyokaku.Knowledge.Questions;
using static Gyokaku.Answers.Tests.Corpus;

namespace Gyokaku.Answers.Tests;

/// <summary>
/// Facts the reader could not tie to their item (a progress report's scattered 実績 column) answered by the one
/// statement saying every asked word beyond the item's title; bullets listed under a lead line read with it; and
/// the asked answer type not misread from the question's topic words (予算編成, 4月1日付).
/// </summary>
public class UntiedStatementTests
{
    [Theory]
    // Item 23's results are untied; 有識者会議 with a count is printed once in the document.
    [InlineData("美祢市の美東・秋芳総合支所整備における施設の複合化の検討で、有識者会議は何回開催した？", Mine, "有識者会議開催(2回)")]
    // ・市民生活局の廃止… is one bullet of the list under 「…機構改正において…行った。 (主な改正内容)」.
    [InlineData("岡山市、機構改正で廃止された局は？", Okayama, "市民生活局の廃止")]
    public void The_one_statement_holding_the_asked_words_is_quoted(string question, string document, string fact)
    {
        var a = Answered(question, document);
        Assert.Contains(string.Concat(fact.Normalize(System.Text.NormalizationForm.FormKC).Where(c => !char.IsWhiteSpace(c))), Flat(a));
    }

    [Fact]
    public void An_untied_item_asked_a_count_in_another_counter_is_answered_by_its_one_statement()
    {
        // Item 19's plan (line 452 ・観光協会へ事務移管（1事務）) is printed apart from the item; 1事務 is the count.
        var a = Answered("美祢市のイベント・催事実施団体の自立促進で、上半期に観光協会へ移管した事務の数は？", Mine);
        Assert.Contains("観光協会へ事務移管(1事務)", Flat(a));
    }

    [Theory]
    // Lines 513-516: one 15-character column wraps three 、-separated 統合 clauses.
    [InlineData("美祢市で平成31年4月1日に統合された学校ってどこ？", new[] { "豊田前中学校", "赤郷小学校", "城原小学校" }, new string[0])]
    [InlineData("美祢市で城原小学校はどこの学校に統合された？", new[] { "城原小学校の大嶺小学校への統合" }, new[] { "大田小学校" })]
    [InlineData("美祢市で平成31年4月1日に大嶺中学校へ統合された中学校はどこ？", new[] { "豊田前中学校の大嶺中学校への統合" }, new[] { "城原小学校" })]
    public void A_wrapped_list_is_read_whole_and_a_clause_only_it_names_answers_alone(string question, string[] said, string[] unsaid)
    {
        var a = Answered(question, Mine);
        Assert.All(said, s => Assert.Contains(s, Flat(a)));
        Assert.All(unsaid, s => Assert.DoesNotContain(s, Flat(a)));
    }

    [Fact]
    public void A_rate_asked_is_not_answered_by_a_count()
    {
        // Only マイナンバーカード交付件数（4,703件） is printed: no rate.
        var a = Ask("What was Mine city's My Number card issuance rate (%) in the first half of R2?");
        Assert.Equal(AnswerStatus.NotFound, a.Status);
        Assert.DoesNotContain("4,703", a.Text);
    }

    [Fact]
    public void Two_statements_holding_the_asked_words_answer_nothing()
    {
        // 庁内検討委員会開催（２回） and 庁内検討委員会作業部会開催（7回） both say it: the untied item is not guessed.
        var a = Ask("美祢市の美東・秋芳総合支所整備における施設の複合化の検討で、庁内検討委員会は何回開催した？");
        Assert.Equal(AnswerStatus.NotFound, a.Status);
    }

    [Theory]
    [InlineData("令和３年度当初予算編成では事業費をどうやって精査した？", AnswerType.Any)]
    [InlineData("令和7年4月1日付の機構改正で新設された局は？", AnswerType.Name)]
    [InlineData("機構改正の日付は？", AnswerType.Date)]
    public void The_asked_answer_type_is_not_read_from_topic_words(string question, AnswerType type) =>
        Assert.Equal(type, ContentWords.Asks(question));
}

/// <summary>A question's reporting ending (…が求められているとされてる？) says nothing of what is asked.</summary>
public class ReportingEndingTests
{
    [Fact]
    public void A_reporting_ending_is_no_content() =>
        Assert.DoesNotContain("され", Service().Parse("前期の総括では、何が求められているとされてる？").Content);

    [Fact]
    public void A_passive_verb_of_the_fact_stays() =>
        Assert.Contains("新設され", Service().Parse("機構改正で新設された局は？").Content);
}

/// <summary>An English question asks in its English words: 評価 inside a Japanese name it quotes is no grade ask.</summary>
public class EnglishAskTests
{
    [Theory]
    [InlineData("What is Yamaguchi's FY2020 target for the share of staff who understand the 行政評価システム approach?")]
    [InlineData("What is Yamaguchi's FY2021 target for the number of works whose 工事成績評価 was abnormally low?")]
    public void Japanese_words_in_an_english_question_do_not_decide_its_ask(string question) =>
        Assert.Equal(Intent.Target, Service().Parse(question).Intent);

    [Fact]
    public void The_indicator_named_in_japanese_gives_its_target()
    {
        var a = Answered("What is Yamaguchi's FY2020 target for the share of staff who understand the 行政評価システム approach?", Yamaguchi);
        Assert.Contains("R2目標値(行政評価システムの考え方を理解し、行動している職員の割合):65%", Flat(a));
    }
}

/// <summary>A count asked by its counter (何団体) and a plan named by its kind (中期経営計画の…) in the question.</summary>
public class CounterAndNamedPlanTests
{
    [Theory]
    [InlineData("ヒアリング対象は何団体？", "団体")]
    [InlineData("何社が参加した？", "社")]
    public void A_counter_asked_is_the_unit_the_figure_must_have(string question, string unit) =>
        Assert.Equal(unit, ContentWords.AskedUnits(question));

    [Theory]
    [InlineData("岡山市の外郭団体、中期経営計画のヒアリング対象は？", Intent.Search)]
    [InlineData("岡山市のR5年度計画の内容は？", Intent.Plan)]
    public void A_plan_named_by_its_kind_is_no_ask_for_the_schedule(string question, Intent intent) =>
        Assert.Equal(intent, Service().Parse(question).Intent);

    [Fact]
    public void A_count_of_a_counter_is_answered_by_the_text_printing_it()
    {
        var a = Answered("岡山市の派遣研修、R6は何団体に派遣した？", Okayama);
        Assert.Contains("派遣研修7団体356人参加", Flat(a));
    }
}

/// <summary>An earlier half's item named with that half (前期アクションプランの…) asks what it became, whatever its title's words.</summary>
public class EarlierHalfMappingTests
{
    [Fact]
    public void The_earlier_half_named_with_the_plan_marks_the_question_earlier() =>
        Assert.True(Service().Parse("前期アクションプランの総合計画審議会による事業チェック、後期では何という取組になった？").Earlier);

    [Fact]
    public void What_an_earlier_item_became_is_answered_from_the_mapping_row()
    {
        // 何という取組になった asks the mapping: the 取組み整理表 row answers, not the later half's item of the same title.
        var a = Answered("前期アクションプランの政策・施策体系に合わせた組織・機構の見直し、後期では何という取組になった？", ActionPlan);
        Assert.Contains("前期アクションプラン「政策・施策体系に合わせた組織・機構の見直し」", Flat(a));
    }
}
