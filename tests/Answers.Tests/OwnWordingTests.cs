using Gyokaku.Knowledge.Answering;

namespace Gyokaku.Answers.Tests;

/// <summary>
/// Questions that name no city, asked with other cities' plans beside the seeds (eval/extra3, extra4, extra10, extra11:
/// 箕輪町's level 区分, 七尾市's report titled …令和６年度の取組結果, 砺波市's and 芽室町's items called 歳入の確保): a term
/// only one plan prints names that plan; another plan's names never change how a question about a named plan is read.
/// </summary>
public sealed class OwnWordingTests(OwnWordingTests.Library library) : IClassFixture<OwnWordingTests.Library>
{
    private const string ActionPlan = "002_9480041d8c514e34.txt";
    private const string Ogori = "004_e7a2b0553b0a241f.txt";

    public sealed class Library() : SeedsBeside("eval/extra3/seeds", "eval/extra4/seeds", "eval/extra10/seeds", "eval/extra11/seeds");

    [Fact]
    public void A_table_only_one_plan_prints_names_that_plan()
    {
        // 取組み整理表 and 見直し区分 are the action plan's own words; 区分 alone is 箕輪町's level, which must not make it a
        // question about a plan's structure.
        var a = library.Answered("取組み整理表での「相談チャネルの拡充」の見直し区分を教えて", ActionPlan);
        Assert.Contains("継続", a.Text);
    }

    [Fact]
    public void A_figure_table_named_by_its_own_title_answers_without_a_city()
    {
        // 令和５年度の… is a year, not the 令和６年度の取組結果 of another city's report title.
        var a = library.Answered("計画策定時点の改革改善効果額見込み、令和５年度の合計額は？", ActionPlan);
        Assert.Contains("千円", a.Text);
    }

    [Fact]
    public void A_group_of_the_named_plan_is_listed_though_another_plan_has_an_item_of_that_name()
    {
        // 歳出の見直し is an item of 砺波市 and 芽室町, not of 小郡市; 小郡市's own group is 歳出の抑制.
        var a = library.Answered("小郡市の「歳出の抑制」に入っている項目は？", Ogori);
        Assert.Contains("実施項目No.1", a.Text);
        Assert.DoesNotContain("基金の管理", a.Text);
    }

    [Fact]
    public void Ask_words_and_a_number_name_no_plan()
    {
        // 「…の担当課は」 may be printed by one plan only; it is how the question asks, not what it is about.
        var a = library.Ask("No.3の担当課は？");
        Assert.NotEqual(AnswerStatus.NotFound, a.Status);
        Assert.Empty(new AnswerService(library.Kb).Parse("No.3の担当課は？").Plans);
    }
}

/// <summary>
/// The same rule on a plan of our own writing beside the seeds: its own term (事務改善カルテ) names it, the words every
/// plan shares do not, and a question joining two plans' own terms names neither.
/// </summary>
public sealed class OwnWordingVariantTests(OwnWordingVariantTests.Library library) : IClassFixture<OwnWordingVariantTests.Library>
{
    private const string File = "090_own_wording.txt";

    public sealed class Library() : SeedsBeside(File, """
        みどり野町 第１次行財政改革プラン　令和６年度の取組状況

        １　事務改善カルテ
        各課は事務改善カルテを作成し、毎年度、行政改革推進本部へ報告する。令和６年度に提出された事務改善カルテは４２件であった。

        ２　公共施設の見直し
        公共施設の総量を適正化するため、個別施設計画に基づき施設の統廃合を進める。
        """);

    private IReadOnlyList<string> PlansNamed(string question) =>
        new AnswerService(library.Kb).Parse(question).Plans.Select(p => p.Document.File).ToList();

    [Fact]
    public void A_term_only_this_plan_prints_names_it() =>
        Assert.Equal([File], PlansNamed("事務改善カルテは何件提出された？"));

    [Fact]
    public void Words_several_plans_use_name_no_plan() =>
        Assert.Empty(PlansNamed("行政改革推進本部へはいつ報告する？"));

    [Fact]
    public void A_year_shared_with_the_title_names_no_plan() =>
        Assert.Empty(PlansNamed("令和６年度の取組はどうなった？"));

    [Fact]
    public void Two_plans_own_terms_in_one_question_name_neither() =>
        Assert.Empty(PlansNamed("事務改善カルテと取組み整理表の関係は？"));
}
