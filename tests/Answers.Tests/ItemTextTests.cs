using Gyokaku.Knowledge.Answering;
using static Gyokaku.Answers.Tests.Corpus;

namespace Gyokaku.Answers.Tests;

/// <summary>
/// An item found, the fact in its own text: a line of a list under its heading, a schedule activity's bracketed
/// examples, one sentence of a year's result. Not found when the figure asked is printed for another entry of the
/// list only, or the cell asked holds a dash. A period asked of a thing the plan names is that thing's, not the plan's.
/// </summary>
public class ItemTextTests
{
    [Theory]
    // 【対象団体(市の出資割合)】 heads lines of bodies with their shares: the line printing 70% answers.
    [InlineData("山口市の第三セクター等の対象団体で、市の出資割合が70%の団体は？", Yamaguchi, "山口市徳地農業公社(70%)")]
    // The activity ②滞納処分の強化 lists its examples in brackets; 徴収率 in the title asks no figure.
    [InlineData("山口市の市税等の徴収率の向上で、滞納処分の強化とは例えば何をする？", Yamaguchi, "タイヤロック、インターネット公売、不動産公売")]
    // One sentence of the R4 result, not the item's description.
    [InlineData("小郡市の民間活力の活用、R4年度に新給食センターについて何を締結した？", Ogori, "アドバイザー契約を締結")]
    // The entry of the list naming 課題研修 prints its own rate.
    [InlineData("岡山市の課題研修、有意義と回答した割合は何％？", Okayama, "93.2%")]
    public void The_items_own_text_answers(string question, string document, string fact)
    {
        var a = Answered(question, document);
        Assert.Contains(string.Concat(fact.Normalize(System.Text.NormalizationForm.FormKC).Where(c => !char.IsWhiteSpace(c))), Flat(a));
    }

    [Fact]
    public void A_rate_printed_for_another_entry_of_the_list_is_not_the_one_asked()
    {
        // ・基本研修 … 有意義と回答した割合 96.4% ・派遣研修 7団体 356人参加: no rate for 派遣研修.
        var a = Ask("岡山市の派遣研修で有意義と答えた割合は何パーセント？");
        Assert.Equal(AnswerStatus.NotFound, a.Status);
        Assert.DoesNotContain("96.4", a.Text);
    }

    [Fact]
    public void A_dash_in_the_target_row_is_no_target()
    {
        // 経常収支比率: H30–R3 print "-", only R4 has 95%未満.
        var a = Ask("山口市の経常収支比率、R2の目標値は？");
        Assert.Equal(AnswerStatus.NotFound, a.Status);
    }

    [Fact]
    public void A_rate_asked_is_not_answered_by_a_plan_line_without_one()
    {
        // 3-1-①-b prints no target rate: its R3 plan line (・交付手数料引き下げ) is no answer to 何％.
        var a = Ask("岡山市の証明書のコンビニ交付、目標は何％？");
        Assert.Equal(AnswerStatus.NotFound, a.Status);
    }

    [Fact]
    public void The_period_of_a_thing_the_plan_names_is_its_own()
    {
        var named = Answered("岡山市立総合医療センターの第3期中期目標期間はいつからいつまで？", Okayama);
        Assert.Contains("令和4年度～令和7年度", named.Text);
        Assert.DoesNotContain("令和3年度～令和7年度", named.Text);

        var plan = Answered("岡山市の行財政改革推進項目の計画期間は？", Okayama);
        Assert.Contains("令和3年度～令和7年度", plan.Text);
    }
}

/// <summary>A chapter listing the city's earlier plans by year (これまでの経過) dates them.</summary>
public class DatedLinesTests
{
    [Fact]
    public void The_line_of_the_year_asked()
    {
        var a = Answered("小郡市が平成19年に作った計画は？", Ogori);
        Assert.Contains("小郡市行政改革行動計画", a.Text);
        Assert.DoesNotContain("財政構造対策緊急計画", a.Text);
    }

    [Fact]
    public void The_earliest_line_naming_what_is_asked()
    {
        // 小郡市行政改革大綱 is listed for 昭和61年, 平成8年 and 平成14年: the first is 昭和61年.
        var a = Answered("小郡市が初めて行政改革大綱を策定したのはいつ？", Ogori);
        Assert.Contains("昭和 61 年", a.Text);
        Assert.DoesNotContain("平成 8 年", a.Text);
    }
}
