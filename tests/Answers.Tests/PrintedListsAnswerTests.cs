using Gyokaku.Knowledge.Answering;

namespace Gyokaku.Answers.Tests;

/// <summary>Lists printed under a heading, glossed labels, compared years and outline levels, asked in staff's words.</summary>
public class PrintedListsAnswerTests
{
    [Fact]
    public void A_list_named_by_its_heading_is_quoted_whole()
    {
        var a = Corpus.Ask("行革推進プランの「ワークエンゲージメント向上」の新規の取組を教えて");
        Assert.Equal(AnswerStatus.Answered, a.Status);
        Assert.Contains("職員の主体性のある研修体系の再構築", a.Text);
        Assert.DoesNotContain("日勤救急隊の導入", a.Text); // an existing 取組 of the same heading
    }

    [Fact]
    public void One_marked_entry_of_a_named_list()
    {
        var a = Corpus.Ask("後期アクションプランの方向性の⑥は？");
        Assert.Equal(AnswerStatus.Answered, a.Status);
        Assert.Contains("既存事業見直しの取組", a.Text);
        Assert.DoesNotContain("⑤", a.Text);
    }

    [Fact]
    public void Two_glossed_labels_asked_together()
    {
        var a = Corpus.Ask("総括で使われているKeepとTryの意味は？");
        Assert.Contains("できたこと", a.Text);
        Assert.Contains("次に取り組が必要なこと", a.Text);
    }

    [Fact]
    public void The_base_year_of_a_comparison_answers_for_its_entry()
    {
        var a = Corpus.Ask("岡山市の介護保険料の現年収納率はR5でいくつだった？");
        Assert.Equal(AnswerStatus.Answered, a.Status);
        Assert.Contains("99.81%", a.Text);
        Assert.DoesNotContain("94.28%", a.Text); // 国保's
    }

    [Fact]
    public void A_city_only_mentioned_in_passing_gets_no_other_citys_figure()
    {
        var a = Corpus.Ask("防府市の職員研修の目標値は？");
        Assert.Equal(AnswerStatus.NotFound, a.Status);
        Assert.Contains("防府市", a.Text);
    }

    [Fact]
    public void An_item_number_asked_as_what_is_it_clarifies_without_a_plan()
    {
        var a = Corpus.Ask("12番の取組って何？");
        Assert.Equal(AnswerStatus.Clarify, a.Status);
    }

    [Fact]
    public void Outline_entries_under_a_named_level()
    {
        var a = Corpus.Ask("山口市の基本方針Ⅰの改革の方向性は？");
        Assert.Equal(AnswerStatus.Answered, a.Status);
        Assert.DoesNotContain("推進項目", a.Text); // the outline, not an item
    }

    [Fact]
    public void Items_added_in_a_later_year_of_the_plan()
    {
        var a = Corpus.Ask("山口市の計画にR3年度から追加された項目は？");
        Assert.Equal(AnswerStatus.Answered, a.Status);
        Assert.Contains("デジタル活用支援の推進", a.Text);
        Assert.DoesNotContain("情報セキュリティの推進", a.Text);
    }

    [Fact]
    public void A_quoted_title_naming_a_count_asks_no_count()
    {
        var a = Corpus.Ask("第一次計画の「職員数の適正化」はどういう実施状況だった？");
        Assert.Equal(AnswerStatus.Answered, a.Status);
        Assert.Contains("実施継続", a.Text);
    }
}
