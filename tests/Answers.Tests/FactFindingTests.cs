using Gyokaku.Knowledge.Answering;
using Gyokaku.Knowledge.Questions;
using static Gyokaku.Answers.Tests.Corpus;

namespace Gyokaku.Answers.Tests;

/// <summary>Finding the item and the typed fact a question asks for when its words are not the document's own.</summary>
public class FactFindingTests
{
    [Theory]
    // 評価 inside the indicator's name; the ask (目標) comes after it.
    [InlineData("山口市 予備的診断でA評価だった割合のR4目標は？", "35", "100%")]
    [InlineData("山口市で行政評価システムを理解して行動している職員の割合、R3の目標は？", "30", "70%")]
    public void Evaluation_words_inside_an_indicator_do_not_make_the_ask(string question, string item, string value)
    {
        var a = Answered(question, Yamaguchi);
        Assert.Equal("target", a.Intent);
        Assert.Contains(a.Citations, c => c.Item == item);
        Assert.Contains(value, a.Text);
    }

    [Theory]
    [InlineData("山口市の推進項目30の評価は？", Intent.Evaluation)]
    [InlineData("美祢市で評価がCの項目を一覧で", Intent.List)]
    [InlineData("小郡市のNo.8、R6年度計画でWebフォームは何件？", Intent.Plan)]
    [InlineData("小郡市のNo.8、R4の実績は何件？", Intent.Actual)]
    [InlineData("おかやま市の外郭団体の経営の適正化ってどこの局？", Intent.Department)]
    [InlineData("小郡市のNo.7、事務事業の点検・評価は何業務？", Intent.Actual)]
    [InlineData("岡山市のマインドセット研修、R6の参加人数は？", Intent.Actual)]
    [InlineData("小郡市の人事評価制度、R4年度の実績は？", Intent.Actual)]
    [InlineData("美祢市の№3、R2上半期の評価の結果は？", Intent.Evaluation)]
    [InlineData("山口市の推進項目5って何？", Intent.Lookup)]
    [InlineData("美祢市の22番ってなんだっけ", Intent.Lookup)]
    [InlineData("美祢市の進捗状況報告書はいつ出されたもの？", Intent.Structure)]
    public void Intent_is_the_last_ask(string question, Intent intent) =>
        Assert.Equal(intent, Service().Parse(question).Intent);

    [Fact]
    public void A_count_asked_of_a_topic_finds_the_item_whose_result_holds_it()
    {
        // 取組項目② has キャリア形成 in its title; the training and its figures are in ①'s R6 result.
        var a = Answered("岡山市の職場内研修活性化支援研修、R6の参加人数は？", Okayama);
        Assert.Contains(a.Citations, c => c.Item == "4-2-①");
        Assert.Contains("694人参加", a.Text);
        Assert.DoesNotContain("107人", a.Text);
    }

    [Fact]
    public void One_years_targets_of_an_item_whose_indicator_is_not_named_are_all_given()
    {
        var a = Answered("山口市の推進項目36のR4目標は？", Yamaguchi);
        Assert.Contains("0件", a.Text);
        Assert.Contains("100%", a.Text);
        var one = Answered("山口市の電子入札の比率は最終的に何％を目指す？", Yamaguchi);
        Assert.Equal("target", one.Intent);
        Assert.Contains("100%", one.Text);
        Assert.DoesNotContain("0件", one.Text);
    }

    [Fact]
    public void A_target_is_not_quoted_from_the_current_state()
    {
        var a = Answered("小郡市の職員の時間外勤務の目標は？", Ogori);
        Assert.Contains(a.Citations, c => c.Item == "15");
        Assert.DoesNotContain("現状・課題", a.Text);
        Assert.Contains("時間外勤務時間数前年度比▲1%以上", a.Text);
    }

    [Fact]
    public void A_named_indicator_without_a_baseline_has_none()
    {
        var a = Ask("山口市で市民活動団体の登録数の基準値は？");
        Assert.Equal(AnswerStatus.NotFound, a.Status);
        Assert.Contains("市民活動団体登録数", a.Text);
        Assert.DoesNotContain("実施目的", a.Text);
        Assert.Contains("1,683人", Answered("山口市の正規職員の数の基準値は？", Yamaguchi).Text);
    }

    [Fact]
    public void A_count_of_an_untied_progress_item_is_its_statement_with_the_figure()
    {
        var a = Answered("美祢市の自治体クラウド、R2上半期に統一仕様機能のバージョンアップは何回実施した？", Mine);
        Assert.Contains("9回", a.Text);
    }

    [Fact]
    public void A_years_plan_of_an_item_with_several_activities_gives_each_when_none_is_named()
    {
        var a = Answered("山口市の推進項目3のR2の計画は？", Yamaguchi);
        Assert.Contains("①地域での「話し合い」の基盤づくり", a.Text);
        Assert.Contains("②地域資源や課題の共有に向けた「話し合い」の場づくりの推進", a.Text);
        var one = Answered("山口市の推進項目3、場づくりの推進のR2の計画は？", Yamaguchi);
        Assert.Contains("②", one.Text);
        Assert.DoesNotContain("①", one.Text);
    }

    [Fact]
    public void A_plans_count_is_read_from_the_years_plan_cell()
    {
        var a = Answered("小郡市のNo.8、R6年度計画でWebフォームは何件？", Ogori);
        Assert.Equal("plan", a.Intent);
        Assert.Contains("新規Webフォーム作成(新規50件)", a.Text);
        Assert.DoesNotContain("R4", a.Text);
    }

