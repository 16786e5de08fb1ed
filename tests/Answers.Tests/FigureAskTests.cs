using Gyokaku.Knowledge.Answering;
using Gyokaku.Knowledge.Questions;
using static Gyokaku.Answers.Tests.Corpus;

namespace Gyokaku.Answers.Tests;

/// <summary>
/// Whether a question asks a figure, and what happens when the item's text has none: the year in a schedule's
/// label is no figure, a plan row is no 目標値, and a measure named before a what-ask (経費…何を) is only the topic.
/// </summary>
public class FigureAskTests
{
    [Theory]
    [InlineData("広報紙の経費削減のために何を見直す？", false)]
    [InlineData("予算を使って何を導入した？", false)]
    [InlineData("広報紙の経費はいくら？", true)]
    [InlineData("経費削減の件数は何件？", true)]
    [InlineData("達成率と評価は？", true)]
    public void A_measure_named_before_a_what_ask_is_the_topic(string question, bool asksQuantity) =>
        Assert.Equal(asksQuantity, ContentWords.AsksQuantity(question));

    [Fact]
    public void A_what_ask_about_costs_is_answered_by_the_years_plan()
    {
        // No.11 R6年度計画: ○広報紙…折込チラシの見直しによる経費削減 — a text, and the text is the answer.
        var a = Answered("小郡市No.11、R6計画では広報紙の経費削減として何を見直す予定？", Ogori);
        Assert.Contains("折込チラシの見直し", a.Text);
    }

    [Fact]
    public void A_count_asked_of_a_plan_year_without_figures_is_not_found()
    {
        // 効果的な広報の推進: R4–R7 print only → after ・適時・適切な市政情報の発信 ・AIチャットボット導入; "R6" in
        // the answer's label is no count.
        var a = Ask("岡山市の効果的な広報の推進、R6年度の目標はいくつ？");
        Assert.Equal(AnswerStatus.NotFound, a.Status);
        Assert.Contains(a.Citations, c => c.Document == Okayama);
    }

    [Fact]
    public void A_target_value_asked_of_an_item_without_numeric_targets_is_not_its_plan()
    {
        // 推進項目39 prints 数値目標の設定に適さないため 設けません; its R3 plan row (実施) is no target value.
        var a = Ask("山口市の推進項目39、R3の目標値はいくつに設定されている？");
        Assert.Equal(AnswerStatus.NotFound, a.Status);
        Assert.DoesNotContain("R3 計画", a.Text);
    }

    [Fact]
    public void A_target_value_of_an_item_with_numeric_targets_is_still_given()
    {
        // 推進項目35: 予備的診断でA評価だった割合, R4 目標値 100%.
        var a = Answered("山口市の推進項目35、R4の目標値は？", Yamaguchi);
        Assert.Contains("100%", a.Text);
    }
}
