using Gyokaku.Knowledge.Answering;

namespace Gyokaku.Answers.Tests;

/// <summary>An item number said to be the earlier plan's is looked up in the continuity table, not in this plan.</summary>
public class EarlierPlanTests
{
    [Fact]
    public void First_plan_number_beyond_this_plans_range_is_mapped()
    {
        // 000's continuity table: 50 チャレンジ制度の推進 ○ 次期計画(項目21).
        var a = Corpus.Ask("Yamaguchi first plan item 50: which item of the second plan continues it?");
        Assert.Equal(AnswerStatus.Answered, a.Status);
        Assert.Contains("21", a.Text);
        Assert.Contains("チャレンジ制度の推進", a.Text);
    }

    [Fact]
    public void First_plan_number_within_this_plans_range_is_still_the_first_plans()
    {
        // 12 コンプライアンス(法令等遵守)の推進 → 次期計画(項目16); this plan's own item 12 is a different one.
        var a = Corpus.Ask("山口市の第一次計画の12番はどうなった？");
        Assert.Equal(AnswerStatus.Answered, a.Status);
        Assert.Contains("コンプライアンス", a.Text);
        Assert.Contains("16", a.Text);
    }
}
