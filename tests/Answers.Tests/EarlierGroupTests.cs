using Gyokaku.Knowledge.Answering;

namespace Gyokaku.Answers.Tests;

/// <summary>
/// Earlier items asked for as a group (by status, by handling, by the later item that took them over) are listed
/// from the continuity table; a mark's meaning is read from the legend line that prints it.
/// </summary>
public class EarlierGroupTests
{
    [Fact]
    public void Earlier_items_with_a_status_mark_are_listed()
    {
        // 000's continuity table marks 1, 5, 42 and 46 ◎ (実施済); 2 is ○ 事業完了.
        var a = Corpus.Ask("山口市の第一次計画で実施済になった項目を全部教えて");
        Assert.Equal(AnswerStatus.Answered, a.Status);
        foreach (var title in new[] { "ホームページの再構築", "土地開発公社の解散", "公共事業コスト構造改善プログラムの策定・推進" })
            Assert.Contains(title, a.Text);
        Assert.DoesNotContain("本市が目指す", a.Text);
    }

    [Fact]
    public void Earlier_items_with_a_handling_are_listed_once_each()
    {
        // 13 (printed twice, once 【再掲】), 18, 20, 21: 推進計画から削除.
        var a = Corpus.Ask("山口市の第一次計画で推進計画から削除された項目は？");
        Assert.Equal(AnswerStatus.Answered, a.Status);
        Assert.Contains("地域づくり交付金制度の充実", a.Text);
        Assert.Contains("新たな地域自治組織の研究", a.Text);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(a.Text, "協働推進プランの推進"));
    }

    [Fact]
    public void A_later_items_number_lists_the_earlier_items_it_took_over()
    {
        // 25, 26, 27 → 次期計画(項目19); the first plan's own 19 (地域づくり支援組織の設置) went to 4.
        var a = Corpus.Ask("山口市の第二次計画の項目19に引き継がれた第一次計画の項目は？");
        Assert.Equal(AnswerStatus.Answered, a.Status);
        Assert.Contains("地域交流センター等の機能強化", a.Text);
        Assert.Contains("サービス供給体制の見直し", a.Text);
        Assert.DoesNotContain("地域づくり支援組織の設置", a.Text);
    }

    [Fact]
    public void A_mark_is_read_from_the_legend_that_fits_the_question()
    {
        // 凡例(実績欄) 計画どおり ○ 計画に遅れ △ 未着手 × (label before mark) against 実施状況：◎実施済 … ×廃止 (mark before label).
        Assert.Contains("計画に遅れ", Corpus.Ask("山口市の実績欄で△は何を表す？").Text);
        var status = Corpus.Ask("山口市の第一次計画の実施状況で×は何を意味する？");
        Assert.Contains("廃止", status.Text);
        Assert.DoesNotContain("未着手", status.Text.Split('\n')[1]);
    }

    [Fact]
    public void A_legend_line_pairs_labels_and_marks_either_way_round()
    {
        Assert.Equal("計画に遅れ", LegendMarks.Label("凡例(実績欄) 計画どおり ○ 計画に遅れ △ 未着手 ×", '△'));
        Assert.Equal("一部実施", LegendMarks.Label("実施状況：◎実施済 ○実施継続 △一部実施 ×廃止", '△'));
        Assert.Null(LegendMarks.Label("○地域の利用者の意向を確認", '○'));
    }

    [Fact]
    public void How_an_earlier_initiative_was_handled_is_a_mapping_question()
    {
        // 002 取組み整理表: BPRの今後の展開に向けた検討 廃止（取組を集約） 行政マネジメント課.
        var a = Corpus.Ask("前期の「BPRの今後の展開に向けた検討」は後期アクションプランでどういう扱い？");
        Assert.Equal(AnswerStatus.Answered, a.Status);
        Assert.Contains("廃止（取組を集約）", a.Text);
    }

    [Fact]
    public void Items_carrying_a_quoted_bracketed_mark_are_listed()
    {
        // 004: the 目標 cells of No.4, No.5 and No.11 end with 【もっとつながるまち小郡アクションプラン指標】.
        var a = Corpus.Ask("小郡市で【もっとつながるまち小郡アクションプラン指標】が付いてる実施項目はどれ？");
        Assert.Equal(AnswerStatus.Answered, a.Status);
        foreach (var title in new[] { "基金の管理", "ふるさと納税の推進", "行政情報の積極的提供" }) Assert.Contains(title, a.Text);
        Assert.Contains("3", a.Text.Split('\n')[0]);
    }

    [Fact]
    public void The_earlier_plans_own_levels_are_listed_from_the_continuity_table()
    {
        // 000's first-plan table: 基本方針Ⅰ 協働によるまちづくりの推進, Ⅱ 行政組織・体制の確立, Ⅲ 行政経営システムの確立
        // (the second plan's own 基本方針Ⅱ is 市民サービス向上に向けた組織運営).
        var a = Corpus.Ask("山口市の第一次行政改革大綱推進計画の基本方針を全部教えて");
        Assert.Equal(AnswerStatus.Answered, a.Status);
        foreach (var title in new[] { "協働によるまちづくりの推進", "行政組織・体制の確立", "行政経営システムの確立" }) Assert.Contains(title, a.Text);
        Assert.DoesNotContain("市民サービス向上に向けた組織運営", a.Text);
    }
}
