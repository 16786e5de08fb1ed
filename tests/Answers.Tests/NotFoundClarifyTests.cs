using Gyokaku.Knowledge.Answering;

namespace Gyokaku.Answers.Tests;

/// <summary>What the documents do not hold is not answered; what fits several plans is asked back.</summary>
public class NotFoundClarifyTests
{
    [Fact]
    public void A_year_outside_the_plan_names_the_period_and_no_figure()
    {
        var a = Corpus.Ask("山口市の移動市長室の参加者数、令和5年度の目標は？");
        Assert.Equal(AnswerStatus.NotFound, a.Status);
        Assert.Contains("H30～R4", a.Text);
        Assert.DoesNotContain("1,000人", a.Text);
    }

    [Fact]
    public void An_empty_result_cell_is_not_found()
    {
        var a = Corpus.Ask("山口市の移動市長室の参加者数、R2の実績は？");
        Assert.Equal(AnswerStatus.NotFound, a.Status);
        Assert.DoesNotContain("980人", a.Text); // the R2 target must not pass for a result
    }

    [Fact]
    public void An_item_number_the_plan_does_not_have()
    {
        var a = Corpus.Ask("小郡市のNo.40の担当課は？");
        Assert.Equal(AnswerStatus.NotFound, a.Status);
        Assert.Contains("16", a.Text); // the items it does have
    }

    [Fact]
    public void A_municipality_not_in_the_corpus()
    {
        var a = Corpus.Ask("北九州市の行財政改革の取組実績は？");
        Assert.Equal(AnswerStatus.NotFound, a.Status);
        Assert.Contains("北九州市", a.Text);
    }

    [Fact]
    public void A_field_the_item_does_not_state()
    {
        var a = Corpus.Ask("美祢市の№21 公共施設マネジメントの推進の事業費（予算額）はいくら？");
        Assert.Equal(AnswerStatus.NotFound, a.Status);
    }

    [Fact]
    public void A_department_named_with_another_topic_is_not_answered_from_another_departments_item()
    {
        var a = Corpus.Ask("山口市のデジタル推進課の予算は？");
        Assert.Equal(AnswerStatus.NotFound, a.Status);
    }

    [Fact]
    public void An_item_number_without_a_plan_lists_each_plans_item()
    {
        var a = Corpus.Ask("No.5の担当課は？");
        Assert.Equal(AnswerStatus.Clarify, a.Status);
        Assert.Contains("商工観光課", a.Text);  // 小郡市 No.5
        Assert.Contains("協働推進課", a.Text);  // 山口市 推進項目5
        Assert.True(a.Candidates.Count >= 2);
    }
}

public class UnknownPlaceTests
{
    [Theory]
    [InlineData("ふくおか市の行政経営行動計画、ふるさと納税の寄附金額の目標は？", "ふくおか市")]
    [InlineData("くまもと市の推進項目3の担当は？", "くまもと市")]
    public void A_city_in_kana_that_we_have_no_plan_for_is_not_answered_from_another_citys_plan(string question, string place)
    {
        var a = Corpus.Ask(question);
        Assert.Equal(AnswerStatus.NotFound, a.Status);
        Assert.Contains(place, a.Text);
        Assert.DoesNotContain("10億円", a.Text);
        Assert.Empty(a.Citations);
    }

    [Fact]
    public void A_question_word_before_市_is_no_city()
    {
        // 002 names no municipality: asked which city made it, the answer must not name one of ours.
        var a = Corpus.Ask("行革推進プランを作ったのはどこの市？");
        Assert.DoesNotContain("どこの市に関する", a.Text);
    }

    [Fact]
    public void Our_cities_in_kana_are_still_ours()
    {
        var a = Corpus.Ask("やまぐち市の推進項目2の担当は？");
        Assert.Equal(AnswerStatus.Answered, a.Status);
        Assert.Contains("広報広聴課", a.Text);
    }
}

