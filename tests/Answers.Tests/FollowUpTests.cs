using Gyokaku.Knowledge.Answering;

namespace Gyokaku.Answers.Tests;

/// <summary>Follow-up buttons offer only what the item states, and each one, asked on its own, answers from the same plan.</summary>
public class FollowUpTests
{
    [Fact]
    public void A_department_answer_offers_the_items_target_but_no_empty_results()
    {
        var a = Corpus.Ask("山口市の推進項目37の担当部署は？");
        var labels = a.FollowUps.Select(f => f.Label).ToList();
        Assert.Contains("目標値", labels);
        Assert.DoesNotContain("担当課", labels);   // that was the question
        Assert.DoesNotContain("実績", labels);     // Yamaguchi's 実績 rows are empty

        var target = Corpus.Ask(a.FollowUps.Single(f => f.Label == "目標値").Question);
        Assert.Equal(AnswerStatus.Answered, target.Status);
        Assert.Contains("98.95%", target.Text);
        Assert.Equal("37", target.Citations.Single().Item);
    }

    [Theory]
    [InlineData("小郡市No.5のR6の計画は？", "004_e7a2b0553b0a241f.txt")]
    [InlineData("岡山市の効果的な広報の推進の担当部局は？", "003_c8713793ffb998d7.txt")]
    [InlineData("Which section owns Ogori item No.9?", "004_e7a2b0553b0a241f.txt")]
    public void Every_follow_up_stands_alone_and_answers_from_the_same_plan(string question, string file)
    {
        var a = Corpus.Ask(question);
        Assert.NotEmpty(a.FollowUps);
        foreach (var followUp in a.FollowUps)
        {
            var next = Corpus.Ask(followUp.Question);
            Assert.Equal(AnswerStatus.Answered, next.Status);
            Assert.Contains(next.Citations, c => c.Document == file);
        }
    }

    [Fact]
    public void An_english_answer_offers_english_follow_ups() =>
        Assert.All(Corpus.Ask("Which section owns Ogori item No.9?").FollowUps, f => Assert.StartsWith("W", f.Question));

    [Fact]
    public void Not_found_offers_no_follow_ups() =>
        Assert.Empty(Corpus.Ask("小郡市のマイナンバーカード普及率、R5年度の実績は？").FollowUps);
}

/// <summary>The guarantee behind every follow-up button, checked for every item of every plan in both languages: it answers from that very item.</summary>
public class EveryFollowUpTests
{
    public static TheoryData<string> Files() => new(Corpus.Knowledge.Documents.Where(d => d.Items.Count > 0).Select(d => d.File));

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_follow_up_of_every_item_is_answered_from_that_item(string file)
    {
        var doc = Corpus.Knowledge.Documents.Single(d => d.File == file);
        var service = Corpus.Service();
        var failures = new List<string>();
        foreach (var item in doc.Items)
            foreach (var lang in new[] { "ja", "en" })
                foreach (var followUp in FollowUpSuggester.For(doc, item, "none", lang))
                {
                    var a = service.Ask(followUp.Question);
                    if (a.Status != AnswerStatus.Answered || !a.Citations.Any(c => c.Document == file && c.Item == AnswerContext.CitationKey(item)))
                        failures.Add($"{item.Key} {followUp.Question} → {a.Status}: {a.Text[..Math.Min(60, a.Text.Length)]}");
                }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}
