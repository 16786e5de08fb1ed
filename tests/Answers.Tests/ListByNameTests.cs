using Gyokaku.Knowledge.Answering;

namespace Gyokaku.Answers.Tests;

/// <summary>Items under a level of the hierarchy named by its title, not its number.</summary>
public class ListByNameTests
{
    [Fact]
    public void Mine_small_category_by_name()
    {
        // 001: ＜小分類1 簡素で効率的な組織＞ holds №1 and №2 (the grades under its header, lines 123–128).
        var a = Corpus.Ask("美祢市の「簡素で効率的な組織」の項目を一覧で");
        Assert.Equal(AnswerStatus.Answered, a.Status);
        Assert.Equal(new[] { "1", "2" }, a.Citations.Select(c => c.Item ?? "").ToArray());
    }

    [Fact]
    public void Okayama_development_by_name_lists_its_items_and_no_other()
    {
        var a = Corpus.Ask("岡山市の「ICTガバナンスの推進」の取組項目を一覧で");
        Assert.Equal(AnswerStatus.Answered, a.Status);
        Assert.All(a.Citations, c => Assert.StartsWith("3-3-", c.Item));
        Assert.Contains(a.Citations, c => c.Item == "3-3-①");
        Assert.Contains(a.Citations, c => c.Item == "3-3-②");
    }

    [Fact]
    public void The_longest_name_wins_over_a_level_whose_name_it_contains()
    {
        var a = Corpus.Ask("Which items of Ogori are under 効果的・効率的な行政運営?");
        Assert.Equal(AnswerStatus.Answered, a.Status);
        Assert.Contains(a.Citations, c => c.Item == "9");
        Assert.DoesNotContain(a.Citations, c => c.Item == "1");
    }

    [Fact]
    public void A_title_holding_an_ask_word_is_a_name_not_the_ask()
    {
        // 000's overview: (2)協働推進体制の充実 → 推進項目 4–7. "推進体制" inside the name is not a question about 推進体制.
        var a = Corpus.Ask("山口市の協働推進体制の充実の推進項目を全部教えて");
        Assert.Equal(AnswerStatus.Answered, a.Status);
        Assert.Equal(new[] { "4", "5", "6", "7" }, a.Citations.Select(c => c.Item ?? "").ToArray());
    }
}

public class LevelQuestionTests
{
    [Fact]
    public void What_a_level_holds_is_the_plans_structure()
    {
        // 003's summary table: 施策 1 健全で持続可能な財政運営 … 5 公民連携と透明性の高い市政運営.
        var a = Corpus.Ask("岡山市の施策って何がある？");
        Assert.Equal(AnswerStatus.Answered, a.Status);
        Assert.Contains("健全で持続可能な財政運営", a.Text);
        Assert.Contains("公民連携と透明性の高い市政運営", a.Text);
    }

    [Fact]
    public void A_level_under_a_numbered_parent_lists_only_that_parents_children()
    {
        var a = Corpus.Ask("行革推進プランの基本方針2の戦略区分は？");
        Assert.Equal(AnswerStatus.Answered, a.Status);
        Assert.Contains("組織・人材の活性化", a.Text);
        Assert.DoesNotContain("ファシリティマネジメントの推進", a.Text); // 基本方針1's
    }
}

public class ItemLabelIsNoLevelTests
{
    [Fact]
    public void Asking_for_取組項目_of_a_bureau_lists_items()
    {
        // 003's summary table: 市長公室 is among the bureaus of ① AI、RPA等…, ① 効果的な広報の推進, ① 市民ニーズの的確な把握….
        var a = Corpus.Ask("岡山市で市長公室が担当している取組項目は？");
        Assert.Equal(AnswerStatus.Answered, a.Status);
        Assert.Contains("効果的な広報の推進", a.Text);
        Assert.Contains("市民ニーズの的確な把握と市政運営への活用", a.Text);
    }
}
