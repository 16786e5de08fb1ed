using Gyokaku.Knowledge.Model;
using Gyokaku.Knowledge.Questions;

namespace Gyokaku.Answers.Tests;

/// <summary>
/// The same facts asked the way staff type them in a chat: casual endings (〜って何て取組？ 〜どうなってる？),
/// a plan's words instead of 計画は, dates instead of fiscal years, titles without their brackets, plain English.
/// </summary>
public class RewordingTests
{
    private static ParsedQuestion Parse(string q) => Corpus.Service().Parse(q);

    [Theory]
    // The later plan named before a loose ask: what became of an earlier item.
    [InlineData("債権管理体制の一元化って後期ではどうなってる？", Intent.Mapping)]
    [InlineData("KPI評価に基づく既存事業ヒアリングは後期だと何て取組？", Intent.Mapping)]
    // A count of what is planned, asked with a verb before 計画 / 予定, or "plan to".
    [InlineData("小郡市のWebフォーム、R6年度に何件作る予定？", Intent.Plan)]
    [InlineData("How many staff does Ogori plan to send to training institutions in FY2023?", Intent.Plan)]
    [InlineData("What was Okayama planning to do in FY2022 for its core systems?", Intent.Plan)]
    // Past-tense English asks what happened.
    [InlineData("When did 周防大島町 go live on Mine's municipal cloud?", Intent.Actual)]
    [InlineData("How did Ogori's furusato nozei do in FY2022?", Intent.Actual)]
    [InlineData("How many times was Mine's municipal cloud upgraded in the first half?", Intent.Actual)]
    [InlineData("How well did Ogori achieve its FY2022 plan for item No.5?", Intent.Evaluation)]
    [InlineData("小郡市のSNSフォロワー数、R6年度は何人にしたいの？", Intent.Target)]
    [InlineData("美祢市の５番ってなんでしたっけ", Intent.Lookup)]
    [InlineData("美祢市の５番ってなんだっけ", Intent.Lookup)]
    [InlineData("What initiatives fall under 官民共創の推進?", Intent.List)]
    // A level listed: the plan's structure; a label's items: a list.
    [InlineData("岡山市の施策を一覧で教えてください", Intent.Structure)]
    [InlineData("美祢市の大分類って何がある？", Intent.Structure)]
    [InlineData("組織・人材マネジメント改革の戦略区分って何がある？", Intent.Structure)]
    [InlineData("行革推進プランの見直し区分が新規の取組は？", Intent.List)]
    public void Casual_and_english_asks(string question, Intent intent) => Assert.Equal(intent, Parse(question).Intent);

    [Fact]
    public void A_number_with_label_and_counter_is_the_item() =>
        Assert.Equal(("20", Intent.Lookup), (Parse("美祢市の実施項目20番って何？").Item?.Number, Parse("美祢市の実施項目20番って何？").Intent));

    [Fact]
    public void A_group_title_names_the_one_plan_that_has_it() =>
        Assert.Equal(Corpus.ActionPlan, Assert.Single(Parse("組織・人材マネジメント改革の戦略区分って何がある？").Plans).Document.File);

    [Fact]
    public void A_dates_month_and_day_are_when_not_what()
    {
        var q = Parse("岡山市の職員数、令和7年4月1日時点で何人？");
        Assert.Equal([new FiscalYear(2025)], q.Years);
        Assert.DoesNotContain("4月", q.Content);
        Assert.DoesNotContain("時点", q.Content);
    }

    [Theory]
    [InlineData("岡山市って令和7年4月1日時点で職員何人いる？", Corpus.Okayama, "8,568人")]
    [InlineData("山口市第一次計画のコンプライアンスの推進、第二次だと何番？", Corpus.Yamaguchi, "16")]
    [InlineData("債権管理体制の一元化って後期ではどうなってる？", Corpus.ActionPlan, "取組完了")]
    [InlineData("When did 周防大島町 go live on Mine's municipal cloud?", Corpus.Mine, "2.9.23")]
    [InlineData("Who was Mine's film commission secretariat transferred to?", Corpus.Mine, "観光協会")]
    [InlineData("研修機関等への派遣、小郡市は令和5年度に何名送る予定？", Corpus.Ogori, "116名")]
    [InlineData("美祢市の大分類って何がある？", Corpus.Mine, "協働の推進")]
    public void Reworded_questions_find_the_fact(string question, string document, string fact) =>
        Assert.Contains(fact, Corpus.Answered(question, document).Text);
}
