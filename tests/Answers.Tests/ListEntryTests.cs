using Gyokaku.Knowledge.Answering;
using static Gyokaku.Answers.Tests.Corpus;

namespace Gyokaku.Answers.Tests;

/// <summary>
/// An item's text printed as a list (○ bullets, ①②③ activities, ・ lines) asked entry by entry: "besides X" is
/// answered by the entries that are not X, "all of them" by every entry of the one list meant.
/// </summary>
public class ListEntryTests
{
    [Fact]
    public void Besides_the_named_bullet_the_others_of_its_list_answer()
    {
        // No.15 R4実績: ○時間外勤務… ○年次有給休暇… ○テレワークの試行 ○庁内の時間外勤務状況の共有.
        var a = Answered("小郡市の働き方改革の推進で、R4年度はテレワークの試行以外に何をした？", Ogori);
        Assert.Contains("時間外勤務状況の共有", a.Text);
        Assert.DoesNotContain("テレワークの試行", a.Text);
    }

    [Fact]
    public void The_rest_of_the_question_picks_among_the_other_entries()
    {
        // No.6 R4実績: ○…寄附企業の開拓 ○寄附対象となる事業の所管課との連携 ○…17社 8,685,800円: 連携 asks the second.
        var a = Answered("小郡市の企業版ふるさと納税、R4年度は寄附企業を開拓したほかにどこと連携した？", Ogori);
        Assert.Contains("所管課との連携", a.Text);
        Assert.DoesNotContain("8,685,800", a.Text);
    }

    [Fact]
    public void A_later_sentence_of_the_named_bullet_may_be_what_is_asked()
    {
        // ○…アドバイザー契約を締結。事業者検討委員会の設置準備。
        var a = Answered("小郡市No.13、R4年度はアドバイザー契約の締結のほかに何を準備した？", Ogori);
        Assert.Contains("事業者検討委員会", a.Text);
    }

    [Fact]
    public void Besides_in_English_names_the_entry_by_its_Japanese_terms()
    {
        var a = Answered("Ogori No.14: apart from the personnel exchange, what else happened in FY2022?", Ogori);
        Assert.Contains("研修計画の見直し", a.Text);
    }

    [Fact]
    public void Every_entry_of_one_items_year_plan_is_listed()
    {
        var a = Answered("小郡市のふるさと納税の推進、R6年度計画の取組をすべて教えて", Ogori);
        Assert.Contains("返礼品取扱事業者学習会", a.Text);
        Assert.Contains("トレンドに合った新たな商品の開発", a.Text);
        Assert.Contains("ポータルサイト", a.Text);
    }

    [Fact]
    public void The_activities_of_a_schedule_are_listed_when_asked_by_their_range()
    {
        var a = Answered("山口市の推進項目24、取組内容の①～③は？", Yamaguchi);
        Assert.Contains("再任用職員の適正配置", a.Text);
        Assert.Contains("任期付職員の採用", a.Text);
        Assert.Contains("外部人材の活用", a.Text);
    }

    [Fact]
    public void A_grade_word_inside_a_name_does_not_make_a_done_question_a_grade_question()
    {
        // 人事評価 names the topic; 何を変えた asks what was done.
        var a = Answered("美祢市の№3、R2上半期は人事評価について何を変えた？", Mine);
        Assert.Contains("評価判定会議", a.Text);
    }
}
