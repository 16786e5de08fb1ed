using Gyokaku.Knowledge.Answering;
using Gyokaku.Knowledge.Search;

namespace Gyokaku.Answers.Tests;

/// <summary>
/// A plan written as prose under headings (a 行政経営方針 or 大綱 with no item table): its whole-plan facts are read
/// from the headings, the wrapped lines of its paragraphs and its ※ glossary, and what it does not state stays unstated.
/// </summary>
public sealed class ProsePlanTests : IDisposable
{
    private const string Text = """


        湊川市行政経営方針

        （計画期間：令和８年度～令和１０年度）

        令和８年３月
        湊 川 市

        １ 方針策定の目的

        前方針である「第２次湊川市行政改革大綱」（令和３年度～令和７年度）では、窓口の見直しなどに取り組み、計画期間中の財政効果額は累計で約１２億
        ３千万円となりました。

        ２ 計画期間

        本方針の計画期間は、令和８年度から令和１０年度までの３年間
        とします。

        ３ 基本方針

        基本方針Ⅰ 窓口サービスの向上
        基本方針Ⅱ 持続可能な財政運営
        基本方針Ⅲ 職員の育成

        基本方針Ⅱ 持続可能な財政運営

        【取組の方向性】
        （１）財政指標の管理
        ・経常収支比率※１は、９０％未満を維持することを目標とします。
        ・公共施設の整備には、ＰＰＰ※２の手法を活用します。

        ４ 推進体制

        （１）湊川市行政経営推進委員会
        学識経験者など、８人以内の委員で構成する「湊川市行政経営推進委員会」において、取組の状況について意見をいただきます。

        ５ 用語の解説

        ※１ 経常収支比率
        毎年度経常的に支出される経費に、経常的な収入がどの程度充当されているかを示す指標。

        ※２ ＰＰＰ
        Public Private Partnership の略。公共サービスの提供に民間が参画する手法の総称。
        """;

    private readonly string _root = Path.Combine(Path.GetTempPath(), "gyokaku-prose-" + Guid.NewGuid().ToString("N"));
    private readonly KnowledgeBase _kb;

    public ProsePlanTests()
    {
        Directory.CreateDirectory(Path.Combine(_root, "seeds"));
        File.WriteAllText(Path.Combine(_root, "seeds", "minatogawa.txt"), Text);
        _kb = KnowledgeBase.Load(Path.Combine(_root, "seeds"), Path.Combine(_root, "index"));
    }

    private Answer Ask(string question) => new AnswerService(_kb).Ask(question);

    [Fact]
    public void Every_basic_policy_is_listed_from_the_headings_once()
    {
        var a = Ask("湊川市の行政経営方針の基本方針を全部あげて");
        Assert.Equal(AnswerStatus.Answered, a.Status);
        Assert.Contains("窓口サービスの向上", a.Text);
        Assert.Contains("持続可能な財政運営", a.Text);
        Assert.Contains("職員の育成", a.Text);
        // The heading printed again over its chapter is not listed twice.
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(a.Text, "持続可能な財政運営"));
    }

    [Fact]
    public void A_glossary_note_on_its_own_line_answers_an_english_abbreviation_question()
    {
        var a = Ask("What does PPP stand for in the Minatogawa policy glossary?");
        Assert.Equal(AnswerStatus.Answered, a.Status);
        Assert.Contains("Public Private Partnership", a.Text);
    }

    [Fact]
    public void The_length_of_the_period_is_quoted_as_the_plan_states_it()
    {
        var a = Ask("湊川市の行政経営方針の計画期間は何年間？");
        Assert.Equal(AnswerStatus.Answered, a.Status);
        Assert.Contains("３年間", a.Text);
    }

    [Fact]
    public void A_target_written_in_a_sentence_with_a_note_mark_inside_it()
    {
        var a = Ask("湊川市、経常収支比率はどの水準を維持する目標？");
        Assert.Equal(AnswerStatus.Answered, a.Status);
        Assert.Contains("９０％未満", a.Text);
    }

    [Fact]
    public void An_effect_target_the_plan_does_not_set_is_not_answered_with_the_last_plans_result()
    {
        var a = Ask("湊川市行政経営方針の計画期間中の効果額目標はいくら？");
        Assert.Equal(AnswerStatus.NotFound, a.Status);
        Assert.DoesNotContain("１２億", a.Text);
    }

    public void Dispose()
    {
        _kb.Dispose();
        Directory.Delete(_root, recursive: true);
    }
}
