using Gyokaku.Knowledge.Answering;

namespace Gyokaku.Answers.Tests;

/// <summary>Follow-ups resolve against the same conversation's previous plan and item, and only that one.</summary>
public class ConversationTests
{
    [Fact]
    public void Target_then_another_year_then_department()
    {
        var service = Corpus.Service();
        var first = service.Ask("山口市の移動市長室の参加者数、R4の目標は？", "c1");
        Assert.Contains("1,000人", first.Text);

        var year = service.Ask("R3は？", "c1");
        Assert.Equal(AnswerStatus.Answered, year.Status);
        Assert.Contains("990人", year.Text);

        var owner = service.Ask("担当は？", "c1");
        Assert.Equal(AnswerStatus.Answered, owner.Status);
        Assert.Contains("広報広聴課", owner.Text);
    }

    [Fact]
    public void The_target_of_the_item_asked_before()
    {
        var service = Corpus.Service();
        service.Ask("小郡市のNo.5の担当課は？", "c2");
        var a = service.Ask("その目標は？", "c2");
        Assert.Equal(AnswerStatus.Answered, a.Status);
        Assert.Contains(a.Citations, c => c.Document.StartsWith("004") && c.Item == "5");
    }

    [Fact]
    public void Another_conversation_has_no_context()
    {
        var service = Corpus.Service();
        service.Ask("小郡市のNo.5の担当課は？", "c3");
        var a = service.Ask("その目標は？", "other");
        Assert.Equal(AnswerStatus.Clarify, a.Status); // which plan and item is meant cannot be known
        Assert.True(a.Candidates.Count >= 5);
    }
}