    [Fact]
    public void A_year_after_the_plan_printed_in_an_activity_is_part_of_its_name()
    {
        // 推進項目33 schedules ②令和5年度以降の計画策定 in R4; 令和5年度 is after the plan (H30–R4).
        var a = Answered("山口市の財政運営健全化計画、令和5年度以降の計画策定はいつやる予定？", Yamaguchi);
        Assert.Contains(a.Citations, c => c.Item == "33");
        Assert.Contains("R4：実施", a.Text);
    }

    [Fact]
    public void A_year_after_the_plan_not_printed_by_the_item_is_still_outside_it()
    {
        var a = Ask("山口市の推進項目33のR6の計画は？");
        Assert.Equal(AnswerStatus.NotFound, a.Status);
    }

    [Fact]
    public void An_item_by_number_is_described_even_with_no_texts_read()
    {
        var a = Answered("美祢市の22ってなに？", Mine);
        Assert.Equal("item_lookup", a.Intent);
        Assert.Contains("小中学校跡地利活用に関するマニュアル", a.Text);
        Assert.Contains("公共施設管理", a.Text);
    }

    [Fact]
    public void A_department_asked_as_a_bureau()
    {
        var a = Answered("岡山市の「外郭団体の経営の適正化」はどこの局？", Okayama);
        Assert.Equal("department", a.Intent);
        Assert.Contains("総務局", a.Text);
    }

    [Fact]
    public void The_documents_date_and_term()
    {
        var a = Answered("When was Mine's progress report issued?", Mine);
        Assert.Contains("令和2年12月", a.Text);
        Assert.Contains("上半期", a.Text);
    }
}

/// <summary>Lists and structure answers that name the parts, not the sentence introducing them.</summary>
public class GroupListTests
{
    [Fact]
    public void A_level_asked_with_tte_nani_lists_its_parts()
    {
        var a = Answered("美祢市の大分類って何？", Mine);
        Assert.Equal("structure", a.Intent);
        foreach (var part in new[] { "組織・人材マネジメントの見直し", "業務の見直し", "協働の推進" }) Assert.Contains(part, a.Text);
    }

    [Fact]
    public void A_group_named_by_its_title_lists_every_item_in_it()
    {
        var a = Answered("行革推進プランの戦略区分「内部統制の整備」にはどんな取組がある？", ActionPlan);
        Assert.Equal("list", a.Intent);
        Assert.Contains("内部統制制度の機能強化", a.Text);
        Assert.DoesNotContain("包括連携協定", a.Text);

        var b = Answered("山口市の協働推進体制の充実にはどんな取組がある？", Yamaguchi);
        Assert.Equal("4,5,6,7", string.Join(",", b.Citations.Select(c => c.Item)));
    }

    [Fact]
    public void A_group_named_after_its_level_word_is_a_list_not_the_outline()
    {
        var a = Answered("美祢市の小分類「財政管理」にはどんな項目がある？", Mine);
        Assert.Equal("list", a.Intent);
        Assert.Contains(a.Citations, c => c.Item == "43");
        Assert.DoesNotContain(a.Citations, c => c.Item == "22"); // 小分類1 公共施設管理
    }

    [Fact]
    public void A_labelled_fact_and_its_value_filter_a_list()
    {
        var a = Answered("行革推進プランで見直し区分が新規の取組は？", ActionPlan);
        Assert.Equal("list", a.Intent);
        Assert.Contains("業務の集約処理", a.Text);
        Assert.Contains("設計施工一括発注（DB）方式の導入検討", a.Text);
        Assert.DoesNotContain("包括連携協定", a.Text); // 継続
    }

    [Fact]
    public void A_labelled_fact_named_in_the_question_is_the_answer()
    {
        var a = Answered("行革推進プランの「若手職員のフォローアップ制度の導入」の前期取組名は？", ActionPlan);
        Assert.Contains("メンター制度の導入", a.Text);
    }
}

/// <summary>Figures of the effect tables: one year's cell, the total row, and both tables when the question does not tell them apart.</summary>
public class AmountTableTests
{
    [Fact]
    public void One_years_total_is_the_total_row_in_that_years_column()
    {
        var a = Answered("計画策定時点の改革改善効果額見込み、令和7年度の合計は？", ActionPlan);
        Assert.Contains("642,023", a.Text);
        Assert.DoesNotContain("2,674,093", a.Text); // the whole period's total
    }

    [Fact]
    public void Tables_the_question_does_not_tell_apart_are_both_quoted()
    {
        var a = Answered("行革推進プランの財務マネジメント改革の効果額、R8は？", ActionPlan);
        Assert.Contains("50,688", a.Text); // 後期アクションプラン策定時点
        Assert.Contains("2,776", a.Text);  // 計画策定時点
        Assert.DoesNotContain("152,675", a.Text); // the period totals' comparison is not one year's
    }

    [Fact]
    public void No_row_named_is_the_total_row()
    {
        var a = Answered("計画策定時点の改革改善効果額、R8はいくら？", ActionPlan);
        Assert.Contains("697,417", a.Text);
        Assert.DoesNotContain("92,721", a.Text); // I 業務マネジメント改革's R8
    }

    [Fact]
    public void A_change_in_english_quotes_both_totals_and_the_documents_comparison()
    {
        var a = Answered("How did the R4–R9 effect estimate for 財務マネジメント改革 change at the second-half plan compared with the original plan?", ActionPlan);
        Assert.Equal("amount", a.Intent);
        Assert.Contains("8,484", a.Text);
        Assert.Contains("161,159", a.Text);
        Assert.Contains("152,675", a.Text);
    }
}
