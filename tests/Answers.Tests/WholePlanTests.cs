using Gyokaku.Knowledge.Answering;
using Gyokaku.Knowledge.Questions;

namespace Gyokaku.Answers.Tests;

/// <summary>
/// Questions about a plan as a whole on the seeds: another plan of the series named in the question, a level's
/// sub-levels, a list under a level the outline and the item pages disagree on, figures of the plan's own tables
/// asked without the word 効果額.
/// </summary>
public class WholePlanTests
{
    [Fact]
    public void The_first_plan_named_in_a_second_plan_gets_the_first_plans_period_and_principle()
    {
        // 000 lines 953–955: 第一次 山口市行政改革大綱推進計画(H23～H29年度) / 基本理念 『自立・協働…』.
        var a = Corpus.Answered("第一次山口市行政改革大綱推進計画の期間と基本理念は？", Corpus.Yamaguchi);
        var flat = Corpus.Flat(a);
        Assert.Contains("H23~H29", flat);   // Flat is NFKC: ～ is ~
        Assert.Contains("自立・協働によるまちづくりに向けた経営基盤の改革", flat);
        // The second plan's own period and principle are not the first plan's.
        Assert.DoesNotContain("H30", flat);
        Assert.DoesNotContain("市民本位の公共サービスの実現", flat);
    }

    [Fact]
    public void The_plans_own_ordinal_still_gets_its_own_period()
    {
        var a = Corpus.Answered("第二次山口市行政改革大綱推進計画の計画期間は？", Corpus.Yamaguchi);
        Assert.Contains("H30", a.Text);
    }

    [Fact]
    public void The_plan_named_with_の_between_its_words_is_still_its_own_row_of_the_period_table()
    {
        // 000 lines 56–58: 大綱の推進計画 names the row 第二次…大綱 推進計画 (5年間, 前期 平成30～令和4年度), not the
        // row 第二次…大綱 (10年間).
        var a = Corpus.Answered("第二次山口市行政改革大綱の推進計画、前期の期間を教えて", Corpus.Yamaguchi);
        Assert.Contains("R4", Corpus.Flat(a).Replace("令和4", "R4"));
        Assert.DoesNotContain("10年間", a.Text);
    }

    [Fact]
    public void A_range_of_a_level_lists_each_entry_of_the_level()
    {
        // 002 取組み整理表: 基本方針1 業務マネジメント改革 / 2 組織・人材マネジメント改革 / 3 財務マネジメント改革.
        var a = Corpus.Answered("行革推進プランの基本方針1〜3、それぞれの名前は？", Corpus.ActionPlan);
        Assert.Equal("structure", a.Intent);
        foreach (var name in new[] { "業務マネジメント改革", "組織・人材マネジメント改革", "財務マネジメント改革" })
            Assert.Contains(name, a.Text);
    }

    [Fact]
    public void A_level_title_quotes_the_documents_own_characters()
    {
        // 001 lines 1145, 1150 print 市⺠ / ⺠間 with U+2EA0, which NFKC keeps: the answer quotes it as printed,
        // while a question typing 民 still finds it.
        var a = Corpus.Answered("美祢市の大分類４の下にある小分類を教えて", Corpus.Mine);
        Assert.Contains("市\u2EA0との協働", a.Text);
        Assert.Contains("\u2EA0間企業等との協働", a.Text);
        var typed = Corpus.Ask("美祢市の市民との協働の小分類にはどんな項目がある？");
        Assert.Contains(typed.Citations, c => c.Document == Corpus.Mine);
    }

    [Fact]
    public void The_outline_plan_named_without_its_action_plan_gets_its_own_row_of_the_period_table()
    {
        // 000 lines 56–58: 第二次山口市行政改革大綱 10年間 平成30～39年度 / 第二次…大綱 推進計画 5年間 前期：平成30～令和4年度.
        var a = Corpus.Answered("第二次山口市行政改革大綱の期間は？", Corpus.Yamaguchi);
        Assert.Contains("10年間", a.Text);
        Assert.Contains("平成30～39年度", a.Text);
        Assert.DoesNotContain("5年間", a.Text);
    }

    [Fact]
    public void The_sub_levels_of_a_named_group_are_listed_not_its_items()
    {
        // 001: ⼤分類４ 協働の推進 ＜⼩分類1 市⺠との協働＞ ＜⼩分類２ ⺠間企業等との協働＞.
        var a = Corpus.Answered("美祢市の大分類４「協働の推進」の小分類って何がある？", Corpus.Mine);
        Assert.Equal("structure", a.Intent);
        Assert.Contains("企業等との協働", a.Text);
        Assert.Contains("小分類1", a.Text);
        Assert.DoesNotContain("実施項目", a.Text);
    }

    [Fact]
    public void A_list_under_a_level_adds_what_the_outline_lists_there_and_says_where_the_page_puts_it()
    {
        // 000 line 95 lists 16 under (1)組織基盤の強化; its page (line 431) heads it (2)業務執行体制の整備.
        var a = Corpus.Answered("山口市の施策「(1)組織基盤の強化」に入ってる推進項目を全部", Corpus.Yamaguchi);
        foreach (var title in new[] { "市民に分かりやすい組織体制の構築", "組織的なマネジメント力の強化", "施策横断的な会議体の運用", "新本庁舎整備を契機とした組織体制の検討", "適正な事務処理の確保" })
            Assert.Contains(title, a.Text);
        Assert.Contains("業務執行体制の整備", a.Text);
        Assert.DoesNotContain("サービス提供体制の充実", a.Text);
    }

    [Fact]
    public void A_level_number_shared_by_several_parents_is_told_apart_by_its_printed_title()
    {
        var a = Corpus.Answered("山口市の施策(2)業務執行体制の整備の推進項目は？", Corpus.Yamaguchi);
        Assert.Contains("サービス提供体制の充実", a.Text);
        Assert.DoesNotContain("地域を支える体制の構築", a.Text);
    }

    [Fact]
    public void A_row_of_an_effect_table_asked_as_a_total_amount_is_read_from_the_named_table()
    {
        // 002 line 333: 後期アクションプラン策定時点 II 組織・人材マネジメント改革 … 2,096,528 -23,842.
        var a = Corpus.Answered("後期アクションプラン策定時点で、組織・人材マネジメント改革のＲ４～Ｒ９合計額っていくら？", Corpus.ActionPlan);
        Assert.Contains("2,096,528", a.Text);
        Assert.DoesNotContain("2,120,370", a.Text);
    }

    [Fact]
    public void A_change_between_the_two_estimates_quotes_the_documents_comparison_column()
    {
        // 002 line 334: III 財務マネジメント改革 … 161,159 152,675（計画策定時との比較）.
        var a = Corpus.Answered("In the 行革推進プラン, by how much did the 財務マネジメント改革 total (R4–R9) change at the second-half planning compared with the original estimate?", Corpus.ActionPlan);
        Assert.Contains("152,675", a.Text);
        Assert.Contains("8,484", a.Text);
    }

    [Theory]
    [InlineData("長門市で評価が△だった取組を全部教えて", "△")]
    [InlineData("◎評価の取組は？", "◎")]
    [InlineData("評価がAの項目", "A")]
    public void A_grade_is_a_letter_or_a_report_mark(string question, string grade)
    {
        var q = Corpus.Service().Parse(question);
        Assert.Equal(grade, q.Grade);
        Assert.Equal(Intent.List, q.Intent);
    }
}
