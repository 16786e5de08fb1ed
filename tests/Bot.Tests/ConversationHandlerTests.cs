using System.Text.Json.Nodes;
using Gyokaku.Bot.Channels.Cards;
using Gyokaku.Bot.Channels.Conversation;
using Gyokaku.Bot.Channels.Protocol;
using Gyokaku.Bot.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace Gyokaku.Bot.Tests;

/// <summary>The turn logic called directly, as BotBuilder samples test their bots: no HTTP at all.</summary>
public class ConversationHandlerTests
{
    private const string Service = "https://smba.trafficmanager.net/jp/";
    private readonly FakeAnswerService answers = new();
    private readonly RecordingSender sender = new();
    private readonly ConversationHandler handler;

    public ConversationHandlerTests() =>
        handler = new ConversationHandler(answers, new AnswerCardBuilder(), NullLogger<ConversationHandler>.Instance);

    [Fact]
    public async Task A_message_gets_typing_then_the_answer_as_a_reply()
    {
        var inbound = Activities.Message(Service, "推進項目5の担当課は？");
        var result = await handler.HandleAsync(inbound, sender, default);

        Assert.Null(result);
        Assert.Equal([ActivityTypes.Typing, ActivityTypes.Message], sender.Sent.Select(a => a.Type));
        foreach (var reply in sender.Sent)
        {
            Assert.Equal(Activities.BotId, reply.From!.Id);
            Assert.Equal(Activities.UserId, reply.Recipient!.Id);
            Assert.Equal(Activities.TeamsConversation, reply.Conversation!.Id);
            Assert.Equal(inbound.Id, reply.ReplyToId);
            Assert.Equal(Service, reply.ServiceUrl);
        }
        var answer = sender.Sent[1];
        Assert.StartsWith("答え: 推進項目5の担当課は？", answer.Summary);
        Assert.Equal(AnswerCardBuilder.ContentType, Assert.Single(answer.Attachments!).ContentType);
        Assert.Equal(("推進項目5の担当課は？", (string?)$"msteams:{Activities.TeamsConversation}"), Assert.Single(answers.Asked));
    }

    [Fact]
    public async Task The_plain_text_copy_goes_in_text_except_for_Teams_which_would_post_it_twice()
    {
        await handler.HandleAsync(Activities.Message(Service, "質問"), sender, default);
        await handler.HandleAsync(Activities.Message(Service, "質問") with { ChannelId = "directline" }, sender, default);

        var (teams, webChat) = (sender.Sent[1], sender.Sent[3]);
        Assert.Null(teams.Text);
        Assert.Equal("答え: 質問\n出典: 000_test.txt · 5 テスト項目 · 120–158行", teams.Summary);
        Assert.Equal(teams.Summary, webChat.Text);
        Assert.Equal(teams.Summary, webChat.Summary);
    }

    [Fact]
    public async Task The_bots_own_mention_is_removed_and_others_stay()
    {
        var inbound = Activities.Mentioning(
            Activities.Mentioning(Activities.Message(Service, "<at>Gyokaku</at> <at>田中</at>さんの担当は？ "), "<at>Gyokaku</at>", Activities.BotId),
            "<at>田中</at>", "29:tanaka");
        await handler.HandleAsync(inbound, sender, default);

        Assert.Equal("<at>田中</at>さんの担当は？", Assert.Single(answers.Asked).Question);
    }

    [Fact]
    public async Task A_card_button_asks_the_question_in_its_value()
    {
        await handler.HandleAsync(Activities.ButtonClick(Service, "小郡市のNo.3の目標は？"), sender, default);
        Assert.Equal("小郡市のNo.3の目標は？", Assert.Single(answers.Asked).Question);
    }

    [Fact]
    public async Task A_bare_mention_gets_the_welcome_card_not_a_search()
    {
        var inbound = Activities.Mentioning(Activities.Message(Service, "<at>Gyokaku</at>"), "<at>Gyokaku</at>", Activities.BotId);
        await handler.HandleAsync(inbound, sender, default);

        Assert.Empty(answers.Asked);
        Assert.Contains("質問の例", Assert.Single(sender.Sent).Summary);
    }

    [Fact]
    public async Task Adding_the_bot_sends_the_welcome_card_with_example_questions()
    {
        await handler.HandleAsync(Activities.BotAdded(Service), sender, default);

        var welcome = Assert.Single(sender.Sent);
        Assert.Equal("f:update-1", welcome.ReplyToId);
        var card = welcome.Attachments![0].Content!;
        var questions = card["actions"]!.AsArray().Select(a => a!["data"]!["question"]!.GetValue<string>());
        Assert.Equal(CardLabels.ExampleQuestions, questions);
    }

    [Fact]
    public async Task Someone_else_joining_gets_no_welcome()
    {
        var joined = Activities.BotAdded(Service) with { MembersAdded = [new ChannelAccount("29:new-colleague")] };
        await handler.HandleAsync(joined, sender, default);
        Assert.Empty(sender.Sent);
    }

    [Fact]
    public async Task Action_Execute_answers_and_returns_an_invoke_response_200()
    {
        var result = await handler.HandleAsync(Activities.ExecuteAction(Service, new { question = "山口市の推進項目5の担当課は？" }), sender, default);

        Assert.Equal(200, result!.Status);
        Assert.Equal(200, result.Body!["statusCode"]!.GetValue<int>());
        Assert.Equal("山口市の推進項目5の担当課は？", Assert.Single(answers.Asked).Question);
        Assert.Equal(ActivityTypes.Message, sender.Sent[^1].Type);
    }

    [Fact]
    public async Task Action_Execute_without_a_question_is_a_400_invoke_response()
    {
        var result = await handler.HandleAsync(Activities.ExecuteAction(Service, new { verb = "other" }), sender, default);
        Assert.Equal(400, result!.Status);
        Assert.Empty(sender.Sent);
    }

    [Fact]
    public async Task When_answering_fails_the_user_is_told_and_can_retry()
    {
        await handler.HandleAsync(Activities.Message(Service, "boom question"), sender, default);

        var failure = sender.Sent[^1];
        Assert.Contains("回答できませんでした", failure.Summary);
        var retry = Assert.Single(failure.Attachments![0].Content!["actions"]!.AsArray());
        Assert.Equal("boom question", retry!["data"]!["question"]!.GetValue<string>());
    }
}