public class FigureRequiredTests
{
    [Fact]
    public void A_how_many_question_is_not_answered_by_text_without_a_figure()
    {
        // 004 No.16 定員の適正管理: its 目標 is prose ("適正な職員数を管理し…") with no number of staff.
        var a = Corpus.Ask("小郡市No.16の目標の職員数は何人？");
        Assert.Equal(AnswerStatus.NotFound, a.Status);
        Assert.Contains("適正な職員数", a.Text); // what the item does say
    }

    [Fact]
    public void A_how_many_question_with_a_figure_is_answered()
    {
        var a = Corpus.Ask("小郡市のふるさと納税、返礼品数のR5目標は何品？");
        Assert.Equal(AnswerStatus.Answered, a.Status);
        Assert.Contains("900品", a.Text);
    }
}

public class AmountWithoutPlanNameTests
{
    [Fact]
    public void An_effect_amount_without_a_plan_name_comes_from_the_plan_whose_table_answers()
    {
        // 002's 計画策定時点 table: II 組織・人材マネジメント改革, 合計額 (R4~R9) 2,120,370. Yamaguchi's period
        // table (H30–R4) must not turn R9 into "outside the period".
        var a = Corpus.Ask("組織・人材マネジメント改革のR4～R9合計の効果額はいくら？");
        Assert.Equal(AnswerStatus.Answered, a.Status);
        Assert.Contains("2,120,370", a.Text);
    }

    [Fact]
    public void いくつ_alone_asks_a_quantity_not_an_item_number()
    {
        // 000 item 34: 経常的な歳出総額(普通会計)に占める総人件費の割合 【平成28年度 23.0%】.
        var a = Corpus.Ask("山口市、経常的な歳出総額に占める総人件費の割合って平成28年度はいくつ？");
        Assert.Equal(AnswerStatus.Answered, a.Status);
        Assert.Contains("23.0%", a.Text);
    }
}

/// <summary>Places in romaji: one of ours is ours, a real place we have no plan for is named as such.</summary>
public class UnknownPlaceInRomajiTests
{
    [Theory]
    [InlineData("What is the target of Fukuoka City's digital plan for FY2024?", "Fukuoka City")]
    [InlineData("Who is responsible for item 3 in the city of Kumamoto?", "city of kumamoto")]
    public void A_real_city_in_romaji_that_we_have_no_plan_for_is_not_answered(string question, string place)
    {
        var a = Corpus.Ask(question);
        Assert.Equal(AnswerStatus.NotFound, a.Status);
        Assert.Contains(place, a.Text, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(a.Citations);
    }

    [Fact]
    public void Our_city_in_romaji_with_city_is_still_ours()
    {
        var a = Corpus.Ask("Ogori City item 5: which section is in charge?");
        Assert.Equal(AnswerStatus.Answered, a.Status);
        Assert.Contains("商工観光課", a.Text);
    }
}

/// <summary>A count asked by its counter is not answered with figures of another unit.</summary>
public class CounterGuardTests
{
    [Fact]
    public void A_head_count_is_not_answered_with_a_percentage()
    {
        var a = Corpus.Ask("山口市 推進項目1の目標、市民は何人？");
        Assert.Equal(AnswerStatus.NotFound, a.Status);
        Assert.Contains("推進項目 1", a.Text);
    }

    [Fact]
    public void A_count_printed_with_its_counter_is_answered()
    {
        var a = Corpus.Ask("美祢市のコンビニ交付サービス利用件数は何件？");
        Assert.Equal(AnswerStatus.Answered, a.Status);
        Assert.Contains("213件", a.Text);
    }

    [Theory]
    [InlineData("交付件数は何件？", "件")]
    [InlineData("参加人数は？", "人|名")]
    [InlineData("何名派遣した？", "人|名")]
    [InlineData("発電容量は何kw？", "kw|kW|キロワット")]
    [InlineData("統合した学校は何校？", "校")]
    [InlineData("交付件数の割合は？", null)]
    [InlineData("R6の目標は？", null)]
    public void The_asked_counter(string question, string? counter) =>
        Assert.Equal(counter, Gyokaku.Knowledge.Questions.ContentWords.AskedUnits(question.ToLowerInvariant()));
}
